"""The review workflow on the article admin: who may change what, the steps between states, the edit lock.

Editors write drafts and send them for review; publishers return them with a comment or publish them.
Every step goes through the article's own method (news.models.article), which checks who may take it
and leaves an audit entry. Whoever opens an article takes its edit lock; a save from a copy that
someone else has saved since is refused by the form (news.forms.ArticleAdminForm).
"""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseNotAllowed, JsonResponse
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils import timezone

from news.forms import ArticleAdminForm
from news.models import Article, AuditEntry
from news.models.article import EDIT_LOCK_DURATION
from news.roles import PUBLISH_PERMISSION
from unionportal.workflow import WorkflowActionsMixin

Step = AuditEntry.Action

# The buttons under the form, one per step: what pressing it does, and whether it is the step that
# moves the article forward (drawn as the page's main button).
STEP_BUTTONS = {
    Step.SUBMITTED: ("Lưu và gửi duyệt", True),
    Step.PUBLISHED: ("Xuất bản", True),
    Step.RETURNED: ("Trả lại", False),
    Step.UNPUBLISHED: ("Gỡ xuống", False),
}

# The open edit page renews its lock this often, well inside the time after which a lock lapses.
HEARTBEAT_SECONDS = int(EDIT_LOCK_DURATION.total_seconds() // 4)


def lock_notice(holder, since):
    since = timezone.localtime(since)
    return f"Bài này đang được {holder.get_full_name() or holder.get_username()} sửa từ {since:%H:%M}."


class ReviewMixin(WorkflowActionsMixin):
    form = ArticleAdminForm
    actions = ["publish", "unpublish"]

    def has_publish_permission(self, request):
        return request.user.has_perm(PUBLISH_PERMISSION)

    def has_change_permission(self, request, obj=None):
        # What waits for review or is public is the publishers'; editors may only look at it.
        if obj is not None and not obj.is_editable_by_editors and not self.has_publish_permission(request):
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        if obj is not None and not obj.is_editable_by_editors and not self.has_publish_permission(request):
            return False
        return super().has_delete_permission(request, obj)

    def get_readonly_fields(self, request, obj=None):
        # The status moves only by the steps, so that each move is recorded; fields that are read-only
        # are left out of the form, so a crafted POST cannot set them.
        readonly = [*super().get_readonly_fields(request, obj), "status"]
        if not self.has_publish_permission(request):
            readonly.append("is_featured")
        return readonly

    def available_steps(self, request, obj):
        """The step buttons this user gets on this article's page (the model checks again when one is taken)."""
        if obj is None:
            if not self.has_add_permission(request):
                return []
        elif not self.has_change_permission(request, obj):
            return []
        status = obj.status if obj is not None else Article.Status.DRAFT
        if not self.has_publish_permission(request):
            return [Step.SUBMITTED]
        if status == Article.Status.IN_REVIEW:
            return [Step.PUBLISHED, Step.RETURNED]
        if status == Article.Status.PUBLISHED:
            return [Step.UNPUBLISHED]
        return [Step.PUBLISHED]

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        form.review_steps = self.available_steps(request, obj)
        return form

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        form = context["adminform"].form
        context["review_buttons"] = [(step, *STEP_BUTTONS[step]) for step in form.review_steps]
        if Step.RETURNED in form.review_steps:
            context["review_comment_field"] = form["return_comment"]
        if obj is not None and obj.pk is not None:
            trail = list(AuditEntry.objects.for_article(obj).select_related("user").order_by("at", "id"))
            context["review_trail"] = trail
            if obj.status == Article.Status.RETURNED:
                context["review_return"] = next((e for e in reversed(trail) if e.action == Step.RETURNED), None)
            if self.has_change_permission(request, obj):
                holder = obj.take_lock(request.user)
                context["lock_notice"] = lock_notice(holder, obj.locked_at) if holder else ""
                context["lock_heartbeat_url"] = reverse("admin:news_article_lock", args=[obj.pk])
                context["lock_heartbeat_seconds"] = HEARTBEAT_SECONDS
        return super().render_change_form(request, context, add=add, change=change, form_url=form_url, obj=obj)

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        obj.release_lock(request.user)

    def response_add(self, request, obj, post_url_continue=None):
        if request.POST.get("review_step"):
            self.take_step(request, obj)
            return self.response_post_save_add(request, obj)
        return super().response_add(request, obj, post_url_continue)

    def response_change(self, request, obj):
        if request.POST.get("review_step"):
            self.take_step(request, obj)
            return self.response_post_save_change(request, obj)
        return super().response_change(request, obj)

    def take_step(self, request, article):
        """The step asked for by the button pressed, once the form it came with is saved (and was valid)."""
        step, user = request.POST["review_step"], request.user
        if step == Step.SUBMITTED:
            article.submit_for_review(user)
            done = "đã được gửi duyệt"
        elif step == Step.RETURNED:
            article.return_to_editor(user, request.POST.get("return_comment", ""))
            done = "đã được trả lại cho người viết"
        elif step == Step.PUBLISHED:
            article.publish(user)
            if article.is_scheduled:
                done = f"sẽ tự xuất bản lúc {timezone.localtime(article.published_at):%H:%M ngày %d/%m/%Y}"
            else:
                done = "đã được xuất bản"
        else:
            article.unpublish(user)
            done = "đã được gỡ xuống, trở về bản nháp"
        self.message_user(request, f"Bài “{article}” {done}.", messages.SUCCESS)

    @admin.action(description="Xuất bản các bài đã chọn", permissions=["publish"])
    def publish(self, request, queryset):
        self.run_step(request, queryset, lambda article: article.publish(request.user), "đã được xuất bản")

    @admin.action(description="Gỡ xuống (chuyển về bản nháp)", permissions=["publish"])
    def unpublish(self, request, queryset):
        self.run_step(request, queryset, lambda article: article.unpublish(request.user), "đã được gỡ xuống")

    def get_urls(self):
        lock = path("<int:pk>/lock/", self.admin_site.admin_view(self.lock_view), name="news_article_lock")
        return [lock, *super().get_urls()]

    def lock_view(self, request, pk):
        """The open edit page's heartbeat: renews the user's lock, or says who holds it now."""
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        article = get_object_or_404(Article.objects.select_related("locked_by"), pk=pk)
        if not self.has_change_permission(request, article):
            raise PermissionDenied
        holder = article.take_lock(request.user)
        if holder is None:
            return JsonResponse({"held": True})
        return JsonResponse({"held": False, "notice": lock_notice(holder, article.locked_at)})
