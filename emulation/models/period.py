from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone

from unionportal.workflow import may_review


class PeriodKind(models.TextChoices):
    ROUND = "dot", "Đợt"
    YEAR = "nam", "Năm"
    PHASE = "giai_doan", "Giai đoạn"


class PeriodQuerySet(models.QuerySet):
    def open(self, on=None):
        """Periods that still take registrations and proposals from the unions on `on` (today by default)."""
        return self.filter(Q(deadline=None) | Q(deadline__gte=on or timezone.localdate()))


class Period(models.Model):
    """A đợt, năm or giai đoạn of a campaign: what registrations, initiatives and awards belong to."""

    Kind = PeriodKind

    campaign = models.ForeignKey(
        "emulation.Campaign", on_delete=models.CASCADE, related_name="periods", verbose_name="phong trào thi đua"
    )
    name = models.CharField("tên đợt", max_length=120, help_text="Ví dụ: Đợt 1 năm 2026; Năm 2025; Giai đoạn 2021–2025")
    kind = models.CharField("loại", max_length=10, choices=Kind, default=Kind.ROUND)
    starts_on = models.DateField("từ ngày")
    ends_on = models.DateField("đến ngày")
    deadline = models.DateField(
        "hạn đăng ký, đề nghị",
        null=True,
        blank=True,
        help_text="Sau ngày này công đoàn cơ sở không lập, không gửi được đăng ký thi đua, đề nghị khen thưởng cho "
        "đợt; Văn phòng thi đua vẫn ghi nhận được (đánh dấu “muộn”). Để trống nếu không đặt hạn.",
    )

    objects = PeriodQuerySet.as_manager()

    class Meta:
        ordering = ["campaign", "starts_on", "id"]
        verbose_name = "đợt thi đua"
        verbose_name_plural = "đợt thi đua"
        constraints = [
            models.CheckConstraint(
                condition=Q(starts_on__lte=models.F("ends_on")),
                name="emulation_period_starts_before_end",
                violation_error_message="Ngày bắt đầu của đợt phải trước hoặc trùng ngày kết thúc.",
            ),
            models.CheckConstraint(condition=Q(kind__in=PeriodKind.values), name="emulation_period_kind_valid"),
            models.CheckConstraint(
                condition=Q(deadline=None) | Q(deadline__gte=models.F("starts_on")),
                name="emulation_period_deadline_after_start",
                violation_error_message="Hạn đăng ký, đề nghị phải từ ngày bắt đầu của đợt trở đi.",
            ),
            models.UniqueConstraint(
                "campaign",
                "name",
                name="emulation_period_name_unique",
                violation_error_message="Phong trào này đã có đợt cùng tên.",
            ),
        ]

    def __str__(self):
        return f"{self.name} – {self.campaign}"

    def save(self, *args, **kwargs):
        # "Inside the campaign" compares two tables, which a CHECK constraint cannot: every
        # save checks it here, so scripts and the shell are held to it as well as forms.
        self.check_inside_campaign()
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        self.check_inside_campaign()

    def is_open(self, on=None):
        """Whether the unions may still register or propose for this period on `on` (today by default)."""
        return self.deadline is None or self.deadline >= (on or timezone.localdate())

    def require_open(self, by, permission):
        """Refuse a union's step after the deadline; say whether it is late (the office may still take it)."""
        if self.is_open():
            return False
        if may_review(by, permission):
            return True
        raise ValidationError(
            "Đợt “%(period)s” đã hết hạn đăng ký, đề nghị ngày %(deadline)s; hãy liên hệ Văn phòng thi đua.",
            code="period_closed",
            params={"period": self.name, "deadline": f"{self.deadline:%d/%m/%Y}"},
        )

    def check_inside_campaign(self):
        # On the campaign's add screen the campaign is not saved yet, but is already attached.
        has_campaign = self.campaign_id is not None or type(self).campaign.is_cached(self)
        if not (has_campaign and self.starts_on and self.ends_on):
            return
        campaign = self.campaign
        if not (campaign.starts_on and campaign.ends_on):
            return
        if self.starts_on < campaign.starts_on or self.ends_on > campaign.ends_on:
            raise ValidationError(
                "Đợt phải nằm trong thời gian của phong trào (%(start)s – %(end)s).",
                code="period_outside_campaign",
                params={"start": f"{campaign.starts_on:%d/%m/%Y}", "end": f"{campaign.ends_on:%d/%m/%Y}"},
            )
