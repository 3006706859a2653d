from django.conf import settings
from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector, SearchVectorField
from django.db import connections, models
from django.db.models import Case, F, IntegerField, Q, Value, When
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone
from tinymce.models import HTMLField

from unionportal.images import fitted_size, rendition, strip_location, upright_size, validate_photo
from unionportal.sanitize import clean_html
from unionportal.text import fold, unique_slug

# A PostgreSQL text search configuration made by migration 0002: "simple" (no stemming,
# which has no meaning for Vietnamese syllables) with diacritics removed by unaccent.
SEARCH_CONFIG = "vietnamese_unaccent"


class ArticleQuerySet(models.QuerySet):
    def published(self):
        """What readers may see: published, and its publication time has come."""
        return self.filter(status=Article.Status.PUBLISHED, published_at__lte=timezone.now())

    def cards(self):
        """For lists: the section comes along, the body stays behind."""
        return self.select_related("section").defer("body", "search_vector")

    def search(self, query):
        """Articles matching every word of `query`, with or without marks, best first."""
        if not fold(query).split():
            return self.none()
        if connections[self.db].vendor == "postgresql":
            return self._search_full_text(query)
        return self._search_folded_text(query)

    def _search_full_text(self, query):
        search_query = SearchQuery(query, config=SEARCH_CONFIG, search_type="websearch")
        return (
            self.filter(search_vector=search_query)
            .annotate(rank=SearchRank(F("search_vector"), search_query))
            .order_by("-rank", "-published_at")
        )

    def _search_folded_text(self, query):
        # Development databases without full-text search: the same folding (see
        # news.apps, which gives SQLite an UNACCENT function), word by word, with a
        # title match counting most.
        folded = {name: Lower(models.Func(F(name), function="UNACCENT")) for name in ("title", "lead", "body")}
        queryset = self.annotate(**{f"{name}_folded": expression for name, expression in folded.items()})
        rank = Value(0)
        for word in fold(query).split():
            queryset = queryset.filter(
                Q(title_folded__contains=word) | Q(lead_folded__contains=word) | Q(body_folded__contains=word)
            )
            rank += Case(
                When(title_folded__contains=word, then=Value(4)),
                When(lead_folded__contains=word, then=Value(2)),
                default=Value(1),
                output_field=IntegerField(),
            )
        return queryset.annotate(rank=rank).order_by("-rank", "-published_at")

    def update_search_vectors(self):
        """Refresh the stored search vectors (PostgreSQL only); call after bulk inserts."""
        if connections[self.db].vendor != "postgresql":
            return 0
        return self.update(
            search_vector=SearchVector("title", weight="A", config=SEARCH_CONFIG)
            + SearchVector("lead", weight="B", config=SEARCH_CONFIG)
            + SearchVector("body", weight="C", config=SEARCH_CONFIG)
        )


class Article(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", "Bản nháp"
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
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if not self.slug:
            others = type(self).objects.exclude(pk=self.pk)
            self.slug = unique_slug(others, self.title, fallback="bai-viet")
        self.body = clean_html(self.body)
        if self.cover_image and not self.cover_image._committed:
            strip_location(self.cover_image)
            self.cover_width, self.cover_height = upright_size(self.cover_image)
        elif not self.cover_image:
            self.cover_width = self.cover_height = None
        super().save(*args, **kwargs)
        type(self).objects.filter(pk=self.pk).update_search_vectors()

    def get_absolute_url(self):
        return reverse("news:article", kwargs={"slug": self.slug})

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
