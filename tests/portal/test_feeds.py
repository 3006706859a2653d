import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse

from tests.albums.factories import AlbumFactory
from tests.library.factories import DocumentFactory
from tests.news.factories import ArticleFactory, SectionFactory, TagFactory
from tests.polls.factories import PollFactory

pytestmark = pytest.mark.django_db

SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


@pytest.fixture
def articles():
    section = SectionFactory(name="Thi đua - Khen thưởng")
    return {
        "public": ArticleFactory(title="Tuyên dương điển hình tiên tiến", section=section),
        "other_section": ArticleFactory(title="Trao quà Tết", section=SectionFactory(name="Chăm lo")),
        "draft": ArticleFactory(title="Bản nháp bí mật", section=section, draft=True),
        "scheduled": ArticleFactory(title="Bài hẹn giờ", section=section, scheduled=True),
    }


def item_titles(response):
    assert response["Content-Type"].startswith("application/rss+xml")
    return [item.findtext("title") for item in ET.fromstring(response.content).iter("item")]


def test_news_feed_is_rss_of_public_articles(client, articles):
    assert item_titles(client.get(reverse("portal:feed"))) == ["Trao quà Tết", "Tuyên dương điển hình tiên tiến"]


def test_section_feed_has_only_its_section(client, articles):
    response = client.get(reverse("portal:section_feed", args=[articles["public"].section.slug]))
    assert item_titles(response) == ["Tuyên dương điển hình tiên tiến"]


def test_feed_item_carries_lead_link_and_date(client, articles):
    item = next(ET.fromstring(client.get(reverse("portal:feed")).content).iter("item"))
    assert item.findtext("link").endswith(articles["other_section"].get_absolute_url())
    assert "sapo" in item.findtext("description")
    assert item.findtext("pubDate")


def test_unknown_section_feed_is_404(client):
    assert client.get(reverse("portal:section_feed", args=["khong-co"])).status_code == 404


def test_sitemap_lists_public_articles_only(client, articles):
    index = ET.fromstring(client.get(reverse("sitemap_index")).content)
    locations = [loc.text for loc in index.findall("sm:sitemap/sm:loc", SITEMAP_NS)]
    assert any(url.endswith("sitemap-articles.xml") for url in locations)

    urls = []
    for location in locations:
        sitemap = ET.fromstring(client.get(location.replace("http://testserver", "")).content)
        urls += [loc.text for loc in sitemap.findall("sm:url/sm:loc", SITEMAP_NS)]
    assert f"http://testserver{articles['public'].get_absolute_url()}" in urls
    assert f"http://testserver{articles['public'].section.get_absolute_url()}" in urls
    assert not any(articles["draft"].slug in url or articles["scheduled"].slug in url for url in urls)


def test_robots_txt_points_to_the_sitemap_and_keeps_out_of_admin(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    text = response.content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in text
    assert "Disallow: /admin/" in text


def sitemap_urls(client):
    index = ET.fromstring(client.get(reverse("sitemap_index")).content)
    urls = []
    for location in index.findall("sm:sitemap/sm:loc", SITEMAP_NS):
        sitemap = ET.fromstring(client.get(location.text.replace("http://testserver", "")).content)
        urls += [loc.text.replace("http://testserver", "") for loc in sitemap.findall("sm:url/sm:loc", SITEMAP_NS)]
    return urls


def test_sitemap_lists_public_documents_albums_tags_and_polls_only(client):
    shown = [DocumentFactory(is_public=True), AlbumFactory(), PollFactory(), TagFactory()]
    ArticleFactory().tags.add(shown[-1])
    hidden = [DocumentFactory(is_public=False), AlbumFactory(is_published=False), TagFactory()]
    urls = sitemap_urls(client)
    assert all(item.get_absolute_url() in urls for item in shown)
    assert not any(item.get_absolute_url() in urls for item in hidden)
