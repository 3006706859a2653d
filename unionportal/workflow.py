"""Admin actions that move rows through a review workflow (registrations, award proposals)."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.template.response import TemplateResponse


def may_review(user, permission):
    """Whether `user` may take the review steps `permission` guards: never from a deactivated account."""
    return user.is_active and user.has_perm(permission)


class WorkflowActionsMixin:
    """Each selected row takes the step on its own; refusals are reported row by row, the rest go through."""

    def run_step(self, request, queryset, step, done):
        count = 0
        for obj in queryset:
            try:
                step(obj)
            except (ValidationError, PermissionDenied) as error:
                message = " ".join(error.messages) if isinstance(error, ValidationError) else str(error)
                self.message_user(request, f"{obj}: {message}", messages.ERROR)
            else:
                count += 1
        if count:
            self.message_user(request, f"{count} {self.opts.verbose_name} {done}.", messages.SUCCESS)

    def run_step_with_reason(self, request, queryset, *, action, step, done, title, intro, label, button):
        """A step that needs a written reason: a second page asks for it, then every row takes it."""
        reason = request.POST.get("reason", "").strip()
        if "apply" in request.POST and reason:
            self.run_step(request, queryset, lambda obj: step(obj, reason), done)
            return None
        if "apply" in request.POST:
            self.message_user(request, f"{title}: phải ghi lý do.", messages.ERROR)
        return TemplateResponse(
            request,
            "admin/workflow_reason.html",
            {
                **self.admin_site.each_context(request),
                "opts": self.opts,
                "title": title,
                "intro": intro,
                "label": label,
                "button": button,
                "action": action,
                "objects": queryset,
                "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
                "reason": reason,
            },
        )
