from django.db import models
from django.db.models import Q

from members.scoping import UnionScopedQuerySet
from unionportal.money import format_dong


class InitiativeKind(models.TextChoices):
    INITIATIVE = "sang_kien", "Sáng kiến, cải tiến kỹ thuật"
    RESEARCH = "de_tai", "Đề tài khoa học"
    WORK = "cong_trinh", "Công trình, sản phẩm"


class RecognitionLevel(models.TextChoices):
    BASE = "co_so", "Cấp cơ sở"
    SECTOR = "nganh", "Cấp ngành"
    PROVINCE = "tinh", "Cấp tỉnh (thành phố)"
    NATIONAL = "toan_quoc", "Toàn quốc"


class InitiativeQuerySet(UnionScopedQuerySet):
    def total_money_saved(self):
        return self.aggregate(total=models.Sum("money_saved"))["total"] or 0

    def totals_by_level(self):
        """{level: (how many, money saved in dong)}, counted and summed in the database."""
        rows = self.order_by().values("level").annotate(count=models.Count("pk"), money=models.Sum("money_saved"))
        return {row["level"]: (row["count"], row["money"] or 0) for row in rows}


class Initiative(models.Model):
    """A sáng kiến, đề tài or công trình by members of a base union, recognised at some level."""

    Kind = InitiativeKind
    Level = RecognitionLevel

    title = models.CharField("tên sáng kiến, đề tài, công trình", max_length=300)
    kind = models.CharField("loại", max_length=12, choices=Kind, default=Kind.INITIATIVE)
    base_union = models.ForeignKey(
        "members.BaseUnion", on_delete=models.PROTECT, related_name="initiatives", verbose_name="công đoàn cơ sở"
    )
    authors = models.ManyToManyField(
        "members.Member",
        related_name="initiatives",
        blank=True,
        verbose_name="tác giả (đoàn viên)",
        help_text="Tìm theo họ tên đoàn viên.",
    )
    co_authors = models.CharField(
        "đồng tác giả khác",
        max_length=500,
        blank=True,
        help_text="Người ngoài danh sách đoàn viên: họ tên và đơn vị, cách nhau bằng dấu chấm phẩy.",
    )
    period = models.ForeignKey(
        "emulation.Period", on_delete=models.PROTECT, related_name="initiatives", verbose_name="đợt thi đua"
    )
    field = models.CharField("lĩnh vực", max_length=120, blank=True, help_text="Ví dụ: Điều dưỡng; Dược; Quản lý")
    level = models.CharField("cấp công nhận", max_length=10, choices=Level, default=Level.BASE)
    recognition_decision = models.CharField(
        "quyết định công nhận", max_length=255, blank=True, help_text="Số, ngày và cơ quan ban hành quyết định."
    )
    money_saved = models.PositiveBigIntegerField(
        "giá trị làm lợi (đồng)", default=0, help_text="Số tiền làm lợi ước tính, tính bằng đồng."
    )
    applied_at = models.CharField("nơi áp dụng", max_length=255, blank=True)
    summary = models.TextField("tóm tắt", blank=True)
    created_at = models.DateTimeField("tạo lúc", auto_now_add=True)
    updated_at = models.DateTimeField("sửa lúc", auto_now=True)

    objects = InitiativeQuerySet.as_manager()

    class Meta:
        ordering = ["-period__starts_on", "title", "id"]
        verbose_name = "sáng kiến, đề tài, công trình"
        verbose_name_plural = "sáng kiến, đề tài, công trình"
        constraints = [
            models.CheckConstraint(condition=~Q(title=""), name="emulation_initiative_title_not_empty"),
            models.CheckConstraint(condition=Q(kind__in=InitiativeKind.values), name="emulation_initiative_kind_valid"),
            models.CheckConstraint(
                condition=Q(level__in=RecognitionLevel.values), name="emulation_initiative_level_valid"
            ),
        ]

    def __str__(self):
        return self.title

    @property
    def money_saved_display(self):
        return format_dong(self.money_saved)
