"""The conditions for a form of award, as data the emulation office edits.

A form may be reached in more than one way ("two years running Chiến sĩ thi đua cơ sở, or two
years of excellent work with two initiatives"): each way is a rule, and meeting every requirement
of any one rule makes a recipient eligible. What the record cannot tell (a person's conduct, the
unit council's vote) is written as the rule's judgement, for the office to weigh.
"""

from django.db import models
from django.db.models import Q

from emulation.models import Initiative


class RuleRecipient(models.TextChoices):
    INDIVIDUAL = "ca_nhan", "Cá nhân (đoàn viên)"
    COLLECTIVE = "tap_the", "Tập thể (công đoàn cơ sở, tổ công đoàn)"


class EligibilityRuleQuerySet(models.QuerySet):
    def in_use(self):
        return (
            self.filter(is_active=True, award_type__is_active=True)
            .select_related("award_type")
            .prefetch_related(models.Prefetch("requirements", Requirement.objects.select_related("award_type")))
            .order_by("award_type__order", "award_type__name", "order", "id")
        )


class EligibilityRule(models.Model):
    """One way to qualify for a form of award: the record it needs, with its legal source."""

    Recipient = RuleRecipient

    award_type = models.ForeignKey(
        "awards.AwardType",
        on_delete=models.CASCADE,
        related_name="eligibility_rules",
        verbose_name="hình thức khen thưởng, danh hiệu",
    )
    recipient = models.CharField("xét cho", max_length=8, choices=Recipient, default=Recipient.INDIVIDUAL)
    name = models.CharField(
        "tên điều kiện", max_length=200, help_text="Ví dụ: Hai năm liên tục đạt Chiến sĩ thi đua cơ sở"
    )
    legal_source = models.CharField(
        "căn cứ",
        max_length=300,
        help_text="Văn bản và điều, khoản quy định, ví dụ: Luật Thi đua, khen thưởng 2022, Điều 23",
    )
    judgement = models.TextField(
        "điều kiện cần người xét",
        blank=True,
        help_text="Những tiêu chuẩn hồ sơ trên cổng không thể hiện (phẩm chất, kết quả đánh giá, bình xét của đơn vị).",
    )
    needs_check = models.BooleanField(
        "cần văn phòng kiểm tra",
        default=False,
        help_text="Đánh dấu khi điều kiện chưa được đối chiếu với văn bản hiện hành; bỏ chọn sau khi đã kiểm tra.",
    )
    note = models.TextField("ghi chú", blank=True)
    order = models.PositiveSmallIntegerField("thứ tự", default=0)
    is_active = models.BooleanField("đang áp dụng", default=True)

    objects = EligibilityRuleQuerySet.as_manager()

    class Meta:
        ordering = ["award_type__order", "order", "id"]
        verbose_name = "điều kiện đề nghị khen thưởng"
        verbose_name_plural = "điều kiện đề nghị khen thưởng"
        constraints = [
            models.CheckConstraint(
                condition=Q(recipient__in=RuleRecipient.values), name="awards_eligibilityrule_recipient_valid"
            ),
            models.CheckConstraint(condition=~Q(legal_source=""), name="awards_eligibilityrule_has_source"),
        ]

    def __str__(self):
        return f"{self.award_type}: {self.name}"

    @property
    def for_individuals(self):
        return self.recipient == self.Recipient.INDIVIDUAL


class RequirementKind(models.TextChoices):
    TITLE = "danh_hieu", "Đã đạt hình thức, danh hiệu"
    INITIATIVE = "sang_kien", "Có sáng kiến, đề tài được công nhận"
    MEMBERSHIP = "nam_cong_doan", "Số năm vào công đoàn"
    SINCE_SAME = "cach_lan_truoc", "Số năm từ lần nhận cùng hình thức (0: chưa từng nhận)"


class Requirement(models.Model):
    """One condition of a rule that the record answers, counted in years up to the period's year."""

    Kind = RequirementKind

    rule = models.ForeignKey(
        EligibilityRule, on_delete=models.CASCADE, related_name="requirements", verbose_name="điều kiện"
    )
    kind = models.CharField("loại yêu cầu", max_length=16, choices=Kind)
    award_type = models.ForeignKey(
        "awards.AwardType",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="hình thức, danh hiệu đã đạt",
        help_text="Chỉ với loại “Đã đạt hình thức, danh hiệu”.",
    )
    years = models.PositiveSmallIntegerField(
        "số năm",
        default=1,
        help_text="Danh hiệu, sáng kiến: trong bao nhiêu năm gần nhất, tính đến năm của đợt xét. "
        "Vào công đoàn: tối thiểu bao nhiêu năm. Cách lần trước: tối thiểu bao nhiêu năm, 0 là chưa từng nhận.",
    )
    level = models.CharField(
        "cấp công nhận tối thiểu", max_length=10, choices=Initiative.Level, blank=True, help_text="Chỉ với sáng kiến."
    )
    count = models.PositiveSmallIntegerField(
        "số lần, số sáng kiến",
        default=1,
        help_text="Danh hiệu: đạt bao nhiêu lần trong số năm trên (bằng số năm là liên tục). "
        "Sáng kiến: bao nhiêu sáng kiến, đề tài.",
    )
    min_money_saved = models.PositiveBigIntegerField(
        "tổng giá trị làm lợi tối thiểu (đồng)", default=0, help_text="Chỉ với sáng kiến; 0 là không xét."
    )

    class Meta:
        ordering = ["rule", "id"]
        verbose_name = "yêu cầu"
        verbose_name_plural = "yêu cầu xét từ hồ sơ"
        constraints = [
            models.CheckConstraint(condition=Q(kind__in=RequirementKind.values), name="awards_requirement_kind_valid"),
            models.CheckConstraint(
                condition=Q(
                    kind=RequirementKind.TITLE, award_type__isnull=False, count__gte=1, years__gte=models.F("count")
                )
                | (~Q(kind=RequirementKind.TITLE) & Q(award_type__isnull=True)),
                name="awards_requirement_title_names_form",
                violation_error_message="Yêu cầu về danh hiệu phải chọn hình thức; số năm không ít hơn số lần.",
            ),
            models.CheckConstraint(
                condition=Q(kind=RequirementKind.INITIATIVE, level__in=Initiative.Level.values, years__gte=1)
                | (~Q(kind=RequirementKind.INITIATIVE) & Q(level="")),
                name="awards_requirement_initiative_has_level",
                violation_error_message="Yêu cầu về sáng kiến phải chọn cấp công nhận và ít nhất 1 năm.",
            ),
        ]

    def __str__(self):
        return self.describe()

    def describe(self):
        """The requirement as a reason reads it: "Chiến sĩ thi đua cơ sở 3 năm liên tục"."""
        if self.kind == self.Kind.TITLE:
            if self.count == self.years:
                return f"{self.award_type} {self.years} năm liên tục" if self.years > 1 else str(self.award_type)
            return f"{self.count} lần {self.award_type} trong {self.years} năm"
        if self.kind == self.Kind.INITIATIVE:
            count = f"{self.count} " if self.count > 1 else ""
            within = f" trong {self.years} năm" if self.years > 1 else ""
            money = f", làm lợi từ {self.min_money_saved:,} đồng".replace(",", ".") if self.min_money_saved else ""
            return f"{count}sáng kiến, đề tài {level_phrase(self.level)} trở lên{within}{money}"
        if self.kind == self.Kind.MEMBERSHIP:
            return f"{self.years} năm vào công đoàn"
        return "chưa từng nhận hình thức này" if self.years == 0 else f"{self.years} năm từ lần nhận trước"


def level_phrase(level):
    """ "cấp cơ sở", "cấp tỉnh", "toàn quốc": how a reason names a level of recognition."""
    return {"co_so": "cấp cơ sở", "nganh": "cấp ngành", "tinh": "cấp tỉnh", "toan_quoc": "toàn quốc"}[level]
