"""Emulation's mails: a base union's officers when their registration is approved or returned."""

from django.contrib.auth import get_user_model
from django.urls import reverse

from notifications.mail import absolute, notify
from notifications.models import Kind


def officers_of(*unions):
    """The active accounts that manage these base unions."""
    return get_user_model().objects.filter(union_officer__base_union__in=unions, is_active=True)


def registration_reviewed(registration):
    link = absolute(reverse("admin:emulation_registration_change", args=[registration.pk]))
    outcome = (
        f"đã được trả lại để sửa, với lý do:\n\n{registration.return_reason}"
        if registration.status == registration.Status.RETURNED
        else f"đã được {registration.get_status_display().lower()}."
    )
    body = f"Đăng ký thi đua {registration.period} của {registration.base_union} {outcome}\n\nXem đăng ký: {link}"
    notify(kind=Kind.REGISTRATION_REVIEWED, users=officers_of(registration.base_union_id), body=body)
