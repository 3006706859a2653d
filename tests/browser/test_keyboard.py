"""The public pages by keyboard alone, and with reduced motion: the skip link comes first and lands in the
content, focus is always visible, the menu opens and the slideshow turns from the keyboard; a reader who
asks for reduced motion gets a running line that stands still and a slideshow that waits for them.

The menu is being reworked (issue 13): these tests find it by its roles (a navigation with a button that
says whether it is open), not by its classes or its items."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import assert_clean, new_context
from tests.news.factories import ArticleFactory, SectionFactory
from tests.portal.factories import AnnouncementFactory, SlideFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Longer than two turns of the slideshow (static/js/portal.js, SLIDE_INTERVAL).
TWO_TURNS_MS = 13_000


@pytest.fixture
def home_with_motion(transactional_db):
    SlideFactory.create_batch(3)
    AnnouncementFactory(text="Nhiệt liệt chào mừng Đại hội Công đoàn ngành Y tế lần thứ XII")
    ArticleFactory(section=SectionFactory(name="Tin tức - Sự kiện"), is_featured=True, with_cover=True)


def focus_is_visible(page):
    return page.evaluate(
        """() => {
          const style = getComputedStyle(document.activeElement);
          const outlined = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
          return outlined || style.boxShadow !== "none";
        }"""
    )


def focused_name(page):
    return page.evaluate(
        "() => (document.activeElement.getAttribute('aria-label') || document.activeElement.innerText)"
    )


def test_a_keyboard_reader_skips_to_the_content_opens_the_menu_and_turns_the_slideshow(
    live_server, page, home_with_motion
):
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(live_server.url)

    # The first Tab shows the skip link; Enter lands in the main content.
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Bỏ qua, đến nội dung chính")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    assert focus_is_visible(page)
    page.keyboard.press("Enter")
    page.wait_for_url("**#main")

    # The menu's button, reached by Tab, opens the menu and says so; its links come next, each with visible focus.
    page.goto(live_server.url)
    toggle = page.get_by_role("navigation").locator("button[aria-expanded]").first
    for _ in range(10):
        page.keyboard.press("Tab")
        if toggle.evaluate("button => button === document.activeElement"):
            break
    expect(toggle).to_be_focused()
    assert focus_is_visible(page)
    expect(toggle).to_have_attribute("aria-expanded", "false")
    page.keyboard.press("Enter")
    expect(toggle).to_have_attribute("aria-expanded", "true")
    page.keyboard.press("Tab")
    first_item = page.get_by_role("navigation").get_by_role("link", name="Trang chủ")
    expect(first_item).to_be_focused()
    expect(first_item).to_be_visible()
    assert focus_is_visible(page)

    # The slideshow's buttons, by keyboard: next shows the second photo, and the pause button says what it does.
    next_button = page.get_by_role("button", name="Ảnh tiếp theo")
    for _ in range(40):
        page.keyboard.press("Tab")
        if next_button.evaluate("button => button === document.activeElement"):
            break
    expect(next_button).to_be_focused()
    assert focus_is_visible(page)
    page.keyboard.press("Enter")
    # The second photo has slid in (smoothly: wait for it to settle).
    page.wait_for_function(
        "() => { const t = document.querySelector('.banner__track'); return t.scrollLeft === t.clientWidth; }"
    )
    page.keyboard.press("Shift+Tab")
    expect(page.get_by_role("button", name="Tạm dừng trình chiếu")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.get_by_role("button", name="Tiếp tục trình chiếu")).to_be_visible()


@pytest.mark.parametrize("motion", ["no-preference", "reduce"])
def test_reduced_motion_stops_the_running_line_and_the_slideshow(live_server, browser, home_with_motion, motion):
    context = new_context(browser, reduced_motion=motion)
    page = context.new_page()
    page.clock.install()
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(live_server.url)
    track = page.locator(".banner__track")
    ticker = page.locator(".ticker__track")
    expect(page.get_by_text("Nhiệt liệt chào mừng Đại hội Công đoàn ngành Y tế lần thứ XII").first).to_be_visible()

    page.clock.run_for(TWO_TURNS_MS)
    moving = ticker.evaluate("track => getComputedStyle(track).animationName") != "none"
    if motion == "reduce":
        assert not moving
        assert track.evaluate("track => track.scrollLeft") == 0
        # The reader can still turn it by hand.
        expect(page.get_by_role("button", name="Tiếp tục trình chiếu")).to_be_visible()
    else:
        assert moving
        page.wait_for_function("() => document.querySelector('.banner__track').scrollLeft > 0")
    context.close()
    assert_clean(context)
