"""Public reads go to the read replica, everything else to the primary (unionportal/replica.py).

The replica here is a second connection to the test database (a test mirror, see the test
settings): which database served a page is told by the queries each connection ran. The rows
are committed (transaction=True), since the second connection sees nothing uncommitted.
"""

import ast
import contextlib
import threading
from unittest import mock

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import MiddlewareNotUsed
from django.db import OperationalError, connections, router, transaction
from django.http import HttpResponse, StreamingHttpResponse
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from news.models import Article, ReadCount, Section
from portal.models import SiteSettings
from tests.client import Client
from tests.factories import StaffFactory
from tests.news.factories import ArticleFactory, SectionFactory
from tests.news.test_reads import PHONE
from tests.polls.factories import PollFactory
from tests.unionportal.test_outages import assert_try_again_page
from tests.unionportal.test_settings import GOOD, load_production_settings
from unionportal.replica import PIN_COOKIE, PublicReadsMiddleware, PublicReadsRouter

pytestmark = pytest.mark.django_db(transaction=True, databases=["default", "replica"])

ROUTER = "unionportal.replica.PublicReadsRouter"


@pytest.fixture
def replica_router(settings):
    settings.DATABASE_ROUTERS = [ROUTER]


@pytest.fixture
def article(db):
    SiteSettings.load()  # as in production: the settings row exists and sits in the cache
    return ArticleFactory(title="Lao động giỏi, lao động sáng tạo", section=SectionFactory(name="Thi đua"))


@contextlib.contextmanager
def queries():
    """{"default": [SQL, …], "replica": [SQL, …]}: what each database ran inside the block."""
    ran = {}
    primary, replica = CaptureQueriesContext(connections["default"]), CaptureQueriesContext(connections["replica"])
    with primary, replica:
        yield ran
    ran |= {"default": [query["sql"] for query in primary], "replica": [query["sql"] for query in replica]}


def served_by(ran):
    """The databases that ran anything: {"replica"} for a public read."""
    return {alias for alias, statements in ran.items() if statements}


def get(client, url):
    with queries() as ran:
        response = client.get(url, HTTP_USER_AGENT=PHONE)
    assert response.status_code == 200
    return ran


# Anonymous readers' pages come from the replica.


@pytest.mark.usefixtures("replica_router")
def test_an_anonymous_reader_reads_public_pages_from_the_replica(client, article):
    pages = [reverse("portal:home"), article.get_absolute_url(), reverse("portal:search") + "?q=lao+dong+gioi"]
    for url in [*pages, article.section.get_absolute_url()]:
        get(client, url)  # what every reader shares is read from the primary once per change, and kept
        assert served_by(get(client, url)) <= {"replica"}, url
    assert served_by(get(client, article.section.get_absolute_url())) == {"replica"}  # the section's row


@pytest.mark.usefixtures("replica_router")
def test_the_csrf_cookie_alone_keeps_a_reader_on_the_replica(client, article):
    get(client, article.section.get_absolute_url())
    client.cookies["csrftoken"] = "a" * 32
    assert served_by(get(client, article.section.get_absolute_url())) == {"replica"}


# Staff, signed-in readers, forms and whatever follows a write read from the primary.


@pytest.mark.usefixtures("replica_router")
def test_staff_in_the_admin_read_from_the_primary(client, article):
    client.force_login(StaffFactory(is_superuser=True))
    assert served_by(get(client, reverse("admin:news_article_changelist"))) == {"default"}


@pytest.mark.usefixtures("replica_router")
def test_a_signed_in_reader_reads_from_the_primary(client, article):
    client.force_login(get_user_model().objects.create_user("docgia", password="mat-khau-thu"))
    assert served_by(get(client, article.get_absolute_url())) == {"default"}


@pytest.mark.usefixtures("replica_router")
def test_an_anonymous_browser_holding_a_session_reads_from_the_primary(client, article):
    client.cookies["sessionid"] = "a-session-that-may-hold-anything"
    assert served_by(get(client, reverse("portal:home"))) == {"default"}


@pytest.mark.usefixtures("replica_router")
def test_a_poll_vote_and_the_page_it_returns_to_read_from_the_primary(client, article):
    poll = PollFactory(options=["Rất tốt", "Tốt"])
    option = poll.options.first()
    with queries() as ran:
        response = client.post(
            reverse("polls:poll_vote", args=[poll.slug]), {"option": option.pk}, HTTP_ORIGIN="http://testserver"
        )
    assert response.status_code == 302
    assert served_by(ran) == {"default"}
    assert poll.votes.filter(option=option).exists()

    # Sent back to the poll at once, the voter sees their vote however far the replica lags.
    assert served_by(get(client, poll.get_absolute_url())) == {"default"}

    # Once the pin cookie has lapsed the voter reads like anyone else.
    del client.cookies[PIN_COOKIE]
    assert served_by(get(client, poll.get_absolute_url())) == {"replica"}


@pytest.mark.usefixtures("replica_router")
def test_a_form_sent_by_an_anonymous_browser_reads_from_the_primary(client, article):
    StaffFactory(username="bientap")
    with queries() as ran:
        response = client.post(reverse("admin:login"), {"username": "bientap", "password": "mat-khau-thu"})
    assert response.status_code == 302
    assert served_by(ran) == {"default"}


@pytest.mark.usefixtures("replica_router")
def test_what_a_request_reads_after_it_has_written_comes_from_the_primary(rf, article):
    seen = []

    def view(request):
        seen.append(router.db_for_read(Article))
        ReadCount.objects.create(article=article, day=timezone.localdate(), count=1)  # as a flush of reads writes
        seen.append(router.db_for_read(Article))
        return HttpResponse()

    PublicReadsMiddleware(view)(rf.get(article.get_absolute_url()))
    assert seen == ["replica", "default"]


@pytest.mark.usefixtures("replica_router")
def test_the_site_settings_are_cached_from_the_primary(client, article):
    # Cached from a replica that has not yet replayed the edit, the old settings would outlive it.
    edited = SiteSettings.objects.get()
    edited.address = "Số 1 đường Mới"
    edited.save()
    ran = get(client, reverse("portal:home"))
    assert any("portal_sitesettings" in sql for sql in ran["default"])
    assert not any("portal_sitesettings" in sql for sql in ran["replica"])


@pytest.mark.usefixtures("replica_router")
def test_the_chrome_is_read_from_the_primary(client, article):
    # Kept for everyone until the next change, it must not come from a replica that lags behind that change.
    ran = get(client, reverse("portal:home"))
    for table in ["portal_menuitem", "portal_slide", "portal_announcement", "portal_quicklink", "polls_polloption"]:
        assert any(table in sql for sql in ran["default"]), table
        assert not any(table in sql for sql in ran["replica"]), table


@pytest.mark.usefixtures("replica_router")
def test_pieces_of_pages_kept_for_everyone_are_read_from_the_primary(client, article):
    # The home page's news, kept until the next change ({% kept %}): the same reason as the chrome.
    ran = get(client, reverse("portal:home"))
    assert any("news_article" in sql for sql in ran["default"])
    assert not any("news_article" in sql for sql in ran["replica"])


@pytest.mark.usefixtures("replica_router")
def test_threads_transactions_streamed_bodies_and_commands_read_from_the_primary(rf):
    seen = {}

    def view(request):
        seen["request"] = router.db_for_read(Article)
        thread = threading.Thread(target=lambda: seen.update(thread=router.db_for_read(Article)))
        thread.start()
        thread.join()
        with transaction.atomic():
            seen["transaction"] = router.db_for_read(Article)
        # The body is made as it is sent, after the middleware has returned.
        return StreamingHttpResponse(router.db_for_read(Article) for _ in range(1))

    body = b"".join(PublicReadsMiddleware(view)(rf.get("/")))
    assert seen == {"request": "replica", "thread": "default", "transaction": "default"}
    assert body == b"default"
    assert router.db_for_read(Article) == "default"  # outside any request: commands, the shell


def test_only_the_primary_is_migrated_and_rows_of_both_may_be_related():
    replica_router = PublicReadsRouter()
    assert replica_router.allow_migrate("default", "news")
    assert not replica_router.allow_migrate("replica", "news")
    section, article = Section(name="Thi đua"), Article(title="Bài")
    section._state.db, article._state.db = "replica", "default"
    assert replica_router.allow_relation(article, section) is True


@pytest.mark.usefixtures("replica_router")
def test_while_the_replica_is_away_readers_are_asked_to_try_again_and_staff_keep_working(article):
    refused = OperationalError("connection to server at 10.0.0.12, port 5432 failed: Connection refused")
    reader, editor = Client(raise_request_exception=False), Client()
    editor.force_login(StaffFactory(is_superuser=True))
    with mock.patch.object(connections["replica"], "ensure_connection", side_effect=refused):
        assert_try_again_page(reader.get(article.section.get_absolute_url()))
        assert editor.get(reverse("admin:news_article_changelist")).status_code == 200


# Without a replica nothing changes.


def test_without_the_router_everything_reads_from_the_primary(client, article):
    assert served_by(get(client, reverse("portal:home"))) == {"default"}
    with pytest.raises(MiddlewareNotUsed):
        PublicReadsMiddleware(lambda request: HttpResponse())


def production_databases(replica_url):
    """DATABASES and DATABASE_ROUTERS of the production settings, given DATABASE_REPLICA_URL."""
    env = GOOD | {"DATABASE_REPLICA_URL": replica_url}
    result = load_production_settings(env, show="(s.DATABASES, vars(s).get('DATABASE_ROUTERS', []))")
    assert result.returncode == 0, result.stderr
    return ast.literal_eval(result.stdout)


def test_production_reads_from_the_replica_named_with_the_primary_s_connection_options():
    databases, routers = production_databases("postgres://portal@replica.example.vn/portal")
    primary, replica = databases["default"], databases["replica"]
    assert routers == [ROUTER]
    assert replica["HOST"] == "replica.example.vn"
    assert (replica["CONN_MAX_AGE"], replica["CONN_HEALTH_CHECKS"]) == (primary["CONN_MAX_AGE"], True)
    assert replica["TEST"] == {"MIRROR": "default"}


def test_production_without_a_replica_has_one_database_and_no_router():
    databases, routers = production_databases("")
    assert list(databases) == ["default"]
    assert routers == []
