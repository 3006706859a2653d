"""Tags: a page per tag gathering articles across sections, and the tags under each article."""

import pytest
from django.urls import reverse

from portal import chrome
from portal.models import SiteSettings
from tests.news.factories import ArticleFactory, SectionFactory, TagFactory
from tests.portal.factories import AnniversaryFactory, AnnouncementFactory, SlideFactory

pytestmark = pytest.mark.django_db


def tagged(*tags, **kwargs):
    article = ArticleFactory(**kwargs)
    article.tags.add(*tags)
    return article


def page_text(response):
    assert response.status_code == 200
    return response.content.decode()


def test_tag_gets_a_plain_ascii_address():
    tag = TagFactory(name="Tháng Công nhân")
    assert tag.get_absolute_url() == "/tu-khoa/thang-cong-nhan/"


class TestTagPage:
    def test_lists_only_the_published_articles_of_the_tag_from_every_section(self, client):
        tag = TagFactory(name="Tháng Công nhân")
        tagged(tag, title="Phát động Tháng Công nhân", section=SectionFactory(name="Tin tức"))
        tagged(tag, title="Trao quà cho đoàn viên khó khăn", section=SectionFactory(name="Chăm lo"))
        tagged(tag, title="Bản nháp Tháng Công nhân", draft=True)
        tagged(tag, title="Bài hẹn giờ Tháng Công nhân", scheduled=True)
        tagged(TagFactory(name="Đại hội"), title="Bài của từ khoá khác")

        page = page_text(client.get(tag.get_absolute_url()))
        assert "Tháng Công nhân" in page
        assert "Phát động Tháng Công nhân" in page
        assert "Trao quà cho đoàn viên khó khăn" in page
        assert ">Chăm lo</a> ·" in page  # each article names its section, since they come from several
        for hidden in ["Bản nháp Tháng Công nhân", "Bài hẹn giờ Tháng Công nhân", "Bài của từ khoá khác"]:
            assert hidden not in page

    def test_paginated_by_twelve_newest_first(self, client):
        tag = TagFactory()
        for _ in range(13):
            tagged(tag)
        first = client.get(tag.get_absolute_url())
        assert len(first.context["page_obj"]) == 12
        assert 'href="?page=2"' in first.content.decode()
        second = client.get(tag.get_absolute_url(), {"page": 2})
        assert len(second.context["page_obj"]) == 1
        dates = [article.published_at for article in first.context["page_obj"]]
        assert dates == sorted(dates, reverse=True)

    def test_a_tag_without_articles_says_so(self, client):
        page = page_text(client.get(TagFactory().get_absolute_url()))
        assert "Chưa có bài viết nào với từ khoá này." in page

    def test_unknown_tag_is_404(self, client):
        assert client.get(reverse("news:tag", kwargs={"slug": "khong-co"})).status_code == 404


def test_article_page_shows_its_tags_as_links(client):
    tags = [TagFactory(name="Đại hội"), TagFactory(name="Tháng Công nhân")]
    article = tagged(*tags)
    page = page_text(client.get(article.get_absolute_url()))
    assert "Từ khoá:" in page
    for tag in tags:
        assert f'<a href="{tag.get_absolute_url()}" rel="tag">{tag.name}</a>' in page


def test_article_page_without_tags_has_no_tag_block(client):
    page = page_text(client.get(ArticleFactory().get_absolute_url()))
    assert "Từ khoá:" not in page


@pytest.mark.parametrize("articles", [3, 30])
def test_tag_page_query_count_is_fixed(client, django_assert_num_queries, articles):
    SiteSettings.load()
    SlideFactory.create_batch(2)
    AnnouncementFactory()
    AnniversaryFactory()
    tag = TagFactory()
    for _ in range(articles):
        tagged(tag, TagFactory())
    chrome.current()
    # The tag, the count, the page of articles; the chrome comes from the cache. As many as a section page.
    with django_assert_num_queries(3):
        assert client.get(tag.get_absolute_url()).status_code == 200
