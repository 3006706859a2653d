"""The portal as real clients read it, not only as our own assertions do: feed readers (feedparser), search
engines (the Sitemaps protocol's published schema, tests/portal/schemas) and the Nu HTML checker (vnu-jar from
frontend/package-lock.json, run once over every public page in one Java start)."""

import json
import os
import shutil
import subprocess
from pathlib import Path

import feedparser
import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from lxml import etree

from tests.albums.factories import AlbumFactory, AlbumPhotoFactory
from tests.awards.factories import MemberLineFactory
from tests.emulation.factories import PeriodFactory
from tests.images import image_bytes
from tests.library.factories import DocumentFactory
from tests.news.factories import ArticleFactory, SectionFactory, TagFactory
from tests.polls.factories import PollFactory
from tests.portal.factories import AnnouncementFactory, QuickLinkFactory, SlideFactory

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
SCHEMAS = Path(__file__).resolve().parent / "schemas"
VNU = ROOT / "frontend" / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.fixture
def portal_in_use():
    """One of everything a public page shows."""
    SlideFactory.create_batch(2)
    AnnouncementFactory()
    QuickLinkFactory()
    section = SectionFactory(name="Tin tức - Sự kiện")
    tag = TagFactory(name="Đại hội công đoàn")
    period = PeriodFactory(name="Năm 2026")
    line = MemberLineFactory(decision__period=period, is_public=True)
    article = ArticleFactory(
        title="Hội nghị người lao động Bệnh viện Đa khoa tỉnh năm 2026",
        section=section,
        campaign=period.campaign,
        is_featured=True,
        with_cover=True,
        body='<p>Hơn 300 đoàn viên dự hội nghị.</p><figure class="image"><img src="/media/anh.jpg" alt="Hội trường">'
        "<figcaption>Quang cảnh hội nghị</figcaption></figure>",
    )
    article.tags.add(tag)
    ArticleFactory.create_batch(3, section=section, with_cover=True)
    poll = PollFactory(options=["Có", "Không"])
    album = AlbumFactory()
    AlbumPhotoFactory(album=album)
    AlbumPhotoFactory(album=album, image=ContentFile(image_bytes(600, 800), name="doc.jpg"))
    document = DocumentFactory(is_public=True)
    return {
        "article": article,
        "section": section,
        "tag": tag,
        "period": period,
        "line": line,
        "poll": poll,
        "album": album,
        "document": document,
    }


def public_pages(things):
    period = things["period"]
    return [
        "/",
        reverse("news:article_list"),
        things["article"].get_absolute_url(),
        things["section"].get_absolute_url(),
        things["tag"].get_absolute_url(),
        reverse("portal:search") + "?q=hoi+nghi",
        reverse("portal:search") + "?q=khong+co+gi+ca",
        reverse("emulation:campaign_list"),
        period.campaign.get_absolute_url(),
        reverse("awards:index"),
        reverse("awards:campaign", args=[period.campaign.slug]),
        reverse("awards:period", args=[period.campaign.slug, period.pk]),
        reverse("polls:poll_list"),
        things["poll"].get_absolute_url(),
        reverse("albums:album_list"),
        things["album"].get_absolute_url(),
        reverse("albums:album_photo", args=[things["album"].slug, 1]),
        reverse("library:document_list"),
        things["document"].get_absolute_url(),
        "/khong-co-trang-nay/",
    ]


def test_the_feeds_parse_in_feedparser_without_a_warning(client, portal_in_use):
    for address in [reverse("portal:feed"), reverse("portal:section_feed", args=[portal_in_use["section"].slug])]:
        feed = feedparser.parse(client.get(address).content)
        assert not feed.bozo, (address, feed.get("bozo_exception"))
        assert feed.version == "rss20"
        assert feed.feed.language == "vi"
        titles = [entry.title for entry in feed.entries]
        assert portal_in_use["article"].title in titles
        assert all(entry.link.startswith("http") and entry.published_parsed for entry in feed.entries)


def test_the_sitemaps_validate_against_the_sitemap_schema(client, portal_in_use):
    index_schema = etree.XMLSchema(etree.parse(SCHEMAS / "siteindex.xsd"))
    sitemap_schema = etree.XMLSchema(etree.parse(SCHEMAS / "sitemap.xsd"))
    index = etree.fromstring(client.get(reverse("sitemap_index")).content)
    index_schema.assertValid(index)
    sitemaps = [loc.text for loc in index.iter(f"{SITEMAP_NS}loc")]
    assert len(sitemaps) >= 5
    for address in sitemaps:
        response = client.get(address)
        assert response.status_code == 200, address
        sitemap = etree.fromstring(response.content)
        sitemap_schema.assertValid(sitemap)
    assert (
        portal_in_use["article"].get_absolute_url()
        in b"".join(client.get(address).content for address in sitemaps).decode()
    )


def test_the_nu_html_checker_finds_no_error_on_the_public_pages(client, portal_in_use, tmp_path):
    java = shutil.which("java")
    if not (java and VNU.exists()):
        if os.environ.get("REQUIRE_BROWSER"):
            pytest.fail(f"REQUIRE_BROWSER is set but java or {VNU} is missing: apt default-jre-headless; make frontend")
        pytest.skip("no Nu HTML checker: java or frontend/node_modules/vnu-jar is missing (make frontend)")
    files = []
    for number, address in enumerate(public_pages(portal_in_use)):
        response = client.get(address)
        assert response.status_code in {200, 404}, address
        page = tmp_path / f"{number:02d}.html"
        page.write_bytes(response.content)
        files.append((page, address))
    checked = subprocess.run(  # noqa: S603 - the checker from our lock file, on files we wrote
        [java, "-jar", str(VNU), "--errors-only", "--format", "json", *(str(page) for page, _ in files)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    by_file = {page.name: address for page, address in files}
    messages = json.loads(checked.stderr)["messages"]  # the checker reports in JSON on stderr
    errors = [
        f"{by_file.get(Path(message.get('url', '')).name, message.get('url'))} line {message.get('lastLine')}: "
        f"{message['message']}"
        for message in messages
        if message["type"] == "error" or message.get("subType") == "fatal"
    ]
    assert errors == []
    assert checked.returncode == 0, checked.stderr
