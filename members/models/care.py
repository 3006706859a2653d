from django.db import models
from django.db.models.functions import ExtractYear

from members.scoping import UnionScopedQuerySet
from unionportal.money import format_dong


class SupportQuerySet(UnionScopedQuerySet):
    def totals(self):
        """How many members were cared for, how many times, and how much in all."""
        return self.order_by().aggregate(
            members=models.Count("member", distinct=True),
            records=models.Count("pk"),
            amount=models.functions.Coalesce(models.Sum("amount"), 0),
        )

    def totals_per_year(self):
        return self._totals_per(year=ExtractYear("given_on")).order_by("-year")

    def totals_per_union(self):
        return self._totals_per(union=models.F("base_union__name")).order_by("-amount", "union")

    def _totals_per(self, **group):
        return (
            self.order_by()
            .annotate(**group)
            .values(*group)
            .annotate(members=models.Count("member", distinct=True), amount=models.Sum("amount"))
        )


class SupportKind(models.TextChoices):
    SICK_VISIT = "tham_om", "Thăm hỏi ốm đau"
    HARDSHIP = "kho_khan", "Hỗ trợ khó khăn"
    TET_GIFT = "qua_tet", "Quà Tết"
    HOUSING = "mai_am", "Mái ấm Công đoàn"


class Support(models.Model):
    """Care given to a member (chăm lo): a visit, a Tết gift, hardship or housing support."""

    Kind = SupportKind

    member = models.ForeignKey(
        "members.Member", on_delete=models.PROTECT, related_name="supports", verbose_name="đoàn viên"
    )
    base_union = models.ForeignKey(
        "members.BaseUnion",
        on_delete=models.PROTECT,
        related_name="supports",
        editable=False,
        verbose_name="công đoàn cơ sở",
        help_text="Công đoàn của đoàn viên lúc được chăm lo; không đổi khi đoàn viên chuyển đi.",
    )
    given_on = models.DateField("ngày")
    kind = models.CharField("hình thức", max_length=20, choices=Kind)
    amount = models.PositiveBigIntegerField("số tiền (đồng)", default=0)
    note = models.CharField("ghi chú", max_length=255, blank=True)

    objects = SupportQuerySet.as_manager()

    class Meta:
        ordering = ["-given_on", "-pk"]
        verbose_name = "chăm lo đoàn viên"
        verbose_name_plural = "chăm lo đoàn viên"
        constraints = [
            models.CheckConstraint(condition=models.Q(kind__in=SupportKind.values), name="members_support_kind_valid"),
        ]
        indexes = [models.Index("base_union", "given_on", name="members_support_union_date")]

    def __str__(self):
        return f"{self.get_kind_display()} – {self.member}"

    def save(self, *args, **kwargs):
        if not self.base_union_id:
            self.base_union_id = self.member.base_union_id
        super().save(*args, **kwargs)

    @property
    def amount_display(self):
        return format_dong(self.amount)
