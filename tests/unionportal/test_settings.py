"""Production refuses to start on missing or unsafe configuration."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GOOD = {
    "SECRET_KEY": "x" * 50,
    "ALLOWED_HOSTS": "congdoanyte.example.vn",
    "DATABASE_URL": "postgres://portal@db.example.vn/portal",
    "MEDIA_ROOT": "/srv/portal/media",
}


def load_production_settings(env, show="s.DEBUG, s.ALLOWED_HOSTS, s.STORAGES['default']['BACKEND']"):
    return subprocess.run(  # noqa: S603 - this interpreter, and `show` is a test's own expression
        [sys.executable, "-c", f"import unionportal.settings.production as s; print({show})"],
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", **env},
        capture_output=True,
        text=True,
        check=False,
    )


def test_starts_with_everything_set():
    result = load_production_settings(GOOD)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False ['congdoanyte.example.vn'] django.core.files.storage.FileSystemStorage"


def test_keeps_uploads_in_a_bucket_without_a_media_folder_when_one_is_named():
    env = {key: value for key, value in GOOD.items() if key != "MEDIA_ROOT"}
    result = load_production_settings(env | {"AWS_STORAGE_BUCKET_NAME": "unionportal-media"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-1] == "unionportal.storage.MediaBucketStorage"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"SECRET_KEY": ""}, "SECRET_KEY must be set"),
        ({"SECRET_KEY": "short"}, "SECRET_KEY must be set"),
        ({"ALLOWED_HOSTS": ""}, "ALLOWED_HOSTS must list"),
        ({"ALLOWED_HOSTS": "*"}, "ALLOWED_HOSTS must list"),
        ({"DATABASE_URL": ""}, "DATABASE_URL must be set"),
        ({"MEDIA_ROOT": None}, "MEDIA_ROOT must name"),
    ],
)
def test_refuses_to_start_without_its_secrets(change, message):
    env = {key: value for key, value in (GOOD | change).items() if value is not None}
    result = load_production_settings(env)
    assert result.returncode != 0
    assert message in result.stderr
