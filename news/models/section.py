from django.db import models
from django.urls import reverse

from unionportal.text import vietnamese_slugify


class SectionQuerySet(models.QuerySet):
    def on_home(self):
        return self.filter(show_on_home=True)


class Section(models.Model):
    """A chuyên mục: a heading in the menu and a list of articles."""

    name = models.CharField("tên chuyên mục", max_length=120, unique=True)
    slug = models.SlugField(
        "đường dẫn",
        max_length=140,
        unique=True,
        blank=True,
        help_text="Để trống để tạo tự động từ tên chuyên mục.",
    )
    description = models.TextField("mô tả", blank=True)
    order = models.PositiveSmallIntegerField("thứ tự", default=0)
    show_on_home = models.BooleanField("hiện thành khối trên trang chủ", default=False)

    objects = SectionQuerySet.as_manager()

    class Meta:
        ordering = ["order", "name"]
        verbose_name = "chuyên mục"
        verbose_name_plural = "chuyên mục"

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = vietnamese_slugify(self.name, max_length=140)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("news:section", kwargs={"slug": self.slug})
