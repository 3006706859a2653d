from django.core.cache import cache
from django.db import models

from unionportal.images import prepare_photo, rendition, validate_photo


class SiteSettings(models.Model):
    """The one row of facts printed in the header and footer of every page."""

    CACHE_KEY = "portal:site-settings"

    union_name = models.CharField("tên công đoàn", max_length=200, default="Công đoàn ngành Y tế")
    parent_name = models.CharField(
        "cơ quan cấp trên", max_length=200, blank=True, help_text="Ví dụ: Liên đoàn Lao động tỉnh"
    )
    tagline = models.CharField("khẩu hiệu dưới tên", max_length=200, blank=True)
    emblem = models.ImageField("biểu trưng", upload_to="site/", blank=True, validators=[validate_photo])
    editor_in_chief = models.CharField("trưởng ban biên tập", max_length=200, blank=True)
    address = models.CharField("địa chỉ", max_length=300, blank=True)
    phone = models.CharField("điện thoại", max_length=60, blank=True)
    email = models.EmailField("thư điện tử", blank=True)
    republish_notice = models.CharField(
        "lưu ý khi đăng lại",
        max_length=300,
        default="Ghi rõ nguồn khi phát hành lại thông tin từ trang này.",
    )
    description = models.CharField(
        "mô tả trang", max_length=300, blank=True, help_text="Dùng cho máy tìm kiếm và khi chia sẻ lên mạng xã hội."
    )

    emblem_small = rendition("emblem", 192)

    class Meta:
        verbose_name = "thông tin trang"
        verbose_name_plural = "thông tin trang"
        constraints = [models.CheckConstraint(condition=models.Q(pk=1), name="site_settings_single_row")]

    def __str__(self):
        return self.union_name

    def save(self, *args, **kwargs):
        self.pk = 1
        prepare_photo(self.emblem)
        super().save(*args, **kwargs)
        cache.delete(self.CACHE_KEY)

    @property
    def meta_description(self):
        """What search engines and shared links say of the site: staff's own words, or a sentence of its name."""
        return (
            self.description or f"Tin tức, phong trào thi đua, khen thưởng và chăm lo đoàn viên của {self.union_name}."
        )

    @classmethod
    def load(cls):
        """The settings row, from the cache when possible (it is read by every page)."""
        settings = cache.get(cls.CACHE_KEY)
        if settings is None:
            settings, _ = cls.objects.get_or_create(pk=1)
            cache.set(cls.CACHE_KEY, settings, 300)
        return settings
