import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from news.models import Article, AuditEntry
from news.roles import EDITORS, PUBLISHERS
from tests.factories import StaffFactory
from tests.html import parse
from tests.news.factories import ArticleFactory, SectionFactory
from tests.news.test_admin import article_form

pytestmark = pytest.mark.django_db

Status = Article.Status


def steps_of(article):
    """(action, username, comment) of each audit entry of `article`, oldest first."""
    return list(
        AuditEntry.objects.for_article(article).order_by("at", "id").values_list("action", "username", "comment")
    )


def change_url(article):
    return reverse("admin:news_article_change", args=[article.pk])


def edit(article, **overrides):
    """The article's form as its page would post it, opened at the article's current version."""
    return article_form(article.section, title=article.title, edit_version=article.edit_version) | overrides


@pytest.fixture
def writer(db):
    return StaffFactory(username="bientap_lan", first_name="Nguyễn Thị Lan", group=EDITORS)


@pytest.fixture
def checker(db):
    return StaffFactory(username="duyet_hung", first_name="Trần Văn Hùng", group=PUBLISHERS)


class TestStates:
    """The steps on the model: who may take each one, from which state, and what each one records."""

    def test_a_draft_goes_through_review_to_publication(self, writer, checker):
        article = ArticleFactory(draft=True)
        article.submit_for_review(writer)
        assert article.status == Status.IN_REVIEW
        article.return_to_editor(checker, "Thiếu nguồn ảnh, bổ sung giúp.")
        assert (article.status, article.review_comment) == (Status.RETURNED, "Thiếu nguồn ảnh, bổ sung giúp.")
        article.submit_for_review(writer)
        assert (article.status, article.review_comment) == (Status.IN_REVIEW, "")
        article.publish(checker)
        article.refresh_from_db()
        assert article.status == Status.PUBLISHED
        assert article.updated_by == checker
        assert steps_of(article) == [
            ("submitted", "bientap_lan", ""),
            ("returned", "duyet_hung", "Thiếu nguồn ảnh, bổ sung giúp."),
            ("submitted", "bientap_lan", ""),
            ("published", "duyet_hung", ""),
        ]

    def test_editors_cannot_publish_return_or_take_down(self, writer):
        article = ArticleFactory(draft=True)
        article.submit_for_review(writer)
        with pytest.raises(PermissionDenied):
            article.publish(writer)
        with pytest.raises(PermissionDenied):
            article.return_to_editor(writer, "Tự trả lại")
        with pytest.raises(PermissionDenied):
            ArticleFactory().unpublish(writer)
        assert Article.objects.get(pk=article.pk).status == Status.IN_REVIEW

    def test_a_return_needs_a_comment(self, writer, checker):
        article = ArticleFactory(draft=True)
        article.submit_for_review(writer)
        with pytest.raises(ValidationError) as refused:
            article.return_to_editor(checker, "   ")
        assert refused.value.code == "comment_required"
        assert Article.objects.get(pk=article.pk).status == Status.IN_REVIEW
        assert [step for step, *_ in steps_of(article)] == ["submitted"]

    @pytest.mark.parametrize(
        ("status", "step"),
        [
            (Status.IN_REVIEW, "submit_for_review"),
            (Status.PUBLISHED, "submit_for_review"),
            (Status.DRAFT, "return_to_editor"),
            (Status.RETURNED, "return_to_editor"),
            (Status.PUBLISHED, "publish"),
            (Status.DRAFT, "unpublish"),
        ],
    )
    def test_steps_that_do_not_start_from_the_state_are_refused(self, checker, status, step):
        article = ArticleFactory(status=status)
        arguments = (checker, "Ý kiến") if step == "return_to_editor" else (checker,)
        with pytest.raises(ValidationError) as refused:
            getattr(article, step)(*arguments)
        assert refused.value.code == "illegal_transition"
        assert not AuditEntry.objects.exists()

    def test_taking_down_brings_a_draft_back(self, checker):
        article = ArticleFactory()
        article.unpublish(checker)
        assert Article.objects.get(pk=article.pk).status == Status.DRAFT
        assert steps_of(article) == [("unpublished", "duyet_hung", "")]


class TestEditorInTheAdmin:
    def test_writes_a_draft_and_sends_it_for_review(self, client, editor):
        response = client.post(
            reverse("admin:news_article_add"), article_form(SectionFactory(), review_step="submitted"), follow=True
        )
        article = Article.objects.get()
        assert article.status == Status.IN_REVIEW
        assert steps_of(article) == [("submitted", "bientap", "")]
        assert response.redirect_chain[-1][0] == reverse("admin:news_article_changelist")
        assert f"Bài “{article.title}” đã được gửi duyệt." in response.content.decode()

    def test_sends_a_returned_draft_again_with_the_changes(self, client, editor, checker):
        article = ArticleFactory(draft=True)
        article.submit_for_review(editor)
        article.return_to_editor(checker, "Viết lại sapo.")
        response = client.post(change_url(article), edit(article, lead="Sapo mới.", review_step="submitted"))
        assert response.status_code == 302
        article.refresh_from_db()
        assert (article.status, article.lead, article.review_comment) == (Status.IN_REVIEW, "Sapo mới.", "")

    def test_gets_the_send_button_only(self, client, editor):
        page = client.get(change_url(ArticleFactory(draft=True))).content.decode()
        assert 'name="review_step" value="submitted"' in page
        assert "Lưu và gửi duyệt" in page
        assert 'value="published"' not in page
        assert 'name="return_comment"' not in page

    def test_the_send_button_is_beside_the_save_button(self, client, editor):
        page = parse(client.get(change_url(ArticleFactory(draft=True))).content.decode())
        [save_row] = page.find("div", class_="submit-row")
        names = [(control.attrs.get("name"), control.attrs.get("value")) for control in save_row.find("input")]
        names += [(button.attrs["name"], button.words) for button in save_row.find("button")]
        assert names[0] == ("_save", "Lưu lại")
        assert ("review_step", "Lưu và gửi duyệt") in names

    def test_cannot_publish_with_a_crafted_button(self, client, editor):
        draft = ArticleFactory(draft=True)
        response = client.post(change_url(draft), edit(draft, title="Tự xuất bản", review_step="published"))
        assert response.status_code == 200
        assert response.context["adminform"].form.errors["review_step"]
        draft.refresh_from_db()
        assert draft.status == Status.DRAFT
        assert draft.title != "Tự xuất bản"
        assert not AuditEntry.objects.exists()

    @pytest.mark.parametrize("status", [Status.IN_REVIEW, Status.PUBLISHED])
    def test_may_only_read_what_awaits_review_or_is_published(self, client, editor, status):
        article = ArticleFactory(status=status, title="Bài của người duyệt")
        page = client.get(change_url(article))
        assert page.status_code == 200
        assert 'name="_save"' not in page.content.decode()
        assert 'name="review_step"' not in page.content.decode()
        assert client.post(change_url(article), edit(article, title="Sửa trộm")).status_code == 403
        assert Article.objects.get(pk=article.pk).title == "Bài của người duyệt"

    def test_cannot_set_the_status_with_the_form(self, client, editor):
        draft = ArticleFactory(draft=True)
        client.post(change_url(draft), edit(draft, status=Status.PUBLISHED))
        assert Article.objects.get(pk=draft.pk).status == Status.DRAFT

    def test_sees_the_comment_of_a_returned_draft_with_who_returned_it_and_when(self, client, editor, checker):
        article = ArticleFactory(draft=True)
        article.submit_for_review(editor)
        article.return_to_editor(checker, "Ảnh thiếu chú thích.\nBổ sung tên người trong ảnh.")
        returned_at = timezone.localtime(AuditEntry.objects.get(action="returned").at)
        page = client.get(change_url(article)).content.decode()
        assert "Bài bị trả lại" in page
        assert "Trần Văn Hùng trả lại lúc" in page
        assert returned_at.strftime("%H:%M %d/%m/%Y") in page
        assert "Ảnh thiếu chú thích.<br>Bổ sung tên người trong ảnh." in page

    def test_sees_the_steps_taken_on_the_article(self, client, editor, checker):
        article = ArticleFactory(draft=True)
        article.submit_for_review(editor)
        article.return_to_editor(checker, "Sửa tiêu đề.")
        article.submit_for_review(editor)
        response = client.get(change_url(article))
        trail = response.context["review_trail"]
        assert [(entry.action, entry.user) for entry in trail] == [
            ("submitted", editor),
            ("returned", checker),
            ("submitted", editor),
        ]
        page = response.content.decode()
        assert "Các bước duyệt bài" in page
        assert "Trần Văn Hùng: <strong>Trả lại</strong>" in page
        assert "<q>Sửa tiêu đề.</q>" in page
        # Sent again: the comment was answered, so it no longer stands at the top.
        assert "Bài bị trả lại" not in page


class TestPublisherInTheAdmin:
    def in_review(self, writer, **fields):
        article = ArticleFactory(draft=True, **fields)
        article.submit_for_review(writer)
        return article

    def test_gets_publish_and_return_with_a_comment_field(self, client, publisher, writer):
        page = client.get(change_url(self.in_review(writer))).content.decode()
        assert 'name="review_step" value="published"' in page
        assert 'name="review_step" value="returned"' in page
        assert '<textarea name="return_comment"' in page
        assert 'value="submitted"' not in page

    def test_returns_a_draft_with_a_comment(self, client, publisher, writer):
        article = self.in_review(writer)
        response = client.post(
            change_url(article), edit(article, review_step="returned", return_comment="  Thiếu nguồn.  "), follow=True
        )
        article.refresh_from_db()
        assert (article.status, article.review_comment) == (Status.RETURNED, "Thiếu nguồn.")
        assert steps_of(article)[-1] == ("returned", "duyetbai", "Thiếu nguồn.")
        assert "đã được trả lại cho người viết" in response.content.decode()

    def test_a_return_without_a_comment_is_refused_and_nothing_is_saved(self, client, publisher, writer):
        article = self.in_review(writer, title="Tiêu đề cũ")
        response = client.post(change_url(article), edit(article, title="Tiêu đề sửa", review_step="returned"))
        assert response.status_code == 200
        assert "Trả lại bài thì phải ghi ý kiến cho người viết." in response.content.decode()
        article.refresh_from_db()
        assert (article.status, article.title) == (Status.IN_REVIEW, "Tiêu đề cũ")
        # What was typed stays in the form.
        assert 'value="Tiêu đề sửa"' in response.content.decode()

    def test_publishes_now(self, client, publisher, writer):
        article = self.in_review(writer)
        now = timezone.localtime()
        data = edit(
            article, review_step="published", published_at_0=f"{now:%d/%m/%Y}", published_at_1=f"{now:%H:%M:%S}"
        )
        response = client.post(change_url(article), data, follow=True)
        article.refresh_from_db()
        assert article.is_public
        assert steps_of(article)[-1] == ("published", "duyetbai", "")
        assert f"Bài “{article.title}” đã được xuất bản." in response.content.decode()
        assert Article.objects.published().filter(pk=article.pk).exists()

    def test_schedules_with_a_publication_time_ahead(self, client, publisher, writer):
        article = self.in_review(writer)
        ahead = timezone.localtime() + timezone.timedelta(days=2)
        data = edit(article, review_step="published", published_at_0=f"{ahead:%d/%m/%Y}", published_at_1="08:00:00")
        response = client.post(change_url(article), data, follow=True)
        article.refresh_from_db()
        assert article.is_scheduled
        assert f"sẽ tự xuất bản lúc 08:00 ngày {ahead:%d/%m/%Y}" in response.content.decode()
        assert not Article.objects.published().filter(pk=article.pk).exists()

    def test_takes_down_from_the_page(self, client, publisher):
        article = ArticleFactory()
        page = client.get(change_url(article)).content.decode()
        assert 'name="review_step" value="unpublished"' in page
        client.post(change_url(article), edit(article, review_step="unpublished"))
        assert Article.objects.get(pk=article.pk).status == Status.DRAFT

    def test_bulk_steps_go_one_by_one_with_an_audit_entry_each(self, client, publisher, writer):
        drafts = [self.in_review(writer), ArticleFactory(draft=True)]
        already = ArticleFactory(title="Đã đăng từ trước")
        changelist = reverse("admin:news_article_changelist")
        response = client.post(
            changelist,
            {"action": "publish", "_selected_action": [a.pk for a in [*drafts, already]]},
            follow=True,
        )
        page = response.content.decode()
        assert "2 bài viết đã được xuất bản." in page
        assert "Đã đăng từ trước: Không thể xuất bản bài đang ở trạng thái “Đã xuất bản”." in page
        assert AuditEntry.objects.filter(action="published", user=publisher).count() == 2

        client.post(changelist, {"action": "unpublish", "_selected_action": [a.pk for a in drafts]})
        assert set(Article.objects.filter(pk__in=[a.pk for a in drafts]).values_list("status", flat=True)) == {"draft"}
        assert AuditEntry.objects.filter(action="unpublished", user=publisher).count() == 2

    def test_list_filter_offers_every_state(self, client, publisher, writer):
        self.in_review(writer, title="Đang chờ")
        ArticleFactory(title="Đã đăng")
        response = client.get(reverse("admin:news_article_changelist"), {"status__exact": "in_review"})
        assert [a.title for a in response.context["cl"].result_list] == ["Đang chờ"]
        page = response.content.decode()
        for label in ["Bản nháp", "Chờ duyệt", "Bị trả lại", "Đã xuất bản"]:
            assert label in page


class TestAwaitingReviewOnTheAdminHome:
    def test_publishers_see_what_waits_with_who_sent_it_and_when(self, client, publisher, writer):
        article = ArticleFactory(draft=True, title="Hội nghị người lao động 2026")
        article.submit_for_review(writer)
        ArticleFactory(draft=True, title="Bản nháp chưa gửi")
        sent_at = timezone.localtime(AuditEntry.objects.get().at)
        page = client.get(reverse("admin:index")).content.decode()
        assert "Bài chờ duyệt" in page
        assert f'<a href="{change_url(article)}">Hội nghị người lao động 2026</a>' in page
        assert "Nguyễn Thị Lan, <time" in page
        assert sent_at.strftime("%H:%M %d/%m/%Y") in page
        assert "Bản nháp chưa gửi" not in page

    def test_the_box_costs_publishers_one_query(self, client, publisher, writer):
        for number in range(3):
            ArticleFactory(draft=True, title=f"Bài {number}").submit_for_review(writer)
        client.get(reverse("admin:index"))
        with CaptureQueriesContext(connection) as queries:
            client.get(reverse("admin:index"))
        assert len([q for q in queries if "news_auditentry" in q["sql"]]) == 1

    def test_editors_do_not_see_it_and_it_costs_them_nothing(self, client, editor, writer):
        ArticleFactory(draft=True, title="Hội nghị người lao động 2026").submit_for_review(writer)
        client.get(reverse("admin:index"))
        with CaptureQueriesContext(connection) as queries:
            page = client.get(reverse("admin:index")).content.decode()
        assert "Bài chờ duyệt" not in page
        assert not [q for q in queries if "news_article" in q["sql"] or "news_auditentry" in q["sql"]]

    def test_says_when_nothing_waits(self, client, publisher):
        assert "Không có bài nào chờ duyệt." in client.get(reverse("admin:index")).content.decode()


def test_publishing_an_old_draft_dates_it_now_and_keeps_a_future_time(db):
    publisher = StaffFactory(username="duyet_bai_gio", group=PUBLISHERS)
    old_draft = ArticleFactory(draft=True, published_at=timezone.now() - timezone.timedelta(days=5))
    old_draft.publish(publisher)
    assert timezone.now() - old_draft.published_at < timezone.timedelta(minutes=1)

    tomorrow = timezone.now() + timezone.timedelta(days=1)
    scheduled = ArticleFactory(draft=True, published_at=tomorrow)
    scheduled.publish(publisher)
    assert scheduled.published_at == tomorrow and scheduled.is_scheduled
