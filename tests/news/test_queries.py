"""Each public page makes a fixed, small number of queries, however many articles there are."""

import pytest
from django.urls import reverse

from news.models import SiteSettings
from tests.news.factories import AnniversaryFactory, AnnouncementFactory, ArticleFactory, SectionFactory, SlideFactory

pytestmark = pytest.mark.django_db

# Every page reads the menu sections, slides, announcements and anniversaries (4 queries);
# the site settings come from the cache.
EXPECTED_QUERIES = {
    "home": 11,  # lead, latest, home sections, then one per home section (4 here)
    "section": 7,
    "article": 7,
    "all_news": 6,
    "search": 8,  # count, the page of articles, matching campaigns, matching honoured units
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
        "home": reverse("news:home"),
        "section": section.get_absolute_url(),
        "article": article.get_absolute_url(),
        "all_news": reverse("news:article_list"),
        "search": reverse("news:search") + "?q=lao+dong+gioi",
    }


@pytest.mark.parametrize("articles_per_section", [3, 30])
@pytest.mark.parametrize("page", list(EXPECTED_QUERIES))
def test_query_count_is_fixed(client, django_assert_num_queries, articles_per_section, page):
    url = urls(fill(articles_per_section))[page]
    with django_assert_num_queries(EXPECTED_QUERIES[page]):
        assert client.get(url).status_code == 200
