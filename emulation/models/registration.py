from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone

from emulation import notices
from emulation.roles import REVIEW_PERMISSION
from members.scoping import UnionScopedQuerySet
from unionportal.workflow import may_review


class RegistrationStatus(models.TextChoices):
    DRAFT = "draft", "Bản nháp"
    SUBMITTED = "submitted", "Đã gửi, chờ duyệt"
    RETURNED = "returned", "Bị trả lại"
    APPROVED = "approved", "Đã duyệt"


class RegistrationQuerySet(UnionScopedQuerySet):
    def count_by_status(self):
        """{status: count}, counted in the database."""
        rows = self.order_by().values("status").annotate(count=models.Count("pk"))
        return {row["status"]: row["count"] for row in rows}


class Registration(models.Model):
    """A base union's đăng ký thi đua for one period: its pledged targets, and where review stands."""

    Status = RegistrationStatus

    base_union = models.ForeignKey(
        "members.BaseUnion",
        on_delete=models.PROTECT,
        related_name="emulation_registrations",
        verbose_name="công đoàn cơ sở",
    )
    period = models.ForeignKey(
        "emulation.Period", on_delete=models.PROTECT, related_name="registrations", verbose_name="đợt thi đua"
    )
    pledges = models.TextField(
        "nội dung đăng ký",
        help_text="Các chỉ tiêu, danh hiệu đơn vị đăng ký phấn đấu trong đợt, mỗi chỉ tiêu một dòng.",
    )
    status = models.CharField("trạng thái", max_length=10, choices=Status, default=Status.DRAFT, editable=False)
    is_late = models.BooleanField(
        "ghi nhận muộn", default=False, editable=False, help_text="Lập hoặc gửi sau hạn của đợt, do Văn phòng thi đua."
    )
    return_reason = models.TextField("lý do trả lại", blank=True, editable=False)
    submitted_at = models.DateTimeField("gửi lúc", null=True, blank=True, editable=False)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người gửi",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    reviewed_at = models.DateTimeField("xét duyệt lúc", null=True, blank=True, editable=False)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người xét duyệt",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    created_at = models.DateTimeField("tạo lúc", auto_now_add=True)
    updated_at = models.DateTimeField("sửa lúc", auto_now=True)

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        ordering = ["-period__starts_on", "base_union__name", "id"]
        verbose_name = "đăng ký thi đua"
        verbose_name_plural = "đăng ký thi đua"
        permissions = [("review_registration", "Có thể duyệt hoặc trả lại đăng ký thi đua")]
        constraints = [
            models.UniqueConstraint(
                "base_union",
                "period",
                name="emulation_registration_once_per_period",
                violation_error_message="Công đoàn cơ sở này đã đăng ký thi đua cho đợt này.",
            ),
            models.CheckConstraint(
                condition=Q(status__in=RegistrationStatus.values), name="emulation_registration_status_valid"
            ),
            models.CheckConstraint(
                condition=~Q(status=RegistrationStatus.RETURNED) | ~Q(return_reason=""),
                name="emulation_registration_returned_has_reason",
                violation_error_message="Trả lại đăng ký thì phải ghi lý do.",
            ),
        ]

    def __str__(self):
        return f"{self.base_union} – {self.period.name}"

    @property
    def is_editable(self):
        """The union may still change its pledges: not yet sent, or sent back to it."""
        return self.status in {self.Status.DRAFT, self.Status.RETURNED}

    def submit(self, by):
        """The base union sends its registration to the sector union for review."""
        if not type(self).objects.for_user(by).filter(pk=self.pk).exists():
            raise PermissionDenied("Chỉ cán bộ của công đoàn cơ sở này mới gửi được đăng ký.")
        if not self.is_editable:
            raise ValidationError(
                "Không thể gửi đăng ký đang ở trạng thái “%(status)s”.",
                code="illegal_transition",
                params={"status": self.get_status_display()},
            )
        if not self.pledges.strip():
            raise ValidationError("Hãy ghi nội dung đăng ký trước khi gửi.", code="empty_pledges")
        self.is_late = self.period.require_open(by, REVIEW_PERMISSION) or self.is_late
        self.status = self.Status.SUBMITTED
        self.submitted_by, self.submitted_at = by, timezone.now()
        self.save(update_fields=["status", "is_late", "submitted_by", "submitted_at", "updated_at"])

    def approve(self, by):
        self._check_reviewable(by, "duyệt")
        self.status = self.Status.APPROVED
        self.return_reason = ""
        self.reviewed_by, self.reviewed_at = by, timezone.now()
        self.save(update_fields=["status", "return_reason", "reviewed_by", "reviewed_at", "updated_at"])
        notices.registration_reviewed(self)

    def return_to_union(self, by, reason):
        """Send the registration back for changes; the union sees why."""
        self._check_reviewable(by, "trả lại")
        reason = (reason or "").strip()
        if not reason:
            raise ValidationError("Trả lại đăng ký thì phải ghi lý do.", code="reason_required")
        self.status = self.Status.RETURNED
        self.return_reason = reason
        self.reviewed_by, self.reviewed_at = by, timezone.now()
        self.save(update_fields=["status", "return_reason", "reviewed_by", "reviewed_at", "updated_at"])
        notices.registration_reviewed(self)

    def _check_reviewable(self, by, verb):
        if not may_review(by, REVIEW_PERMISSION):
            raise PermissionDenied("Chỉ Văn phòng thi đua của Công đoàn ngành mới xét duyệt đăng ký.")
        if self.status != self.Status.SUBMITTED:
            raise ValidationError(
                "Chỉ %(verb)s được đăng ký đã gửi; đăng ký này đang ở trạng thái “%(status)s”.",
                code="illegal_transition",
                params={"verb": verb, "status": self.get_status_display()},
            )
