"""The audit log: who submitted, returned, published, unpublished, deleted or restored which article, and when.

Read only, for everyone: entries are written by the article's own steps and never edited.
Publishers and the sector union's staff read it (news.view_auditentry).
"""

from django.contrib import admin
from django.db.models import Exists, OuterRef, Value
from django.urls import reverse
from django.utils.html import format_html
from django.utils.text import Truncator

from news.models import Article, AuditEntry
from unionportal.admin_helpers import ReadOnlyAdmin

COMMENT_SHOWN_CHARS = 120


@admin.register(AuditEntry)
class AuditEntryAdmin(ReadOnlyAdmin):
    list_display = ["at", "username", "action", "article", "short_comment"]
    list_filter = ["action"]
    date_hierarchy = "at"
    search_fields = ["article_title", "username"]
    fields = ["at", "username", "action", "article", "article_id", "comment"]
    readonly_fields = fields

    def get_queryset(self, request):
        # A link only where it leads somewhere: the article still exists and this reader may open it.
        if request.user.has_perm("news.view_article") or request.user.has_perm("news.change_article"):
            linkable = Exists(Article.objects.filter(pk=OuterRef("article_id")))
        else:
            linkable = Value(False)
        return super().get_queryset(request).annotate(article_linkable=linkable)

    @admin.display(description="Bài viết", ordering="article_title")
    def article(self, entry):
        if entry.article_linkable:
            url = reverse("admin:news_article_change", args=[entry.article_id])
            return format_html('<a href="{}">{}</a>', url, entry.article_title)
        return entry.article_title

    @admin.display(description="Ghi chú")
    def short_comment(self, entry):
        return Truncator(entry.comment).chars(COMMENT_SHOWN_CHARS)
