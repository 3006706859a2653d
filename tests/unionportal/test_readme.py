"""Every address of the portal that the README names answers: a reader who follows one never meets a 404."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import Resolver404, resolve

pytestmark = pytest.mark.django_db

README = Path(settings.BASE_DIR) / "README.md"
LOCAL_SITE = "http://127.0.0.1:8000"

# Paths the README names in backticks that are not pages of the portal.
NOT_PAGES = {
    "/media/": "the folder of uploads nginx serves, not a page",
    "/etc/unionportal/env": "a file on the server",
}


def site_paths():
    """Full local addresses (http://127.0.0.1:8000/…) and paths in backticks (`/health/`), in README order."""
    text = README.read_text(encoding="utf-8")
    found = [match.rstrip(".,;:") or "/" for match in re.findall(rf"{re.escape(LOCAL_SITE)}(/[^\s`)<>]*)?", text)]
    found += re.findall(r"`(/[^`\s]*)`", text)
    return [path for path in dict.fromkeys(found) if path not in NOT_PAGES]


def test_the_readme_names_the_pages_people_are_sent_to():
    paths = site_paths()
    assert {"/admin/", "/admin/thi-dua-khen-thuong/", "/khen-thuong/", "/health/"} <= set(paths)
    assert "/admin/thi-dua-khen-thuong/so-lieu/" not in paths


@pytest.mark.parametrize("path", site_paths())
def test_every_address_in_the_readme_is_a_page(path):
    try:
        resolve(path)
    except Resolver404:  # pragma: no cover - the assertion says which
        pytest.fail(f"README names {path}, which is no address of the portal (or add it to NOT_PAGES)")


@pytest.mark.parametrize("path", site_paths())
def test_every_address_in_the_readme_answers(path, client, admin_user, period):
    """With what the README's pages speak of (a campaign period to choose on the eligibility page)."""
    response = client.get(path)
    if path.startswith("/admin/"):
        # Staff pages send a stranger to the sign-in page, then open for the administrator.
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")
        client.force_login(admin_user)
        response = client.get(path)
    assert response.status_code == 200, f"{path} answers {response.status_code}"
