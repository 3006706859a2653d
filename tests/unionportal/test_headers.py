"""The security headers every response carries, and what production adds (finding 9)."""

import subprocess
import sys

import pytest
from django.urls import reverse

from tests.news.factories import ArticleFactory
from tests.unionportal.test_settings import GOOD, ROOT, load_production_settings

pytestmark = pytest.mark.django_db


def policy(response):
    """{directive: [sources]} of the response's Content-Security-Policy."""
    header = response["Content-Security-Policy"]
    return {name: sources for name, *sources in (part.split() for part in header.split(";") if part.strip())}


def assert_strict(response):
    directives = policy(response)
    assert directives["script-src"] == ["'self'"]
    assert directives["object-src"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'none'"]
    assert directives["base-uri"] == ["'none'"]
    sources = {source for sources in directives.values() for source in sources}
    assert sources <= {"'self'", "'none'", "data:", "'unsafe-inline'"}, sources  # no other origin, ever
    assert "'unsafe-inline'" not in directives.get("script-src", [])


@pytest.mark.parametrize("url", ["/", "/tin-tuc/", "/tim-kiem/?q=lao+dong", "/khong-co-trang-nay/", "/robots.txt"])
def test_public_responses_carry_a_strict_policy(client, url):
    ArticleFactory()
    response = client.get(url)
    assert_strict(response)
    assert policy(response)["style-src"] == ["'self'"]
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"


def test_the_error_pages_carry_it_too(client):
    response = client.get("/tim-kiem/?q=%00")
    assert response.status_code == 400
    assert_strict(response)


def test_admin_pages_carry_it(client, publisher):
    for url in [reverse("admin:login"), reverse("admin:index"), reverse("admin:news_article_changelist")]:
        response = client.get(url)
        assert_strict(response)
        assert policy(response)["style-src"] == ["'self'"]


def test_only_the_article_editor_allows_style_attributes(client, publisher):
    article = ArticleFactory()
    for url in [reverse("admin:news_article_add"), reverse("admin:news_article_change", args=[article.pk])]:
        response = client.get(url)
        assert_strict(response)
        # TinyMCE formats text with style attributes; <style> elements and scripts stay as strict as elsewhere.
        assert policy(response)["style-src"] == ["'self'"]
        assert policy(response)["style-src-attr"] == ["'unsafe-inline'"]


def test_production_turns_hsts_on_by_default():
    result = load_production_settings(
        GOOD, show="s.SECURE_HSTS_SECONDS, s.SECURE_HSTS_INCLUDE_SUBDOMAINS, s.SECURE_SSL_REDIRECT"
    )
    assert result.stdout.split() == ["31536000", "True", "True"]
    off = load_production_settings(GOOD | {"SECURE_HSTS_SECONDS": "0"}, show="s.SECURE_HSTS_SECONDS")
    assert off.stdout.strip() == "0"


@pytest.mark.parametrize("extra", [{}, {"SECURE_HSTS_SECONDS": "0"}, {"SECURE_HSTS_PRELOAD": "1"}])
def test_check_deploy_gives_no_warning(extra):
    result = subprocess.run(  # noqa: S603 - this interpreter and manage.py
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env={
            "PATH": "/usr/bin:/bin",
            "DJANGO_SETTINGS_MODULE": "unionportal.settings.production",
            **GOOD,
            "SECRET_KEY": "k7#Qz9!pL2@vX5$mN8^bR1&cT4*wY6(eU3)iO0-aS_dF+gH=jK[lZ]xC{vB}nM",
            **extra,
        },
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr and "W0" not in result.stderr
