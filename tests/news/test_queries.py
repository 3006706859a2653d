"""Each public page makes a fixed, small number of queries, however many articles there are."""

import pytest
from django.urls import reverse

from portal.models import SiteSettings
from tests.news.factories import ArticleFactory, SectionFactory
from tests.portal.factories import AnniversaryFactory, AnnouncementFactory, SlideFactory

pytestmark = pytest.mark.django_db

# Every page reads the menu sections, slides, announcements and anniversaries (4 queries);
# the site settings come from the cache. Pages with the side column add 2: its poll (with the
# options and their counts) and its quick links.
EXPECTED_QUERIES = {
    "home": 15,  # pins, lead, latest, home sections, one per home section (4 here), most read
    "section": 9,
    "article": 11,  # the article (with section, album, album photo count), tags, tin khác, newest, most read
    "all_news": 8,
    "search": 11,  # count, the page of articles, matching campaigns, honoured units, documents
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
    with django_assert_num_queries(EXPECTED_QUERIES[page]):
        assert client.get(url).status_code == 200
