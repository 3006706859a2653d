from django.db import models

from unionportal.links import safe_link_constraint


class QuickLinkQuerySet(models.QuerySet):
    def published(self):
        """What readers see: the links staff left shown."""
        return self.filter(is_shown=True)


class QuickLink(models.Model):
    """A liên kết to a partner site or service, listed in the side column and the footer."""

    title = models.CharField("tên", max_length=150)
    url = models.URLField("địa chỉ", max_length=500)
    order = models.PositiveSmallIntegerField("thứ tự", default=0)
    is_shown = models.BooleanField("hiện trên cổng", default=True)

    objects = QuickLinkQuerySet.as_manager()

    class Meta:
        ordering = ["order", "title"]
        verbose_name = "liên kết"
        verbose_name_plural = "liên kết"
        constraints = [safe_link_constraint("url", name="quicklink_url_safe")]

    def __str__(self):
        return self.title
