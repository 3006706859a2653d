"""The review workflow on the article admin: who may change what, and the steps between states.

Filled in by the review work: submit, return with a comment, publish, unpublish; the edit lock.
"""

from django.contrib import admin, messages
from django.utils import timezone

from news.models import Article
from news.roles import PUBLISH_PERMISSION


class ReviewMixin:
    actions = ["publish", "unpublish"]

    def has_publish_permission(self, request):
        return request.user.has_perm(PUBLISH_PERMISSION)

    def has_change_permission(self, request, obj=None):
        # Only publishers may touch what readers can already see (or will, at a set time).
        if obj is not None and obj.status == Article.Status.PUBLISHED and not self.has_publish_permission(request):
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        if obj is not None and obj.status == Article.Status.PUBLISHED and not self.has_publish_permission(request):
            return False
        return super().has_delete_permission(request, obj)

    def get_readonly_fields(self, request, obj=None):
        # Fields that are read-only are left out of the form, so a crafted POST cannot set them.
        if self.has_publish_permission(request):
            return self.readonly_fields
        return [*self.readonly_fields, "status", "is_featured"]

    @admin.action(description="Xuất bản các bài đã chọn", permissions=["publish"])
    def publish(self, request, queryset):
        count = queryset.update(status=Article.Status.PUBLISHED, updated_by=request.user, updated_at=timezone.now())
        self.message_user(request, f"Đã xuất bản {count} bài viết.", messages.SUCCESS)

    @admin.action(description="Gỡ xuống (chuyển về bản nháp)", permissions=["publish"])
    def unpublish(self, request, queryset):
        count = queryset.update(status=Article.Status.DRAFT, updated_by=request.user, updated_at=timezone.now())
        self.message_user(request, f"Đã gỡ {count} bài viết về bản nháp.", messages.SUCCESS)
