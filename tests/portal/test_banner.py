"""The banner: the whole slideshow on the home page; elsewhere a slim band, so the page's own content starts high."""

import pytest
from django.urls import reverse

from tests.html import parse
from tests.news.factories import ArticleFactory
from tests.portal.factories import SlideFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def slides(db):
    return [
        SlideFactory(title="Chào mừng Đại hội Công đoàn ngành Y tế", order=1, link="/tin-tuc/dai-hoi/"),
        SlideFactory(title="Tháng Công nhân", order=2),
    ]


def test_the_home_page_has_the_slideshow(client, slides):
    page = parse(client.get(reverse("portal:home")).content.decode())
    [slideshow] = page.find("section", class_="banner")
    assert [img.attrs["alt"] for img in slideshow.find("img")] == [slide.title for slide in slides]
    assert not page.find("div", class_="banner-slim")


def test_other_pages_have_a_slim_band_of_the_first_photo(client, slides):
    article = ArticleFactory()
    for url in [article.get_absolute_url(), reverse("emulation:campaign_list"), reverse("news:article_list")]:
        page = parse(client.get(url).content.decode())
        assert not page.find("section", class_="banner"), url
        [band] = page.find("div", class_="banner-slim")
        [link] = band.find("a")
        assert link.attrs["href"] == "/tin-tuc/dai-hoi/"
        [img] = band.find("img")
        assert img.attrs["alt"] == "Chào mừng Đại hội Công đoàn ngành Y tế"
        assert (img.attrs["width"], img.attrs["height"]) == ("1600", "120")
        assert slides[0].strip_small.url in img.attrs["src"]


def test_no_slide_no_band(client):
    page = parse(client.get(ArticleFactory().get_absolute_url()).content.decode())
    assert not page.find("div", class_="banner-slim")
