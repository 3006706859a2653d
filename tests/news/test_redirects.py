"""Old addresses: an article whose slug changes keeps answering at the old one, permanently redirected."""

import pytest
from django.urls import reverse

from news.models import ArticleRedirect
from tests.news.factories import ArticleFactory, SectionFactory

pytestmark = pytest.mark.django_db


def rename(article, slug):
    article.slug = slug
    article.save()
    return "/tin-tuc/" + slug + "/"


def test_an_old_slug_redirects_permanently_to_the_new_address(client):
    article = ArticleFactory(slug="hoi-nghi-can-bo")
    old_url = article.get_absolute_url()
    rename(article, "hoi-nghi-can-bo-cong-chuc-vien-chuc-2026")

    response = client.get(old_url)
    assert response.status_code == 301
    assert response["Location"] == article.get_absolute_url()
    assert client.get(response["Location"]).status_code == 200


def test_a_chain_of_renames_leads_every_old_address_to_the_current_one(client):
    article = ArticleFactory(slug="ten-dau-tien")
    rename(article, "ten-thu-hai")
    rename(article, "ten-hien-tai")

    for old_slug in ["ten-dau-tien", "ten-thu-hai"]:
        response = client.get(reverse("news:article", kwargs={"slug": old_slug}))
        assert (response.status_code, response["Location"]) == (301, "/tin-tuc/ten-hien-tai/")


def test_going_back_to_an_old_slug_serves_the_article_there(client):
    article = ArticleFactory(slug="ten-cu")
    rename(article, "ten-moi")
    rename(article, "ten-cu")
    assert client.get("/tin-tuc/ten-cu/").status_code == 200
    assert client.get("/tin-tuc/ten-moi/")["Location"] == "/tin-tuc/ten-cu/"
    assert not ArticleRedirect.objects.filter(old_slug="ten-cu").exists()


@pytest.mark.parametrize("trait", ["draft", "scheduled"])
def test_an_unpublished_article_does_not_leak_through_its_old_slug(client, trait):
    article = ArticleFactory(slug="ban-nhap-cu", **{trait: True})
    rename(article, "ban-nhap-moi")
    response = client.get("/tin-tuc/ban-nhap-cu/")
    assert response.status_code == 404
    assert "ban-nhap-moi" not in response.get("Location", "")


def test_an_article_taken_down_after_its_rename_is_404_at_both_addresses(client):
    article = ArticleFactory(slug="tin-cu")
    rename(article, "tin-moi")
    article.status = article.Status.DRAFT
    article.save()
    assert client.get("/tin-tuc/tin-cu/").status_code == 404
    assert client.get("/tin-tuc/tin-moi/").status_code == 404


def test_an_unknown_slug_is_still_404(client):
    assert client.get("/tin-tuc/khong-ton-tai/").status_code == 404


def test_changing_the_section_keeps_the_address(client):
    # The section is not part of an article's address, so moving the article needs no redirect.
    article = ArticleFactory(section=SectionFactory(name="Tin tức"))
    url = article.get_absolute_url()
    article.section = SectionFactory(name="Thi đua - Khen thưởng")
    article.save()
    assert article.get_absolute_url() == url
    assert client.get(url).status_code == 200
    assert not ArticleRedirect.objects.exists()


def test_an_old_address_costs_two_queries_and_no_page(client, django_assert_num_queries):
    article = ArticleFactory(slug="duong-dan-cu")
    rename(article, "duong-dan-moi")
    client.get("/tin-tuc/duong-dan-moi/")  # the next scheduled change on any page, worked out once per change
    with django_assert_num_queries(2):  # the miss, then the old address
        assert client.get("/tin-tuc/duong-dan-cu/").status_code == 301
