"""The page cache: anonymous readers get kept pages, which change the moment anything on them does."""

import datetime
import os
import subprocess
import sys
import time
import uuid
from unittest import mock

import pytest
import redis
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from news import reads
from news.models import Article, Pin
from news.roles import PUBLISHERS
from polls.models import PollVote
from portal.models import MenuItem, SiteSettings
from tests.albums.factories import AlbumFactory
from tests.awards.factories import MemberLineFactory, UnionLineFactory
from tests.emulation.factories import CampaignFactory, PeriodFactory
from tests.factories import StaffFactory
from tests.library.factories import DocumentFactory
from tests.news.factories import ArticleFactory, SectionFactory, TagFactory
from tests.news.test_reads import PHONE
from tests.polls.factories import PollFactory
from tests.portal.factories import AnnouncementFactory, SlideFactory
from tests.unionportal.outages import CLOSED_REDIS
from tests.unionportal.test_outages import assert_try_again_page
from unionportal import pagecache

pytestmark = pytest.mark.django_db

HOME = "/"


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 600


@pytest.fixture
def article(committed):
    with committed():
        return ArticleFactory(title="Hội nghị người lao động Bệnh viện tỉnh", section=SectionFactory(name="Tin tức"))


def fetch(client, url, **headers):
    response = client.get(url, HTTP_USER_AGENT=PHONE, **headers)
    assert response.status_code == 200, url
    return response


def kept(client, url):
    """The page, asked for twice: the second answer comes from the cache."""
    first = fetch(client, url)
    second = fetch(client, url)
    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit"), url
    assert second.content == first.content
    return second.content.decode()


def test_a_page_read_again_comes_from_the_cache_without_a_query(client, article, django_assert_num_queries):
    kept(client, HOME)
    with django_assert_num_queries(0):
        response = fetch(client, HOME)
    assert response["X-Page-Cache"] == "hit"
    assert article.title in response.content.decode()


def test_a_kept_page_carries_the_headers_of_the_page_it_copies(client, article):
    first = fetch(client, article.get_absolute_url())
    second = fetch(client, article.get_absolute_url())
    for header in ("Content-Type", "Content-Security-Policy", "Permissions-Policy", "Cache-Control", "X-Frame-Options"):
        assert second[header] == first[header], header


def public_pages(committed):
    """One page of each kind the cache keeps."""
    with committed():
        article = ArticleFactory()
        tag = TagFactory(name="Đại hội")
        article.tags.add(tag)
        campaign = CampaignFactory()
        period = PeriodFactory(campaign=campaign)
        UnionLineFactory(decision__period=period, is_public=True)
        document = DocumentFactory()
        album = AlbumFactory()
        PollFactory(options=["Có", "Không"])
    return [
        HOME,
        reverse("news:article_list"),
        article.section.get_absolute_url(),
        article.get_absolute_url(),
        reverse("news:tag", args=[tag.slug]),
        reverse("emulation:campaign_list"),
        campaign.get_absolute_url(),
        reverse("awards:index"),
        reverse("awards:campaign", args=[campaign.slug]),
        reverse("library:document_list"),
        document.get_absolute_url(),
        reverse("albums:album_list"),
        album.get_absolute_url(),
        reverse("polls:poll_list"),
        reverse("portal:feed"),
        reverse("portal:section_feed", args=[article.section.slug]),
        reverse("sitemap_index"),
        reverse("django.contrib.sitemaps.views.sitemap", args=["articles"]),
        reverse("portal:search") + "?q=công+đoàn",
    ]


def test_every_kind_of_public_page_is_kept(client, committed):
    for url in public_pages(committed):
        kept(client, url)


# Each change a reader would notice, made as staff make it; each must drop the kept pages.
CHANGES = {
    "an article is published": lambda article: ArticleFactory(draft=True).publish(by=_publisher()),
    "an article is edited": lambda article: _set(article, title="Hội nghị người lao động năm 2027"),
    "an article is unpublished": lambda article: article.unpublish(by=_publisher()),
    "an article is deleted": lambda article: article.delete(),
    "an article is pinned": lambda article: Pin.objects.create(article=ArticleFactory()),
    "an article is unpinned": lambda article: Pin.objects.create(article=article).delete(),
    "a tag is added to an article": lambda article: article.tags.add(TagFactory()),
    "a slide is added": lambda article: SlideFactory(),
    "the running line changes": lambda article: AnnouncementFactory(),
    "the site's details change": lambda article: _site_settings_saved(),
    "the menu changes": lambda article: MenuItem.objects.create(section=SectionFactory(name="Văn hoá - Thể thao")),
    "a poll is opened": lambda article: PollFactory(options=["Có", "Không"]),
    "an award line is added": lambda article: MemberLineFactory(is_public=True),
    "a campaign is published": lambda article: CampaignFactory(),
    "a document is published": lambda article: DocumentFactory(),
    "an album is added": lambda article: AlbumFactory(),
}


def _publisher():
    return StaffFactory(group=PUBLISHERS)


def _set(article, **fields):
    for name, value in fields.items():
        setattr(article, name, value)
    article.save()


def _site_settings_saved():
    site = SiteSettings.load()
    site.union_name = "Công đoàn ngành Y tế tỉnh Bắc Kạn"
    site.save()


@pytest.mark.parametrize("change", CHANGES)
def test_a_change_drops_the_kept_pages(client, article, committed, change):
    kept(client, HOME)
    with committed():
        CHANGES[change](article)
    assert fetch(client, HOME)["X-Page-Cache"] == "miss"


def test_the_honour_roll_shows_a_decision_edited_at_once(client, committed):
    with committed():
        line = UnionLineFactory(is_public=True)
    honour_roll = reverse("awards:campaign", args=[line.decision.period.campaign.slug])
    assert line.decision.number in kept(client, honour_roll)
    with committed():
        line.decision.number = "999/QĐ-CĐN"
        line.decision.save()
    response = fetch(client, honour_roll)
    assert response["X-Page-Cache"] == "miss"
    assert "999/QĐ-CĐN" in response.content.decode()


def test_readers_see_a_published_article_and_an_edited_title_at_once(client, article, committed):
    kept(client, HOME)
    with committed():
        fresh = ArticleFactory(title="Trao quà cho đoàn viên có hoàn cảnh khó khăn")
    assert fresh.title in fetch(client, HOME).content.decode()

    kept(client, article.get_absolute_url())
    with committed():
        _set(article, title="Hội nghị người lao động năm 2027")
    assert "Hội nghị người lao động năm 2027" in fetch(client, article.get_absolute_url()).content.decode()

    with committed():
        _set(article, status=Article.Status.DRAFT)
    assert client.get(article.get_absolute_url()).status_code == 404


def test_a_change_that_is_rolled_back_keeps_the_pages(client, article):
    kept(client, HOME)
    ArticleFactory()  # inside the test's transaction, which never commits
    assert fetch(client, HOME)["X-Page-Cache"] == "hit"


def test_rows_no_page_shows_do_not_drop_the_pages(client, article, committed):
    poll = PollFactory(options=["Có", "Không"])
    kept(client, HOME)
    with committed():
        PollVote.objects.create(poll=poll, option=poll.options.first(), voter="v", address="a")
        reads.count_read(client.get(HOME).wsgi_request, article)
        reads.flush()
    assert fetch(client, HOME)["X-Page-Cache"] == "hit"


def test_a_scheduled_article_appears_on_time(client, article, committed):
    with committed():
        scheduled = ArticleFactory(
            title="Kỷ niệm 97 năm Ngày thành lập Công đoàn Việt Nam",
            published_at=timezone.now() + datetime.timedelta(seconds=3),
        )
    html = kept(client, HOME)
    assert scheduled.title not in html
    time.sleep(max(0, (scheduled.published_at - timezone.now()).total_seconds()) + 0.05)
    response = fetch(client, HOME)
    assert response["X-Page-Cache"] == "miss"
    assert scheduled.title in response.content.decode()


def test_a_pin_leaves_the_home_page_when_it_ends(client, article, committed):
    with committed():
        older = ArticleFactory(title="Bài cũ được ghim", published_at=timezone.now() - datetime.timedelta(days=30))
        pin = Pin.objects.create(article=older, ends_at=timezone.now() + datetime.timedelta(seconds=3))
    kept(client, HOME)
    time.sleep(max(0, (pin.ends_at - timezone.now()).total_seconds()) + 0.05)
    assert fetch(client, HOME)["X-Page-Cache"] == "miss"


def test_the_next_change_bounds_every_page(article, committed):
    now = timezone.now()
    with committed():
        Pin.objects.create(article=article, ends_at=now + datetime.timedelta(hours=3))
        PollFactory(closes_at=now + datetime.timedelta(hours=2))
        SlideFactory(active_from=now + datetime.timedelta(hours=1))
    assert pagecache.next_change("g", now) == (now + datetime.timedelta(hours=1)).timestamp()


def test_staff_pages_are_never_kept(client, article):
    staff = StaffFactory(username="bientap")
    client.force_login(staff)
    response = fetch(client, HOME)
    assert "X-Page-Cache" not in response
    assert "private" in response["Cache-Control"]
    client.logout()
    assert fetch(client, HOME)["X-Page-Cache"] == "miss"


def test_a_preview_link_is_never_kept(client, article, committed):
    with committed():
        draft = ArticleFactory(draft=True, title="Bản nháp chưa duyệt")
        link = draft.preview_links.create(expires_at=timezone.now() + datetime.timedelta(days=1))
    url = reverse("news:preview_link", args=[link.signed])
    response = fetch(client, url)
    assert response["X-Page-Cache"] == "miss"
    assert fetch(client, url)["X-Page-Cache"] == "miss"


def test_reads_of_a_kept_article_are_counted(client, article):
    kept(client, article.get_absolute_url())
    fetch(client, article.get_absolute_url(), REMOTE_ADDR="113.161.1.11")
    assert reads.pending() == 2


def test_a_browser_that_voted_sees_the_results_not_the_kept_form(client, article, committed):
    with committed():
        poll = PollFactory(options=["Có", "Không"])
    assert 'name="option"' in kept(client, HOME)
    client.post(
        reverse("polls:poll_vote", args=[poll.slug]),
        {"option": poll.options.first().pk, "next": HOME},
        HTTP_ORIGIN="http://testserver",
    )
    response = fetch(client, HOME)
    assert "X-Page-Cache" not in response
    assert "Cảm ơn bạn đã tham gia biểu quyết." in response.content.decode()


def test_a_cache_that_lost_the_generation_serves_no_page_kept_before(client, article):
    kept(client, HOME)
    pagecache.cache.delete(pagecache.GENERATION_KEY)  # evicted, or Redis restarted with some pages saved
    assert fetch(client, HOME)["X-Page-Cache"] == "miss"
    assert fetch(client, HOME)["X-Page-Cache"] == "hit"


def test_turned_off_it_keeps_nothing(client, article, settings):
    settings.PAGE_CACHE_SECONDS = 0
    assert "X-Page-Cache" not in fetch(client, HOME)
    assert "X-Page-Cache" not in fetch(client, HOME)


@pytest.fixture
def shared_redis(settings):
    """The page cache on Redis, under a key prefix of this test's own, as two nodes share it."""
    url = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
    prefix = f"unionportal-test-{uuid.uuid4().hex}"
    try:
        redis.Redis.from_url(url).ping()
    except redis.ConnectionError:
        pytest.skip("no Redis at TEST_REDIS_URL")
    settings.CACHES = {"default": {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": url, "KEY_PREFIX": prefix}}
    yield url, prefix
    server = redis.Redis.from_url(url)
    for key in server.scan_iter(f"{prefix}:*"):
        server.delete(key)


def change_on_another_node(url, prefix):
    """The other node is another process with its own connection to the same Redis."""
    change = "import django; django.setup(); from unionportal import pagecache; pagecache.pages_changed()"
    other_node = subprocess.run(  # noqa: S603 (our own interpreter and module)
        [sys.executable, "-c", change],
        env=os.environ
        | {"DJANGO_SETTINGS_MODULE": "unionportal.settings.dev", "REDIS_URL": url, "REDIS_KEY_PREFIX": prefix},
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert other_node.returncode == 0, other_node.stderr.decode()


def test_a_change_on_another_node_drops_this_nodes_pages(client, article, shared_redis):
    kept(client, HOME)
    change_on_another_node(*shared_redis)
    assert fetch(client, HOME)["X-Page-Cache"] == "miss"
    assert fetch(client, HOME)["X-Page-Cache"] == "hit"


def test_a_node_serving_from_its_own_memory_sees_another_node_s_change_within_a_second(
    client, article, shared_redis, settings
):
    settings.PAGE_CACHE_NEAR_SECONDS = 1
    kept(client, HOME)
    with mock.patch.object(pagecache.cache, "get_many", wraps=pagecache.cache.get_many) as asked:
        assert fetch(client, HOME)["X-Page-Cache"] == "hit"
    assert asked.call_count == 0  # served from this process's memory

    change_on_another_node(*shared_redis)
    changed = time.monotonic()
    while fetch(client, HOME)["X-Page-Cache"] == "hit":
        assert time.monotonic() - changed < 1.1
        time.sleep(0.05)


def test_a_change_made_here_is_seen_here_at_once_even_from_memory(client, article, shared_redis, settings, committed):
    settings.PAGE_CACHE_NEAR_SECONDS = 1
    kept(client, HOME)
    with committed():
        fresh = ArticleFactory(title="Trao quà cho đoàn viên có hoàn cảnh khó khăn")
    assert fresh.title in fetch(client, HOME).content.decode()


def test_with_the_cache_away_readers_are_asked_to_try_again(settings, article):
    settings.CACHES = CLOSED_REDIS
    assert_try_again_page(Client(raise_request_exception=False).get(HOME))


def test_a_page_kept_for_https_is_not_served_over_plain_http(client, article, settings):
    """The page cache comes before SecurityMiddleware: its redirect of plain HTTP must still apply."""
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_HSTS_SECONDS = 3600
    first = fetch(client, HOME, secure=True)
    second = fetch(client, HOME, secure=True)
    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit")
    assert second["Strict-Transport-Security"] == "max-age=3600"  # kept with the page
    plain = client.get(HOME, HTTP_USER_AGENT=PHONE)
    assert plain.status_code == 301
    assert plain["Location"].startswith("https://")
