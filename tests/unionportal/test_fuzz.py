"""Fuzzing: every public URL pattern and every admin list, with generated path segments and query strings,
answers with a page, a redirect, 400 or 404, never a server error (finding 7, and what it did not find).

The patterns come from the URL configuration itself, so a new page is fuzzed the day it is added.
Hypothesis draws the cases; in CI (CI set) the draw is derandomized, so a failure is reproduced by the
next run. FUZZ_EXAMPLES sets how many cases each of the three tests draws: 300 for a developer's run,
1000 in .ci/run (3,000 cases, the admin's doubled by an object's page).
"""

import os
import re
from urllib.parse import quote, urlencode

import pytest
from django.contrib import admin
from django.urls import URLResolver, get_resolver, reverse
from django.urls.converters import IntConverter, SlugConverter
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from albums.models import Album
from emulation.models import Campaign
from news.models import Article, Section, Tag
from polls.models import Poll
from tests.albums.factories import AlbumFactory, AlbumPhotoFactory
from tests.awards.factories import DecisionFactory, MemberLineFactory
from tests.client import Client
from tests.emulation.factories import PeriodFactory
from tests.library.factories import DocumentFactory
from tests.news.factories import ArticleFactory, TagFactory
from tests.polls.factories import PollFactory, PollOptionFactory

pytestmark = pytest.mark.django_db

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "300"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=bool(os.environ.get("CI")),
    # The fixtures' rows are read, never changed, by the requests each example makes.
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
ANSWERS = {200, 301, 302, 304, 400, 404, 405}
PARAMETER = re.compile(r"<(?:(?P<converter>\w+):)?(?P<name>\w+)>")

# Text as a hostile browser sends it: any character a URL can carry (no lone surrogates, which no
# encoding can), with NUL, control characters, marks, quotes and markup among them.
TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=40)
NUMBERS = st.integers(min_value=-(10**6), max_value=10**25).map(str)
SLUGS = st.from_regex(r"[-a-zA-Z0-9_]{1,40}", fullmatch=True)
QUERY_KEYS = ["q", "page", "p", "o", "kind", "year", "issuer", "campaign", "period", "e", "all", "_to_field"]


def routes(patterns, prefix=""):
    """(route, view name) of every pattern, includes flattened: "album-anh/<slug:slug>/<int:position>/"."""
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from routes(pattern.url_patterns, prefix + str(pattern.pattern))
        else:
            yield prefix + str(pattern.pattern), pattern.name


PUBLIC_ROUTES = sorted(
    route for route, _ in routes(get_resolver().url_patterns) if not route.startswith(("admin/", "^media"))
)


@pytest.fixture
def site():
    """One of each public thing, so that generated addresses sometimes name a real one."""
    article = ArticleFactory()
    article.tags.add(TagFactory())
    album = AlbumFactory()
    AlbumPhotoFactory(album=album)
    PollOptionFactory(poll=PollFactory())
    period = PeriodFactory()
    MemberLineFactory(decision=DecisionFactory(period=period))
    DocumentFactory(is_public=True)
    slugs = [
        *Article.objects.values_list("slug", flat=True),
        *Section.objects.values_list("slug", flat=True),
        *Tag.objects.values_list("slug", flat=True),
        *Album.objects.values_list("slug", flat=True),
        *Poll.objects.values_list("slug", flat=True),
        *Campaign.objects.values_list("slug", flat=True),
    ]
    return {"slugs": slugs, "numbers": [str(period.pk), "1", "0"]}


def segment(converter, site):
    if converter == "int":
        return st.one_of(st.sampled_from(site["numbers"]), NUMBERS)
    if converter == "slug":
        return st.one_of(st.sampled_from(site["slugs"]), SLUGS, TEXT)
    return st.one_of(SLUGS, TEXT)


def query_strings():
    pairs = st.lists(st.tuples(st.one_of(st.sampled_from(QUERY_KEYS), TEXT), st.one_of(TEXT, NUMBERS)), max_size=4)
    return pairs.map(lambda items: urlencode(items, doseq=False))


@st.composite
def public_addresses(draw, site):
    route = draw(st.sampled_from(PUBLIC_ROUTES))
    path = PARAMETER.sub(lambda match: quote(draw(segment(match["converter"], site)), safe=""), route)
    return f"/{path}?{draw(query_strings())}"


def assert_answers(client, address):
    response = client.get(address)
    assert response.status_code in ANSWERS, (address, response.status_code)


def test_every_public_pattern_is_fuzzed():
    assert len(PUBLIC_ROUTES) >= 20
    assert {IntConverter, SlugConverter} <= {
        type(converter) for pattern in get_resolver().url_patterns for converter in _converters(pattern)
    }


def _converters(pattern):
    if isinstance(pattern, URLResolver):
        yield from getattr(pattern.pattern, "converters", {}).values()
        for inner in pattern.url_patterns:
            yield from _converters(inner)
    else:
        yield from getattr(pattern.pattern, "converters", {}).values()


def test_public_pages(site):
    client = Client()

    @FUZZ
    @given(address=public_addresses(site))
    def reader_asks(address):
        assert_answers(client, address)

    reader_asks()


CHANGELISTS = sorted(
    reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist") for model in admin.site._registry
)


def admin_query_strings():
    """Filters and searches as the admin lists name them, with hostile values."""
    keys = st.one_of(
        st.sampled_from(["q", "o", "p", "e", "all", "status__exact", "group__id__exact", "base_union__id__exact"]),
        st.from_regex(r"[a-z_]{1,20}__(exact|gte|lt|id__exact|in|isnull)", fullmatch=True),
        TEXT,
    )
    return st.lists(st.tuples(keys, st.one_of(TEXT, NUMBERS)), max_size=3).map(urlencode)


def test_admin_lists(site, admin_user):
    client = Client()
    client.force_login(admin_user)

    @FUZZ
    @given(changelist=st.sampled_from(CHANGELISTS), query=admin_query_strings(), object_id=st.one_of(TEXT, NUMBERS))
    def staff_asks(changelist, query, object_id):
        assert_answers(client, f"{changelist}?{query}")
        assert_answers(client, f"{changelist}{quote(object_id, safe='')}/change/")

    staff_asks()


def test_admin_autocomplete(site, admin_user):
    client = Client()
    client.force_login(admin_user)
    fields = [("awards", "awardline", "member"), ("members", "transfer", "member"), ("news", "article", "tags")]

    @FUZZ
    @given(field=st.sampled_from(fields), term=TEXT, page=st.one_of(TEXT, NUMBERS))
    def staff_types(field, term, page):
        app_label, model_name, field_name = field
        query = urlencode({"app_label": app_label, "model_name": model_name, "field_name": field_name, "term": term})
        assert_answers(client, f"{reverse('admin:autocomplete')}?{query}&page={quote(page)}")

    staff_types()
