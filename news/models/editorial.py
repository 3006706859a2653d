"""What the newsroom keeps around an article: its audit trail, preview links, pins and old addresses."""

import secrets

from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
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
        at = timezone.localtime(self.at)
        return f"{at:%d/%m/%Y %H:%M} {self.username}: {self.get_action_display()} “{self.article_title}”"

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


# Signs the token and expiry carried in a preview address; a change of SECRET_KEY closes every link.
PREVIEW_LINK_SALT = "news.previewlink"


class PreviewLinkQuerySet(models.QuerySet):
    def open(self, now=None):
        """Links that still open: not revoked, not expired."""
        return self.filter(revoked_at__isnull=True, expires_at__gt=now or timezone.now())

    def closed(self, now=None):
        """Links that no longer open: revoked or expired."""
        return self.filter(Q(revoked_at__isnull=False) | Q(expires_at__lte=now or timezone.now()))

    def issue(self, *, article, by, days, now=None):
        """A new link to `article` that opens for `days` days; only what readers cannot see yet needs one."""
        if article.is_public:
            raise ValidationError(
                "Bài đã xuất bản công khai: hãy gửi địa chỉ bài viết thay cho liên kết xem trước.",
                code="already_public",
            )
        now = now or timezone.now()
        return self.create(
            article=article, created_by=by, created_at=now, expires_at=now + timezone.timedelta(days=days)
        )

    def from_signed(self, signed, now=None):
        """The link a signed address names, or DoesNotExist when it was tampered with or its time is up.

        The signature and the expiry it carries are checked before the database is asked, so guessed
        or altered addresses cost nothing; the row still decides, since a link can be revoked.
        """
        now = now or timezone.now()
        try:
            token, until = signing.Signer(salt=PREVIEW_LINK_SALT).unsign_object(signed)
        except signing.BadSignature:
            raise self.model.DoesNotExist("Chữ ký của liên kết xem trước không hợp lệ.") from None
        if until <= now.timestamp():
            raise self.model.DoesNotExist("Liên kết xem trước đã hết hạn.")
        return self.get(token=token)


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

    def get_absolute_url(self):
        return reverse("news:preview_link", kwargs={"signed": self.signed})

    @property
    def signed(self):
        """The token and the expiry, signed: the part of the address that stands for this link.

        The same for the life of the link, so the address staff copy today is the one they copied yesterday.
        """
        return signing.Signer(salt=PREVIEW_LINK_SALT).sign_object([self.token, int(self.expires_at.timestamp())])

    @property
    def is_valid(self):
        return self.revoked_at is None and self.expires_at > timezone.now()

    def revoke(self, now=None):
        """Close the link for good; revoking it again changes nothing."""
        if self.revoked_at is None:
            self.revoked_at = now or timezone.now()
            self.save(update_fields=["revoked_at"])


class PinPlace(models.TextChoices):
    LEAD = "lead", "Tin nổi bật đầu trang chủ"
    SECTION = "section", "Đầu khối chuyên mục trên trang chủ"


class PinQuerySet(models.QuerySet):
    def showing(self, now=None):
        """Pins whose end has not come, of articles readers can see, in the publishers' order."""
        now = now or timezone.now()
        # Article's own rule; the model is reached through the field, as article.py imports this module.
        articles = self.model._meta.get_field("article").related_model.objects
        return (
            self.filter(Q(ends_at__isnull=True) | Q(ends_at__gt=now))
            .filter(article__in=articles.published(now))
            .order_by("order", "-id")
        )

    def ended(self, now=None):
        """Pins whose end has come: they no longer count, and can be removed at leisure."""
        return self.filter(ends_at__lte=now or timezone.now())

    def home_articles(self, now=None):
        """The pinned articles of the home page in one query, as cards, each place in the publishers' order.

        Returns ([lead articles…], {section id: [articles…]}); an article pinned to its section tops
        the block of its own section. Pins end by their time alone: no job has to remove them.
        """
        pins = self.showing(now).select_related("article__section").defer("article__body", "article__search_vector")
        lead, by_section = [], {}
        for pin in pins:
            if pin.place == PinPlace.LEAD:
                lead.append(pin.article)
            else:
                by_section.setdefault(pin.article.section_id, []).append(pin.article)
        return lead, by_section


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

    @property
    def is_showing(self):
        """Whether the pin counts now: its end has not come and readers can see its article."""
        return (self.ends_at is None or self.ends_at > timezone.now()) and self.article.is_public


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
