"""Pieces of pages kept between changes ({% kept %}): with the page cache off, a page read again is
made of its kept pieces, and shows any change at once."""

import datetime
import time

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from news.models import Article, Pin
from portal.models import MenuItem
from tests.awards.factories import UnionLineFactory
from tests.news.factories import ArticleFactory, SectionFactory, TagFactory
from tests.news.test_reads import PHONE
from tests.polls.factories import PollFactory

pytestmark = pytest.mark.django_db

HOME = "/"


@pytest.fixture
def section(committed):
    with committed():
        return SectionFactory(name="Hoạt động công đoàn")


@pytest.fixture
def article(committed, section):
    with committed():
        article = ArticleFactory(title="Hội nghị người lao động Bệnh viện tỉnh", section=section)
        article.tags.add(TagFactory(name="Đại hội"))
    return article


def page(client, url):
    response = client.get(url, HTTP_USER_AGENT=PHONE)
    assert response.status_code == 200, url
    assert "X-Page-Cache" not in response  # the page cache is off: every page is rendered
    return response.content.decode()


def lists_of(article):
    return [
        HOME,
        reverse("news:article_list"),
        article.section.get_absolute_url(),
        article.tags.get().get_absolute_url(),
        reverse("portal:search") + "?q=Hội+nghị",
    ]


def test_the_home_page_read_again_reads_nothing_from_the_database(client, article, django_assert_num_queries):
    first = page(client, HOME)
    with django_assert_num_queries(0):
        assert page(client, HOME) == first
    assert article.title in first


def test_an_article_read_again_reads_nothing_from_the_database(client, article, django_assert_num_queries):
    first = page(client, article.get_absolute_url())
    with django_assert_num_queries(0):
        assert page(client, article.get_absolute_url()) == first
    assert "Đại hội" in first  # its tags, read with the kept article


def test_an_unpublished_article_is_gone_at_once(client, article, committed):
    page(client, article.get_absolute_url())
    with committed():
        article.status = Article.Status.DRAFT
        article.save()
    assert client.get(article.get_absolute_url()).status_code == 404


def test_a_scheduled_article_appears_at_its_time(client, committed):
    with committed():
        scheduled = ArticleFactory(published_at=timezone.now() + datetime.timedelta(seconds=2))
    assert client.get(scheduled.get_absolute_url()).status_code == 404
    time.sleep(max(0, (scheduled.published_at - timezone.now()).total_seconds()) + 0.05)
    assert client.get(scheduled.get_absolute_url()).status_code == 200


def test_a_published_article_is_on_every_list_at_once(client, article, committed):
    for url in lists_of(article):
        page(client, url)
    with committed():
        fresh = ArticleFactory(title="Hội nghị tổng kết phong trào thi đua năm 2026", section=article.section)
        fresh.tags.add(article.tags.get())
    for url in lists_of(article):
        assert "tổng kết phong trào thi đua năm 2026" in page(client, url), url  # search marks the words asked


def test_an_edited_article_shows_its_new_words_at_once(client, article, committed):
    assert article.title in page(client, article.get_absolute_url())
    with committed():
        article.title = "Hội nghị người lao động năm 2027"
        article.body = "<p>Nội dung đã sửa sau khi đăng.</p>"
        article.save()
    shown = page(client, article.get_absolute_url())
    assert "Hội nghị người lao động năm 2027" in shown
    assert "Nội dung đã sửa sau khi đăng." in shown


def test_the_menu_marks_where_the_reader_is_on_each_page(client, article, committed):
    with committed():
        MenuItem.objects.create(section=article.section)
    marked = f'<a href="{article.section.get_absolute_url()}" aria-current='
    assert marked not in page(client, HOME)
    assert f'{marked}"page"' in page(client, article.section.get_absolute_url())
    assert f'{marked}"true"' in page(client, article.get_absolute_url())
    assert marked not in page(client, HOME)


def test_a_staff_preview_lends_nothing_to_the_public_page(client, admin_client, article):
    preview = admin_client.get(reverse("admin:news_article_preview", args=[article.pk])).content.decode()
    public = page(client, article.get_absolute_url())
    assert "Bản xem trước" in preview
    assert 'rel="canonical"' not in preview
    assert 'rel="canonical"' in public
    assert "Bản xem trước" not in public


def test_the_side_poll_sends_each_voter_back_to_the_page_they_voted_on(client, article, committed):
    with committed():
        poll = PollFactory(options=["Có", "Không"])
        other = ArticleFactory(title="Trao quà cho đoàn viên", section=article.section)
    for shown in (article, other):
        assert f'name="next" value="{shown.get_absolute_url()}"' in page(client, shown.get_absolute_url())

    voter = Client()
    voter.post(
        reverse("polls:poll_vote", args=[poll.slug]),
        {"option": poll.options.first().pk, "next": article.get_absolute_url()},
        HTTP_ORIGIN="http://testserver",
    )
    assert "Cảm ơn bạn đã tham gia biểu quyết." in page(voter, article.get_absolute_url())
    assert 'name="option"' in page(client, article.get_absolute_url())  # others still get the form


def test_the_honour_roll_shows_an_edited_decision_at_once(client, committed):
    with committed():
        line = UnionLineFactory(is_public=True)
    period = line.decision.period
    url = reverse("awards:period", args=[period.campaign.slug, period.pk])
    assert line.decision.number in page(client, url)
    with committed():
        line.decision.number = "999/QĐ-CĐN"
        line.decision.save()
    assert "999/QĐ-CĐN" in page(client, url)


def test_a_change_that_is_rolled_back_leaves_the_pieces(client, article):
    first = page(client, HOME)
    ArticleFactory(title="Bài chưa được lưu hẳn")  # inside the test's transaction, which never commits
    assert page(client, HOME) == first


def test_a_lead_pin_leaves_the_home_page_when_it_ends(client, article, committed):
    with committed():
        older = ArticleFactory(title="Bài cũ được ghim", published_at=timezone.now() - datetime.timedelta(days=30))
        pin = Pin.objects.create(article=older, ends_at=timezone.now() + datetime.timedelta(seconds=2))
    lead = f'<h2 class="lead-story__title"><a href="{older.get_absolute_url()}">'
    assert lead in page(client, HOME)
    time.sleep(max(0, (pin.ends_at - timezone.now()).total_seconds()) + 0.05)
    assert lead not in page(client, HOME)
