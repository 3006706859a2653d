"""Polls: one vote per browser and a limit per network address, kept as hashes; results as bars."""

import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from polls import voting
from polls.models import PollVote
from tests.factories import StaffFactory
from tests.polls.factories import PollFactory, PollOptionFactory
from tests.portal.factories import QuickLinkFactory

pytestmark = pytest.mark.django_db

ADDRESS = "203.0.113.5"
# Browsers send the page's origin with every form; a vote without this site's is refused.
SAME_SITE = {"HTTP_ORIGIN": "http://testserver"}


@pytest.fixture
def poll():
    return PollFactory(
        question="Bạn đánh giá thế nào về hoạt động chăm lo đời sống đoàn viên?",
        options=["Rất tốt", "Tốt", "Cần cải thiện"],
    )


def vote(client, poll, option, *, address=ADDRESS, next_url=None):
    data = {"option": option.pk} | ({"next": next_url} if next_url else {})
    return client.post(reverse("polls:poll_vote", args=[poll.slug]), data, REMOTE_ADDR=address, **SAME_SITE)


def cast(poll, counts):
    """Votes already in the database: {option text: number of votes}, each from its own browser."""
    for option in poll.options.all():
        for number in range(counts.get(option.text, 0)):
            PollVote.objects.create(poll=poll, option=option, voter=f"{option.pk}-{number}", address="a")


def tally(poll):
    return {option.text: option.votes.count() for option in poll.options.all()}


def results(html):
    """[(option, percent, votes, bar width)] as the results show them."""
    pattern = re.compile(
        r'poll-results__text">([^<]+).*?<strong>(\d+)%</strong> · (\d+) phiếu.*?poll-results__fill" width="(\d+)"',
        re.DOTALL,
    )
    return [(text, int(percent), int(votes), int(width)) for text, percent, votes, width in pattern.findall(html)]


class TestVoting:
    def test_the_side_column_shows_the_poll_as_a_form_that_works_without_javascript(self, client, poll):
        html = client.get(reverse("portal:home")).content.decode()
        assert "Thăm dò ý kiến" in html
        assert f'action="{reverse("polls:poll_vote", args=[poll.slug])}"' in html
        assert 'name="csrfmiddlewaretoken"' not in html
        assert html.count('type="radio" name="option"') == 3
        assert "Biểu quyết</button>" in html

    def test_a_vote_is_counted_and_the_voter_returns_to_the_page_it_came_from(self, client, poll):
        chosen = poll.options.get(text="Tốt")
        response = vote(client, poll, chosen, next_url=reverse("news:article_list"))
        assert response.status_code == 302
        assert response["Location"] == f"{reverse('news:article_list')}#poll-{poll.pk}"
        assert tally(poll) == {"Rất tốt": 0, "Tốt": 1, "Cần cải thiện": 0}

        cookie = response.cookies[voting.VOTER_COOKIE]
        assert cookie["httponly"] and cookie["samesite"] == "Lax"
        assert cookie["max-age"] >= 365 * 24 * 60 * 60

        html = client.get(reverse("news:article_list")).content.decode()
        assert 'name="option"' not in html
        assert results(html) == [("Rất tốt", 0, 0, 0), ("Tốt ", 100, 1, 100), ("Cần cải thiện", 0, 0, 0)]
        assert "(bạn đã chọn)" in html
        assert "Cảm ơn bạn đã tham gia biểu quyết." in html

    def test_a_second_vote_from_the_same_browser_is_refused(self, client, poll):
        first, second = poll.options.all()[:2]
        vote(client, poll, first)
        response = vote(client, poll, second)
        assert response.status_code == 409
        assert "Trình duyệt này đã biểu quyết trong cuộc thăm dò này" in response.content.decode()
        assert tally(poll) == {"Rất tốt": 1, "Tốt": 0, "Cần cải thiện": 0}

    def test_another_browser_at_the_same_address_may_vote(self, client, poll):
        option = poll.options.first()
        vote(client, poll, option)
        assert vote(Client(), poll, option).status_code == 302
        assert PollVote.objects.count() == 2

    def test_an_address_over_its_limit_is_refused_and_another_address_is_not(self, poll):
        poll.votes_per_address = 2
        poll.save()
        option = poll.options.first()
        assert [vote(Client(), poll, option).status_code for _ in range(3)] == [302, 302, 409]
        refused = vote(Client(), poll, option)
        assert "Địa chỉ mạng của bạn đã đạt số phiếu tối đa" in refused.content.decode()
        assert results(refused.content.decode())[0][2] == 2  # the results, not the form again
        assert voting.VOTER_COOKIE not in refused.cookies
        assert vote(Client(), poll, option, address="198.51.100.7").status_code == 302
        assert PollVote.objects.count() == 3

    def test_addresses_of_one_ipv6_block_share_the_limit(self):
        assert voting.network_of("2001:db8:1:2::1") == voting.network_of("2001:db8:1:2:ffff::9") == "2001:db8:1:2::/64"
        assert voting.network_of("2001:db8:1:3::1") != voting.network_of("2001:db8:1:2::1")
        assert voting.network_of("::ffff:203.0.113.5") == voting.network_of(ADDRESS) == ADDRESS

    def test_a_closed_poll_refuses_votes_and_shows_its_results(self, client):
        closed = PollFactory(closed=True, options=["Có", "Không"])
        cast(closed, {"Có": 3, "Không": 1})
        response = vote(client, closed, closed.options.first())
        assert response.status_code == 409
        assert "Cuộc thăm dò này đã kết thúc" in response.content.decode()
        assert PollVote.objects.count() == 4

        html = client.get(closed.get_absolute_url()).content.decode()
        assert 'name="option"' not in html
        assert results(html) == [("Có", 75, 3, 75), ("Không", 25, 1, 25)]
        assert "Đã kết thúc" in html
        assert "Thăm dò ý kiến</h2>" not in client.get(reverse("portal:home")).content.decode()

    def test_an_option_of_another_poll_is_refused(self, client, poll):
        other = PollOptionFactory(poll=PollFactory(show_in_sidebar=False))
        response = vote(client, poll, other)
        assert response.status_code == 400
        html = response.content.decode()
        assert "Vui lòng chọn một trong các phương án của cuộc thăm dò này." in html
        assert 'name="option"' in html  # the form, to choose again
        assert not PollVote.objects.exists()
        assert voting.VOTER_COOKIE not in response.cookies

    def test_a_vote_without_a_choice_is_refused(self, client, poll):
        response = client.post(reverse("polls:poll_vote", args=[poll.slug]), {"option": "mot"}, **SAME_SITE)
        assert response.status_code == 400
        assert not PollVote.objects.exists()

    def test_the_voter_and_address_are_stored_only_as_hashes(self, client, poll):
        response = vote(client, poll, poll.options.first())
        browser = response.cookies[voting.VOTER_COOKIE].value
        stored = PollVote.objects.get()
        assert re.fullmatch(r"[0-9a-f]{64}", stored.voter) and re.fullmatch(r"[0-9a-f]{64}", stored.address)
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT * FROM {PollVote._meta.db_table}")  # noqa: S608 - the model's own table
            row = " ".join(str(value) for value in cursor.fetchone())
        assert browser not in row and ADDRESS not in row

    def test_only_a_page_of_this_site_is_returned_to(self, client, poll):
        response = vote(client, poll, poll.options.first(), next_url="https://tin-gia.example.com/")
        assert response["Location"] == f"{poll.get_absolute_url()}#poll-{poll.pk}"

    def test_voting_is_a_post(self, client, poll):
        assert client.get(reverse("polls:poll_vote", args=[poll.slug])).status_code == 405

    @pytest.mark.parametrize(
        "headers",
        [
            {"HTTP_ORIGIN": "https://binh-chon-ho.example.com"},
            {"HTTP_ORIGIN": "null"},
            {"HTTP_REFERER": "https://binh-chon-ho.example.com/trang.html"},
            {},
        ],
        ids=["another site", "a sandboxed frame", "an old browser on another site", "no origin at all"],
    )
    def test_a_vote_sent_from_another_site_is_refused(self, client, poll, headers):
        url = reverse("polls:poll_vote", args=[poll.slug])
        response = client.post(url, {"option": poll.options.first().pk}, REMOTE_ADDR=ADDRESS, **headers)
        assert response.status_code == 403
        html = response.content.decode()
        assert "không được gửi từ trang của cổng thông tin" in html
        assert 'name="option"' in html  # the form, to vote here
        assert not PollVote.objects.exists()
        assert voting.VOTER_COOKIE not in response.cookies

    def test_an_old_browser_that_sends_only_the_referer_may_vote(self, client, poll):
        url = reverse("polls:poll_vote", args=[poll.slug])
        response = client.post(url, {"option": poll.options.first().pk}, HTTP_REFERER="http://testserver/tin-tuc/")
        assert response.status_code == 302
        assert PollVote.objects.count() == 1

    def test_the_form_needs_no_csrf_cookie(self, poll):
        strict = Client(enforce_csrf_checks=True)
        assert vote(strict, poll, poll.options.first()).status_code == 302
        assert PollVote.objects.count() == 1


class TestPages:
    def test_results_count_votes_in_the_database_and_round_percentages(self, client, poll):
        cast(poll, {"Rất tốt": 2, "Tốt": 1})
        vote(client, poll, poll.options.get(text="Cần cải thiện"))
        html = client.get(poll.get_absolute_url()).content.decode()
        assert results(html) == [("Rất tốt", 50, 2, 50), ("Tốt", 25, 1, 25), ("Cần cải thiện ", 25, 1, 25)]
        assert "Tổng số: <strong>4</strong> phiếu" in html

    def test_percentages_round_half_up(self):
        cast(closed := PollFactory(closed=True, options=["A", "B", "C"]), {"A": 1, "B": 1, "C": 6})
        ballot = voting.ballot(closed)
        assert [choice.percent for choice in ballot.choices] == [13, 13, 75]

    def test_the_poll_page_shows_the_form_until_this_browser_votes(self, client, poll):
        html = client.get(poll.get_absolute_url()).content.decode()
        assert "<h1" in html and poll.question in html
        assert 'name="option"' in html
        # The side column does not repeat the poll the page is about.
        assert html.count(f'id="poll-{poll.pk}"') == 1

    def test_unpublished_and_future_polls_are_hidden(self, client):
        for hidden in [
            PollFactory(is_published=False, options=["Có"]),
            PollFactory(opens_at=timezone.now() + timezone.timedelta(days=1), options=["Có"]),
        ]:
            assert client.get(hidden.get_absolute_url()).status_code == 404
            assert vote(client, hidden, hidden.options.first()).status_code == 404
        assert "Thăm dò ý kiến</h2>" not in client.get(reverse("portal:home")).content.decode()

    def test_the_side_column_shows_the_newest_open_poll_marked_for_it(self, client, poll):
        PollFactory(question="Cuộc thăm dò không hiện ở cột bên", show_in_sidebar=False, options=["Có"])
        month_ago = timezone.now() - timezone.timedelta(days=30)
        PollFactory(question="Cuộc thăm dò cũ hơn", opens_at=month_ago, options=["Có"])
        html = client.get(reverse("portal:home")).content.decode()
        assert poll.question in html
        assert "không hiện ở cột bên" not in html and "cũ hơn" not in html

    def test_the_side_column_poll_is_one_query(self, poll, django_assert_num_queries):
        with django_assert_num_queries(1):
            ballot = voting.side_column_ballot(voter="abc")
            assert [choice.option.text for choice in ballot.choices] == ["Rất tốt", "Tốt", "Cần cải thiện"]
            assert ballot.poll == poll and not ballot.voted

    def test_pages_with_the_poll_set_no_cookie_and_may_be_kept_until_this_browser_votes(self, client, poll):
        for url in (reverse("portal:home"), poll.get_absolute_url()):
            response = client.get(url)
            assert not response.cookies
            assert "public" in response["Cache-Control"]
            assert "Cookie" not in response.get("Vary", "")
        vote(client, poll, poll.options.first())
        # Now showing this browser's results: its pages are its own.
        for url in (reverse("portal:home"), poll.get_absolute_url()):
            assert "private" in client.get(url)["Cache-Control"]

    def test_the_archive_lists_open_polls_first_then_closed_ones_with_results(self, client, poll):
        closed = PollFactory(question="Câu hỏi đã kết thúc", closed=True, options=["Đồng ý", "Không đồng ý"])
        cast(closed, {"Đồng ý": 1})
        PollFactory(question="Câu hỏi chưa công bố", is_published=False)
        html = client.get(reverse("polls:poll_list")).content.decode()
        assert html.index("Đang diễn ra") < html.index(poll.question) < html.index("Đã kết thúc")
        assert html.index("Đã kết thúc") < html.index("Câu hỏi đã kết thúc")
        assert ("Đồng ý", 100, 1, 100) in results(html)
        assert "Tham gia biểu quyết" in html
        assert "chưa công bố" not in html


class TestAdmin:
    def test_publishers_see_the_results_and_edit_options_inline(self, client, poll):
        client.force_login(StaffFactory(username="duyetbai", group="Duyệt bài"))
        cast(poll, {"Rất tốt": 2, "Tốt": 1})
        listing = client.get(reverse("admin:polls_poll_changelist")).content.decode()
        assert "Rất tốt: 2 phiếu (67%)" in listing and "Tổng số: 3 phiếu" in listing
        change = client.get(reverse("admin:polls_poll_change", args=[poll.pk]))
        assert change.status_code == 200
        assert "phương án trả lời" in change.content.decode().lower()


def test_the_side_column_costs_no_query_and_one_for_a_voters_results(client, poll):
    def home_queries():
        with CaptureQueriesContext(connection) as queries:
            html = client.get(reverse("portal:home")).content.decode()
        return len(queries), html

    QuickLinkFactory.create_batch(3)
    home_queries()  # the chrome, with the side column's poll and links, goes to the cache
    before, html = home_queries()
    assert 'class="poll-form"' in html
    vote(client, poll, poll.options.first())
    after, html = home_queries()
    assert after == before + 1  # this browser's results
    assert "(bạn đã chọn)" in html and 'class="poll-form"' not in html


# The chrome, with the side column, comes from the cache (portal/chrome.py).
@pytest.mark.parametrize("closed_count", [2, 12])
def test_poll_pages_make_a_fixed_number_of_queries(client, poll, closed_count, django_assert_num_queries):
    for number in range(closed_count):
        cast(PollFactory(closed=True, options=["Có", "Không"]), {"Có": number})
    client.get(reverse("portal:home"))  # the chrome goes to the cache
    with django_assert_num_queries(4):  # open polls, count, the page of closed polls, their options counted
        assert client.get(reverse("polls:poll_list")).status_code == 200
    with django_assert_num_queries(2):  # the poll, its options counted
        assert client.get(poll.get_absolute_url()).status_code == 200


def test_behind_a_proxy_the_address_comes_from_the_header_it_sets(client, settings):
    settings.CLIENT_ADDRESS_HEADER = "X-Real-IP"
    poll = PollFactory(votes_per_address=1)
    first, second = PollOptionFactory(poll=poll), PollOptionFactory(poll=poll)
    url = reverse("polls:poll_vote", args=[poll.slug])
    client.post(url, {"option": first.pk}, REMOTE_ADDR="127.0.0.1", HTTP_X_REAL_IP="14.160.1.1", **SAME_SITE)
    client.cookies.clear()
    client.post(url, {"option": second.pk}, REMOTE_ADDR="127.0.0.1", HTTP_X_REAL_IP="14.160.1.2", **SAME_SITE)
    assert poll.votes.count() == 2
