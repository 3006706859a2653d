"""Polls on the portal: who is voting, recording a vote, and the results.

A browser is known by a random id in a long-lived cookie, given with its first vote, and by
its network address. The database keeps only keyed hashes of both (HMAC with SECRET_KEY), so
a vote cannot be traced back to a browser or an address from the database alone. The cookie
stops a reader voting twice; the per-address limit stops a script that throws its cookies
away, while a hospital whose staff share one address can still take part.
"""

import ipaddress
import re
import secrets
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.db.models import Count, Prefetch, Q, Subquery
from django.utils.crypto import salted_hmac
from django.utils.http import url_has_allowed_host_and_scheme

from polls.models import Poll, PollOption, PollVote

VOTER_COOKIE = "cdyt_voter"
VOTER_COOKIE_MAX_AGE = 2 * 365 * 24 * 60 * 60  # seconds
_BROWSER_ID = re.compile(r"[A-Za-z0-9_-]{32,64}")
ALREADY_VOTED = "Trình duyệt này đã biểu quyết trong cuộc thăm dò này; mỗi người chỉ được một phiếu."


class VoteRefused(Exception):
    """A vote that is not counted; its message is shown to the reader as it is."""

    status = 409
    shows_results = True  # the reader cannot vote on this poll now, so the page shows its results


class CrossSiteVote(VoteRefused):
    status = 403
    shows_results = False


class InvalidChoice(VoteRefused):
    status = 400
    shows_results = False  # the reader may choose again


@dataclass(frozen=True)
class Choice:
    option: PollOption
    votes: int
    percent: int  # of all votes, rounded half up
    chosen: bool  # this browser voted for it


@dataclass(frozen=True)
class Ballot:
    """A poll as one reader sees it: its options with their votes counted in the database."""

    poll: Poll
    choices: list[Choice]

    @classmethod
    def of(cls, poll, options):
        """From options annotated by `counted_options()`."""
        options = list(options)
        total = sum(option.vote_count for option in options)
        return cls(
            poll=poll,
            choices=[
                Choice(
                    option=option,
                    votes=option.vote_count,
                    percent=(200 * option.vote_count + total) // (2 * total) if total else 0,
                    chosen=bool(getattr(option, "chosen", 0)),
                )
                for option in options
            ],
        )

    @property
    def total(self):
        return sum(choice.votes for choice in self.choices)

    @property
    def voted(self):
        return any(choice.chosen for choice in self.choices)

    @property
    def shows_results(self):
        """A browser that has voted sees the results, and so does everyone once the poll has closed."""
        return self.voted or not self.poll.is_open


def counted_options(options=None, *, voter=None):
    """Options (all, or those given) with `vote_count` and, for a browser that has voted, `chosen`
    (1 on the option it voted for)."""
    options = (PollOption.objects.all() if options is None else options).annotate(vote_count=Count("votes"))
    if voter:
        options = options.annotate(chosen=Count("votes", filter=Q(votes__voter=voter)))
    return options


def ballot(poll, voter=None):
    return Ballot.of(poll, counted_options(voter=voter).filter(poll=poll))


def side_column_ballot(voter=None):
    """The newest open poll marked for the side column, with its options and votes, in one query."""
    current = Subquery(Poll.objects.open().filter(show_in_sidebar=True).values("pk")[:1])
    options = list(counted_options(voter=voter).filter(poll=current).select_related("poll"))
    return Ballot.of(options[0].poll, options) if options else None


def closed_polls():
    """Polls that have run their course, last closed first, with their options counted for the results."""
    return (
        Poll.objects.published()
        .exclude(pk__in=Poll.objects.open().values("pk"))
        .prefetch_related(Prefetch("options", queryset=counted_options()))
        .order_by("-closes_at", "-opens_at", "-id")
    )


def poll_vote(*, poll, option_id, browser, address):
    """Count one vote of `browser` from `address`, or raise VoteRefused and change nothing."""
    voter, address = digest("voter", browser), digest("address", network_of(address))
    with transaction.atomic():
        # Votes on one poll wait for each other here (on PostgreSQL), so the address limit holds exactly.
        poll = Poll.objects.select_for_update().get(pk=poll.pk)
        if not poll.is_open:
            raise VoteRefused("Cuộc thăm dò này đã kết thúc, không nhận thêm phiếu biểu quyết.")
        option = poll.options.filter(pk=option_id).first() if str(option_id).isdigit() else None
        if option is None:
            raise InvalidChoice("Vui lòng chọn một trong các phương án của cuộc thăm dò này.")
        if poll.votes.filter(voter=voter).exists():
            raise VoteRefused(ALREADY_VOTED)
        if poll.votes.filter(address=address).count() >= poll.votes_per_address:
            raise VoteRefused(
                "Địa chỉ mạng của bạn đã đạt số phiếu tối đa của cuộc thăm dò này, nên phiếu này không được tính."
            )
        try:
            with transaction.atomic():
                PollVote.objects.create(poll=poll, option=option, voter=voter, address=address)
        except IntegrityError:
            # The same browser voted in another request at the same moment.
            raise VoteRefused(ALREADY_VOTED) from None


def voter_of(request):
    """The hashed id of the browser behind `request`, if it has voted before; else None."""
    browser = request.COOKIES.get(VOTER_COOKIE, "")
    return digest("voter", browser) if _BROWSER_ID.fullmatch(browser) else None


def browser_of(request):
    """The id in this browser's cookie, or a new one to give it with its first vote."""
    browser = request.COOKIES.get(VOTER_COOKIE, "")
    return browser if _BROWSER_ID.fullmatch(browser) else secrets.token_urlsafe(32)


def remember_browser(request, response, browser):
    response.set_cookie(
        VOTER_COOKIE,
        browser,
        max_age=VOTER_COOKIE_MAX_AGE,
        secure=request.is_secure(),
        httponly=True,
        samesite="Lax",
    )


def network_of(address):
    """An IPv4 address as it is; an IPv6 one cut to its /64, the block a single home or office
    is given, so that stepping through the addresses of that block gives no extra votes."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address
    if ip.version == 6 and ip.ipv4_mapped:
        return str(ip.ipv4_mapped)
    if ip.version == 6:
        return str(ipaddress.ip_network(f"{ip}/64", strict=False))
    return str(ip)


def digest(kind, value):
    """A keyed hash (64 hex digits): without SECRET_KEY it cannot be matched to a browser or an address.

    The salt keeps the name polls had when they were part of news: votes already cast keep matching.
    """
    return salted_hmac(f"news.polls.{kind}", value, algorithm="sha256").hexdigest()


def return_url(request, poll):
    """Where a voter goes back to: the page the form was on if it is on this site, else the poll page."""
    url = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(url, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        url = poll.get_absolute_url()
    return url.split("#")[0]
