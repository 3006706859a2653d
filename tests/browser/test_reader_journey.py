"""A reader's journey through the public site, on a phone and on a desktop: the home page, an article with
its photos, its section, a search typed without diacritics, the honour roll, a campaign, a poll vote and an
album. At each step axe-core finds no serious or critical violation, the page does not scroll sideways and a
screenshot is saved (var/screenshots/reader-<step>-<phone|desktop>.png). The page fixture fails the test on a
CSP violation or a request to another origin.

The menu, the banner and the search page are being reworked: the journey asserts what a reader reads there
(headings, titles, links), not their layout."""

import pytest
from django.core.files.base import ContentFile
from playwright.sync_api import expect

from awards.models import Authority, AwardType
from tests.albums.factories import AlbumFactory, AlbumPhotoFactory
from tests.awards.factories import MemberLineFactory
from tests.browser.conftest import WIDTHS, look, sideways_overflow
from tests.emulation.factories import PeriodFactory
from tests.images import image_bytes
from tests.members.factories import MemberFactory
from tests.news.factories import ArticleFactory, SectionFactory
from tests.polls.factories import PollFactory
from tests.portal.factories import AnnouncementFactory, SlideFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TITLE = "Hội nghị người lao động Bệnh viện Đa khoa tỉnh năm 2026"
SECTION = "Hoạt động công đoàn cơ sở"
CAMPAIGN = "Lao động giỏi, lao động sáng tạo"
HONOURED = "Đặng Thị Hồng Nhung"
QUESTION = "Bạn quan tâm nhất đến hoạt động nào của công đoàn?"
ALBUM = "Đại hội Công đoàn ngành Y tế lần thứ XII"


@pytest.fixture
def site_in_use(transactional_db):
    """What a reader meets on a portal in use: a banner, a running line, a section with an illustrated lead
    story, a public campaign with its honour roll, an open poll and an album."""
    # Transactional tests start from empty tables: the vocabulary the migrations load is made here.
    authority, _ = Authority.objects.get_or_create(name="Công đoàn ngành Y tế", defaults={"level": "nganh"})
    bang_khen, _ = AwardType.objects.get_or_create(
        name="Bằng khen", defaults={"category": "khen_thuong", "eligibility": "ca_hai"}
    )
    SlideFactory.create_batch(2)
    AnnouncementFactory()
    section = SectionFactory(name=SECTION)
    ArticleFactory.create_batch(3, section=section, with_cover=True)
    period = PeriodFactory(name="Năm 2026", campaign__name=CAMPAIGN)
    MemberLineFactory(
        decision__period=period,
        decision__authority=authority,
        award_type=bang_khen,
        member=MemberFactory(full_name=HONOURED),
        is_public=True,
    )
    ArticleFactory(
        title=TITLE,
        section=section,
        campaign=period.campaign,
        is_featured=True,
        with_cover=True,
        cover_caption="Quang cảnh hội nghị",
        body="<p>Hơn 300 đoàn viên dự hội nghị.</p>",
    )
    PollFactory(question=QUESTION, options=["Chăm lo đời sống đoàn viên", "Phong trào thi đua"])
    album = AlbumFactory(title=ALBUM)
    AlbumPhotoFactory(album=album, caption="Đại biểu biểu quyết thông qua nghị quyết")
    AlbumPhotoFactory(
        album=album,
        caption="Ban Chấp hành khoá mới ra mắt",
        image=ContentFile(image_bytes(600, 800), name="ban-chap-hanh.jpg"),
    )


def step(page, name, device):
    """Where the reader is now fits the screen and passes axe-core; its screenshot is saved."""
    assert sideways_overflow(page) == 0, f"{page.url} scrolls sideways on a {device}"
    look(page, f"reader-{name}", widths={device: WIDTHS[device]})


@pytest.mark.parametrize("device", WIDTHS)
def test_a_reader_reads_searches_votes_and_browses(live_server, page, site_in_use, device):
    page.set_viewport_size({"width": WIDTHS[device], "height": 900})

    # The home page leads with the story; the reader opens it.
    page.goto(live_server.url)
    expect(page.locator(".lead-story").get_by_role("heading", name=TITLE)).to_be_visible()
    expect(page.get_by_role("heading", name=SECTION)).to_be_visible()
    step(page, "home", device)
    page.locator(".lead-story").get_by_role("link", name=TITLE).click()

    # The article: its headline, its photo loaded with the caption under it, the body.
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
    photo = page.locator("article figure img").first
    expect(photo).to_have_attribute("alt", "Đại biểu dự hội nghị")
    assert photo.evaluate("img => img.complete && img.naturalWidth > 0")
    expect(page.locator("article figure figcaption").first).to_have_text("Quang cảnh hội nghị")
    expect(page.get_by_text("Hơn 300 đoàn viên dự hội nghị.")).to_be_visible()
    step(page, "article", device)

    # Its section, from the breadcrumb.
    page.locator(".breadcrumb").get_by_role("link", name=SECTION).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(SECTION)
    expect(page.get_by_role("link", name=TITLE).first).to_be_visible()
    step(page, "section", device)

    # A search typed without diacritics finds the article.
    search = page.get_by_role("search").first
    search.get_by_role("searchbox").or_(search.locator("input[name=q]")).first.fill("hoi nghi nguoi lao dong")
    search.get_by_role("button", name="Tìm kiếm").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Tìm kiếm")
    expect(page.locator("main").get_by_role("link", name=TITLE)).to_be_visible()
    step(page, "search", device)

    # The honour roll, and the campaign's list of who was honoured.
    page.goto(live_server.url + "/khen-thuong/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Điển hình tiên tiến")
    step(page, "honour-roll", device)
    page.locator("main").get_by_role("link", name=CAMPAIGN).first.click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(CAMPAIGN)
    expect(page.locator("main").get_by_text(HONOURED)).to_be_visible()
    step(page, "honour-roll-campaign", device)

    # The campaign's own page names the article about it.
    page.goto(live_server.url + "/phong-trao/")
    page.locator("main").get_by_role("link", name=CAMPAIGN).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(CAMPAIGN)
    expect(page.locator("main").get_by_role("link", name=TITLE)).to_be_visible()
    step(page, "campaign", device)

    # A poll: the reader votes and sees the results.
    page.goto(live_server.url + "/tham-do/")
    page.locator("main").get_by_role("link", name=QUESTION).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(QUESTION)
    page.get_by_label("Chăm lo đời sống đoàn viên").check()
    page.get_by_role("button", name="Biểu quyết").click()
    expect(page.get_by_text("Cảm ơn bạn đã tham gia biểu quyết.")).to_be_visible()
    expect(page.locator(".poll-results__item--chosen")).to_contain_text("Chăm lo đời sống đoàn viên")
    step(page, "poll-voted", device)

    # An album: its photos with their captions, one photo after the other.
    page.goto(live_server.url + "/album-anh/")
    page.locator("main").get_by_role("link", name=ALBUM).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(ALBUM)
    expect(page.get_by_text("Đại biểu biểu quyết thông qua nghị quyết").first).to_be_visible()
    step(page, "album", device)
