"""The static build production serves: collectstatic with whitenoise's manifest storage."""

import pytest
from django.core.management import call_command
from django.test import override_settings

PRODUCTION_STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}


@pytest.fixture
def collected(tmp_path):
    with override_settings(STORAGES=PRODUCTION_STORAGES, STATIC_ROOT=tmp_path):
        call_command("collectstatic", interactive=False, verbosity=0)
        yield tmp_path


def test_collectstatic_writes_a_manifest_for_every_file(collected):
    """A vendored file pointing at a source map that is not there once stopped this build, and with it every page."""
    manifest = (collected / "staticfiles.json").read_text()
    for name in ["img/emblem.svg", "css/portal.css", "js/portal.js", "vendor/bootstrap/bootstrap.min.css"]:
        assert f'"{name}"' in manifest
