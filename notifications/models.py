"""Mails to staff about steps that concern them, and each person's choice of which to get and how."""

from django.conf import settings
from django.db import models
from django.db.models import Q

MAX_ATTEMPTS = 5


class Kind(models.TextChoices):
    ARTICLE_SUBMITTED = "article_submitted", "Có bài viết gửi duyệt (cho người duyệt bài)"
    ARTICLE_RETURNED = "article_returned", "Bài viết của tôi bị trả lại"
    ARTICLE_PUBLISHED = "article_published", "Bài viết của tôi được xuất bản"
    REGISTRATION_REVIEWED = "registration_reviewed", "Đăng ký thi đua của công đoàn được duyệt hoặc trả lại"
    PROPOSAL_REVIEWED = "proposal_reviewed", "Đề nghị khen thưởng được chấp thuận, trả lại hoặc không chấp thuận"
    DECISION_NAMES_MEMBERS = "decision_names_members", "Quyết định khen thưởng có đoàn viên của công đoàn"


# What a mail's subject says: the kind of step only, never a name (Nghị định 13/2023 on personal data).
SUBJECTS = {
    Kind.ARTICLE_SUBMITTED: "Có bài viết chờ duyệt",
    Kind.ARTICLE_RETURNED: "Bài viết của bạn bị trả lại",
    Kind.ARTICLE_PUBLISHED: "Bài viết của bạn đã được xuất bản",
    Kind.REGISTRATION_REVIEWED: "Đăng ký thi đua đã được xét",
    Kind.PROPOSAL_REVIEWED: "Đề nghị khen thưởng đã được xét",
    Kind.DECISION_NAMES_MEMBERS: "Có quyết định khen thưởng đoàn viên của công đoàn",
}


class Preference(models.Model):
    """Which kinds of mail a person gets, and whether one mail a day instead of one a step."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="notification_preference",
        verbose_name="tài khoản",
    )
    muted = models.JSONField("không nhận", default=list, blank=True)
    daily_digest = models.BooleanField(
        "gộp một thư mỗi ngày", default=False, help_text="Nhận một thư tổng hợp mỗi sáng thay cho từng thư riêng."
    )

    class Meta:
        verbose_name = "thông báo của tôi"
        verbose_name_plural = "thông báo của tôi"

    def __str__(self):
        return f"Thông báo của {self.user}"

    def wants(self, kind):
        return kind not in self.muted


class NoticeQuerySet(models.QuerySet):
    def unsent(self):
        return self.filter(sent_at__isnull=True)

    def due_now(self):
        """Single mails not gone out yet; one the mail server refused five times is given up."""
        return self.unsent().filter(in_digest=False, attempts__lt=MAX_ATTEMPTS)


class Notice(models.Model):
    """One mail owed to one person. Kept after it is sent, so a digest and a retry know what went out."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+", verbose_name="người nhận"
    )
    kind = models.CharField("loại", max_length=32, choices=Kind)
    subject = models.CharField("tiêu đề", max_length=200)
    body = models.TextField("nội dung")
    in_digest = models.BooleanField("gửi gộp", default=False)
    created_at = models.DateTimeField("tạo lúc", auto_now_add=True)
    sent_at = models.DateTimeField("gửi lúc", null=True, blank=True)
    attempts = models.PositiveSmallIntegerField("số lần thử", default=0)

    objects = NoticeQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = "thư thông báo"
        verbose_name_plural = "thư thông báo"
        constraints = [
            models.CheckConstraint(condition=Q(kind__in=Kind.values), name="notifications_notice_kind_valid")
        ]
        indexes = [models.Index(fields=["sent_at", "in_digest"], name="notice_unsent_idx")]

    def __str__(self):
        return f"{self.get_kind_display()} → {self.user}"
