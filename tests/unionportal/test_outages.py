"""While the database or the cache is away, readers are asked to try again in a moment."""

import pytest
from django.test import Client
from django.urls import reverse

from tests.news.factories import ArticleFactory
from tests.unionportal.outages import CLOSED_REDIS, database_away

pytestmark = pytest.mark.django_db


@pytest.fixture
def reader():
    """A browser as production meets it: errors become pages, not exceptions in the test."""
    return Client(raise_request_exception=False)


def assert_try_again_page(response):
    assert response.status_code == 503
    assert response["Retry-After"] == "10"
    assert response["Cache-Control"] == "no-store"
    page = response.content.decode()
    assert "Cổng thông tin tạm thời gián đoạn" in page
    assert "tải lại trang sau ít giây" in page
    assert "Traceback" not in page and "OperationalError" not in page


def test_a_database_outage_gives_a_503_page_with_retry_after(reader):
    article = ArticleFactory()
    with database_away():
        response = reader.get(article.get_absolute_url())
    assert_try_again_page(response)


def test_a_cache_outage_gives_the_same_page(reader, settings):
    settings.CACHES = CLOSED_REDIS
    assert_try_again_page(reader.get(reverse("portal:home")))


def test_once_the_database_is_back_the_page_is_served(reader):
    article = ArticleFactory()
    with database_away():
        reader.get(article.get_absolute_url())
    assert reader.get(article.get_absolute_url()).status_code == 200


def test_any_other_error_is_still_a_500_page(reader, monkeypatch):
    monkeypatch.setattr("news.views.ArticleDetailView.get_object", lambda self: 1 / 0)
    response = reader.get(ArticleFactory().get_absolute_url())
    assert response.status_code == 500
    assert "Hệ thống đang gặp sự cố" in response.content.decode()
    assert "Retry-After" not in response
