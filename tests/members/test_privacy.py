"""Members' personal data never reaches a public page: crawl every page a reader can reach."""

import re
from html.parser import HTMLParser
from urllib.parse import urldefrag, urlsplit

import pytest
from django.urls import reverse

from tests.members.factories import MemberFactory, SupportFactory
from tests.news.factories import ArticleFactory, SectionFactory
from tests.portal.factories import AnnouncementFactory

pytestmark = pytest.mark.django_db

PUBLIC_ROOTS = ["/", "/sitemap.xml", "/robots.txt", "/rss/", "/tim-kiem/?q=nguyen", "/tin-tuc/"]
NOT_PUBLIC = ("/admin/", "/static/", "/media/")


class LinkParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in {"href", "src"} and value:
                self.links.append(value)


def same_site_links(content):
    parser = LinkParser()
    parser.feed(content)
    # Feeds and sitemaps name their pages in <link> and <loc> elements.
    found = parser.links + re.findall(r"<(?:loc|link)>([^<]+)</", content)
    for link in found:
        url = urlsplit(urldefrag(link)[0])
        if url.netloc in {"", "testserver"} and url.path.startswith("/") and not url.path.startswith(NOT_PUBLIC):
            yield url.path + (f"?{url.query}" if url.query else "")


def crawl(client, limit=300):
    seen, queue, pages = set(), list(PUBLIC_ROOTS), {}
    while queue and len(seen) < limit:
        url = queue.pop(0)
        if url in seen:
            continue
        seen.add(url)
        response = client.get(url)
        if response.status_code != 200 or response.streaming:
            continue
        content = response.content.decode()
        pages[url] = content
        queue.extend(link for link in same_site_links(content) if link not in seen)
    return pages


def test_no_member_data_on_any_public_page(client):
    section = SectionFactory(name="Chăm lo đời sống")
    for n in range(3):
        ArticleFactory(section=section, title=f"Trao quà Tết cho đoàn viên khó khăn {n}")
    AnnouncementFactory()
    members = [
        MemberFactory(full_name="Nguyễn Thị Xuân Quỳnh", phone="0987654321", email="quynh.nguyen@benhvien.example.vn"),
        MemberFactory(full_name="Trần Văn Khải", phone="0912345678", email="khai.tran@ttyt.example.vn"),
    ]
    SupportFactory(member=members[0], note="Hỗ trợ Mái ấm Công đoàn")

    pages = crawl(client)

    assert "/" in pages and any(url.startswith("/tin-tuc/") and url != "/tin-tuc/" for url in pages)
    assert any(url.startswith("/chuyen-muc/") for url in pages) and any(url.startswith("/rss/") for url in pages)
    for member in members:
        secrets = [
            member.phone,
            member.email,
            member.card_number,
            member.birth_date.strftime("%d/%m/%Y"),
            member.full_name,
        ]
        for url, content in pages.items():
            for secret in secrets:
                assert secret not in content, f"{secret!r} appears on {url}"


def test_the_members_app_has_no_public_url(client):
    response = client.get(reverse("members:figures"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))
