from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, IntegerField, Q, Value, When
from django.urls import reverse

from unionportal.images import prepare_photo, rendition, validate_photo
from unionportal.querysets import FoldedSearchQuerySet
from unionportal.sanitize import clean_html
from unionportal.text import fold, unique_slug


class CampaignKind(models.TextChoices):
    REGULAR = "thuong_xuyen", "Thường xuyên"
    THEMATIC = "chuyen_de", "Chuyên đề"
    AD_HOC = "dot_xuat", "Đột xuất"


class CampaignStatus(models.TextChoices):
    PLANNED = "planned", "Sắp triển khai"
    RUNNING = "running", "Đang triển khai"
    CLOSED = "closed", "Đã kết thúc"


class CampaignQuerySet(FoldedSearchQuerySet):
    folded_field = "name_folded"

    def published(self):
        """What readers may see: campaigns staff marked public."""
        return self.filter(is_public=True)

    def running_first(self):
        """Running campaigns, then planned ones, then closed; newest start first within each."""
        rank = Case(
            When(status=CampaignStatus.RUNNING, then=Value(0)),
            When(status=CampaignStatus.PLANNED, then=Value(1)),
            default=Value(2),
            output_field=IntegerField(),
        )
        return self.alias(status_rank=rank).order_by("status_rank", "-starts_on", "-id")


class Campaign(models.Model):
    """A phong trào thi đua launched by the sector union (or above it) for the base unions."""

    Kind = CampaignKind
    Status = CampaignStatus

    name = models.CharField("tên phong trào", max_length=255, help_text="Ví dụ: Lao động giỏi, lao động sáng tạo")
    # The name without marks, so readers find "Lao động giỏi" by typing "lao dong gioi".
    name_folded = models.CharField("tên không dấu", max_length=255, editable=False)
    slug = models.SlugField(
        "đường dẫn",
        max_length=255,
        unique=True,
        blank=True,
        help_text="Để trống để tạo tự động từ tên phong trào (chữ không dấu).",
    )
    slogan = models.CharField("khẩu hiệu, chủ đề", max_length=300, blank=True)
    description = models.TextField(
        "nội dung, mục đích",
        blank=True,
        help_text="Được phép dùng thẻ HTML đơn giản (đoạn văn, danh sách, in đậm); các thẻ khác bị loại bỏ.",
    )
    kind = models.CharField("loại phong trào", max_length=20, choices=Kind, default=Kind.REGULAR)
    launched_by = models.CharField(
        "cơ quan phát động",
        max_length=200,
        blank=True,
        help_text="Ví dụ: Ban Chấp hành Công đoàn ngành Y tế; Liên đoàn Lao động tỉnh",
    )
    launched_on = models.DateField("ngày phát động", null=True, blank=True)
    starts_on = models.DateField("ngày bắt đầu")
    ends_on = models.DateField("ngày kết thúc")
    status = models.CharField("tình trạng", max_length=10, choices=Status, default=Status.PLANNED)
    cover_image = models.ImageField(
        "ảnh đại diện",
        upload_to="campaigns/%Y/",
        blank=True,
        validators=[validate_photo],
        help_text="JPEG, PNG hoặc WebP, tối đa 15 MB.",
    )
    cover_alt = models.CharField(
        "mô tả ảnh cho người khiếm thị", max_length=200, blank=True, help_text="Để trống thì dùng tên phong trào."
    )
    is_public = models.BooleanField(
        "hiện trên trang công khai", default=False, help_text="Bỏ chọn khi phong trào còn đang soạn."
    )
    created_at = models.DateTimeField("tạo lúc", auto_now_add=True)
    updated_at = models.DateTimeField("sửa lúc", auto_now=True)

    cover_small = rendition("cover_image", 400, 250)
    cover_medium = rendition("cover_image", 800, 500)

    # Set by a form that shows every period beside the campaign (the admin's): each period row there is
    # checked against the dates typed with it, so periods saved outside them may move in the same save.
    periods_checked_with_form = False

    objects = CampaignQuerySet.as_manager()

    class Meta:
        ordering = ["-starts_on", "-id"]
        verbose_name = "phong trào thi đua"
        verbose_name_plural = "phong trào thi đua"
        constraints = [
            models.CheckConstraint(
                condition=Q(starts_on__lte=models.F("ends_on")),
                name="emulation_campaign_starts_before_end",
                violation_error_message="Ngày bắt đầu phải trước hoặc trùng ngày kết thúc.",
            ),
            models.CheckConstraint(condition=~Q(name=""), name="emulation_campaign_name_not_empty"),
            models.CheckConstraint(condition=Q(kind__in=CampaignKind.values), name="emulation_campaign_kind_valid"),
            models.CheckConstraint(
                condition=Q(status__in=CampaignStatus.values), name="emulation_campaign_status_valid"
            ),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            others = type(self).objects.exclude(pk=self.pk)
            self.slug = unique_slug(others, self.name, fallback="phong-trao")
        self.name_folded = fold(" ".join(self.name.split()))
        self.description = clean_html(self.description)
        if self.cover_image and not self.cover_image._committed:
            prepare_photo(self.cover_image)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("emulation:campaign", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        if not (self.pk and self.starts_on and self.ends_on) or self.starts_on > self.ends_on:
            return  # the check constraint reports reversed dates
        if self.periods_checked_with_form:
            return
        outside = self.periods.exclude(starts_on__gte=self.starts_on, ends_on__lte=self.ends_on)
        names = ", ".join(outside.values_list("name", flat=True))
        if names:
            raise ValidationError(
                "Các đợt sau sẽ nằm ngoài thời gian phong trào: %(names)s. Hãy sửa các đợt trước.",
                code="periods_outside",
                params={"names": names},
            )

    @property
    def cover_description(self):
        return self.cover_alt or self.name


class Criterion(models.Model):
    """A tiêu chí the campaign's results are judged by, in the order the plan lists them."""

    campaign = models.ForeignKey(
        Campaign, on_delete=models.CASCADE, related_name="criteria", verbose_name="phong trào thi đua"
    )
    order = models.PositiveSmallIntegerField("thứ tự", default=0)
    text = models.TextField("nội dung tiêu chí")

    class Meta:
        ordering = ["campaign", "order", "id"]
        verbose_name = "tiêu chí"
        verbose_name_plural = "tiêu chí"
        constraints = [models.CheckConstraint(condition=~Q(text=""), name="emulation_criterion_text_not_empty")]

    def __str__(self):
        return self.text[:80]
