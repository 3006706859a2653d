import pytest
import reversion
from django.forms import MultiWidget
from django.urls import reverse
from reversion.models import Version

from news.admin.revisions import DiffPart, word_diff
from news.models import Article, AuditEntry
from news.roles import EDITORS, PUBLISHERS
from tests.factories import StaffFactory
from tests.news.factories import ArticleFactory, SectionFactory, TagFactory

pytestmark = pytest.mark.django_db


def resubmitted(response, **changes):
    """The admin form on `response` sent back as it is shown, with `changes`, as its save button would."""
    form, page = response.context["adminform"].form, response.content.decode()
    data = {}
    for name, field in form.fields.items():
        value = form[name].value()
        # Fields with a computed default also send the value the page was opened with.
        names = [name, form[name].html_initial_name] if field.show_hidden_initial else [name]
        if isinstance(field.widget, MultiWidget):
            for index, (widget, part) in enumerate(
                zip(field.widget.widgets, field.widget.decompress(value), strict=True)
            ):
                data |= {f"{each}_{index}": widget.format_value(part) for each in names}
        elif value is not None and name != "cover_image":
            data |= dict.fromkeys(names, value)
    # Only what the page really has a field for.
    return {name: value for name, value in data.items() if f'name="{name}"' in page} | changes


def saved(article, user, **changes):
    """Save `article` in a revision of its own, as the admin does."""
    with reversion.create_revision():
        reversion.set_user(user)
        for name, value in changes.items():
            setattr(article, name, value)
        article.save()
    return Version.objects.get_for_object(article).first()


def versions_of(article):
    return Version.objects.get_for_object(article).select_related("revision__user").order_by("pk")


def restore_url(article, version):
    return reverse("admin:news_article_revision", args=[article.pk, version.pk])


def compare_url(article):
    return reverse("admin:news_article_compare", args=[article.pk])


class TestKeepingRevisions:
    def test_each_save_through_the_admin_keeps_a_revision_with_its_user(self, client, editor):
        add = client.get(reverse("admin:news_article_add"))
        data = resubmitted(add, title="Hội nghị người lao động", section=SectionFactory().pk, lead="Sapo.")
        assert client.post(reverse("admin:news_article_add"), data).status_code == 302
        article = Article.objects.get()
        url = reverse("admin:news_article_change", args=[article.pk])
        assert client.post(url, resubmitted(client.get(url), lead="Sapo đã sửa.")).status_code == 302

        versions = list(versions_of(article))
        assert len(versions) == 2
        assert [version.revision.user for version in versions] == [editor, editor]
        assert [version.field_dict["lead"] for version in versions] == ["Sapo.", "Sapo đã sửa."]
        assert versions[1].revision.get_comment() == "Đã thay đổi Sapo."

    def test_a_review_step_from_the_list_keeps_a_revision(self, client, publisher):
        draft = ArticleFactory(draft=True)
        client.post(reverse("admin:news_article_changelist"), {"action": "publish", "_selected_action": [draft.pk]})
        version = versions_of(draft).get()
        assert version.field_dict["status"] == Article.Status.PUBLISHED
        assert version.revision.user == publisher

    def test_a_review_step_from_the_form_is_in_the_revision_of_that_save(self, client, editor):
        draft = ArticleFactory(draft=True)
        url = reverse("admin:news_article_change", args=[draft.pk])
        client.post(url, resubmitted(client.get(url), review_step=AuditEntry.Action.SUBMITTED))
        version = versions_of(draft).get()
        assert version.field_dict["status"] == Article.Status.IN_REVIEW
        assert version.revision.user == editor

    def test_the_edit_page_links_to_the_history(self, client, editor):
        draft = ArticleFactory(draft=True)
        page = client.get(reverse("admin:news_article_change", args=[draft.pk])).content.decode()
        history = reverse("admin:news_article_history", args=[draft.pk])
        assert f'<a href="{history}">Lịch sử phiên bản</a>' in page


class TestHistoryAndCompare:
    def test_the_history_lists_saves_newest_first_with_two_picked_to_compare(self, client, editor):
        draft = ArticleFactory(draft=True)
        first = saved(draft, editor, title="Bản đầu")
        second = saved(draft, editor, title="Bản sau")
        page = client.get(reverse("admin:news_article_history", args=[draft.pk])).content.decode()
        assert page.index(restore_url(draft, second)) < page.index(restore_url(draft, first))
        assert f'name="old" value="{first.revision_id}" aria-label="Bản cũ: lưu lúc' in page
        assert "checked" in page.split(f'name="old" value="{first.revision_id}"')[1].split(">")[0]
        assert "checked" in page.split(f'name="new" value="{second.revision_id}"')[1].split(">")[0]
        assert "So sánh hai phiên bản đã chọn" in page

    def test_compare_shows_the_changed_words(self, client, editor):
        draft = ArticleFactory(draft=True, body="<p>Hội nghị tổng kết năm 2025 tại Hà Nội.</p><p>Đoạn giữ nguyên.</p>")
        first = saved(draft, editor)
        second = saved(
            draft,
            editor,
            title="Tiêu đề <b>mới</b>",
            body="<p>Hội nghị tổng kết năm 2026 tại Bắc Kạn.</p><p>Đoạn giữ nguyên.</p>",
        )
        response = client.get(compare_url(draft), {"old": first.revision_id, "new": second.revision_id})
        page = response.content.decode()
        assert "năm <del>2025</del><ins>2026</ins> tại <del>Hà Nội</del><ins>Bắc Kạn</ins>." in page
        assert "1 đoạn không đổi" in page
        assert "<ins>Tiêu đề &lt;b&gt;mới&lt;/b&gt;</ins>" in page
        assert [change.label for change in response.context["changes"]] == ["Tiêu đề", "Nội dung"]

    def test_compare_without_a_choice_shows_the_last_save_and_either_order_reads_old_to_new(self, client, editor):
        draft = ArticleFactory(draft=True)
        saved(draft, editor, lead="Sapo một.")
        second = saved(draft, editor, lead="Sapo hai.")
        third = saved(draft, editor, lead="Sapo ba.")
        response = client.get(compare_url(draft))
        assert (response.context["older"], response.context["newer"]) == (second, third)
        response = client.get(compare_url(draft), {"old": third.revision_id, "new": second.revision_id})
        assert (response.context["older"], response.context["newer"]) == (second, third)

    def test_compare_needs_two_revisions_of_this_article(self, client, editor):
        draft, other = ArticleFactory(draft=True), ArticleFactory(draft=True)
        mine, theirs = saved(draft, editor), saved(other, editor)
        response = client.get(compare_url(draft), {"old": mine.revision_id, "new": theirs.revision_id})
        assert response.status_code == 302
        assert response["Location"] == reverse("admin:news_article_history", args=[draft.pk])

    def test_compare_names_the_section_and_tags_before_and_after(self, client, editor):
        draft = ArticleFactory(draft=True, section=SectionFactory(name="Tin tức - Sự kiện"))
        first = saved(draft, editor)
        draft.tags.add(TagFactory(name="Đại hội"), TagFactory(name="Thi đua"))
        second = saved(draft, editor, section=SectionFactory(name="Văn hóa - Thể thao"))
        response = client.get(compare_url(draft), {"old": first.revision_id, "new": second.revision_id})
        assert [(change.label, change.before, change.after) for change in response.context["changes"]] == [
            ("Chuyên mục", "Tin tức - Sự kiện", "Văn hóa - Thể thao"),
            ("Từ khoá", "", "Thi đua, Đại hội"),
        ]

    def test_formatting_alone_is_named_as_such(self, client, editor):
        draft = ArticleFactory(draft=True, body="<p>Đoàn viên được thăm hỏi.</p>")
        saved(draft, editor)
        saved(draft, editor, body="<p>Đoàn viên được <strong>thăm hỏi</strong>.</p>")
        assert "chỉ đổi cách trình bày" in client.get(compare_url(draft)).content.decode()

    def test_editors_see_the_history_of_a_published_article_but_cannot_restore_it(self, client, editor):
        published = ArticleFactory()
        old = saved(published, editor, title="Bản cũ")
        saved(published, editor, title="Bản đang đăng")
        history = client.get(reverse("admin:news_article_history", args=[published.pk])).content.decode()
        assert restore_url(published, old) not in history
        page = client.get(compare_url(published)).content.decode()
        assert "Bản <del>cũ</del><ins>đang đăng</ins>" in page
        assert restore_url(published, old) not in page


def test_words_that_match_inside_a_rewrite_stay_in_the_change():
    assert word_diff("năm 2025 tại Hà Nội", "năm 2026, tại Bắc Kạn") == [
        DiffPart("same", "năm "),
        DiffPart("removed", "2025"),
        DiffPart("added", "2026,"),
        DiffPart("same", " tại "),
        DiffPart("removed", "Hà Nội"),
        DiffPart("added", "Bắc Kạn"),
    ]


class TestRestore:
    def test_restore_brings_back_the_old_text_and_does_not_publish_a_draft(self, client, editor):
        publisher = StaffFactory(group=PUBLISHERS)
        article = ArticleFactory(title="Bài đã đăng", body="<p>Nội dung đã đăng.</p>")
        published = saved(article, publisher)
        article.unpublish(publisher)
        saved(article, editor, title="Bài viết lại", body="<p>Nội dung viết lại.</p>")

        form = client.get(restore_url(article, published))
        assert form.context["adminform"].form.initial["title"] == "Bài đã đăng"
        assert "trạng thái bài (bản nháp) giữ nguyên" in form.content.decode()
        response = client.post(restore_url(article, published), resubmitted(form))
        assert response.status_code == 302

        article.refresh_from_db()
        assert (article.title, article.body) == ("Bài đã đăng", "<p>Nội dung đã đăng.</p>")
        assert article.status == Article.Status.DRAFT
        assert article.updated_by == editor
        latest = versions_of(article).last()
        assert latest.revision.user == editor
        assert latest.revision.comment.startswith("Khôi phục phiên bản lưu lúc")
        entry = AuditEntry.objects.for_article(article).first()
        assert (entry.action, entry.user) == (AuditEntry.Action.REVERTED, editor)

    def test_looking_at_an_old_revision_changes_nothing(self, client, editor):
        draft = ArticleFactory(draft=True, title="Bản đầu")
        first = saved(draft, editor)
        saved(draft, editor, title="Bản hiện tại")
        assert client.get(restore_url(draft, first)).status_code == 200
        draft.refresh_from_db()
        assert draft.title == "Bản hiện tại"
        assert versions_of(draft).count() == 2
        assert not AuditEntry.objects.exists()

    def test_the_current_address_keeps_answering_after_an_old_slug_comes_back(self, client, publisher):
        article = ArticleFactory(title="Hội thao", slug="hoi-thao")
        first = saved(article, publisher)
        saved(article, publisher, slug="hoi-thao-2026")
        form = client.get(restore_url(article, first))
        client.post(restore_url(article, first), resubmitted(form))
        article.refresh_from_db()
        assert article.slug == "hoi-thao"
        response = client.get(reverse("news:article", kwargs={"slug": "hoi-thao-2026"}))
        assert response.status_code == 301
        assert response["Location"] == article.get_absolute_url()

    def test_editors_cannot_restore_a_revision_of_a_published_article(self, client, editor):
        author = StaffFactory(group=EDITORS)
        article = ArticleFactory(draft=True, title="Bản nháp cũ")
        old_draft = saved(article, author)
        article.status = Article.Status.PUBLISHED
        saved(article, author, title="Bài đang đăng")

        form = client.get(restore_url(article, old_draft))
        assert form.status_code == 403
        data = {"title": "Bản nháp cũ", "section": article.section_id, "lead": "Sapo.", "edit_version": 99}
        assert client.post(restore_url(article, old_draft), data).status_code == 403
        article.refresh_from_db()
        assert (article.title, article.status) == ("Bài đang đăng", Article.Status.PUBLISHED)
