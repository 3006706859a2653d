"""Every public page answers in 8 queries or fewer at a "many rows" size, with the chrome in the cache
(portal/chrome.py): the issue's bound for pages rendered afresh (page cache off)."""

import xml.etree.ElementTree as ET

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from portal import chrome
from tests.albums.factories import AlbumFactory, AlbumPhotoFactory
from tests.awards.test_honour_roll import fill as fill_honour_roll
from tests.emulation.test_views import fill as fill_campaigns
from tests.library.factories import DocumentFactory
from tests.news.factories import ArticleFactory, TagFactory
from tests.news.test_queries import fill as fill_news
from tests.polls.factories import PollFactory
from tests.polls.test_polls import cast
from tests.portal.factories import QuickLinkFactory

pytestmark = pytest.mark.django_db

MAX_QUERIES = 8
NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}
# Pages no sitemap lists: the home page, the search, the lists of the honour roll and the campaigns.
OTHER_PAGES = [
    reverse("portal:home"),
    reverse("portal:search") + "?q=lao+dong+gioi",
    reverse("portal:search") + "?q=lao+dong+gioi&page=2",
    reverse("awards:index"),
    reverse("emulation:campaign_list"),
    reverse("news:article_list"),
]


@pytest.fixture
def many_rows():
    """Every kind of public row, several pages of each where a page lists them."""
    section = fill_news(30)
    tags = TagFactory.create_batch(3)
    for article in section.articles.all()[:10]:
        article.tags.add(*tags)
    fill_honour_roll(40)
    fill_campaigns(15)
    DocumentFactory.create_batch(30)
    for album in AlbumFactory.create_batch(3):
        AlbumPhotoFactory.create_batch(12, album=album)
        ArticleFactory.create_batch(2, album=album)
    PollFactory(options=["Có", "Không"])
    for number in range(12):
        cast(PollFactory(closed=True, options=["Có", "Không"]), {"Có": number})
    QuickLinkFactory.create_batch(5)


def sitemap_addresses(client):
    index = client.get(reverse("sitemap_index"))
    for sitemap in ET.fromstring(index.content).findall("sm:sitemap/sm:loc", NS):
        page = client.get(sitemap.text.replace("http://testserver", ""))
        for location in ET.fromstring(page.content).findall("sm:url/sm:loc", NS):
            yield location.text.replace("http://testserver", "")


def test_every_public_page_makes_8_queries_or_fewer(client, many_rows):
    urls = [*OTHER_PAGES, *sitemap_addresses(client)]
    assert len(urls) > 150
    chrome.current()
    too_many = {}
    for url in urls:
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, url
        if len(queries) > MAX_QUERIES:
            too_many[url] = len(queries)
    assert too_many == {}
