from django.db import models
from django.db.models.functions import Lower

from members.scoping import UnionScopedQuerySet
from unionportal.querysets import FoldedSearchQuerySet
from unionportal.text import fold


class BaseUnionQuerySet(UnionScopedQuerySet):
    union_lookups = ("pk",)

    def active(self):
        return self.filter(is_active=True)

    def annotate_member_count(self):
        """Active members per union, counted in the database."""
        # The member model through the relation: member.py imports this module.
        active = self.model._meta.get_field("members").related_model.Status.ACTIVE
        return self.annotate(member_count=models.Count("members", filter=models.Q(members__status=active)))


class BaseUnionBlock(models.TextChoices):
    PUBLIC_SERVICE = "hcsn", "Hành chính sự nghiệp"
    NON_PUBLIC = "ngoai_cong_lap", "Ngoài công lập"
    ENTERPRISE = "doanh_nghiep", "Doanh nghiệp"


class BaseUnion(models.Model):
    """A công đoàn cơ sở: one per hospital, medical centre or company."""

    Block = BaseUnionBlock

    name = models.CharField("tên công đoàn cơ sở", max_length=200)
    code = models.CharField("mã", max_length=20, help_text="Mã ngắn, dùng trong tệp nhập danh sách đoàn viên.")
    block = models.CharField("khối", max_length=20, choices=Block, default=Block.PUBLIC_SERVICE)
    address = models.CharField("địa chỉ", max_length=255, blank=True)
    chair = models.CharField("chủ tịch công đoàn", max_length=120, blank=True)
    phone = models.CharField("điện thoại", max_length=30, blank=True)
    email = models.EmailField("thư điện tử", blank=True)
    founded_on = models.DateField("ngày thành lập", null=True, blank=True)
    is_active = models.BooleanField("đang hoạt động", default=True, help_text="Bỏ chọn khi công đoàn đã giải thể.")

    objects = BaseUnionQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = "công đoàn cơ sở"
        verbose_name_plural = "công đoàn cơ sở"
        permissions = [("view_all_unions", "Xem và quản lý mọi công đoàn cơ sở")]
        constraints = [
            models.UniqueConstraint(
                Lower("code"),
                name="members_baseunion_code_unique",
                violation_error_message="Mã này đã có công đoàn cơ sở khác dùng.",
            ),
            models.CheckConstraint(condition=~models.Q(code=""), name="members_baseunion_code_not_empty"),
            models.CheckConstraint(
                condition=models.Q(block__in=BaseUnionBlock.values), name="members_baseunion_block_valid"
            ),
        ]

    def __str__(self):
        return self.name


class UnionGroupQuerySet(FoldedSearchQuerySet, UnionScopedQuerySet):
    folded_field = "name_folded"  # search(): "khoa duoc" finds "Khoa Dược"


class UnionGroup(models.Model):
    """A tổ công đoàn inside a base union, usually one per department (khoa, phòng)."""

    base_union = models.ForeignKey(
        BaseUnion, on_delete=models.PROTECT, related_name="groups", verbose_name="công đoàn cơ sở"
    )
    name = models.CharField("tên tổ công đoàn", max_length=200, help_text="Thường là tên khoa, phòng, đơn nguyên.")
    leader = models.CharField("tổ trưởng", max_length=120, blank=True)
    name_folded = models.CharField("tên không dấu", max_length=200, editable=False)

    objects = UnionGroupQuerySet.as_manager()

    class Meta:
        ordering = ["base_union__name", "name"]
        verbose_name = "tổ công đoàn"
        verbose_name_plural = "tổ công đoàn"
        constraints = [
            models.UniqueConstraint(
                "base_union",
                "name",
                name="members_uniongroup_name_unique",
                violation_error_message="Công đoàn cơ sở này đã có tổ cùng tên.",
            ),
        ]

    def __str__(self):
        return f"{self.name} – {self.base_union}"

    def save(self, *args, **kwargs):
        self.name_folded = fold(self.name)
        super().save(*args, **kwargs)
