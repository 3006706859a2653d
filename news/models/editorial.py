"""What the newsroom keeps around an article: its audit trail, preview links, pins and old addresses."""

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone


class AuditAction(models.TextChoices):
    SUBMITTED = "submitted", "Gửi duyệt"
    RETURNED = "returned", "Trả lại"
    PUBLISHED = "published", "Xuất bản"
    UNPUBLISHED = "unpublished", "Gỡ xuống"
    DELETED = "deleted", "Xoá (vào thùng rác)"
    RESTORED = "restored", "Khôi phục"
    REVERTED = "reverted", "Khôi phục phiên bản cũ"


class AuditEntryQuerySet(models.QuerySet):
    def for_article(self, article):
        return self.filter(article_id=article.pk)


class AuditEntry(models.Model):
    """One editorial step on an article: who did what, when, with what comment. Never edited.

    The title is kept as text, so the trail still reads after the article itself is deleted.
    """

    Action = AuditAction

    at = models.DateTimeField("lúc", default=timezone.now, db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name="người làm"
    )
    username = models.CharField("tài khoản", max_length=150)
    action = models.CharField("việc", max_length=12, choices=Action)
    article_id = models.BigIntegerField("mã bài viết", db_index=True)
    article_title = models.CharField("bài viết", max_length=255)
    comment = models.TextField("ghi chú", blank=True)

    objects = AuditEntryQuerySet.as_manager()

    class Meta:
        ordering = ["-at", "-id"]
        verbose_name = "nhật ký biên tập"
        verbose_name_plural = "nhật ký biên tập"
        constraints = [
            models.CheckConstraint(condition=Q(action__in=AuditAction.values), name="news_auditentry_action_valid"),
        ]

    def __str__(self):
        return f"{self.at:%d/%m/%Y %H:%M} {self.username}: {self.get_action_display()} “{self.article_title}”"

    @classmethod
    def record(cls, *, action, article, user, comment=""):
        return cls.objects.create(
            action=action,
            article_id=article.pk,
            article_title=article.title,
            user=user,
            username=user.get_username(),
            comment=comment,
        )


def new_preview_token():
    return secrets.token_urlsafe(24)


class PreviewLinkQuerySet(models.QuerySet):
    def valid(self, now=None):
        """Links that still open: not revoked, not expired."""
        return self.filter(revoked_at__isnull=True, expires_at__gt=now or timezone.now())


class PreviewLink(models.Model):
    """A link that shows a draft to a reviewer without an account, until it expires or is revoked."""

    article = models.ForeignKey(
        "news.Article", on_delete=models.CASCADE, related_name="preview_links", verbose_name="bài viết"
    )
    token = models.CharField(max_length=64, unique=True, default=new_preview_token, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name="người tạo"
    )
    created_at = models.DateTimeField("tạo lúc", default=timezone.now)
    expires_at = models.DateTimeField("hết hạn lúc")
    revoked_at = models.DateTimeField("thu hồi lúc", null=True, blank=True)

    objects = PreviewLinkQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = "liên kết xem trước"
        verbose_name_plural = "liên kết xem trước"
        constraints = [
            models.CheckConstraint(
                condition=Q(expires_at__gt=models.F("created_at")), name="news_previewlink_expires_after_creation"
            ),
        ]

    def __str__(self):
        return f"Xem trước “{self.article}” đến {timezone.localtime(self.expires_at):%d/%m/%Y %H:%M}"

    @property
    def is_valid(self):
        return self.revoked_at is None and self.expires_at > timezone.now()


class PinPlace(models.TextChoices):
    LEAD = "lead", "Tin nổi bật đầu trang chủ"
    SECTION = "section", "Đầu khối chuyên mục trên trang chủ"


class PinQuerySet(models.QuerySet):
    def active(self, now=None):
        """Pins whose end has not come, of articles readers can see, in the publishers' order."""
        now = now or timezone.now()
        return (
            self.filter(Q(ends_at__isnull=True) | Q(ends_at__gt=now))
            .filter(article__status="published", article__published_at__lte=now)
            .order_by("order", "-id")
        )


class Pin(models.Model):
    """A publisher's choice to keep an article at the top of the home page or of its section block."""

    Place = PinPlace

    article = models.ForeignKey("news.Article", on_delete=models.CASCADE, related_name="pins", verbose_name="bài viết")
    place = models.CharField("vị trí", max_length=8, choices=Place, default=Place.LEAD)
    order = models.PositiveSmallIntegerField("thứ tự", default=0, help_text="Số nhỏ đứng trước.")
    ends_at = models.DateTimeField("ghim đến", null=True, blank=True, help_text="Để trống thì ghim đến khi bỏ ghim.")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name="người ghim"
    )
    created_at = models.DateTimeField("ghim lúc", default=timezone.now)

    objects = PinQuerySet.as_manager()

    class Meta:
        ordering = ["place", "order", "-id"]
        verbose_name = "bài ghim trang chủ"
        verbose_name_plural = "bài ghim trang chủ"
        constraints = [
            models.UniqueConstraint(
                "article",
                "place",
                name="news_pin_once_per_place",
                violation_error_message="Bài này đã được ghim ở vị trí này.",
            ),
            models.CheckConstraint(condition=Q(place__in=PinPlace.values), name="news_pin_place_valid"),
        ]

    def __str__(self):
        return f"{self.get_place_display()}: {self.article}"


class ArticleRedirect(models.Model):
    """An address an article had before its slug changed: it keeps answering, with a permanent redirect."""

    old_slug = models.SlugField("đường dẫn cũ", max_length=255, unique=True)
    article = models.ForeignKey(
        "news.Article", on_delete=models.CASCADE, related_name="old_addresses", verbose_name="bài viết"
    )
    created_at = models.DateTimeField("tạo lúc", default=timezone.now)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "đường dẫn cũ"
        verbose_name_plural = "đường dẫn cũ"

    def __str__(self):
        return self.old_slug
