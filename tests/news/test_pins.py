"""Home page curation: publishers pin stories to the lead and to the top of sections, until a set time."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from news.models import Pin
from news.roles import EDITORS, PUBLISHERS
from portal import chrome
from portal.models import SiteSettings
from tests.factories import StaffFactory
from tests.news.factories import ArticleFactory, SectionFactory

pytestmark = pytest.mark.django_db


def hours_ago(hours):
    return timezone.now() - timezone.timedelta(hours=hours)


def home(client):
    """What the home page shows (portal.views.FrontPage): read when asked, so not from a kept piece."""
    response = client.get(reverse("portal:home"))
    assert response.status_code == 200
    return response.context["front"]


def titles(articles):
    return [article.title for article in articles]


def blocks(context):
    return {section.name: titles(articles) for section, articles in context.section_blocks}


@pytest.fixture
def news(db):
    return SectionFactory(name="Tin tức - Sự kiện", show_on_home=True)


class TestLead:
    def test_a_pinned_article_leads_over_the_featured_and_the_newest(self, client, news):
        older = ArticleFactory(title="Tin tuần trước", section=news, published_at=hours_ago(24 * 7))
        ArticleFactory(title="Tin tiêu điểm", section=news, is_featured=True)
        ArticleFactory(title="Tin mới nhất", section=news)
        Pin.objects.create(article=older, place=Pin.Place.LEAD)

        context = home(client)
        assert context.lead == older
        assert "Tin tuần trước" not in titles(context.latest)

    def test_further_lead_pins_open_the_latest_news_in_their_order(self, client, news):
        first, second, third = (
            ArticleFactory(title=title, section=news, published_at=hours_ago(24 + n))
            for n, title in enumerate(["Ghim một", "Ghim hai", "Ghim ba"])
        )
        ArticleFactory(title="Tin mới nhất", section=news)
        Pin.objects.create(article=third, place=Pin.Place.LEAD, order=3)
        Pin.objects.create(article=first, place=Pin.Place.LEAD, order=1)
        Pin.objects.create(article=second, place=Pin.Place.LEAD, order=2)

        context = home(client)
        assert context.lead == first
        assert titles(context.latest) == ["Ghim hai", "Ghim ba", "Tin mới nhất"]

    def test_an_expired_pin_no_longer_applies(self, client, news):
        pinned = ArticleFactory(title="Ghim đã hết hạn", section=news, published_at=hours_ago(48))
        newest = ArticleFactory(title="Tin mới nhất", section=news)
        pin = Pin.objects.create(
            article=pinned, place=Pin.Place.LEAD, ends_at=timezone.now() + timezone.timedelta(hours=1)
        )
        assert home(client).lead == pinned

        Pin.objects.filter(pk=pin.pk).update(ends_at=hours_ago(1))  # its time passes; no job runs
        assert home(client).lead == newest
        assert list(Pin.objects.showing()) == []
        assert list(Pin.objects.ended()) == [pin]

    def test_a_pin_of_an_unpublished_article_does_not_show(self, client, news):
        newest = ArticleFactory(title="Tin mới nhất", section=news)
        Pin.objects.create(article=ArticleFactory(title="Bài nháp", section=news, draft=True))
        Pin.objects.create(article=ArticleFactory(title="Bài hẹn giờ", section=news, scheduled=True))
        context = home(client)
        assert context.lead == newest
        assert "Bài nháp" not in titles(context.latest)


class TestSectionBlocks:
    def test_section_pins_top_their_block_in_order_then_the_newest(self, client, news):
        sport = SectionFactory(name="Văn hóa - Thể thao", show_on_home=True)
        ArticleFactory(title="Tin đầu trang", section=sport, is_featured=True)
        old_a = ArticleFactory(title="Bài cũ A", section=news, published_at=hours_ago(100))
        old_b = ArticleFactory(title="Bài cũ B", section=news, published_at=hours_ago(90))
        for n in range(4):
            ArticleFactory(title=f"Tin mới {n}", section=news, published_at=hours_ago(10 - n))
        Pin.objects.create(article=old_a, place=Pin.Place.SECTION, order=2)
        Pin.objects.create(article=old_b, place=Pin.Place.SECTION, order=1)

        assert blocks(home(client))["Tin tức - Sự kiện"] == ["Bài cũ B", "Bài cũ A", "Tin mới 3", "Tin mới 2"]

    def test_a_section_pin_stays_in_its_own_section(self, client, news):
        sport = SectionFactory(name="Văn hóa - Thể thao", show_on_home=True)
        ArticleFactory(title="Tin tức hôm nay", section=news)
        pinned = ArticleFactory(title="Giải cầu lông", section=sport, published_at=hours_ago(50))
        ArticleFactory(title="Tin thể thao mới", section=sport)
        ArticleFactory(title="Tin đầu trang", section=news, is_featured=True)
        Pin.objects.create(article=pinned, place=Pin.Place.SECTION)

        context = blocks(home(client))
        assert context["Văn hóa - Thể thao"] == ["Giải cầu lông", "Tin thể thao mới"]
        assert context["Tin tức - Sự kiện"] == ["Tin tức hôm nay"]

    def test_the_lead_is_not_repeated_in_its_block(self, client, news):
        both = ArticleFactory(title="Ghim cả hai nơi", section=news, published_at=hours_ago(30))
        ArticleFactory(title="Tin khác", section=news)
        Pin.objects.create(article=both, place=Pin.Place.LEAD)
        Pin.objects.create(article=both, place=Pin.Place.SECTION)
        context = home(client)
        assert context.lead == both
        assert blocks(context)["Tin tức - Sự kiện"] == ["Tin khác"]


def test_pins_cost_one_query_however_many(client, news):
    SiteSettings.load()
    sections = [news, *(SectionFactory(name=f"Khối {n}", show_on_home=True) for n in range(3))]
    for section in sections:
        ArticleFactory.create_batch(5, section=section)
    ArticleFactory(section=news, is_featured=True)

    def home_queries():
        cache.clear()  # the home page's news is rendered afresh each time, not taken from its kept piece
        chrome.current()
        with CaptureQueriesContext(connection) as queries:
            assert client.get(reverse("portal:home")).status_code == 200
        return len(queries)

    chrome.current()
    unpinned = home_queries()
    for n, section in enumerate(sections):
        articles = list(section.articles.filter(is_featured=False))
        Pin.objects.create(article=articles[0], place=Pin.Place.SECTION, order=n)
        Pin.objects.create(article=articles[4], place=Pin.Place.LEAD, order=n)
    some_pins = home_queries()
    for section in sections:
        for article in section.articles.filter(is_featured=False)[1:4]:
            Pin.objects.create(article=article, place=Pin.Place.SECTION)
    full_blocks = home_queries()
    # The pins come in one query; a pinned lead saves the look-up of the featured story, and once
    # every block is filled with pins the blocks' one query is not needed.
    assert some_pins == unpinned - 1
    assert full_blocks == some_pins - 1


class TestAdmin:
    def test_publisher_lists_pins_with_their_order_editable(self, client, publisher, news):
        Pin.objects.create(article=ArticleFactory(title="Tin được ghim", section=news), order=2)
        response = client.get(reverse("admin:news_pin_changelist"))
        assert response.status_code == 200
        page = response.content.decode()
        assert "Tin được ghim" in page
        assert 'name="form-0-order"' in page

    def test_filters_active_and_ended_pins(self, client, publisher, news):
        Pin.objects.create(article=ArticleFactory(title="Còn hạn", section=news))
        Pin.objects.create(article=ArticleFactory(title="Hết hạn", section=news), ends_at=hours_ago(1))
        url = reverse("admin:news_pin_changelist")
        active = client.get(url, {"tinh-trang": "active"}).context["cl"].result_list
        ended = client.get(url, {"tinh-trang": "ended"}).context["cl"].result_list
        assert [pin.article.title for pin in active] == ["Còn hạn"]
        assert [pin.article.title for pin in ended] == ["Hết hạn"]

    def test_publisher_pins_an_article_and_is_recorded(self, client, publisher, news):
        article = ArticleFactory(section=news)
        ends_at = timezone.localtime() + timezone.timedelta(days=2)
        response = client.post(
            reverse("admin:news_pin_add"),
            {
                "article": article.pk,
                "place": Pin.Place.LEAD,
                "order": 1,
                "ends_at_0": ends_at.strftime("%d/%m/%Y"),
                "ends_at_1": ends_at.strftime("%H:%M:%S"),
            },
        )
        assert response.status_code == 302
        pin = Pin.objects.get()
        assert (pin.article, pin.created_by) == (article, publisher)
        assert home(client).lead == article

    def test_the_same_article_twice_in_one_place_is_refused(self, client, publisher, news):
        article = ArticleFactory(section=news)
        Pin.objects.create(article=article, place=Pin.Place.LEAD)
        response = client.post(reverse("admin:news_pin_add"), {"article": article.pk, "place": "lead", "order": 0})
        assert response.status_code == 200
        assert "Bài này đã được ghim ở vị trí này." in response.content.decode()

    def test_the_article_page_offers_pinning_to_publishers_only(self, client, news):
        article = ArticleFactory(section=news, draft=True)
        pin_link = f"{reverse('admin:news_pin_add')}?article={article.pk}"
        client.force_login(StaffFactory(username="duyet", group=PUBLISHERS))
        assert pin_link in client.get(reverse("admin:news_article_change", args=[article.pk])).content.decode()
        client.force_login(StaffFactory(username="bientap", group=EDITORS))
        assert pin_link not in client.get(reverse("admin:news_article_change", args=[article.pk])).content.decode()

    def test_editors_cannot_pin(self, client, editor):
        assert client.get(reverse("admin:news_pin_changelist")).status_code == 403
