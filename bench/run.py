"""Time the public pages on a throwaway database holding the demo content plus N articles.

    .venv/bin/python bench/run.py [--articles 100000] [--repeat 20] [--keep]

The database is made on the server DATABASE_URL names (PostgreSQL: a database called
"unionportal_bench"; otherwise a SQLite file in the temporary folder) and dropped at the
end, with a temporary media folder. See bench/README.md.
"""

import argparse
import datetime
import math
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import unquote, urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
RESULTS = Path(__file__).resolve().parent / "results.md"
POSTGRES_NAME = "unionportal_bench"
SQLITE_FILE = Path(tempfile.gettempdir()) / "unionportal-bench.sqlite3"
WARM_UP = 2  # untimed requests before the timed ones; the second counts the SQL queries
# A page slower than this in all stops being timed after a few requests (SQLite's search).
PAGE_BUDGET_SECONDS = 60
MINIMUM_REQUESTS = 3


def main():
    options = parse_arguments()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "unionportal.settings.dev")
    database = BenchDatabase(os.environ.get("DATABASE_URL", ""))
    media_root = tempfile.mkdtemp(prefix="unionportal-bench-media-")
    var_dir = tempfile.mkdtemp(prefix="unionportal-bench-var-")
    # Settings read these when Django starts, so they are set before django.setup().
    os.environ["DATABASE_URL"] = database.create()
    os.environ["MEDIA_ROOT"] = media_root
    # The demo loads with DEBUG off only when PORTAL_DEMO says so; the logins it makes belong to the
    # throwaway database, so they are written to a folder of their own, not to the checkout's var/.
    os.environ["PORTAL_DEMO"] = "1"
    os.environ["PORTAL_VAR_DIR"] = var_dir
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.db import connections

    try:
        report = run(options)
    finally:
        connections.close_all()
        if options.keep:
            print(f"Kept the database: {os.environ['DATABASE_URL']} (media in {media_root}, logins in {var_dir})")
        else:
            database.drop()
            shutil.rmtree(media_root, ignore_errors=True)
            shutil.rmtree(var_dir, ignore_errors=True)
    print(report)
    RESULTS.write_text(report, encoding="utf-8")
    print(f"Written to {RESULTS.relative_to(ROOT)}")


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=100_000, help="generated articles on top of the demo content")
    parser.add_argument("--repeat", type=int, default=20, help=f"timed requests per page, after {WARM_UP} warm-up")
    parser.add_argument("--keep", action="store_true", help="keep the database and media folder afterwards")
    return parser.parse_args()


class BenchDatabase:
    """A fresh database next to the one DATABASE_URL names, never that database itself."""

    def __init__(self, url):
        self.url = urlsplit(url)
        self.postgres = self.url.scheme in {"postgres", "postgresql", "pgsql"}
        if url and not self.postgres and self.url.scheme != "sqlite":
            raise SystemExit(f"bench/run.py knows PostgreSQL and SQLite, not {self.url.scheme!r}.")

    def create(self):
        if self.postgres:
            self._on_server(f'DROP DATABASE IF EXISTS "{POSTGRES_NAME}"', f'CREATE DATABASE "{POSTGRES_NAME}"')
            return urlunsplit(self.url._replace(path=f"/{POSTGRES_NAME}"))
        SQLITE_FILE.unlink(missing_ok=True)
        return f"sqlite:///{SQLITE_FILE}"

    def drop(self):
        if self.postgres:
            self._on_server(f'DROP DATABASE IF EXISTS "{POSTGRES_NAME}"')
        else:
            SQLITE_FILE.unlink(missing_ok=True)

    def _on_server(self, *statements):
        import psycopg2

        # The server's maintenance database: a database cannot be dropped from inside itself.
        connection = psycopg2.connect(
            dbname="postgres",
            user=unquote(self.url.username or "") or None,
            password=unquote(self.url.password or "") or None,
            host=self.url.hostname,
            port=self.url.port or 5432,
        )
        connection.autocommit = True
        try:
            with connection.cursor() as cursor:
                for statement in statements:
                    cursor.execute(statement)
        finally:
            connection.close()


def run(options):
    from django.core.management import call_command
    from django.db import connection
    from django.test.utils import override_settings

    from news.models import Article

    # As in production: no query log, no template debugging. The test client's host is allowed.
    override_settings(DEBUG=False, ALLOWED_HOSTS=["testserver"]).enable()
    call_command("migrate", verbosity=0)

    started = time.perf_counter()
    call_command("demo", articles=options.articles)
    filled = time.perf_counter() - started

    started = time.perf_counter()
    # A live database is analysed by autovacuum; do it now so plans match a settled one.
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")
    analysed = time.perf_counter() - started

    rows = [measure(label, url, options.repeat) for label, url in pages()]
    facts = {
        "Date": datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
        "Machine": f"{platform.system()} {platform.machine()}, {cpu_count()} CPUs (nproc), Python "
        f"{platform.python_version()}, Django {django_version()}",
        "Database": database_version(connection),
        "Articles": f"{Article.objects.count():,} in all, {Article.objects.published().count():,} published "
        f"({options.articles:,} generated on top of the demo content)",
        "Filling": f"demo --articles {options.articles}: {filled:.1f} s; "
        f"{'VACUUM ANALYZE' if connection.vendor == 'postgresql' else 'ANALYZE'}: {analysed:.1f} s",
        "Method": f"django.test.Client in one process (no web server, no network), DEBUG off; {WARM_UP} warm-up "
        f"requests, then {options.repeat} timed ones per page (fewer past "
        f"{PAGE_BUDGET_SECONDS} s, at least {MINIMUM_REQUESTS})",
    }
    return markdown(facts, rows)


def pages():
    from django.urls import reverse

    from news.models import Article, Section
    from news.sitemaps import ArticleSitemap
    from news.views import SectionDetailView

    section = Section.objects.order_by("order").first()
    in_section = Article.objects.published().filter(section=section).count()
    deep_page = min(500, max(1, math.ceil(in_section / SectionDetailView.paginate_by)))
    article = Article.objects.published().filter(is_featured=True).first() or Article.objects.published().first()
    sitemap = reverse("django.contrib.sitemaps.views.sitemap", kwargs={"section": "articles"})
    last_sitemap_page = max(1, math.ceil(Article.objects.published().count() / ArticleSitemap.limit))
    urls = [
        ("Home", reverse("portal:home")),
        ("Section, page 1", section.get_absolute_url()),
        (f"Section, page {deep_page}", f"{section.get_absolute_url()}?page={deep_page}"),
        ("Article", article.get_absolute_url()),
        ("All news", reverse("news:article_list")),
        ("Search", f"{reverse('portal:search')}?q=lao+dong+gioi"),
        ("RSS feed", reverse("portal:feed")),
        ("Sitemap index", reverse("sitemap_index")),
        ("Article sitemap, page 1", sitemap),
    ]
    if last_sitemap_page > 1:
        urls.append((f"Article sitemap, page {last_sitemap_page}", f"{sitemap}?p={last_sitemap_page}"))
    return urls


def measure(label, url, repeat):
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(raise_request_exception=False)
    client.get(url)
    # The last warm-up request is the one whose queries are counted: recording them has a cost
    # of its own, so no timed request does it.
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    # Read now: the next request starts by emptying the connection's query log.
    query_count = len(queries)
    timings = []
    while len(timings) < repeat and (len(timings) < MINIMUM_REQUESTS or sum(timings) < PAGE_BUDGET_SECONDS * 1000):
        started = time.perf_counter()
        client.get(url)
        timings.append((time.perf_counter() - started) * 1000)
    content = b"".join(response.streaming_content) if response.streaming else response.content
    timings.sort()
    return {
        "label": label,
        "url": url,
        "requests": len(timings),
        "median": statistics.median(timings),
        "p95": timings[math.ceil(0.95 * len(timings)) - 1],
        "queries": query_count,
        "bytes": len(content),
        "status": response.status_code,
    }


def markdown(facts, rows):
    lines = ["# Benchmark: public pages", ""]
    lines += [f"- {name}: {value}" for name, value in facts.items()]
    lines += [
        "",
        "| Page | URL | Median (ms) | p95 (ms) | Timed requests | SQL queries | Bytes | Status |",
        "|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    lines += [
        f"| {row['label']} | `{row['url']}` | {row['median']:.1f} | {row['p95']:.1f} | {row['requests']} | "
        f"{row['queries']} | "
        f"{row['bytes']:,} | {row['status']} |"
        for row in rows
    ]
    return "\n".join(lines) + "\n"


def cpu_count():
    # What nproc prints: the CPUs this process may run on.
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()


def django_version():
    import django

    return django.get_version()


def database_version(connection):
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SHOW server_version")
            return f"PostgreSQL {cursor.fetchone()[0]}"
    return f"SQLite {connection.Database.sqlite_version}"


if __name__ == "__main__":
    main()
