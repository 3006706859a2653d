from django.db import models
from django.urls import reverse

from unionportal.text import unique_slug


class Tag(models.Model):
    """A từ khoá that gathers articles across sections ("Tháng Công nhân", "Đại hội")."""

    name = models.CharField("từ khoá", max_length=100, unique=True)
    slug = models.SlugField("đường dẫn", max_length=120, unique=True, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = "từ khoá"
        verbose_name_plural = "từ khoá"

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.name = " ".join(self.name.split())
        if not self.slug:
            self.slug = unique_slug(
                type(self).objects.exclude(pk=self.pk), self.name, fallback="tu-khoa", max_length=110
            )
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("news:tag", kwargs={"slug": self.slug})
