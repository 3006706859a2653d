"""What a reader's phone downloads, served as in production (tests/browser/served.py): the home page at most
200 KB on a first visit and 20 KB on a repeat visit, an article at most 250 KB. Bytes are counted as Chromium
received them (compressed, with headers), for every request the page makes."""

import pytest

from tests.browser.conftest import assert_clean, new_context
from tests.browser.served import served_as_in_production
from tests.images import photo_file
from tests.news.factories import ArticleFactory, SectionFactory
from tests.polls.factories import PollFactory
from tests.portal.factories import AnnouncementFactory, SlideFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

KB = 1024
PHONE = {"width": 375, "height": 812}


@pytest.fixture
def production(tmp_path):
    with served_as_in_production(tmp_path / "static") as address:
        yield address


@pytest.fixture
def portal_in_use(transactional_db):
    """A home page as full as the demo's, with photos that weigh what photographs weigh."""
    for seed in range(3):
        SlideFactory(image=photo_file("bang-ron.jpg", seed))
    AnnouncementFactory()
    PollFactory(options=["Có", "Không"])
    for number, name in enumerate(["Tin tức - Sự kiện", "Hoạt động công đoàn cơ sở", "Chăm lo đời sống đoàn viên"]):
        for seed in range(4):
            ArticleFactory(section=SectionFactory(name=name), cover_image=photo_file("bia.jpg", number * 4 + seed))
    return ArticleFactory(
        title="Hội nghị người lao động Bệnh viện Đa khoa tỉnh năm 2026",
        is_featured=True,
        with_cover=True,
        cover_image=photo_file("hoi-nghi.jpg", 99),
        body="<p>Hơn 300 đoàn viên dự hội nghị.</p>" * 20,
    )


class Transfer:
    """Bytes received over the network by one page (Chromium's encodedDataLength: compressed body and headers;
    zero for what comes from the browser's cache)."""

    def __init__(self, page):
        self.by_url = {}
        self.urls = {}
        session = page.context.new_cdp_session(page)
        session.send("Network.enable")
        session.on(
            "Network.responseReceived", lambda event: self.urls.update({event["requestId"]: event["response"]["url"]})
        )
        session.on("Network.loadingFinished", self.finished)

    def finished(self, event):
        url = self.urls.get(event["requestId"], event["requestId"])
        self.by_url[url] = self.by_url.get(url, 0) + event["encodedDataLength"]

    def reset(self):
        self.by_url = {}

    @property
    def total(self):
        return sum(self.by_url.values())

    def report(self):
        lines = [f"{size / KB:7.1f} KB  {url}" for url, size in sorted(self.by_url.items(), key=lambda item: -item[1])]
        return "\n".join([*lines, f"{self.total / KB:7.1f} KB  in all"])


def load(page, address):
    page.goto(address, wait_until="load")
    page.wait_for_load_state("networkidle")


def test_the_home_page_and_an_article_stay_within_their_weight_on_a_phone(browser, production, portal_in_use):
    context = new_context(browser, viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True)
    page = context.new_page()
    transfer = Transfer(page)

    load(page, production + "/")
    first_visit = transfer.total
    print("Home page, first visit:\n" + transfer.report())

    transfer.reset()
    load(page, production + "/")
    repeat_visit = transfer.total
    print("Home page, repeat visit:\n" + transfer.report())

    article_context = new_context(browser, viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True)
    article_page = article_context.new_page()
    article_transfer = Transfer(article_page)
    load(article_page, production + portal_in_use.get_absolute_url())
    print("Article, first visit:\n" + article_transfer.report())

    assert first_visit <= 200 * KB, transfer.report()
    assert repeat_visit <= 20 * KB
    assert article_transfer.total <= 250 * KB
    # Nothing stale or missing in the manifest: every file the pages ask for is there.
    assert all(size > 0 for url, size in article_transfer.by_url.items() if "/static/" in url)
    for each in (context, article_context):
        each.close()
        assert_clean(each)
