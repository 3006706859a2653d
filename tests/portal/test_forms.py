"""The site's search box: one form class, drawn by crispy-forms in the header, on the search page and the 404 page."""

import pytest
from django.urls import reverse

from portal.forms import SearchForm
from tests.html import duplicate_ids, label_of, parse

pytestmark = pytest.mark.django_db

SEARCH = reverse("portal:search")


def search_boxes(html):
    return [(form, form.find("input", name="q")[0]) for form in parse(html).find("form", role="search")]


def test_the_search_page_has_the_header_box_and_its_own_showing_the_query(client):
    html = client.get(SEARCH, {"q": "  lao dong  "}).content.decode()
    page = parse(html)
    (header, header_q), (own, own_q) = search_boxes(html)
    for form, q in [(header, header_q), (own, own_q)]:
        assert (form.attrs["action"], form.attrs["method"]) == (SEARCH, "get")
        assert q.attrs["type"] == "search" and q.attrs["maxlength"] == "200"
        assert q.attrs["placeholder"] == "Tìm kiếm…"
        assert label_of(page, q) == "Tìm kiếm bài viết"
        assert "visually-hidden" in page.find("label", **{"for": q.attrs["id"]})[0].classes
        assert form.find("button", type="submit")[0].words == "Tìm kiếm"
    assert (header_q.attrs["id"], own_q.attrs["id"]) == ("site-search-q", "search-page-q")
    assert "value" not in header_q.attrs
    assert own_q.attrs["value"] == "lao dong"
    assert duplicate_ids(html) == []


def test_the_404_page_offers_the_box_again(client):
    html = client.get("/khong-co-trang-nay/").content.decode()
    assert [q.attrs["id"] for _, q in search_boxes(html)] == ["site-search-q", "not-found-q"]
    assert duplicate_ids(html) == []


def test_the_query_is_stripped_and_cut_at_the_box_length_not_refused():
    assert SearchForm({"q": "  lao động giỏi "}).query == "lao động giỏi"
    assert SearchForm({"q": "a" * 250}).query == "a" * 200
    assert SearchForm({}).query == ""


def test_a_query_with_a_null_character_is_refused():
    form = SearchForm({"q": "lao\x00dong"})
    assert not form.is_valid()
    assert form.query == ""
