from django.db import models
from django.db.models import Q


class AwardCategory(models.TextChoices):
    COMMENDATION = "khen_thuong", "Hình thức khen thưởng"
    TITLE = "danh_hieu", "Danh hiệu thi đua"


class Eligibility(models.TextChoices):
    INDIVIDUAL = "ca_nhan", "Cá nhân"
    COLLECTIVE = "tap_the", "Tập thể"
    BOTH = "ca_hai", "Cá nhân và tập thể"


class AwardTypeQuerySet(models.QuerySet):
    def in_use(self):
        return self.filter(is_active=True)


class AwardType(models.Model):
    """A form of commendation (Bằng khen, Giấy khen…) or an emulation title (Chiến sĩ thi đua cơ sở…)."""

    Category = AwardCategory
    Eligibility = Eligibility

    name = models.CharField("tên hình thức, danh hiệu", max_length=200, unique=True)
    category = models.CharField("loại", max_length=12, choices=Category)
    eligibility = models.CharField("trao cho", max_length=8, choices=Eligibility, default=Eligibility.BOTH)
    order = models.PositiveSmallIntegerField("thứ tự", default=0, help_text="Số nhỏ đứng trước (hình thức cao hơn).")
    is_active = models.BooleanField(
        "còn dùng", default=True, help_text="Bỏ chọn để ẩn khỏi danh sách chọn khi lập mới."
    )

    objects = AwardTypeQuerySet.as_manager()

    class Meta:
        ordering = ["order", "name"]
        verbose_name = "hình thức khen thưởng, danh hiệu"
        verbose_name_plural = "hình thức khen thưởng, danh hiệu"
        constraints = [
            models.CheckConstraint(condition=Q(category__in=AwardCategory.values), name="awards_awardtype_category"),
            models.CheckConstraint(
                condition=Q(eligibility__in=Eligibility.values), name="awards_awardtype_eligibility"
            ),
        ]

    def __str__(self):
        return self.name

    @property
    def certificate_phrase(self):
        """How a certificate words the award: "Tặng Bằng khen", "Tặng danh hiệu Lao động tiên tiến"."""
        if self.category == self.Category.TITLE:
            return f"Tặng danh hiệu {self.name}"
        return f"Tặng {self.name}"

    def allows(self, individual):
        """May this form go to an individual (True) or to a collective (False)?"""
        wanted = self.Eligibility.INDIVIDUAL if individual else self.Eligibility.COLLECTIVE
        return self.eligibility in {wanted, self.Eligibility.BOTH}
