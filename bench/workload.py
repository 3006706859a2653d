"""The benchmark's work inside Django (bench/run.py sets up Django with production settings first).

What the demo does not fill (5,000 award lines), the staff operations the issue times (importing 2,000
members, recording a decision of 200 lines), the pages to drive, their queries and their query plans.
"""

import math
import random
import statistics
import time

from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.templatetags.static import static
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from awards.models import AwardLine, AwardType, Decision, RecipientKind
from awards.spreadsheet import COLUMNS, DecisionSheet, read_sheet
from emulation.models import Campaign
from members.models import BaseUnion, Member
from members.resources import MemberResource
from news.models import Article, Section
from news.sitemaps import ArticleSitemap
from portal import chrome
from unionportal import pagecache
from unionportal.lists import MAX_PAGES

AWARD_LINES = 5_000
DECISION_LINES = 200
IMPORTED_MEMBERS = 2_000
# Pages whose article queries are explained in bench/plans.md.
EXPLAINED = ("Search", "Section, page", "All news", "Article sitemap")


def top_up(*, short):
    """Import 2,000 members and record decisions of 200 lines (to 5,000 lines in all), timed as staff meet them."""
    facts = {}
    admin = get_user_model().objects.filter(is_superuser=True).first()
    started = time.perf_counter()
    preview, imported = import_members(admin)
    facts[f"Importing {IMPORTED_MEMBERS:,} members (import-export, as the admin's import)"] = (
        f"preview {preview:.1f} s, import {imported:.1f} s"
    )
    timings = []
    while not timings or (not short and AwardLine.objects.count() + DECISION_LINES <= AWARD_LINES):
        timings.append(record_decision(len(timings)))
    facts[f"Recording a decision of {DECISION_LINES} lines (checked, then saved, as the import does)"] = (
        f"median {statistics.median(timings):.2f} s over {len(timings)} decisions"
    )
    facts["Staff data added in"] = f"{time.perf_counter() - started:.1f} s"
    started = time.perf_counter()
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")  # as autovacuum would have done on a live database
    facts["VACUUM ANALYZE"] = f"{time.perf_counter() - started:.1f} s"
    return facts


def import_members(user):
    union = BaseUnion.objects.order_by("pk").first()
    headers = MemberResource.headers()
    rng = random.Random(12)
    rows = []
    for number in range(IMPORTED_MEMBERS):
        cells = dict.fromkeys(headers, "")
        cells |= {
            "Họ và tên": f"{rng.choice(['Nguyễn', 'Trần', 'Lê', 'Phạm'])} Thị Bench {number}",
            "Giới tính": "Nữ",
            "Ngày sinh": f"{rng.randint(1, 28):02}/{rng.randint(1, 12):02}/{rng.randint(1965, 2000)}",
            "Mã CĐCS": union.code,
            "Ngày vào công đoàn": "01/09/2015",
            "Số thẻ đoàn viên": f"BN{number:07}",
        }
        rows.append([cells[header] for header in headers])
    import tablib

    dataset = tablib.Dataset(*rows, headers=headers)
    timings = []
    for dry_run in (True, False):
        started = time.perf_counter()
        result = MemberResource().import_data(dataset, dry_run=dry_run, user=user)
        timings.append(time.perf_counter() - started)
        if result.has_errors() or result.has_validation_errors():
            raise SystemExit(f"the member import refused the bench's rows: {result.invalid_rows[:3]}")
    return timings


def record_decision(number):
    """A new decision, then 200 member lines from a CSV through the decision import's check and save."""
    # Spread over the demo's decisions, so over its periods, as years of decisions would be.
    decisions = list(Decision.objects.filter(number__contains="/").exclude(number__endswith="-BENCH").order_by("pk"))
    decision = decisions[number % len(decisions)]
    decision.pk = None
    decision.number = f"{number + 1}/QĐ-BENCH"
    decision.save()
    award_type = AwardType.objects.filter(lines__recipient_kind=RecipientKind.MEMBER).order_by("order").first()
    members = Member.objects.select_related("base_union").order_by("?")[:DECISION_LINES]
    keys = [column.key for column in COLUMNS]
    lines = [",".join(f'"{column.header}"' for column in COLUMNS)]
    for member in members:
        cells = {"award_type": award_type.name, "kind": "Đoàn viên", "card": member.card_number}
        cells["union"] = member.base_union.code
        lines.append(",".join(f'"{cells.get(key, "")}"' for key in keys))
    upload = SimpleUploadedFile("bench.csv", "\n".join(lines).encode())
    started = time.perf_counter()
    sheet = DecisionSheet(decision, read_sheet(upload))
    if not sheet.check():
        raise SystemExit(f"the decision import refused the bench's rows: {sheet.summary()}")
    sheet.save()
    return time.perf_counter() - started


def describe():
    return {
        "Data": f"{Article.objects.count():,} articles ({Article.objects.published().count():,} published), "
        f"{Member.objects.count():,} members, {AwardLine.objects.count():,} award lines",
        "Database": _server_version(),
    }


def pages(rare_query):
    section = Section.objects.order_by("order").first()
    in_section = Article.objects.published().filter(section=section)
    numbered = MAX_PAGES * 12
    deep = min(MAX_PAGES, max(1, math.ceil(in_section.count() / 12)))
    sitemap_page = min(100, ArticleSitemap().paginator.num_pages)
    # "Tin cũ hơn" from page 100, then its page 100: the articles page 200 showed before lists were bounded.
    older_from = in_section[numbered - 1 : numbered].values_list("pk", flat=True).first()
    article = Article.objects.published().filter(is_featured=True).first() or Article.objects.published().first()
    campaign = Campaign.objects.published().order_by("pk").first()
    period = AwardLine.objects.published().periods().select_related("campaign").first()
    search = reverse("portal:search")
    sitemap = reverse("django.contrib.sitemaps.views.sitemap", kwargs={"section": "articles"})
    urls = [
        ("Home `/`", reverse("portal:home")),
        ("Section, page 1", section.get_absolute_url()),
        (f"Section, page {deep} (the last numbered)", f"{section.get_absolute_url()}?page={deep}"),
        ("Article", article.get_absolute_url()),
        ("All news `/tin-tuc/`", reverse("news:article_list")),
        ("Search “lao dong gioi”", f"{search}?q=lao+dong+gioi"),
        ("Search “lao động giỏi”", f"{search}?q=lao+động+giỏi"),
        (f"Search, a rare word (“{rare_query}”)", f"{search}?q={rare_query.replace(' ', '+')}"),
        ("Search “lao dong gioi”, newest first", f"{search}?q=lao+dong+gioi&order=newest"),
        ("Honour roll `/khen-thuong/`", reverse("awards:index")),
        ("Campaigns `/phong-trao/`", reverse("emulation:campaign_list")),
        ("A campaign", campaign.get_absolute_url()),
        ("RSS", reverse("portal:feed")),
        ("Sitemap index", reverse("sitemap_index")),
        (f"Article sitemap, page {sitemap_page}", f"{sitemap}?p={sitemap_page}"),
    ]
    if older_from:
        urls.insert(3, (f"Section, page 200's articles (Tin cũ hơn, page {MAX_PAGES})",
                        f"{section.get_absolute_url()}?truoc={older_from}&page={MAX_PAGES}"))  # fmt: skip
    if period:
        urls.insert(-5, ("Honour roll, one period", reverse("awards:period", args=[period.campaign.slug, period.pk])))
    return urls


def static_file():
    return static("css/portal.css")


def queries_and_plans(pages, headers):
    """{label: (queries, ms) of the first anonymous request after a change, and queries of the next},
    and bench/plans.md (the plans of that first request's article queries).

    After a change every kept piece is read afresh ({% kept %}, pagecache.kept_with_pages): the first
    reader pays for them, those after pay for the page's own rows only. The chrome is read again first,
    by whichever page comes first, as tests/portal/test_public_queries.py counts it. The time is the
    median of three such first requests, in this process (no wrk, no gunicorn).
    """
    client = Client(HTTP_HOST=headers["Host"], HTTP_X_FORWARDED_PROTO="https")
    counts = {}
    plans = [
        "# Query plans",
        "",
        "EXPLAIN (ANALYZE, BUFFERS) of the article queries of the deep and searching pages, as bench/run.py ran "
        "them: the first request after a change, whose pieces are read afresh.",
        "",
    ]
    for label, url in pages:
        client.get(url)  # the page's code and templates loaded
        times = []
        for _ in range(3):
            after_a_change()
            with CaptureQueriesContext(connection) as first:
                started = time.perf_counter()
                client.get(url)
                times.append((time.perf_counter() - started) * 1000)
        with CaptureQueriesContext(connection) as next_one:
            client.get(url)
        counts[label] = {"first": len(first), "next": len(next_one), "first_ms": statistics.median(times)}
        if label.startswith(EXPLAINED):
            plans += [f"## {label}", "", f"`{url}`", ""]
            for query in first.captured_queries:
                if "news_article" in query["sql"]:
                    plans += ["```sql", query["sql"], "```", "", "```", explain(query["sql"]), "```", ""]
    return counts, "\n".join(plans)


def after_a_change():
    """Every kept page and piece out of date, as after anything is published; the chrome read again."""
    pagecache.pages_changed()
    pagecache.near.clear()
    chrome.current()


def explain(sql):
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS) {sql}")
        return "\n".join(row[0] for row in cursor.fetchall())


def _server_version():
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        return f"PostgreSQL {cursor.fetchone()[0]}"
