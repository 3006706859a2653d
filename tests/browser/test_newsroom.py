import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

from news.admin.review import HEARTBEAT_SECONDS
from news.models import Article
from tests.browser.conftest import look, new_context, sign_in
from tests.images import image_bytes
from tests.news.factories import ArticleFactory, SectionFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "mat-khau-thu"
TITLE = "Hội nghị người lao động Bệnh viện Đa khoa tỉnh năm 2026"
COMMENT = "Sapo cần nêu rõ thời gian và địa điểm hội nghị."
PHOTO_ALT = "Đoàn viên giơ tay biểu quyết tại hội nghị"
PHOTO_CAPTION = "Đoàn viên biểu quyết thông qua nghị quyết hội nghị"
LEAD = "Sáng 12/01/2026, tại hội trường bệnh viện, hơn 300 đoàn viên dự hội nghị người lao động."


def make_editor():
    # Transactional tests start from empty tables: the editors' group made by migration is gone,
    # so the editor holds the permissions of that group herself.
    user = get_user_model().objects.create_user(
        "bientap", password=PASSWORD, first_name="Nguyễn Thị Lan", is_staff=True
    )
    codenames = ["add_article", "change_article", "view_article", "view_section", "add_photo", "view_photo"]
    user.user_permissions.add(*Permission.objects.filter(content_type__app_label="news", codename__in=codenames))
    return user


def log_in(page, live_server, username):
    sign_in(page, live_server, username, PASSWORD)


def insert_photo_with_caption(page, path, alt, caption):
    """Put a photo from this computer into the article body through TinyMCE's image dialog, with its
    alternative text, and type its caption under it in the editor."""
    page.evaluate("() => tinymce.activeEditor.execCommand('mceImage')")
    dialog = page.locator(".tox-dialog")
    dialog.get_by_role("tab", name="Tải lên").click()
    with page.expect_file_chooser() as chooser:
        dialog.get_by_role("button", name="Chọn một hình ảnh").click()
    chooser.value.set_files(path)
    dialog.get_by_role("tab", name="Chung").click()
    expect(dialog.locator("input.tox-textfield").first).to_have_value(re.compile(r"/media/"))
    dialog.get_by_label("Mô tả thay thế (Alt)").fill(alt)
    dialog.get_by_text("Hiện chú thích").click()  # TinyMCE draws its own box over the hidden input
    dialog.get_by_role("button", name="Lưu").click()
    expect(dialog).to_be_hidden()
    figcaption = page.frame_locator(".tox-edit-area iframe").locator("figure figcaption").first
    figcaption.click()
    page.evaluate(
        """() => {
          const editor = tinymce.activeEditor;
          editor.selection.select(editor.getBody().querySelector("figcaption"), true);
        }"""
    )
    page.keyboard.type(caption)


def test_a_draft_goes_to_review_back_to_its_editor_and_out_to_readers(
    live_server, browser, page, screenshot_path, tmp_path
):
    section = SectionFactory(name="Tin tức - Sự kiện")
    make_editor()
    get_user_model().objects.create_superuser("duyetbai", password=PASSWORD, first_name="Trần Văn Hùng")
    changelist = reverse("admin:news_article_changelist")
    errors = []
    page.on("pageerror", lambda error: errors.append(error))

    # The editor writes a draft and sends it for review.
    log_in(page, live_server, "bientap")
    page.goto(live_server.url + reverse("admin:news_article_add"))
    page.fill("#id_title", TITLE)
    page.select_option("#id_section", str(section.pk))
    page.fill("#id_lead", "Hội nghị người lao động năm 2026.")
    page.wait_for_selector(".tox-tinymce")
    page.frame_locator(".tox-edit-area iframe").locator("body").click()
    page.keyboard.type("Hơn 300 đoàn viên dự hội nghị.")
    page.keyboard.press("Enter")
    photo = tmp_path / "hoi-nghi.jpg"
    photo.write_bytes(image_bytes(1200, 800))
    insert_photo_with_caption(page, photo, alt=PHOTO_ALT, caption=PHOTO_CAPTION)
    look(page, "editor-writes-article")
    page.get_by_role("button", name="Lưu và gửi duyệt").click()
    page.wait_for_url(f"**{changelist}")
    expect(page.get_by_text(f"Bài “{TITLE}” đã được gửi duyệt.")).to_be_visible()
    look(page, "editor-sent-for-review")
    article = Article.objects.get(title=TITLE)
    assert article.status == Article.Status.IN_REVIEW
    assert PHOTO_CAPTION in article.body

    # The publisher, in a browser of his own, finds it on the admin home and returns it with a comment.
    desk_context = new_context(browser)
    desk = desk_context.new_page()
    desk.on("pageerror", lambda error: errors.append(error))
    log_in(desk, live_server, "duyetbai")
    awaiting = desk.locator(".awaiting-review")
    expect(awaiting).to_contain_text("Bài chờ duyệt")
    expect(awaiting).to_contain_text("Nguyễn Thị Lan")
    look(desk, "publisher-awaiting-review")
    awaiting.get_by_role("link", name=TITLE).click()
    desk.get_by_role("button", name="Trả lại").click()
    expect(desk.get_by_text("Trả lại bài thì phải ghi ý kiến cho người viết.")).to_be_visible()
    look(desk, "publisher-return-needs-a-comment")
    desk.fill("#id_return_comment", COMMENT)
    desk.get_by_role("button", name="Trả lại").click()
    desk.wait_for_url(f"**{changelist}")
    expect(desk.get_by_text("đã được trả lại cho người viết")).to_be_visible()

    # The editor sees the comment, who returned the draft and when; meanwhile the publisher, opening
    # the same article, is told she has it open.
    page.goto(live_server.url + reverse("admin:news_article_change", args=[article.pk]))
    returned = page.locator(".review-returned")
    expect(returned).to_contain_text(COMMENT)
    expect(returned).to_contain_text("Trần Văn Hùng trả lại lúc")
    expect(page.locator(".review-trail")).to_contain_text("Gửi duyệt")
    look(page, "editor-returned-draft")
    desk.goto(live_server.url + reverse("admin:news_article_change", args=[article.pk]))
    expect(desk.get_by_text("Bài này đang được Nguyễn Thị Lan sửa từ")).to_be_visible()
    page.fill("#id_lead", LEAD)
    page.get_by_role("button", name="Lưu và gửi duyệt").click()
    page.wait_for_url(f"**{changelist}")

    # The publisher publishes it from the admin home.
    desk.goto(live_server.url + reverse("admin:index"))
    desk.locator(".awaiting-review").get_by_role("link", name=TITLE).click()
    expect(desk.locator("#id_lead")).to_have_value(LEAD)
    desk.get_by_role("button", name="Xuất bản").click()
    desk.wait_for_url(f"**{changelist}")
    expect(desk.get_by_text(f"Bài “{TITLE}” đã được xuất bản.")).to_be_visible()
    desk.goto(live_server.url + reverse("admin:news_article_change", args=[article.pk]))
    expect(desk.locator(".review-trail li")).to_have_count(4)
    look(desk, "publisher-published-steps")

    # Readers find it on the home page and open it, with its photo and caption; it is in the feed.
    page.goto(live_server.url)
    expect(page.locator("main").get_by_role("link", name=TITLE).first).to_be_visible()
    look(page, "newsroom-home-with-the-article")
    page.get_by_role("link", name=TITLE).first.click()
    page.wait_for_url(f"**{article.get_absolute_url()}")
    assert page.get_by_role("heading", level=1).inner_text() == TITLE
    expect(page.get_by_text(LEAD)).to_be_visible()
    body_photo = page.locator("article figure", has_text=PHOTO_CAPTION).locator("img")
    expect(body_photo).to_have_attribute("alt", PHOTO_ALT)
    body_photo.scroll_into_view_if_needed()
    expect(body_photo).to_have_js_property("complete", True)
    assert body_photo.evaluate("img => img.naturalWidth") > 0
    look(page, "newsroom-published-article")
    feed = page.request.get(live_server.url + reverse("portal:feed"))
    assert feed.ok and TITLE in feed.text()
    assert errors == []
    assert desk_context.csp_violations == []


def test_the_open_edit_page_keeps_its_lock_and_says_when_it_was_lost(live_server, page):
    editor = make_editor()
    article = ArticleFactory(draft=True, section=SectionFactory(name="Tin tức - Sự kiện"))
    log_in(page, live_server, "bientap")
    page.clock.install()
    page.goto(live_server.url + reverse("admin:news_article_change", args=[article.pk]))
    opened_at = Article.objects.get(pk=article.pk).locked_at
    lock_url = reverse("admin:news_article_lock", args=[article.pk])

    with page.expect_response(f"**{lock_url}") as beat:
        page.clock.run_for(HEARTBEAT_SECONDS * 1000)
    assert beat.value.ok
    article.refresh_from_db()
    assert article.lock_holder() == editor
    assert article.locked_at > opened_at

    # The lock lapsed (the computer slept) and a colleague took it: the next beat says so.
    colleague = get_user_model().objects.create_user("bientap_mai", first_name="Lê Thị Mai")
    Article.objects.filter(pk=article.pk).update(locked_by=colleague, locked_at=timezone.now())
    with page.expect_response(f"**{lock_url}"):
        page.clock.run_for(HEARTBEAT_SECONDS * 1000)
    expect(page.get_by_role("status")).to_have_text(re.compile(r"^Bài này đang được Lê Thị Mai sửa từ \d\d:\d\d\.$"))
