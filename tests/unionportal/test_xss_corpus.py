"""Every text field that reaches a page holds a script payload, and no page runs it: public pages, the admin's
lists and forms, the printed certificates and lists, the figures (the "XSS" corpus of the issue).

Fields are filled through each model's own save(), as an import, the shell or a form that skipped
validation would leave them; fields that save() cleans (an article's body) are cleaned as they are for real.
"""

from html.parser import HTMLParser
from itertools import cycle

import pytest
from django.contrib import admin
from django.db import models
from django.urls import reverse

from members.models import Member
from tests.albums.factories import AlbumFactory, AlbumPhotoFactory
from tests.awards.factories import DecisionFactory, MemberLineFactory, UnionLineFactory
from tests.corpora import XSS_PAYLOADS
from tests.emulation.factories import CriterionFactory, InitiativeFactory, PeriodFactory, RegistrationFactory
from tests.library.factories import DocumentFactory
from tests.members.factories import MemberFactory, SupportFactory
from tests.members.test_privacy import same_site_links
from tests.news.factories import ArticleFactory, TagFactory
from tests.polls.factories import PollFactory, PollOptionFactory
from tests.portal.factories import AnniversaryFactory, AnnouncementFactory, QuickLinkFactory, SlideFactory
from unionportal.links import validate_link

pytestmark = pytest.mark.django_db

PUBLIC_ROOTS = ["/", "/tin-tuc/", "/van-ban/", "/album-anh/", "/tham-do/", "/phong-trao/", "/khen-thuong/", "/rss/"]
SEARCH_WORDS = ["alert", "script", "img", "svg", "request"]


class Inert(HTMLParser):
    """Finds what a payload would become if a page printed it unescaped: an inline script, an event
    handler attribute, a javascript: address."""

    def __init__(self):
        super().__init__()
        self.found = []
        self.in_inline_script = False

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(f"<{tag} {name}=…>")
            if name in {"href", "src", "action", "formaction"} and (value or "").strip().lower().startswith(
                "javascript:"
            ):
                self.found.append(f"<{tag} {name}={value}>")
        self.in_inline_script = tag == "script" and not dict(attrs).get("src")

    def handle_endtag(self, tag):
        self.in_inline_script = False

    def handle_data(self, data):
        if self.in_inline_script and "alert" in data:
            self.found.append(f"<script>{data}</script>")


def assert_inert(response, address):
    assert response.status_code in {200, 301, 302, 404}, (address, response.status_code)
    parser = Inert()
    parser.feed(response.content.decode(errors="replace"))
    assert parser.found == [], address


def poison(*rows):
    """Every text field staff or an import can fill, on each row, holds a payload; saved by the model's save()."""
    payloads = cycle(XSS_PAYLOADS)
    for row in rows:
        for field in row._meta.concrete_fields:
            if (
                isinstance(field, models.CharField | models.TextField)
                and field.editable
                and not field.choices
                and not isinstance(field, models.SlugField | models.EmailField | models.URLField)
                and validate_link not in field.validators  # refused by the database itself (tests/portal/test_links.py)
            ):
                value = f"{next(payloads)} {row.pk}"
                setattr(row, field.attname, value[: field.max_length] if field.max_length else value)
        row.save()
    return rows


@pytest.fixture
def hostile(own_union):
    """One of each thing the pages show, every text in it hostile."""
    article = ArticleFactory(body='<p onclick="alert(1)">Nội dung<script>alert(2)</script></p>')
    tag = TagFactory()
    article.tags.add(tag)
    album = AlbumFactory()
    period = PeriodFactory()
    member = MemberFactory(base_union=own_union)
    decision = DecisionFactory(period=period)
    rows = poison(
        article,
        article.section,
        tag,
        album,
        AlbumPhotoFactory(album=album),
        PollFactory(),
        period.campaign,
        period,
        CriterionFactory(campaign=period.campaign),
        DocumentFactory(is_public=True),
        AnnouncementFactory(),
        AnniversaryFactory(),
        SlideFactory(),
        QuickLinkFactory(),
        own_union,
        member.group,
        member,
        decision,
        decision.authority,
        MemberLineFactory(decision=decision, member=member),
        UnionLineFactory(decision=decision, base_union=own_union),
        SupportFactory(member=member),
        RegistrationFactory(base_union=own_union, period=period),
        InitiativeFactory(base_union=own_union, period=period),
    )
    poison(PollOptionFactory(poll=rows[5]))
    return {type(row).__name__: row for row in rows}


def test_public_pages(client, hostile):
    addresses = [*PUBLIC_ROOTS, *(f"/tim-kiem/?q={word}" for word in SEARCH_WORDS)]
    seen = set()
    while addresses and len(seen) < 150:
        address = addresses.pop(0)
        if address in seen:
            continue
        seen.add(address)
        response = client.get(address)
        assert_inert(response, address)
        if response.status_code == 200 and "html" in response["Content-Type"]:
            addresses.extend(link for link in same_site_links(response.content.decode()) if link not in seen)
    # The crawl reached each kind of hostile page.
    for row in ["Article", "Section", "Tag", "Album", "Poll", "Campaign", "Document"]:
        assert hostile[row].get_absolute_url() in seen, row


def test_admin_lists_and_forms(admin_client, hostile):
    for model in admin.site._registry:
        opts = model._meta
        addresses = [reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")]
        row = hostile.get(model.__name__)
        if row is not None:
            addresses.append(reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[row.pk]))
        for address in addresses:
            assert_inert(admin_client.get(address, follow=True), address)


def test_printed_pages_and_figures(admin_client, hostile):
    line = hostile["AwardLine"]
    member = Member.objects.get()
    for address in [
        reverse("awards_staff:certificate", args=[line.pk]),
        reverse("awards_staff:decision_print", args=[hostile["Decision"].pk]),
        reverse("awards_staff:figures"),
        reverse("awards_staff:figures_print"),
        reverse("awards_staff:history_member", args=[member.pk]),
        reverse("awards_staff:history_union", args=[member.base_union_id]),
        reverse("awards_staff:decision_import", args=[hostile["Decision"].pk]),
        reverse("members:figures"),
        reverse("admin:index"),
    ]:
        assert_inert(admin_client.get(address), address)


def test_the_poisoned_text_is_shown_as_text(client, hostile):
    """Escaped, not dropped: readers see exactly what was typed."""
    page = client.get(hostile["Article"].get_absolute_url()).content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page or "&lt;img src=x onerror=alert(1)&gt;" in page


@pytest.mark.parametrize("payload", XSS_PAYLOADS[:4] + [XSS_PAYLOADS[6]])
def test_the_check_sees_a_payload_printed_unescaped(payload):
    """The checker itself: a page that printed a payload as markup is caught."""
    parser = Inert()
    parser.feed(f"<html><body><p>{payload}</p></body></html>")
    assert parser.found
