from django.conf import settings
from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector, SearchVectorField
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connections, models, transaction
from django.db.models import Case, F, OuterRef, Q, Subquery, Value, When
from django.db.models.functions import Coalesce, Concat, Lower, NullIf, Trim
from django.db.models.lookups import Contains
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from tinymce.models import HTMLField

from news import notices
from news.models.editorial import ArticleRedirect, AuditEntry
from news.roles import PUBLISH_PERMISSION
from unionportal.images import fitted_size, prepare_photo, rendition, upright_size, validate_photo
from unionportal.links import safe_link_constraint
from unionportal.sanitize import clean_html
from unionportal.text import fold, unique_slug

# How long an opened article stays locked for others without a sign of life from its editor.
EDIT_LOCK_DURATION = timezone.timedelta(minutes=20)
# How many articles "Tin khác" and "Tin mới" show under an article.
RELATED_COUNT = 6

# A PostgreSQL text search configuration made by migration 0002: "simple" (no stemming,
# which has no meaning for Vietnamese syllables) with diacritics removed by unaccent.
SEARCH_CONFIG = "vietnamese_unaccent"
# How many of the newest matches a search ranks; the page says "more than" when there are more.
SEARCH_CANDIDATES = 1000
# ArticleQuerySet.for_reading: what templates/news/article_detail.html shows.
READING_FIELDS = [
    *("title", "slug", "lead", "body", "status", "published_at", "updated_at", "album"),
    *("cover_image", "cover_width", "cover_height", "cover_caption", "cover_alt"),
    *("author", "source_name", "source_url", "section__name", "section__slug"),
]


class ArticleQuerySet(models.QuerySet):
    def published(self, now=None):
        """What readers may see: published, and its publication time has come."""
        return self.filter(status=Article.Status.PUBLISHED, published_at__lte=now or timezone.now())

    def older_than(self, pk):
        """The articles after article `pk` newest first: where "Tin cũ hơn" goes on from a list's last page.

        A position in the index rather than an OFFSET, so the thousandth page costs what the first does.
        """
        anchor = Subquery(Article.objects.filter(pk=pk).values("published_at"))
        # The bound alone first, so that the index is read from the anchor on rather than the table filtered.
        return self.filter(Q(published_at__lte=anchor), Q(published_at__lt=anchor) | Q(pk__lt=pk))

    def cards(self):
        """For lists: the section comes along, the body stays behind."""
        return self.select_related("section").defer("body", "search_vector")

    def for_reading(self):
        """What an article's public page reads of it: the article as shown and its section's name and
        address, none of the newsroom's own columns (fewer to fetch and, more costly, to compile)."""
        return self.select_related("section").only(*READING_FIELDS)

    def search(self, query, newest_first=False):
        """Articles matching every word of `query`, with or without marks: best first, or newest first.

        Only the newest SEARCH_CANDIDATES + 1 matches are ranked (the one over says that there are more),
        so a common phrase matching a third of the articles costs what a rare one does; a rare word's
        matches all fit among the candidates.
        """
        if not fold(query).split():
            return self.none()
        if connections[self.db].vendor == "postgresql":
            search_query = SearchQuery(query, config=SEARCH_CONFIG, search_type="websearch")
            matches, rank = self.filter(search_vector=search_query), SearchRank(F("search_vector"), search_query)
        else:
            matches, rank = self._folded_matches(query)
        candidates = matches.order_by("-published_at", "-id").values("pk")[: SEARCH_CANDIDATES + 1]
        found = self.filter(pk__in=candidates)
        if newest_first:
            return found.order_by("-published_at", "-id")
        return found.annotate(rank=rank).order_by("-rank", "-published_at", "-id")

    def _folded_matches(self, query):
        # Development databases without full-text search: the same folding (see news.apps, which
        # gives SQLite an UNACCENT function), word by word, with a title match counting most.
        folded = [Lower(models.Func(F(name), function="UNACCENT")) for name in ("title", "lead", "body")]
        matches, rank = self, Value(0)
        for word in fold(query).split():
            title, lead, body = (Contains(expression, word) for expression in folded)
            matches = matches.filter(title | lead | body)
            rank += Case(When(title, then=Value(4)), When(lead, then=Value(2)), default=Value(1))
        return matches, rank

    def awaiting_review(self):
        """Articles waiting for a publisher, first sent first, each with `submitted_at` and
        `submitted_by` (the sender's name) from the audit log, in one query."""
        latest = AuditEntry.objects.filter(article_id=OuterRef("pk"), action=AuditEntry.Action.SUBMITTED).order_by(
            "-at", "-id"
        )
        # The SQL twin of `user.get_full_name() or user.get_username()`, with the kept username for a deleted account.
        name = Coalesce(NullIf(Trim(Concat("user__first_name", Value(" "), "user__last_name")), Value("")), "username")
        return (
            self.filter(status=Article.Status.IN_REVIEW)
            .only("pk", "title")
            .annotate(
                submitted_at=Subquery(latest.values("at")[:1]),
                submitted_by=Subquery(latest.annotate(name=name).values("name")[:1]),
            )
            .order_by("submitted_at", "pk")
        )

    def most_read(self, days):
        """Articles read in the last `days` days (today included), most read first, with `reads`."""
        since = timezone.localdate() - timezone.timedelta(days=days - 1)
        # Filtering before the sum joins only the last days' counts (the day index), not every article's.
        recent = self.filter(read_counts__day__gte=since)
        return recent.annotate(reads=models.Sum("read_counts__count")).order_by("-reads", "-published_at")

    def update_search_vectors(self, **fields):
        """Refresh the stored search vectors (PostgreSQL only) and set `fields` in the same pass, after bulk inserts."""
        if connections[self.db].vendor != "postgresql":
            return self.update(**fields) if fields else 0
        return self.update(
            **fields,
            search_vector=SearchVector("title", weight="A", config=SEARCH_CONFIG)
            + SearchVector("lead", weight="B", config=SEARCH_CONFIG)
            + SearchVector("body", weight="C", config=SEARCH_CONFIG),
        )


class Article(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", "Bản nháp"
        IN_REVIEW = "in_review", "Chờ duyệt"
        RETURNED = "returned", "Bị trả lại"
        PUBLISHED = "published", "Đã xuất bản"

    title = models.CharField("tiêu đề", max_length=255)
    slug = models.SlugField(
        "đường dẫn",
        max_length=255,
        unique=True,
        blank=True,
        help_text="Để trống để tạo tự động từ tiêu đề (chữ không dấu).",
    )
    section = models.ForeignKey(
        "news.Section", verbose_name="chuyên mục", on_delete=models.PROTECT, related_name="articles"
    )
    lead = models.TextField("sapo", help_text="Đoạn mở đầu, in đậm dưới tiêu đề.")
    body = HTMLField("nội dung", blank=True)
    cover_image = models.ImageField(
        "ảnh đại diện",
        upload_to="articles/%Y/%m/",
        blank=True,
        validators=[validate_photo],
        help_text="JPEG, PNG hoặc WebP, tối đa 15 MB.",
    )
    # The cover's size as readers see it (turned upright), measured once at upload.
    cover_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    cover_height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    cover_caption = models.CharField("chú thích ảnh", max_length=300, blank=True)
    cover_alt = models.CharField(
        "mô tả ảnh cho người khiếm thị",
        max_length=200,
        blank=True,
        help_text="Để trống thì dùng tiêu đề bài viết.",
    )
    author = models.CharField("tác giả", max_length=120, blank=True, help_text="Ví dụ: Minh Duyên")
    source_name = models.CharField(
        "nguồn", max_length=200, blank=True, help_text="Ví dụ: CĐ ngành Y tế Bắc Kạn; Sở Y tế"
    )
    source_url = models.URLField("liên kết bài gốc", blank=True)
    status = models.CharField("trạng thái", max_length=12, choices=Status, default=Status.DRAFT)
    published_at = models.DateTimeField(
        "thời điểm xuất bản",
        default=timezone.now,
        help_text="Chọn một thời điểm trong tương lai để hẹn giờ: bài tự hiện khi đến giờ.",
    )
    is_featured = models.BooleanField("tin tiêu điểm trang chủ", default=False)
    campaign = models.ForeignKey(
        "emulation.Campaign",
        verbose_name="phong trào thi đua",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="articles",
        help_text="Bài viết đưa tin về phong trào nào thì chọn phong trào đó; bài sẽ hiện trên trang phong trào.",
    )
    tags = models.ManyToManyField(
        "news.Tag", blank=True, related_name="articles", verbose_name="từ khoá", help_text="Gõ để tìm từ khoá có sẵn."
    )
    album = models.ForeignKey(
        "albums.Album",
        verbose_name="album ảnh",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="articles",
        help_text="Album ảnh của sự kiện; bài viết sẽ dẫn tới album.",
    )
    created_at = models.DateTimeField("tạo lúc", auto_now_add=True)
    updated_at = models.DateTimeField("sửa lúc", auto_now=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người tạo",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người sửa cuối",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    review_comment = models.TextField(
        "ý kiến của người duyệt", blank=True, editable=False, help_text="Lý do trả lại lần gần nhất."
    )
    locked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="đang được sửa bởi",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    locked_at = models.DateTimeField("bắt đầu sửa lúc", null=True, blank=True, editable=False)
    # Goes up by one at every save: a form carries the number it was opened with, and a save
    # from a copy that someone else has saved since is refused instead of overwriting their work.
    edit_version = models.PositiveIntegerField(default=0, editable=False)
    search_vector = SearchVectorField(null=True, editable=False)

    cover_small = rendition("cover_image", 400, 250)
    cover_medium = rendition("cover_image", 800, 500)
    cover_fitted = rendition("cover_image", 800)
    cover_large = rendition("cover_image", 1200)
    cover_share = rendition("cover_image", 1200, 630, image_format="JPEG")

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-id"]
        verbose_name = "bài viết"
        verbose_name_plural = "bài viết"
        permissions = [("publish_article", "Có thể xuất bản và gỡ bài viết")]
        indexes = [
            models.Index(fields=["status", "-published_at"], name="article_public_idx"),
            models.Index(fields=["section", "status", "-published_at"], name="article_section_idx"),
            models.Index(fields=["-published_at"], condition=Q(is_featured=True), name="article_featured_idx"),
            # The sitemap's last change: the newest edit without reading every article.
            models.Index(fields=["-updated_at"], name="article_updated_idx"),
            # The admin's list, every status newest first: 100 rows read instead of 100,000 sorted.
            models.Index(fields=["-published_at", "-id"], name="article_newest_idx"),
        ]
        constraints = [safe_link_constraint("source_url", name="article_source_url_safe")]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if not self.slug:
            others = type(self).objects.exclude(pk=self.pk)
            self.slug = unique_slug(others, self.title, fallback="bai-viet")
        self.body = clean_html(self.body)
        if self.cover_image and not self.cover_image._committed:
            prepare_photo(self.cover_image)
            self.cover_width, self.cover_height = upright_size(self.cover_image)
        elif not self.cover_image:
            self.cover_width = self.cover_height = None
        self.edit_version += 1
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = {*update_fields, "edit_version"}
        with transaction.atomic():
            super().save(*args, **kwargs)
            self._keep_old_address()
        type(self).objects.filter(pk=self.pk).update_search_vectors()

    def get_absolute_url(self):
        return reverse("news:article", kwargs={"slug": self.slug})

    @classmethod
    def from_db(cls, db, field_names, values):
        article = super().from_db(db, field_names, values)
        # Remembered so that a changed slug leaves a redirect from the old address.
        article._loaded_slug = article.slug if "slug" in field_names else None
        return article

    def _keep_old_address(self):
        old_slug = getattr(self, "_loaded_slug", None)
        ArticleRedirect.objects.filter(old_slug=self.slug).delete()
        if old_slug and old_slug != self.slug:
            ArticleRedirect.objects.update_or_create(old_slug=old_slug, defaults={"article": self})
        self._loaded_slug = self.slug

    def surroundings(self):
        """What surrounds the article on its page: "Tin khác" from its section and the newest news.

        The public page and the staff preview both show it, so that a preview shows the real page.
        """

        def others():
            return type(self).objects.published().cards().exclude(pk=self.pk)

        # Read, and built, only when the page's kept pieces ({% kept %}) are rendered afresh.
        return {
            "other_articles": SimpleLazyObject(lambda: list(others().filter(section=self.section_id)[:RELATED_COUNT])),
            "newest_articles": SimpleLazyObject(lambda: list(others()[:RELATED_COUNT])),
        }

    @property
    def is_public(self):
        return self.status == self.Status.PUBLISHED and self.published_at <= timezone.now()

    @property
    def is_scheduled(self):
        return self.status == self.Status.PUBLISHED and self.published_at > timezone.now()

    @property
    def cover_description(self):
        return self.cover_alt or self.title

    @property
    def cover_large_size(self):
        """(width, height) of `cover_large`, so the page reserves its space before it loads."""
        return fitted_size(self.cover_width or 1200, self.cover_height or 800, 1200)

    @property
    def cover_fitted_width(self):
        """Width of `cover_fitted`, for the srcset of the article page."""
        return fitted_size(self.cover_width or 1200, self.cover_height or 800, 800)[0]

    # The review workflow. Each step checks who may take it, saves, and leaves an audit entry.

    @property
    def is_editable_by_editors(self):
        """Editors work on drafts and on what was returned to them; the rest is the publishers'."""
        return self.status in {self.Status.DRAFT, self.Status.RETURNED}

    def submit_for_review(self, by):
        self._require(self.is_editable_by_editors, "gửi duyệt")
        self._step(AuditEntry.Action.SUBMITTED, by, status=self.Status.IN_REVIEW)
        notices.article_submitted(self, by)

    def return_to_editor(self, by, comment):
        """Send a draft back with the publisher's comment, which the editor sees on the article."""
        self._check_publisher(by)
        self._require(self.status == self.Status.IN_REVIEW, "trả lại")
        comment = (comment or "").strip()
        if not comment:
            raise ValidationError("Trả lại bài thì phải ghi ý kiến cho người viết.", code="comment_required")
        self._step(AuditEntry.Action.RETURNED, by, status=self.Status.RETURNED, comment=comment)
        notices.article_returned(self, by, comment)

    def publish(self, by):
        """Readers see it now, or at the time set in the future (scheduled): never back-dated to the draft's day."""
        self._check_publisher(by)
        self._require(self.status != self.Status.PUBLISHED, "xuất bản")
        self.published_at = max(self.published_at, timezone.now())
        self._step(AuditEntry.Action.PUBLISHED, by, status=self.Status.PUBLISHED)
        notices.article_published(self, by)

    def unpublish(self, by):
        self._check_publisher(by)
        self._require(self.status == self.Status.PUBLISHED, "gỡ xuống")
        self._step(AuditEntry.Action.UNPUBLISHED, by, status=self.Status.DRAFT)

    def _check_publisher(self, by):
        if not by.has_perm(PUBLISH_PERMISSION):
            raise PermissionDenied("Chỉ người duyệt bài mới làm được việc này.")

    def _require(self, allowed, verb):
        if not allowed:
            raise ValidationError(
                "Không thể %(verb)s bài đang ở trạng thái “%(status)s”.",
                code="illegal_transition",
                params={"verb": verb, "status": self.get_status_display()},
            )

    def _step(self, action, by, *, status, comment=""):
        with transaction.atomic():
            self.status = status
            if action == AuditEntry.Action.RETURNED:
                self.review_comment = comment
            elif action in {AuditEntry.Action.PUBLISHED, AuditEntry.Action.SUBMITTED}:
                self.review_comment = ""
            self.updated_by = by
            self.save(update_fields=["status", "review_comment", "published_at", "updated_by", "updated_at"])
            AuditEntry.record(action=action, article=self, user=by, comment=comment)

    # The edit lock: who has the article open, so others are warned before they overwrite.

    def lock_holder(self, now=None):
        """The user editing this article now, or None when the lock is free or has lapsed."""
        now = now or timezone.now()
        if self.locked_by_id and self.locked_at and now - self.locked_at < EDIT_LOCK_DURATION:
            return self.locked_by
        return None

    def take_lock(self, user, now=None):
        """Open the article for `user`: returns whoever else holds it (then nothing changes), else None."""
        now = now or timezone.now()
        holder = self.lock_holder(now)
        if holder is not None and holder.pk != user.pk:
            return holder
        type(self).objects.filter(pk=self.pk).update(locked_by=user, locked_at=now)
        self.locked_by, self.locked_at = user, now
        return None

    def release_lock(self, user):
        type(self).objects.filter(pk=self.pk, locked_by=user).update(locked_by=None, locked_at=None)
