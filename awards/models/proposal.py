from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.db.models import Q
from django.utils import timezone

from awards import notices
from awards.models.recipient import Recipient, RecipientKind, recipient_constraints
from awards.roles import REVIEW_PERMISSION
from members.scoping import UnionScopedQuerySet
from unionportal.workflow import may_review


class ProposalStatus(models.TextChoices):
    DRAFT = "draft", "Bản nháp"
    SUBMITTED = "submitted", "Đã gửi, chờ xét"
    RETURNED = "returned", "Bị trả lại"
    ACCEPTED = "accepted", "Đã chấp thuận"
    REJECTED = "rejected", "Không chấp thuận"
    DECIDED = "decided", "Đã có quyết định"


PROPOSABLE = [RecipientKind.MEMBER, RecipientKind.GROUP, RecipientKind.BASE_UNION]
PROPOSABLE_MESSAGE = "Công đoàn cơ sở chỉ đề nghị khen thưởng đoàn viên, tổ công đoàn hoặc chính mình."


class ProposalQuerySet(UnionScopedQuerySet):
    def awaiting_decision(self):
        """Accepted by the emulation office and not yet in a decision."""
        return self.filter(status=ProposalStatus.ACCEPTED)


class Proposal(Recipient):
    """A đề nghị khen thưởng: a base union proposes one of its members, groups or itself for an award."""

    Status = ProposalStatus

    period = models.ForeignKey(
        "emulation.Period", on_delete=models.PROTECT, related_name="proposals", verbose_name="đợt thi đua"
    )
    award_type = models.ForeignKey(
        "awards.AwardType",
        on_delete=models.PROTECT,
        related_name="proposals",
        verbose_name="hình thức đề nghị",
    )
    achievement = models.TextField("thành tích", help_text="Tóm tắt thành tích làm căn cứ đề nghị khen thưởng.")
    status = models.CharField("trạng thái", max_length=10, choices=Status, default=Status.DRAFT, editable=False)
    is_late = models.BooleanField(
        "ghi nhận muộn", default=False, editable=False, help_text="Lập hoặc gửi sau hạn của đợt, do Văn phòng thi đua."
    )
    reason = models.TextField("lý do trả lại / không chấp thuận", blank=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        verbose_name="người lập",
    )
    created_at = models.DateTimeField("lập lúc", auto_now_add=True)
    updated_at = models.DateTimeField("sửa lúc", auto_now=True)

    objects = ProposalQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = "đề nghị khen thưởng"
        verbose_name_plural = "đề nghị khen thưởng"
        permissions = [("review_proposal", "Có thể chấp thuận, trả lại hoặc không chấp thuận đề nghị khen thưởng")]
        constraints = [
            *recipient_constraints("awards_proposal"),
            models.CheckConstraint(condition=Q(status__in=ProposalStatus.values), name="awards_proposal_status_valid"),
            models.CheckConstraint(
                condition=~Q(status__in=[ProposalStatus.RETURNED, ProposalStatus.REJECTED]) | ~Q(reason=""),
                name="awards_proposal_reason_when_sent_back",
                violation_error_message="Trả lại hoặc không chấp thuận đề nghị thì phải ghi lý do.",
            ),
            # A proposal always belongs to a base union: it is the union's request.
            models.CheckConstraint(condition=Q(base_union__isnull=False), name="awards_proposal_has_union"),
            models.CheckConstraint(
                condition=Q(recipient_kind__in=PROPOSABLE),
                name="awards_proposal_recipient_in_union",
                violation_error_message=PROPOSABLE_MESSAGE,
            ),
        ]

    def __str__(self):
        return f"{self.award_type} – {self.recipient_name}"

    def save(self, *args, **kwargs):
        self.fill_recipient()
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if self.recipient_kind not in PROPOSABLE:
            raise ValidationError({"recipient_kind": PROPOSABLE_MESSAGE})
        # The proposing union is checked before the snapshot copies the member's or group's union over it.
        union_id = self.base_union_id
        member, group = self.member if self.member_id else None, self.group if self.group_id else None
        if union_id and self.recipient_kind == RecipientKind.MEMBER and member and member.base_union_id != union_id:
            raise ValidationError({"member": "Đoàn viên này không thuộc công đoàn cơ sở đề nghị."})
        if union_id and self.recipient_kind == RecipientKind.GROUP and group and group.base_union_id != union_id:
            raise ValidationError({"group": "Tổ công đoàn này không thuộc công đoàn cơ sở đề nghị."})
        self.clean_recipient(self.award_type if self.award_type_id else None)

    @property
    def is_editable(self):
        """The union may still change it: not yet sent, or sent back."""
        return self.status in {self.Status.DRAFT, self.Status.RETURNED}

    def submit(self, by):
        if not type(self).objects.for_user(by).filter(pk=self.pk).exists():
            raise PermissionDenied("Chỉ cán bộ của công đoàn cơ sở này mới gửi được đề nghị.")
        self._require(self.is_editable, "gửi")
        if not self.achievement.strip():
            raise ValidationError("Hãy ghi thành tích trước khi gửi đề nghị.", code="empty_achievement")
        self.is_late = self.period.require_open(by, REVIEW_PERMISSION) or self.is_late
        self._step(ProposalStep.Action.SUBMIT, by, status=self.Status.SUBMITTED, reason="")

    def accept(self, by, note=""):
        self._check_reviewer(by)
        self._require(self.status == self.Status.SUBMITTED, "chấp thuận")
        self._step(ProposalStep.Action.ACCEPT, by, status=self.Status.ACCEPTED, reason="", note=note)
        notices.proposal_reviewed(self, "được chấp thuận")

    def return_to_union(self, by, reason):
        """Send it back for changes; the union sees why and may send it again."""
        self._check_reviewer(by)
        self._require(self.status in {self.Status.SUBMITTED, self.Status.ACCEPTED}, "trả lại")
        reason = self._reason(reason, "Trả lại")
        self._step(ProposalStep.Action.RETURN, by, status=self.Status.RETURNED, reason=reason, note=reason)
        notices.proposal_reviewed(self, "bị trả lại để bổ sung", reason)

    def reject(self, by, reason):
        self._check_reviewer(by)
        self._require(self.status in {self.Status.SUBMITTED, self.Status.ACCEPTED}, "không chấp thuận")
        reason = self._reason(reason, "Không chấp thuận")
        self._step(ProposalStep.Action.REJECT, by, status=self.Status.REJECTED, reason=reason, note=reason)
        notices.proposal_reviewed(self, "không được chấp thuận", reason)

    def mark_decided(self, by, decision):
        """Called when an award line is made from this proposal."""
        self._require(self.status == self.Status.ACCEPTED, "đưa vào quyết định")
        self._step(ProposalStep.Action.DECIDE, by, status=self.Status.DECIDED, reason="", note=str(decision))

    def _check_reviewer(self, by):
        if not may_review(by, REVIEW_PERMISSION):
            raise PermissionDenied("Chỉ Văn phòng thi đua của Công đoàn ngành mới xét đề nghị khen thưởng.")

    def _require(self, allowed, verb):
        if not allowed:
            raise ValidationError(
                "Không thể %(verb)s đề nghị đang ở trạng thái “%(status)s”.",
                code="illegal_transition",
                params={"verb": verb, "status": self.get_status_display()},
            )

    @staticmethod
    def _reason(reason, verb):
        reason = (reason or "").strip()
        if not reason:
            raise ValidationError(f"{verb} đề nghị thì phải ghi lý do.", code="reason_required")
        return reason

    def _step(self, action, by, *, status, reason, note=""):
        with transaction.atomic():
            self.status, self.reason = status, reason
            self.save(update_fields=["status", "reason", "is_late", "updated_at"])
            ProposalStep.objects.create(
                proposal=self, action=action, by=by, by_name=by.get_full_name() or by.get_username(), note=note
            )


class ProposalStepAction(models.TextChoices):
    SUBMIT = "submit", "Gửi đề nghị"
    ACCEPT = "accept", "Chấp thuận"
    RETURN = "return", "Trả lại"
    REJECT = "reject", "Không chấp thuận"
    DECIDE = "decide", "Đưa vào quyết định"


class ProposalStep(models.Model):
    """One step of a proposal's path, kept for good: who did what, when, and why."""

    Action = ProposalStepAction

    proposal = models.ForeignKey(
        "awards.Proposal", on_delete=models.CASCADE, related_name="steps", verbose_name="đề nghị"
    )
    action = models.CharField("việc", max_length=10, choices=Action)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name="người làm"
    )
    # Kept as text too, so the history still names the person after their account is removed.
    by_name = models.CharField("người làm", max_length=150)
    at = models.DateTimeField("lúc", default=timezone.now)
    note = models.TextField("ghi chú", blank=True)

    class Meta:
        ordering = ["at", "id"]
        verbose_name = "bước xử lý đề nghị"
        verbose_name_plural = "quá trình xử lý"
        constraints = [
            models.CheckConstraint(condition=Q(action__in=ProposalStepAction.values), name="awards_step_action_valid"),
        ]

    def __str__(self):
        return f"{self.get_action_display()} – {self.by_name} – {self.at:%d/%m/%Y %H:%M}"
