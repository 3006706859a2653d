from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q


class PeriodKind(models.TextChoices):
    ROUND = "dot", "Đợt"
    YEAR = "nam", "Năm"
    PHASE = "giai_doan", "Giai đoạn"


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
