import pytest

from news.models import Article
from tests.news.factories import ArticleFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def articles():
    return {
        "campaign": ArticleFactory(
            title="Phát động phong trào Lao động giỏi, lao động sáng tạo năm 2026",
            lead="Công đoàn ngành phát động thi đua trong toàn ngành.",
        ),
        "body_only": ArticleFactory(
            title="Tổng kết công tác năm",
            lead="Hội nghị tổng kết.",
            body="<p>Nhiều tập thể đạt danh hiệu trong phong trào lao động giỏi.</p>",
        ),
        "gifts": ArticleFactory(title="Trao quà Tết cho đoàn viên khó khăn", lead="Thăm hỏi, động viên."),
        "hidden": ArticleFactory(title="Bản nháp về lao động giỏi", draft=True),
        "scheduled": ArticleFactory(title="Hẹn giờ: lao động giỏi", scheduled=True),
    }


def search(query):
    return list(Article.objects.published().search(query))


@pytest.mark.parametrize("query", ["lao dong gioi", "LAO ĐỘNG GIỎI", "lao động giỏi", "Lao Dong Gioi"])
def test_finds_the_same_articles_with_or_without_marks_and_case(articles, query):
    assert set(search(query)) == {articles["campaign"], articles["body_only"]}


def test_title_match_ranks_above_body_match(articles):
    assert search("lao dong gioi") == [articles["campaign"], articles["body_only"]]


def test_every_word_must_match(articles):
    assert search("qua tet") == [articles["gifts"]]
    assert search("qua tet sang tao") == []


def test_drafts_and_scheduled_articles_are_never_found(articles):
    found = search("lao dong gioi")
    assert articles["hidden"] not in found
    assert articles["scheduled"] not in found


@pytest.mark.parametrize("query", ["", "   ", "!!!"])
def test_empty_query_finds_nothing(articles, query):
    assert search(query) == []
