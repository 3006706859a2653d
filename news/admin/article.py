from csp.constants import UNSAFE_INLINE
from csp.decorators import csp_update
from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.db import models
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.decorators import method_decorator
from reversion.admin import VersionAdmin

from news.admin.preview_links import PreviewLinksMixin
from news.admin.review import ReviewMixin
from news.admin.revisions import RevisionsMixin
from news.models import Article
from unionportal.admin_helpers import thumbnail


@admin.register(Article)
class ArticleAdmin(ReviewMixin, RevisionsMixin, PreviewLinksMixin, VersionAdmin):
    """Articles: the form and list here; the workflow, revisions and preview links in their mixins."""

    list_display = ["cover_thumbnail", "title", "section", "state", "published_at", "is_featured"]
    list_display_links = ["cover_thumbnail", "title"]
    list_filter = ["status", "section", "is_featured", ("published_at", admin.DateFieldListFilter)]
    list_select_related = ["section"]
    search_fields = ["title", "lead", "author"]
    date_hierarchy = "published_at"
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    readonly_fields = ["created_at", "created_by", "updated_at", "updated_by"]
    autocomplete_fields = ["campaign", "tags", "album"]
    change_form_template = "news/admin/article_change_form.html"
    fieldsets = [
        (None, {"fields": ["title", "slug", "section", "campaign", "tags", "album", "lead", "body"]}),
        ("Ảnh đại diện", {"fields": ["cover_image", "cover_caption", "cover_alt"]}),
        ("Tác giả và nguồn", {"fields": ["author", "source_name", "source_url"]}),
        ("Xuất bản", {"fields": ["status", "published_at", "is_featured"]}),
        ("Lịch sử", {"classes": ["collapse"], "fields": ["created_at", "created_by", "updated_at", "updated_by"]}),
    ]

    class Media:
        css = {"all": ["news/admin/article-list.css"]}

    # TinyMCE sets style attributes as it formats text, lays out tables and opens its code dialog (its
    # CSP guide asks for 'unsafe-inline' styles): the editor's pages allow style attributes, and only them;
    # <style> elements and every script stay as strict as on any other page.
    @method_decorator(csp_update({"style-src-attr": [UNSAFE_INLINE]}))
    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        return super().changeform_view(request, object_id, form_url, extra_context)

    @admin.display(description="Ảnh")
    def cover_thumbnail(self, article):
        return thumbnail(article.cover_image and article.cover_small, article.cover_description)

    @admin.display(description="Trạng thái", ordering="status")
    def state(self, article):
        # The time itself is in the next column.
        return "Hẹn giờ đăng" if article.is_scheduled else article.get_status_display()

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        obj.updated_by = request.user
        super().save_model(request, obj, form, change)

    def view_on_site(self, article):
        if article.is_public:
            return article.get_absolute_url()
        return reverse("admin:news_article_preview", args=[article.pk])

    def get_urls(self):
        preview = path("<int:pk>/preview/", self.admin_site.admin_view(self.preview_view), name="news_article_preview")
        return [preview, *super().get_urls()]

    def preview_view(self, request, pk):
        """The article as readers will see it, for staff, whatever its status (admin_view adds no-cache)."""
        article = get_object_or_404(Article.objects.select_related("section"), pk=pk)
        if not self.has_view_or_change_permission(request, article):
            raise PermissionDenied
        response = TemplateResponse(
            request,
            "news/article_detail.html",
            {"article": article, "object": article, "is_preview": True, **article.surroundings()},
        )
        response["X-Robots-Tag"] = "noindex, nofollow"
        return response
