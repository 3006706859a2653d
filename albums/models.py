from django.db import models
from django.urls import reverse

from unionportal.images import prepare_photo, rendition, validate_photo
from unionportal.text import unique_slug


class AlbumQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)


class Album(models.Model):
    """A photo album of one event (an Đại hội, a sports day), viewable photo by photo on a phone."""

    title = models.CharField("tên album", max_length=255)
    slug = models.SlugField("đường dẫn", max_length=255, unique=True, blank=True)
    description = models.TextField("giới thiệu", blank=True)
    event_date = models.DateField("ngày diễn ra", null=True, blank=True)
    is_published = models.BooleanField("hiện trên cổng", default=True)
    created_at = models.DateTimeField("tạo lúc", auto_now_add=True)

    objects = AlbumQuerySet.as_manager()

    class Meta:
        # Albums without a date go last on every database (PostgreSQL puts NULL first by default).
        ordering = [models.F("event_date").desc(nulls_last=True), "-id"]
        verbose_name = "album ảnh"
        verbose_name_plural = "album ảnh"

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(type(self).objects.exclude(pk=self.pk), self.title, fallback="album")
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("albums:album", kwargs={"slug": self.slug})

    def photo_at(self, position):
        """(photo, has_previous, has_next) for the photo at `position` (from 1), read with its
        neighbours in one query; (None, False, False) when the album has no such photo."""
        if position > models.BigIntegerField.MAX_BIGINT:
            # An address can carry any number; the database cannot even count that far.
            return None, False, False
        start = max(position - 2, 0)
        window = list(self.photos.all()[start : position + 1])
        index = position - 1 - start
        if not 0 <= index < len(window):
            return None, False, False
        return window[index], index > 0, index + 1 < len(window)


class AlbumPhoto(models.Model):
    album = models.ForeignKey("albums.Album", on_delete=models.CASCADE, related_name="photos", verbose_name="album")
    image = models.ImageField("ảnh", upload_to="albums/%Y/%m/", validators=[validate_photo])
    caption = models.CharField("chú thích", max_length=300, blank=True)
    order = models.PositiveSmallIntegerField("thứ tự", default=0)

    thumbnail = rendition("image", 400, 300)
    medium = rendition("image", 800)  # phones
    large = rendition("image", 1600)

    class Meta:
        ordering = ["order", "id"]
        verbose_name = "ảnh trong album"
        verbose_name_plural = "ảnh trong album"

    def __str__(self):
        return self.caption or self.image.name.rsplit("/", 1)[-1]

    def save(self, *args, **kwargs):
        if self.image and not self.image._committed:
            prepare_photo(self.image)
        super().save(*args, **kwargs)
