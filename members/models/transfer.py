from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction

from members.scoping import UnionScopedQuerySet


class TransferQuerySet(UnionScopedQuerySet):
    # Both sides see a transfer: the union the member left and the one that received them.
    union_lookups = ("from_union", "to_union")


class Transfer(models.Model):
    """A chuyển sinh hoạt: the dated record of a member moving to another union or group."""

    member = models.ForeignKey(
        "members.Member", on_delete=models.PROTECT, related_name="transfers", verbose_name="đoàn viên"
    )
    from_union = models.ForeignKey(
        "members.BaseUnion", on_delete=models.PROTECT, related_name="+", verbose_name="từ công đoàn cơ sở"
    )
    from_group = models.ForeignKey(
        "members.UnionGroup",
        on_delete=models.PROTECT,
        related_name="+",
        null=True,
        blank=True,
        verbose_name="từ tổ công đoàn",
    )
    to_union = models.ForeignKey(
        "members.BaseUnion", on_delete=models.PROTECT, related_name="+", verbose_name="đến công đoàn cơ sở"
    )
    to_group = models.ForeignKey(
        "members.UnionGroup",
        on_delete=models.PROTECT,
        related_name="+",
        null=True,
        blank=True,
        verbose_name="đến tổ công đoàn",
    )
    transferred_on = models.DateField("ngày chuyển")
    reason = models.CharField("lý do", max_length=255, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="người ghi nhận",
    )
    recorded_at = models.DateTimeField("ghi nhận lúc", auto_now_add=True)

    objects = TransferQuerySet.as_manager()

    class Meta:
        ordering = ["-transferred_on", "-pk"]
        verbose_name = "chuyển sinh hoạt"
        verbose_name_plural = "chuyển sinh hoạt"
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(from_union=models.F("to_union"), from_group=models.F("to_group")),
                name="members_transfer_moves_somewhere",
            ),
        ]

    def __str__(self):
        return f"{self.member} → {self.to_union}"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            super().save(*args, **kwargs)
            return
        # Recording a transfer is what moves the member; where they came from stays in this row.
        with transaction.atomic():
            member = type(self.member).objects.select_for_update().get(pk=self.member_id)
            self.from_union_id, self.from_group_id = member.base_union_id, member.group_id
            super().save(*args, **kwargs)
            member.base_union_id, member.group_id = self.to_union_id, self.to_group_id
            member.save(update_fields=["base_union", "group", "updated_at"])
            self.member = member

    def clean(self):
        if not self.member_id or not self.to_union_id:
            return
        if self.to_group_id and self.to_group.base_union_id != self.to_union_id:
            raise ValidationError({"to_group": "Tổ công đoàn này không thuộc công đoàn cơ sở nhận."})
        if self.to_union_id == self.member.base_union_id and self.to_group_id == self.member.group_id:
            raise ValidationError("Đoàn viên đang sinh hoạt ở đúng công đoàn và tổ này.")
