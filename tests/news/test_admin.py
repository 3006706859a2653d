import pytest
from django.urls import reverse

from news.models import Article, AuditEntry
from tests.news.factories import ArticleFactory, SectionFactory

pytestmark = pytest.mark.django_db


def article_form(section, **overrides):
    data = {
        "title": "Hội nghị người lao động năm 2026",
        "slug": "",
        "section": section.pk,
        "lead": "Sapo của bài.",
        "body": "<p>Nội dung.</p>",
        "cover_caption": "",
        "cover_alt": "",
        "author": "Minh Duyên",
        "source_name": "",
        "source_url": "",
        "status": Article.Status.PUBLISHED,
        "published_at_0": "20/11/2026",
        "published_at_1": "08:00:00",
    }
    return data | overrides


class TestEditor:
    def test_writes_a_draft_even_when_asking_to_publish(self, client, editor):
        response = client.post(reverse("admin:news_article_add"), article_form(SectionFactory()))
        assert response.status_code == 302
        article = Article.objects.get()
        assert article.status == Article.Status.DRAFT
        assert article.created_by == editor
        assert article.updated_by == editor

    def test_cannot_publish_with_the_list_action(self, client, editor):
        draft = ArticleFactory(draft=True)
        response = client.get(reverse("admin:news_article_changelist"))
        assert "publish" not in response.context["action_form"].fields["action"].choices.__repr__()
        client.post(reverse("admin:news_article_changelist"), {"action": "publish", "_selected_action": [draft.pk]})
        draft.refresh_from_db()
        assert draft.status == Article.Status.DRAFT

    def test_can_edit_a_draft_but_not_a_published_article(self, client, editor):
        draft = ArticleFactory(draft=True)
        published = ArticleFactory(title="Đã đăng")
        section = draft.section
        url = reverse("admin:news_article_change", args=[draft.pk])
        data = article_form(section, title="Bản nháp đã sửa", edit_version=draft.edit_version)
        assert client.post(url, data).status_code == 302
        draft.refresh_from_db()
        assert (draft.title, draft.status) == ("Bản nháp đã sửa", Article.Status.DRAFT)

        url = reverse("admin:news_article_change", args=[published.pk])
        assert client.post(url, article_form(section, title="Sửa trộm")).status_code == 403
        published.refresh_from_db()
        assert published.title == "Đã đăng"

    def test_cannot_delete_a_published_article(self, client, editor):
        published = ArticleFactory()
        response = client.post(reverse("admin:news_article_delete", args=[published.pk]), {"post": "yes"})
        assert response.status_code == 403
        assert Article.objects.filter(pk=published.pk).exists()


class TestPublisher:
    def test_publishes_from_the_form_with_the_publish_button(self, client, publisher):
        # The status field no longer moves an article (that left no audit entry): the button does.
        add = reverse("admin:news_article_add")
        client.post(add, article_form(SectionFactory(), title="Chỉ lưu"))
        assert Article.objects.get(title="Chỉ lưu").status == Article.Status.DRAFT
        client.post(add, article_form(SectionFactory(), title="Xuất bản ngay", review_step="published"))
        article = Article.objects.get(title="Xuất bản ngay")
        assert article.status == Article.Status.PUBLISHED
        assert AuditEntry.objects.for_article(article).get().user == publisher

    def test_publishes_and_unpublishes_with_list_actions(self, client, publisher):
        draft = ArticleFactory(draft=True)
        changelist = reverse("admin:news_article_changelist")
        client.post(changelist, {"action": "publish", "_selected_action": [draft.pk]})
        draft.refresh_from_db()
        assert draft.status == Article.Status.PUBLISHED
        assert draft.updated_by == publisher
        client.post(changelist, {"action": "unpublish", "_selected_action": [draft.pk]})
        draft.refresh_from_db()
        assert draft.status == Article.Status.DRAFT
        steps = AuditEntry.objects.for_article(draft).order_by("at", "id").values_list("action", "user")
        assert list(steps) == [("published", publisher.pk), ("unpublished", publisher.pk)]


class TestArticleList:
    def test_lists_status_section_time_and_thumbnail(self, client, publisher):
        ArticleFactory(title="Có ảnh", with_cover=True, section=SectionFactory(name="Thi đua"))
        ArticleFactory(title="Hẹn giờ", scheduled=True)
        page = client.get(reverse("admin:news_article_changelist")).content.decode()
        assert "Có ảnh" in page and "Thi đua" in page and "Đã xuất bản" in page
        assert "Hẹn giờ đăng" in page
        assert '<img src="/media/renditions/' in page

    def test_search_finds_by_title(self, client, publisher):
        ArticleFactory(title="Giải bóng đá công nhân viên chức")
        ArticleFactory(title="Hội thao ngành")
        response = client.get(reverse("admin:news_article_changelist"), {"q": "bóng đá"})
        assert [a.title for a in response.context["cl"].result_list] == ["Giải bóng đá công nhân viên chức"]


class TestPreview:
    def test_staff_preview_a_draft_as_readers_will_see_it(self, client, editor):
        draft = ArticleFactory(title="Bài chưa đăng", draft=True)
        response = client.get(reverse("admin:news_article_preview", args=[draft.pk]))
        assert response.status_code == 200
        assert "Bài chưa đăng" in response.content.decode()
        assert "Bản xem trước" in response.content.decode()
        assert response["X-Robots-Tag"] == "noindex, nofollow"
        assert "no-cache" in response["Cache-Control"]

    def test_readers_cannot_open_a_preview(self, client):
        draft = ArticleFactory(draft=True)
        response = client.get(reverse("admin:news_article_preview", args=[draft.pk]))
        assert response.status_code == 302
        assert reverse("admin:login") in response["Location"]


def test_editor_assets_come_from_the_portal_not_a_cdn(client, editor):
    page = client.get(reverse("admin:news_article_add")).content.decode()
    assert '<script src="/static/tinymce/tinymce.min.js"></script>' in page
    assert "news/admin/editor-upload.js" in page
    assert "cdn" not in page.lower()


def test_editor_cannot_bulk_delete_a_published_article(client, editor):
    published = ArticleFactory()
    response = client.post(
        reverse("admin:news_article_changelist"),
        {"action": "delete_selected", "_selected_action": [published.pk], "post": "yes"},
    )
    assert response.status_code in (200, 403)
    assert Article.objects.filter(pk=published.pk).exists()
