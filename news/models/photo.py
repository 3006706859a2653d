from django.conf import settings
from django.db import models

from unionportal.images import prepare_photo, rendition, validate_photo


class Photo(models.Model):
    """A photo uploaded from the article editor; the body shows its web rendition."""

    image = models.ImageField("ảnh", upload_to="photos/%Y/%m/", validators=[validate_photo])
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người tải lên",
        on_delete=models.SET_NULL,
        null=True,
        editable=False,
        related_name="+",
    )
    uploaded_at = models.DateTimeField("tải lên lúc", auto_now_add=True)

    thumbnail = rendition("image", 160, 100)
    web = rendition("image", 1000)

    class Meta:
        ordering = ["-uploaded_at"]
        verbose_name = "ảnh trong bài"
        verbose_name_plural = "ảnh trong bài"

    def __str__(self):
        return self.image.name.rsplit("/", 1)[-1]

    def save(self, *args, **kwargs):
        prepare_photo(self.image)
        super().save(*args, **kwargs)
