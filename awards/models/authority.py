from django.db import models
from django.db.models import Q


class AuthorityLevel(models.TextChoices):
    STATE = "nha_nuoc", "Nhà nước"
    CENTRAL = "trung_uong", "Trung ương"
    PROVINCE = "tinh", "Tỉnh"
    SECTOR = "nganh", "Ngành"
    BASE = "co_so", "Cơ sở"


class Authority(models.Model):
    """A body that issues decisions on commendations: Thủ tướng Chính phủ, Bộ Y tế, LĐLĐ tỉnh…"""

    Level = AuthorityLevel

    name = models.CharField("tên cơ quan", max_length=200, unique=True)
    level = models.CharField("cấp", max_length=12, choices=Level)
    order = models.PositiveSmallIntegerField("thứ tự", default=0, help_text="Số nhỏ đứng trước trong danh sách.")

    class Meta:
        ordering = ["order", "name"]
        verbose_name = "cơ quan ban hành"
        verbose_name_plural = "cơ quan ban hành"
        constraints = [
            models.CheckConstraint(condition=Q(level__in=AuthorityLevel.values), name="awards_authority_level_valid"),
        ]

    def __str__(self):
        return self.name
