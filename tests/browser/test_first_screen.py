"""A reader's first screen: the menu on one row with its dropdowns, the slideshow on the home page only,
and the story itself (home lead, an article's headline) within the first 1280×900 screen."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from portal.models import MenuItem
from tests.news.factories import ArticleFactory, SectionFactory
from tests.portal.factories import SlideFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 800}


@pytest.fixture
def portal(db):
    MenuItem.objects.all().delete()  # the menu the migrations made, if this is the first test on the database
    news = SectionFactory(name="Tin tức - Sự kiện")
    grassroots = SectionFactory(name="Hoạt động công đoàn cơ sở")
    emulation = SectionFactory(name="Thi đua - Khen thưởng")
    MenuItem.objects.create(page=MenuItem.Page.HOME, order=1)
    top_news = MenuItem.objects.create(section=news, label="Tin tức", order=2)
    MenuItem.objects.create(parent=top_news, section=grassroots, order=1)
    top_emulation = MenuItem.objects.create(section=emulation, order=3)
    MenuItem.objects.create(parent=top_emulation, page=MenuItem.Page.CAMPAIGNS, order=1)
    MenuItem.objects.create(
        parent=top_emulation, page=MenuItem.Page.HONOUR_ROLL, label="Danh sách khen thưởng", order=2
    )
    MenuItem.objects.create(page=MenuItem.Page.DOCUMENTS, order=4)
    MenuItem.objects.create(page=MenuItem.Page.ALBUMS, label="Thư viện ảnh", order=5)
    SlideFactory(title="Chào mừng Đại hội Công đoàn ngành Y tế", order=1)
    SlideFactory(title="Tháng Công nhân 2026", order=2)
    ArticleFactory.create_batch(3, section=news)
    lead = ArticleFactory(
        title="Hội nghị người lao động Bệnh viện Đa khoa tỉnh năm 2026",
        section=grassroots,
        is_featured=True,
        with_cover=True,
    )
    return {"lead": lead}


def top(locator):
    return locator.first.evaluate("element => element.getBoundingClientRect().top")


def test_the_story_is_in_the_first_screen_of_a_desktop(live_server, page, portal, screenshot_path):
    page.set_viewport_size(DESKTOP)
    page.goto(live_server.url)
    expect(page.locator(".banner .banner__slide")).to_have_count(2)
    menu = page.locator(".site-nav__list")
    assert menu.evaluate("list => list.getBoundingClientRect().height") < 60, "the menu is one row"
    assert top(page.locator(".lead-story")) < 700
    page.screenshot(path=screenshot_path("first-screen-home-1280"))

    page.goto(live_server.url + portal["lead"].get_absolute_url())
    expect(page.locator(".banner")).to_have_count(0)
    expect(page.locator(".banner-slim img")).to_be_visible()
    assert top(page.get_by_role("heading", level=1)) < 450
    # The article's section is a dropdown's item: its top item says the reader is inside it.
    expect(page.locator(".site-nav__list > li > a", has_text="Tin tức")).to_have_attribute("aria-current", "true")
    page.screenshot(path=screenshot_path("first-screen-article-1280"))


def test_a_dropdown_opens_on_hover_and_by_keyboard(live_server, page, portal):
    page.set_viewport_size(DESKTOP)
    page.goto(live_server.url + reverse("library:document_list"))
    honour_roll = page.get_by_role("link", name="Danh sách khen thưởng")
    expect(honour_roll).to_be_hidden()
    page.get_by_role("link", name="Thi đua - Khen thưởng", exact=True).hover()
    expect(honour_roll).to_be_visible()

    page.mouse.move(0, 800)
    page.get_by_role("link", name="Thi đua - Khen thưởng", exact=True).focus()
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Mở danh sách Thi đua - Khen thưởng")).to_be_focused()
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Phong trào thi đua")).to_be_focused()
    expect(honour_roll).to_be_visible()
    page.keyboard.press("Escape")
    expect(honour_roll).to_be_hidden()
    honour_roll_button = page.get_by_role("button", name="Mở danh sách Thi đua - Khen thưởng")
    expect(honour_roll_button).to_be_focused()
    page.keyboard.press("Enter")
    expect(honour_roll_button).to_have_attribute("aria-expanded", "true")
    honour_roll.click()
    page.wait_for_url(f"**{reverse('awards:index')}")


def test_the_phone_menu_shows_it_is_open_and_stays_short(live_server, page, portal, screenshot_path):
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + portal["lead"].get_absolute_url())
    assert top(page.get_by_role("heading", level=1)) < 500
    toggle = page.get_by_role("button", name="Chuyên mục")
    closed_colour = toggle.evaluate("button => getComputedStyle(button).backgroundColor")
    expect(page.get_by_role("link", name="Thư viện ảnh")).to_be_hidden()

    toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    assert toggle.evaluate("button => getComputedStyle(button).backgroundColor") != closed_colour
    expect(page.get_by_role("link", name="Thư viện ảnh")).to_be_visible()
    assert page.locator(".site-nav__list").evaluate("list => list.getBoundingClientRect().height") < 360
    expect(page.get_by_role("link", name="Danh sách khen thưởng")).to_be_hidden()

    page.get_by_role("button", name="Mở danh sách Thi đua - Khen thưởng").click()
    expect(page.get_by_role("link", name="Danh sách khen thưởng")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    page.screenshot(path=screenshot_path("first-screen-menu-open-375"))

    toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(page.get_by_role("link", name="Thư viện ảnh")).to_be_hidden()


# The words of an element's text grouped by the line they are drawn on.
WORDS_PER_LINE = """element => {
  const text = (element.querySelector("a") || element).firstChild;
  const lines = new Map();
  const pattern = /\\S+/g;
  let match;
  while ((match = pattern.exec(text.data))) {
    const range = document.createRange();
    range.setStart(text, match.index);
    range.setEnd(text, match.index + match[0].length);
    const top = Math.round(range.getBoundingClientRect().top);
    lines.set(top, (lines.get(top) || 0) + 1);
  }
  return Array.from(lines.values());
}"""


def test_a_section_heading_leaves_no_word_alone_on_a_phone(live_server, page, portal):
    ArticleFactory.create_batch(2, section=portal["lead"].section)
    page.set_viewport_size(PHONE)
    page.goto(live_server.url)
    heading = page.locator(".block-title h2", has_text="Hoạt động công đoàn cơ sở")
    words_per_line = heading.evaluate(WORDS_PER_LINE)
    assert len(words_per_line) >= 2, "the heading wraps at 375 px"
    assert min(words_per_line) >= 2, f"words per line: {words_per_line}"
