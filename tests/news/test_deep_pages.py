"""Deep in a list: a hundred numbered pages at most, then "Tin cũ hơn" goes on from the last article shown."""

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone

from portal import chrome
from tests.html import parse
from tests.news.factories import ArticleFactory, SectionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_pages(monkeypatch):
    """Lists number two pages of twelve, as they number a hundred on the real site."""
    monkeypatch.setattr("unionportal.lists.MAX_PAGES", 2)


@pytest.fixture
def section():
    section = SectionFactory(name="Thi đua")
    now = timezone.now()
    for number in range(30):  # article 0 is the newest
        ArticleFactory(section=section, title=f"Tin {number}", published_at=now - timezone.timedelta(hours=number + 1))
    return section


def titles(response):
    assert response.status_code == 200
    return [title.words for title in parse(response.content.decode()).find("h2", class_="news-item__title")]


def notes(response):
    return [note.words for note in parse(response.content.decode()).find("p", class_="list-bound")]


def older_link(response):
    (link,) = [a for a in parse(response.content.decode()).find("a") if a.words == "Tin cũ hơn ›"]
    return link.attrs["href"]


@pytest.mark.parametrize("list_url", ["section", "all_news"])
def test_the_last_numbered_page_says_so_and_goes_on_to_older_news(client, two_pages, section, list_url):
    url = section.get_absolute_url() if list_url == "section" else reverse("news:article_list")
    assert notes(client.get(url)) == []
    last = client.get(url, {"page": 2})
    assert titles(last) == [f"Tin {number}" for number in range(12, 24)]
    assert notes(last) == ["Danh sách chỉ đánh số đến trang 2; các tin cũ hơn xem tiếp ở đây: Tin cũ hơn ›"]
    assert client.get(url, {"page": 3}).status_code == 404

    older = client.get(url + older_link(last))
    assert titles(older) == [f"Tin {number}" for number in range(24, 30)]
    assert notes(older) == ["Đây là các tin cũ hơn, tiếp theo danh sách chính. « Về tin mới nhất"]
    assert "Tin cũ hơn –" in parse(older.content.decode()).find("title")[0].words


def test_articles_published_at_the_same_moment_are_neither_lost_nor_repeated(client, two_pages):
    moment = timezone.now() - timezone.timedelta(hours=1)
    section = SectionFactory()
    ArticleFactory.create_batch(30, section=section, published_at=moment)
    url = section.get_absolute_url()
    pages = [
        titles(client.get(url)),
        titles(last := client.get(url, {"page": 2})),
        titles(client.get(url + older_link(last))),
    ]
    seen = [title for page in pages for title in page]
    assert len(seen) == len(set(seen)) == 30


@pytest.mark.parametrize("older_than", ["abc", "²", "99999999999999999999", "-1"])
def test_a_hand_made_position_is_ignored(client, section, older_than):
    assert titles(client.get(section.get_absolute_url(), {"truoc": older_than}))[0] == "Tin 0"


def test_a_deep_page_makes_as_many_queries_as_the_first(client, django_assert_num_queries, two_pages, section):
    url = section.get_absolute_url()
    last = client.get(url, {"page": 2})

    def rendered_afresh():
        """Each list rendered as after a change: its count and kept rows dropped, the chrome kept."""
        cache.clear()
        chrome.current()
        return django_assert_num_queries(3)  # the section, the count, the page's rows

    with rendered_afresh():
        client.get(url)
    with rendered_afresh():
        client.get(url, {"page": 2})
    with rendered_afresh():
        client.get(url + older_link(last))
