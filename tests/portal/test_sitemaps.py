"""Sitemaps stay small and cheap however many articles there are: no page over 1,000 addresses or 200 KB."""

import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse
from django.utils import timezone

from news.models import Article
from portal.sitemaps import sitemaps
from tests.news.factories import ArticleFactory, SectionFactory

pytestmark = pytest.mark.django_db

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}
ARTICLE_COUNT = 1001


@pytest.fixture
def many_articles():
    """1,001 published articles with the longest addresses the slug field holds, and a draft."""
    section = SectionFactory()
    published_at = timezone.now() - timezone.timedelta(hours=1)
    Article.objects.bulk_create(
        Article(
            title=f"Bài {number}",
            slug=f"{number}-".ljust(255, "x"),
            section=section,
            status=Article.Status.PUBLISHED,
            published_at=published_at,
        )
        for number in range(ARTICLE_COUNT)
    )
    ArticleFactory(draft=True, title="Bản nháp")


def sitemap_pages(client):
    index = client.get(reverse("sitemap_index"))
    assert index.status_code == 200
    for location in ET.fromstring(index.content).findall("sm:sitemap/sm:loc", NS):
        yield location.text.replace("http://testserver", "")


def test_no_sitemap_page_holds_over_1000_addresses_or_200_kb(client, many_articles):
    article_urls = []
    for url in sitemap_pages(client):
        response = client.get(url)
        assert response.status_code == 200
        urls = [loc.text for loc in ET.fromstring(response.content).findall("sm:url/sm:loc", NS)]
        assert len(urls) <= 1000, url
        assert len(response.content) <= 200_000, url
        if "sitemap-articles.xml" in url:
            article_urls += urls
    # Every published article once, the draft nowhere.
    assert len(article_urls) == len(set(article_urls)) == ARTICLE_COUNT


@pytest.mark.parametrize("name", list(sitemaps))
def test_every_sitemap_pages_at_1000_or_fewer(name):
    assert sitemaps[name].limit <= 1000


def test_a_late_article_page_makes_as_many_queries_as_the_first(client, many_articles, django_assert_num_queries):
    url = reverse("django.contrib.sitemaps.views.sitemap", kwargs={"section": "articles"})
    client.get(url)  # numbers the pages once, until the next change (pagecache.kept_with_pages)
    with django_assert_num_queries(1):  # the page's range of ids
        client.get(url)
    last_page = sum("sitemap-articles.xml" in listed for listed in sitemap_pages(client))
    with django_assert_num_queries(1):
        assert client.get(url, {"p": last_page}).status_code == 200


@pytest.mark.parametrize("page", ["0", "after the last", "abc", "99999999999999999999"])
def test_a_page_that_is_not_there_is_404(client, many_articles, page):
    url = reverse("django.contrib.sitemaps.views.sitemap", kwargs={"section": "articles"})
    if page == "after the last":
        page = str(sum("sitemap-articles.xml" in listed for listed in sitemap_pages(client)) + 1)
    assert client.get(url, {"p": page}).status_code == 404
