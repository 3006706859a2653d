"""The article page's sharing links and its printed form."""

import re
from urllib.parse import quote

import pytest
from django.urls import reverse

from portal.models import SiteSettings
from tests.news.factories import ArticleFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def article():
    return ArticleFactory(title="Hội nghị người lao động & đại biểu", slug="hoi-nghi-nguoi-lao-dong")


def page_text(response):
    assert response.status_code == 200
    return response.content.decode()


ADDRESS = "http://testserver/tin-tuc/hoi-nghi-nguoi-lao-dong/"
ENCODED = quote(ADDRESS, safe="")


class TestSharing:
    def test_links_carry_the_encoded_absolute_address(self, client, article):
        page = page_text(client.get(article.get_absolute_url()))
        assert ENCODED == "http%3A%2F%2Ftestserver%2Ftin-tuc%2Fhoi-nghi-nguoi-lao-dong%2F"
        assert f"https://www.facebook.com/sharer/sharer.php?u={ENCODED}" in page
        assert f"https://sp.zalo.me/share_to_zalo?url={ENCODED}" in page
        title = quote("Hội nghị người lao động & đại biểu", safe="")
        assert f"https://twitter.com/intent/tweet?url={ENCODED}&amp;text={title}" in page
        assert f"mailto:?subject={title}&amp;body={ENCODED}" in page

    def test_external_links_open_apart_without_telling_where_from(self, client, article):
        page = page_text(client.get(article.get_absolute_url()))
        share_links = re.findall(r'<a class="share__link[^>]*href="https://[^>]*>', page)
        assert len(share_links) == 3  # Facebook, Zalo, X
        for link in share_links:
            assert 'target="_blank"' in link
            assert 'rel="noopener noreferrer"' in link

    def test_each_link_says_what_it_does(self, client, article):
        page = page_text(client.get(article.get_absolute_url()))
        assert '<span class="visually-hidden">Chia sẻ lên </span>Facebook' in page
        assert '<span class="visually-hidden">Chia sẻ qua </span>Zalo' in page

    def test_copy_and_print_wait_for_javascript(self, client, article):
        page = page_text(client.get(article.get_absolute_url()))
        assert f'data-copy-link="{ADDRESS}" hidden' in page
        assert "data-print hidden" in page
        assert "Sao chép liên kết" in page
        assert "In bài" in page

    def test_no_third_party_script(self, client, article):
        page = page_text(client.get(article.get_absolute_url()))
        assert "<script" in page  # the portal's own
        for script in page.split("<script")[1:]:
            assert 'src="/static/' in script[: script.index(">")]

    def test_a_preview_of_a_draft_offers_no_sharing(self, client, editor):
        draft = ArticleFactory(draft=True)
        page = page_text(client.get(reverse("admin:news_article_preview", args=[draft.pk])))
        assert "sharer.php" not in page


def test_the_printed_page_names_the_site_and_the_full_address(client, article):
    site = SiteSettings.load()
    site.union_name = "Công đoàn ngành Y tế tỉnh Bắc Kạn"
    site.save()
    page = page_text(client.get(article.get_absolute_url()))
    source = page[page.index('class="article__print-source') :]
    source = source[: source.index("</p>")]
    assert "d-none d-print-block" in source
    assert "Công đoàn ngành Y tế tỉnh Bắc Kạn" in source
    assert ADDRESS in source
