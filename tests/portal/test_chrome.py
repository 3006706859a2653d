"""The chrome of every page (portal/chrome.py) is read once per change and kept, yet never shows stale."""

import datetime
import time

import pytest
from django.urls import reverse
from django.utils import timezone

from polls.models import Poll
from portal import chrome
from portal.models import Announcement, MenuItem, SiteSettings, Slide
from tests.factories import StaffFactory
from tests.news.factories import ArticleFactory, SectionFactory
from tests.polls.factories import PollFactory
from tests.portal.factories import AnnouncementFactory, QuickLinkFactory, SlideFactory

pytestmark = pytest.mark.django_db

HOME = reverse("portal:home")


@pytest.fixture
def article(committed):
    with committed():
        return ArticleFactory(title="Hội nghị người lao động Bệnh viện tỉnh", section=SectionFactory(name="Tin tức"))


def page(client, url=HOME):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_a_page_rendered_afresh_reads_the_chrome_from_the_cache(client, article, django_assert_num_queries):
    first = chrome.current()  # read, then kept
    with django_assert_num_queries(0):
        assert chrome.current() == first
    page(client)
    with django_assert_num_queries(0):
        chrome.current()


def _slide_edited():
    slide = Slide.objects.get()
    slide.alt_text = "Hội thao ngành Y tế năm 2026"
    slide.save()


def _announcement_edited():
    announcement = Announcement.objects.get()
    announcement.text = "Chào mừng Tháng Công nhân năm 2026"
    announcement.save()


def _menu_item_renamed():
    item = MenuItem.objects.get(label="Mục cũ")
    item.label = "Văn hoá - Thể thao"
    item.save()


def _site_settings_saved():
    site = SiteSettings.load()
    site.union_name = "Công đoàn ngành Y tế tỉnh Bắc Kạn"
    site.save()


def _poll_closed():
    poll = Poll.objects.get()
    poll.closes_at = timezone.now() - datetime.timedelta(minutes=1)
    poll.save()


# (what is on the page before, the change, what is on the page after, what is gone)
CHANGES = {
    "a slide is edited": (
        lambda: SlideFactory(alt_text="Ảnh cũ"),
        _slide_edited,
        'alt="Hội thao ngành Y tế năm 2026"',
        'alt="Ảnh cũ"',
    ),
    "the running line changes": (
        lambda: AnnouncementFactory(text="Thông báo cũ"),
        _announcement_edited,
        "Chào mừng Tháng Công nhân năm 2026",
        "Thông báo cũ",
    ),
    "a menu item is renamed": (
        lambda: MenuItem.objects.create(section=SectionFactory(name="Văn hoá"), label="Mục cũ"),
        _menu_item_renamed,
        "Văn hoá - Thể thao",
        "Mục cũ",
    ),
    "the site's details change": (SiteSettings.load, _site_settings_saved, "tỉnh Bắc Kạn", None),
    "a quick link is added": (
        lambda: None,
        lambda: QuickLinkFactory(title="Bảo hiểm xã hội tỉnh"),
        "Bảo hiểm xã hội tỉnh",
        None,
    ),
    "a poll is opened": (
        lambda: None,
        lambda: PollFactory(question="Bạn chọn ngày nào?", options=["Thứ bảy"]),
        "Bạn chọn ngày nào?",
        None,
    ),
    "a poll is closed": (
        lambda: PollFactory(question="Câu hỏi sắp đóng?", options=["Có"]),
        _poll_closed,
        None,
        "Câu hỏi sắp đóng?",
    ),
}


@pytest.mark.parametrize("change", CHANGES)
def test_a_change_shows_on_the_next_page(client, article, committed, change):
    before, make_change, shown, gone = CHANGES[change]
    with committed():
        before()
    first = page(client)
    if gone:
        assert gone in first
    with committed():
        make_change()
    for url in [HOME, article.get_absolute_url()]:
        html = page(client, url)
        if shown:
            assert shown in html, url
        if gone:
            assert gone not in html, url


def test_a_slide_leaves_the_banner_when_its_window_ends(client, article, committed):
    with committed():
        slide = SlideFactory(alt_text="Chào mừng Đại hội", active_until=timezone.now() + datetime.timedelta(seconds=2))
        SlideFactory(alt_text="Ảnh thường trực")
    assert 'alt="Chào mừng Đại hội"' in page(client)
    time.sleep(max(0, (slide.active_until - timezone.now()).total_seconds()) + 0.05)
    html = page(client)
    assert 'alt="Chào mừng Đại hội"' not in html and 'alt="Ảnh thường trực"' in html


def test_a_slide_comes_into_the_banner_when_its_window_opens(client, article, committed):
    with committed():
        slide = SlideFactory(alt_text="Chào mừng Đại hội", active_from=timezone.now() + datetime.timedelta(seconds=2))
    assert 'alt="Chào mừng Đại hội"' not in page(client)
    time.sleep(max(0, (slide.active_from - timezone.now()).total_seconds()) + 0.05)
    assert 'alt="Chào mừng Đại hội"' in page(client)


def test_the_kept_chrome_holds_nothing_of_one_reader(client, article, committed):
    with committed():
        poll = PollFactory(question="Bạn quan tâm điều gì?", options=["Nhà ở", "Tiền lương"])
    staff = StaffFactory(username="bientap")
    client.force_login(staff)
    page(client)  # made for a signed-in staff member, then kept for everyone
    client.post(
        reverse("polls:poll_vote", args=[poll.slug]),
        {"option": poll.options.get(text="Nhà ở").pk},
        HTTP_ORIGIN="http://testserver",
    )
    voter = page(client)
    assert "(bạn đã chọn)" in voter  # the voter sees their own results
    assert "bientap" not in str(chrome.current())
    client.logout()
    client.cookies.clear()
    anyone = page(client)
    assert 'class="poll-form"' in anyone and "(bạn đã chọn)" not in anyone
