"""The search page at scale, as a reader meets it: an honest count, a choice of order, excerpts with marks."""

import re

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.html import parse
from tests.news.factories import ArticleFactory

pytestmark = pytest.mark.django_db

SEARCH = reverse("portal:search")


def results(response):
    """The result titles in the page's order, without their marks."""
    assert response.status_code == 200
    return [title.words for title in parse(response.content.decode()).find("h2", class_="news-item__title")]


def summary(response):
    return " ".join(
        re.sub(
            r"<[^>]+>", "", response.content.decode().split('class="search-summary" role="status">')[1].split("</p>")[0]
        ).split()
    )


def days_ago(days):
    return timezone.now() - timezone.timedelta(days=days)


@pytest.fixture
def few_candidates(monkeypatch):
    """Searches rank the newest 5 matches, as they rank the newest 1,000 on the real site."""
    monkeypatch.setattr("news.models.article.SEARCH_CANDIDATES", 5)
    monkeypatch.setattr("portal.views.SEARCH_CANDIDATES", 5)


def test_a_common_phrase_ranks_the_newest_matches_and_says_there_are_more(client, few_candidates):
    for day in range(1, 9):
        ArticleFactory(title=f"Lao động giỏi, ngày {day}", published_at=days_ago(day))
    response = client.get(SEARCH, {"q": "lao dong gioi"})
    assert (
        summary(response) == "Hơn 5 kết quả trong tin bài cho «lao dong gioi»; dưới đây là 5 bài mới nhất trong số đó."
    )
    assert sorted(results(response)) == sorted(f"Lao động giỏi, ngày {day}" for day in range(1, 6))


def test_the_real_bound_is_a_thousand_written_the_vietnamese_way(client, monkeypatch):
    ArticleFactory.create_batch(2, title="Lao động giỏi")
    monkeypatch.setattr("unionportal.lists.CappedPaginator.found", 1001)
    assert summary(client.get(SEARCH, {"q": "lao dong gioi"})).startswith("Hơn 1.000 kết quả")


def test_a_rare_word_in_an_old_article_is_found_among_many_newer_matches(client, few_candidates):
    for day in range(1, 9):
        ArticleFactory(title=f"Hội nghị người lao động {day}", published_at=days_ago(day))
    ArticleFactory(title="Hội nghị người lao động ở Mường Tè", published_at=days_ago(3000))
    for query in ["Mường Tè", "muong te", "lao dong muong te"]:
        response = client.get(SEARCH, {"q": query})
        assert results(response) == ["Hội nghị người lao động ở Mường Tè"]
        assert summary(response).startswith("Tìm thấy 1 kết quả")


def test_results_are_by_relevance_and_the_reader_can_switch_to_newest_first(client):
    ArticleFactory(title="Tổng kết năm", lead="Phong trào lao động giỏi được nhắc tới.", published_at=days_ago(1))
    ArticleFactory(title="Lao động giỏi năm 2020", published_at=days_ago(2000))
    by_relevance = client.get(SEARCH, {"q": "lao dong gioi"})
    assert results(by_relevance) == ["Lao động giỏi năm 2020", "Tổng kết năm"]
    order = parse(by_relevance.content.decode()).find("nav", class_="search-order")[0]
    assert order.words.startswith("Xếp theo mức độ phù hợp")
    (switch,) = order.find("a")
    assert switch.words == "Xếp theo mới nhất" and switch.attrs["href"] == "?q=lao+dong+gioi&order=newest"

    newest = client.get(SEARCH, {"q": "lao dong gioi", "order": "newest", "page": "1"})
    assert results(newest) == ["Tổng kết năm", "Lao động giỏi năm 2020"]
    order = parse(newest.content.decode()).find("nav", class_="search-order")[0]
    assert order.words.startswith("Xếp theo thời gian đăng, mới nhất trước")
    assert order.find("a")[0].attrs["href"] == "?q=lao+dong+gioi"


def test_an_unknown_order_is_relevance(client):
    ArticleFactory(title="Lao động giỏi")
    assert "Xếp theo mức độ phù hợp ·" in summary_and_order(client.get(SEARCH, {"q": "lao dong", "order": "x"}))


def summary_and_order(response):
    return " ".join(re.sub(r"<[^>]+>", "", response.content.decode()).split())


def test_each_result_shows_the_passage_with_the_searched_words_marked(client):
    filler = " ".join(f"từ{number}" for number in range(60))
    ArticleFactory(
        title="Tổng kết công tác năm",
        lead="Hội nghị tổng kết.",
        body=f"<p>{filler}</p><p>Nhiều tập thể đạt danh hiệu trong phong trào Lao động giỏi.</p><p>{filler}</p>",
    )
    page = client.get(SEARCH, {"q": "lao dong gioi"}).content.decode()
    (excerpt,) = re.findall(r'<p class="news-item__excerpt">(.*?)</p>', page, re.DOTALL)
    assert excerpt.startswith("… ") and excerpt.endswith(" …")
    # Eight words before the first match, for its context; paragraphs run on with one space.
    assert excerpt.startswith(
        "… tập thể đạt danh hiệu trong phong trào <mark>Lao</mark> <mark>động</mark> <mark>giỏi</mark>. từ0 "
    )


def test_titles_and_excerpts_are_escaped_around_the_marks(client):
    ArticleFactory(title="<b>Lao động</b> & <script>giỏi</script>", lead="a < b: lao động", body="<p>x</p>")
    page = client.get(SEARCH, {"q": "lao dong"}).content.decode()
    assert "&lt;b&gt;<mark>Lao</mark> <mark>động</mark>&lt;/b&gt; &amp; &lt;script&gt;giỏi&lt;/script&gt;" in page
    assert "a &lt; b: <mark>lao</mark> <mark>động</mark>" in page
    assert "<script>giỏi" not in page
