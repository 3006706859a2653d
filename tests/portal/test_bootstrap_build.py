"""The committed Bootstrap stylesheet is the one `make css` builds from frontend/scss/bootstrap.scss."""

import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUILT = ROOT / "static" / "vendor" / "bootstrap" / "bootstrap.min.css"
SASS = ROOT / "frontend" / "node_modules" / ".bin" / "sass"


def test_the_committed_bootstrap_is_what_make_css_builds(tmp_path):
    if not SASS.exists():
        if os.environ.get("REQUIRE_BROWSER"):
            pytest.fail(f"REQUIRE_BROWSER is set but {SASS} is missing: make frontend")
        pytest.skip(f"no sass: {SASS} is missing (make frontend installs it)")
    rebuilt = tmp_path / "bootstrap.min.css"
    subprocess.run(  # noqa: S603 - our own Makefile, with the output moved aside
        ["make", "-s", "css", f"CSS_OUT={rebuilt}"],  # noqa: S607
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    assert rebuilt.read_bytes() == BUILT.read_bytes(), "static/vendor/bootstrap/bootstrap.min.css is stale: make css"


def test_only_what_the_portal_uses_is_built():
    css = BUILT.read_text()
    assert len(css.encode()) < 80_000  # Bootstrap's full stylesheet is 232 KB
    for used in (".container", ".row", ".col-lg-8", ".form-control", ".btn-sm", ".breadcrumb", ".visually-hidden"):
        assert used in css
    for unused in (".modal", ".carousel", ".navbar", ".toast", ".accordion", ".text-bg-"):
        assert unused not in css
