"""Each public page makes a fixed, small number of queries, however many articles there are."""

import pytest
from django.urls import reverse

from portal import chrome
from portal.models import SiteSettings
from tests.news.factories import ArticleFactory, SectionFactory
from tests.portal.factories import AnniversaryFactory, AnnouncementFactory, SlideFactory

pytestmark = pytest.mark.django_db

# The chrome (site details, menu, slides, running line, the side column's poll and quick links)
# comes from the cache (portal/chrome.py), read from the database once per change.
EXPECTED_QUERIES = {
    "home": 6,  # pins, lead, latest, home sections, the newest of every home section in one, most read
    "section": 3,  # the section, count, the page of articles
    "article": 5,  # the article (with section, album, album photo count), tags, tin khác, newest, most read
    "all_news": 2,  # count, the page of articles
    "search": 5,  # the ranked ids, the page of articles, matching campaigns, honoured units, documents
}


def fill(articles_per_section):
    SiteSettings.load()  # as in production: the settings row exists and sits in the cache
    SlideFactory.create_batch(2)
    AnnouncementFactory()
    AnniversaryFactory()
    sections = [SectionFactory(name=name, show_on_home=True) for name in ["Tin tức", "Thi đua", "Chăm lo", "Văn hóa"]]
    for section in sections:
        ArticleFactory.create_batch(articles_per_section, section=section, title="Lao động giỏi")
        ArticleFactory(section=section, with_cover=True, is_featured=True)
    return sections[0]


def urls(section):
    article = section.articles.first()
    return {
        "home": reverse("portal:home"),
        "section": section.get_absolute_url(),
        "article": article.get_absolute_url(),
        "all_news": reverse("news:article_list"),
        "search": reverse("portal:search") + "?q=lao+dong+gioi",
    }


@pytest.mark.parametrize("articles_per_section", [3, 30])
@pytest.mark.parametrize("page", list(EXPECTED_QUERIES))
def test_query_count_is_fixed(client, django_assert_num_queries, articles_per_section, page):
    url = urls(fill(articles_per_section))[page]
    chrome.current()  # read once per change, then kept: a page rendered afresh reads it from the cache
    with django_assert_num_queries(EXPECTED_QUERIES[page]):
        assert client.get(url).status_code == 200


def test_the_home_page_makes_as_many_queries_however_many_home_sections(client, django_assert_num_queries):
    fill(3)
    for number in range(6):
        ArticleFactory.create_batch(5, section=SectionFactory(name=f"Khối {number}", show_on_home=True))
    chrome.current()
    with django_assert_num_queries(EXPECTED_QUERIES["home"]):
        html = client.get(reverse("portal:home")).content.decode()
    assert all(f"Khối {number}" in html for number in range(6))
