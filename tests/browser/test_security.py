"""The Content-Security-Policy, the second factor and the lockout in a real browser. Every page these tests
open fails them on a CSP violation (tests/browser/conftest.py), so each admin page and the editor are
shown to work under the enforced policy."""

import re

import pytest
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from playwright.sync_api import expect

from members.roles import OFFICERS
from tests.albums.factories import AlbumFactory, AlbumPhotoFactory
from tests.browser.conftest import sign_in
from tests.browser.test_newsroom import PASSWORD, make_editor
from tests.client import current_code
from tests.emulation.factories import PeriodFactory
from tests.library.factories import DocumentFactory
from tests.members.factories import BaseUnionFactory, MemberFactory, officer_of
from tests.news.factories import ArticleFactory, SectionFactory
from tests.polls.factories import PollFactory, PollOptionFactory
from unionportal.accounts import APP_DEVICE_NAME

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WIDTHS = {"phone": 375, "desktop": 1280}


def test_the_article_editor_formats_text_under_the_policy(live_server, page):
    make_editor()
    SectionFactory(name="Tin tức - Sự kiện")
    sign_in(page, live_server, "bientap", PASSWORD)
    page.goto(live_server.url + reverse("admin:news_article_add"))
    page.wait_for_selector(".tox-tinymce")
    page.frame_locator(".tox-edit-area iframe").locator("body").click()
    page.keyboard.type("Hội nghị người lao động")
    page.keyboard.press("Control+a")
    page.keyboard.press("Control+b")
    page.keyboard.press("Control+u")
    page.keyboard.press("ArrowRight")
    page.keyboard.press("Enter")
    page.evaluate("() => tinymce.activeEditor.execCommand('mceInsertTable', false, {rows: 2, columns: 2})")
    page.evaluate("() => tinymce.activeEditor.execCommand('mceCodeEditor')")
    expect(page.locator(".tox-dialog")).to_be_visible()
    page.keyboard.press("Escape")
    body = page.evaluate("() => tinymce.activeEditor.getContent()")
    assert "<strong>" in body and "<table" in body
    # The page's fixture fails the test if TinyMCE set a style the policy refused.


def test_every_admin_page_works_under_the_policy(live_server, page):
    get_user_model().objects.create_superuser("quantri", password=PASSWORD)
    MemberFactory()
    ArticleFactory()
    PeriodFactory()
    errors = []
    page.on("pageerror", lambda error: errors.append(f"{page.url}: {error}"))
    sign_in(page, live_server, "quantri", PASSWORD)
    addresses = []
    for model, model_admin in admin.site._registry.items():
        opts = model._meta
        addresses.append(reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist"))
        if model_admin.has_add_permission(_request_of(get_user_model().objects.get(username="quantri"))):
            addresses.append(reverse(f"admin:{opts.app_label}_{opts.model_name}_add"))
    addresses += [
        reverse("second_factor"),
        reverse("members:figures"),
        reverse("awards_staff:figures"),
        reverse("admin:members_member_import"),
        reverse("admin:members_member_export"),
    ]
    for address in addresses:
        response = page.goto(live_server.url + address)
        assert response.status in {200}, (address, response.status)
    assert errors == []


def _request_of(user):
    from django.test import RequestFactory

    request = RequestFactory().get("/")
    request.user = user
    return request


def test_public_pages_work_under_the_policy(live_server, page):
    article = ArticleFactory()
    album = AlbumFactory()
    AlbumPhotoFactory(album=album)
    poll = PollFactory()
    PollOptionFactory(poll=poll)
    DocumentFactory(is_public=True)
    period = PeriodFactory()
    for address in [
        "/",
        article.get_absolute_url(),
        article.section.get_absolute_url(),
        "/tim-kiem/?q=cong+doan",
        album.get_absolute_url(),
        reverse("albums:album_photo", args=[album.slug, 1]),
        poll.get_absolute_url(),
        "/van-ban/",
        period.campaign.get_absolute_url(),
        "/khong-co-trang-nay/",
    ]:
        page.goto(live_server.url + address)
        page.wait_for_load_state("load")


def test_an_officer_enrols_a_phone_on_first_sign_in(live_server, browser, page, screenshot_path):
    # Transactional tests start from empty tables: the officers' group the migrations make is made here.
    group, _ = Group.objects.get_or_create(name=OFFICERS)
    group.permissions.add(*Permission.objects.filter(codename__in=["view_member", "view_uniongroup"]))
    officer = officer_of(BaseUnionFactory(name="Công đoàn Bệnh viện Đa khoa tỉnh"), username="canbocoso")
    officer.set_password(PASSWORD)
    officer.save()
    page.goto(live_server.url + reverse("admin:login"))
    page.fill("#id_username", "canbocoso")
    page.fill("#id_password", PASSWORD)
    page.locator("input[type=submit]").click()
    page.wait_for_url(f"**{reverse('second_factor')}")
    expect(page.get_by_text("phải bật xác thực hai bước")).to_be_visible()
    expect(page.get_by_alt_text("Mã QR để thêm tài khoản vào ứng dụng xác thực")).to_be_visible()
    for name, width in WIDTHS.items():
        page.set_viewport_size({"width": width, "height": 900})
        page.screenshot(path=screenshot_path(f"second-factor-enrol-{name}"), full_page=True)
    # Anything else waits until the phone is enrolled.
    page.goto(live_server.url + reverse("admin:members_member_changelist"))
    page.wait_for_url(f"**{reverse('second_factor')}")

    device = officer.totpdevice_set.get(name=APP_DEVICE_NAME)
    secret = re.sub(r"\s", "", page.locator(".second-factor__secret").inner_text())
    assert len(secret) == 32  # the key an app without a camera is given, from the device itself
    page.fill("#id_token", current_code(device))
    page.get_by_role("button", name="Xác nhận và bật").click()
    expect(page.get_by_text("Đã bật xác thực hai bước")).to_be_visible()
    assert page.locator(".second-factor__codes li").count() == 10
    for name, width in WIDTHS.items():
        page.set_viewport_size({"width": width, "height": 900})
        page.screenshot(path=screenshot_path(f"second-factor-recovery-codes-{name}"), full_page=True)
    page.get_by_role("link", name="Tôi đã lưu các mã, vào trang quản trị").click()
    page.goto(live_server.url + reverse("admin:members_member_changelist"))
    expect(page.locator("#changelist")).to_be_visible()


def test_a_locked_sign_in_is_told_in_vietnamese(live_server, page, screenshot_path):
    make_editor()
    for attempt in range(5):
        page.goto(live_server.url + reverse("admin:login"))
        page.fill("#id_username", "bientap")
        page.fill("#id_password", f"sai-{attempt}")
        page.locator("input[type=submit]").click()
    expect(page.get_by_text("Đăng nhập đang bị tạm khoá.")).to_be_visible()
    expect(page.get_by_text("trong 15 phút")).to_be_visible()
    for name, width in WIDTHS.items():
        page.set_viewport_size({"width": width, "height": 800})
        page.screenshot(path=screenshot_path(f"sign-in-locked-{name}"), full_page=True)
    page.goto(live_server.url + reverse("admin:login"))
    page.fill("#id_username", "bientap")
    page.fill("#id_password", PASSWORD)
    page.locator("input[type=submit]").click()
    expect(page.get_by_text("Đăng nhập đang bị tạm khoá.")).to_be_visible()
