"""Public pages to anonymous readers: no cookie, a short public Cache-Control, no Vary: Cookie; others private."""

import pytest
from django.urls import reverse

from tests.factories import StaffFactory
from tests.news.factories import ArticleFactory
from tests.unionportal.test_page_cache import PHONE, public_pages

pytestmark = pytest.mark.django_db


def test_every_public_page_sets_no_cookie_and_may_be_kept_for_seconds(client, committed):
    for url in public_pages(committed):
        response = client.get(url, HTTP_USER_AGENT=PHONE)
        assert response.status_code == 200, url
        assert not response.cookies, url
        assert "csrfmiddlewaretoken" not in response.content.decode(), url
        cache_control = response["Cache-Control"]
        assert "public" in cache_control and "max-age=5" in cache_control, url
        assert "stale-while-revalidate=10" in cache_control, url
        assert "Cookie" not in response.get("Vary", ""), url
        assert "Accept-Language" not in response.get("Vary", ""), url  # one copy for every browser


def test_a_browser_asking_for_english_gets_the_vietnamese_portal(client):
    response = client.get(reverse("portal:home"), HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    assert '<html lang="vi">' in response.content.decode()
    admin = client.get(reverse("admin:login"), HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9").content.decode()
    assert "Đăng nhập" in admin


def test_an_article_page_is_not_kept_by_shared_caches_so_each_read_reaches_the_portal(client):
    response = client.get(ArticleFactory().get_absolute_url())
    assert "s-maxage=0" in response["Cache-Control"]
    assert "public" in response["Cache-Control"]


def test_a_signed_in_reader_gets_private_pages(client):
    client.force_login(StaffFactory(username="bientap"))
    response = client.get(reverse("portal:home"))
    assert "private" in response["Cache-Control"] and "public" not in response["Cache-Control"]


@pytest.mark.parametrize("path", ["/admin/", "/admin/login/", "/health/"])
def test_pages_outside_the_public_site_are_not_public(client, path):
    response = client.get(path)
    assert "public" not in response.get("Cache-Control", "")


def test_a_missing_page_is_not_kept(client):
    response = client.get("/tin-tuc/khong-co-bai-nay/")
    assert response.status_code == 404
    assert "public" not in response.get("Cache-Control", "")
