"""The demo is an app of its own: installed in development, in production only with PORTAL_DEMO=1,
and imported by no other app."""

import ast
import subprocess
import sys
from pathlib import Path

import pytest
from django.apps import apps

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION = {
    "SECRET_KEY": "x" * 50,
    "ALLOWED_HOSTS": "congdoanyte.example.vn",
    "DATABASE_URL": "postgres://portal@db.example.vn/portal",
    "MEDIA_ROOT": "/srv/portal/media",
}


@pytest.mark.parametrize(("portal_demo", "installed"), [({}, "False"), ({"PORTAL_DEMO": "1"}, "True")])
def test_production_installs_the_demo_only_with_portal_demo(portal_demo, installed):
    result = subprocess.run(
        [sys.executable, "-c", "import unionportal.settings.production as s; print('demo' in s.INSTALLED_APPS)"],
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", **PRODUCTION, **portal_demo},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == installed


def imported_modules(path):
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            yield node.module


def test_no_other_app_imports_the_demo():
    for app in apps.get_app_configs():
        if app.name == "demo" or not Path(app.path).is_relative_to(ROOT):
            continue
        for path in Path(app.path).rglob("*.py"):
            demo_imports = [name for name in imported_modules(path) if name == "demo" or name.startswith("demo.")]
            assert not demo_imports, f"{path.relative_to(ROOT)} imports {demo_imports}"
