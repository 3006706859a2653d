"""Sending: what apps call when a step concerns someone, and the sending itself.

An app calls `notify()` inside the step's transaction. Nothing is written or sent unless the step
commits; then each recipient who wants this kind gets a row, and those not on a daily digest get
their mail at once. A mail that fails is logged and kept for `manage.py send_notices` to try again:
sending never breaks or undoes the step. Subjects name the kind of step only, never a person.
"""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from notifications.models import SUBJECTS, Kind, Notice, Preference

logger = logging.getLogger(__name__)


def absolute(path):
    """A link in a mail: the portal's address and `path`."""
    return settings.PORTAL_URL.rstrip("/") + path


def notify(*, kind, users, body):
    """Mail `body` about a step of `kind` to `users` (who have an address), once the step has committed."""
    user_ids = sorted({user.pk for user in users if user.is_active and user.email})
    if user_ids:
        transaction.on_commit(lambda: deliver(Kind(kind), user_ids, body))


def deliver(kind, user_ids, body):
    preferences = {p.user_id: p for p in Preference.objects.filter(user_id__in=user_ids)}
    notices = []
    for user_id in user_ids:
        preference = preferences.get(user_id)
        if preference is not None and not preference.wants(kind):
            continue
        digest = preference is not None and preference.daily_digest
        notices.append(Notice(user_id=user_id, kind=kind, subject=SUBJECTS[kind], body=body, in_digest=digest))
    Notice.objects.bulk_create(notices)
    send_due(Notice.objects.filter(pk__in=[notice.pk for notice in notices]).due_now())


def send_due(notices):
    """Send single notices; a failure is logged and left for the next run. Returns how many went out.

    After one failure the rest wait too: a mail server that is down would otherwise hold the request
    for EMAIL_TIMEOUT once per recipient.
    """
    sent = 0
    for notice in notices.select_related("user"):
        if not send_one(notice.user.email, notice.subject, notice.body, [notice]):
            break
        sent += 1
    return sent


def send_digests():
    """One mail per person with every notice kept for their digest. Returns how many mails went out."""
    pending = {}
    for notice in Notice.objects.unsent().filter(in_digest=True).select_related("user").order_by("created_at", "id"):
        pending.setdefault(notice.user, []).append(notice)
    sent = 0
    for user, notices in pending.items():
        body = "\n\n".join(f"— {notice.subject}\n{notice.body}" for notice in notices)
        if not send_one(user.email, f"Tổng hợp {len(notices)} thông báo", body, notices):
            break
        sent += 1
    return sent


def send_one(address, subject, body, notices):
    """Send one mail for `notices`; whether it went out."""
    try:
        send_mail(settings.EMAIL_SUBJECT_PREFIX + subject, body, None, [address])
    except Exception:  # any failure of the mail server must not reach the step that caused the mail
        logger.exception("Không gửi được thư thông báo tới %s; sẽ thử lại.", address)
        Notice.objects.filter(pk__in=[notice.pk for notice in notices]).update(attempts=F("attempts") + 1)
        return False
    Notice.objects.filter(pk__in=[notice.pk for notice in notices]).update(sent_at=timezone.now())
    return True
