from pathlib import Path

from django.db import models
from django.db.models import F, Q
from django.db.models.functions import ExtractYear
from django.template.defaultfilters import filesizeformat
from django.urls import reverse

from awards.models import Authority
from emulation.models import Campaign
from unionportal.office_files import validate_document
from unionportal.querysets import FoldedSearchQuerySet
from unionportal.text import fold


class DocumentKind(models.TextChoices):
    PLAN = "ke_hoach", "Kế hoạch"
    GUIDANCE = "huong_dan", "Hướng dẫn"
    DECISION = "quyet_dinh", "Quyết định"
    RESOLUTION = "nghi_quyet", "Nghị quyết"
    OFFICIAL_LETTER = "cong_van", "Công văn"
    NOTICE = "thong_bao", "Thông báo"
    REPORT = "bao_cao", "Báo cáo"
    OTHER = "khac", "Văn bản khác"


class DocumentQuerySet(FoldedSearchQuerySet):
    # Number, title and issuing body, without marks.
    folded_field = "search_folded"

    def published(self):
        """What readers may see: documents marked public, unless the campaign they belong to is not public yet."""
        return self.filter(Q(campaign=None) | Q(campaign__in=Campaign.objects.published()), is_public=True)

    def matching(self, *, query="", kind="", year=None, issuer="", campaign=""):
        """The documents a reader's words and filters pick (a campaign by its slug); empty ones pick all."""
        documents = self.search(query) if fold(query).split() else self
        if kind:
            documents = documents.filter(kind=kind)
        if year:
            documents = documents.filter(issued_on__year=year)
        if issuer:
            documents = documents.filter(issuing_body__name=issuer)
        if campaign:
            documents = documents.filter(campaign__slug=campaign)
        return documents

    def years(self):
        """The years the documents were issued in, newest first."""
        return [day.year for day in self.dates("issued_on", "year", order="DESC")]

    def issuers(self):
        """The names of the bodies that issued the documents, in the awards' order of issuing bodies."""
        return list(Authority.objects.filter(pk__in=self.values("issuing_body")).values_list("name", flat=True))


class Document(models.Model):
    """A văn bản of the union's library: a plan, guidance, decision, official letter, report…"""

    Kind = DocumentKind

    number = models.CharField(
        "số, ký hiệu", max_length=50, blank=True, help_text="Ví dụ: 12/KH-CĐN. Để trống nếu văn bản không có số."
    )
    issued_on = models.DateField("ngày ban hành")
    # The same bodies that issue decisions on awards: chosen from one list, so readers filter by one name.
    issuing_body = models.ForeignKey(
        "awards.Authority",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="documents",
        verbose_name="cơ quan ban hành",
        help_text="Chọn trong danh sách cơ quan ban hành (Khen thưởng › Cơ quan ban hành).",
    )
    kind = models.CharField("loại văn bản", max_length=12, choices=Kind, default=Kind.PLAN)
    title = models.CharField("trích yếu", max_length=500, help_text="Ví dụ: Kế hoạch tổ chức Tháng Công nhân năm 2026")
    file = models.FileField(
        "tệp văn bản",
        upload_to="documents/%Y/",
        max_length=255,
        validators=[validate_document],
        help_text="PDF, DOC, DOCX, XLS, XLSX hoặc ODT, tối đa 15 MB.",
    )
    campaign = models.ForeignKey(
        "emulation.Campaign",
        verbose_name="phong trào thi đua",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="documents",
        help_text="Văn bản của phong trào nào thì chọn phong trào đó; văn bản sẽ hiện trên trang phong trào.",
    )
    is_public = models.BooleanField(
        "công khai",
        default=False,
        help_text="Văn bản công khai hiện trong mục Văn bản và trên trang phong trào. Người duyệt bài công khai văn "
        "bản do biên tập viên thêm.",
    )
    # Number, title and issuing body without marks, so "ke hoach thang cong nhan" finds the plan.
    search_folded = models.TextField("nội dung tìm kiếm", editable=False)
    created_at = models.DateTimeField("tạo lúc", auto_now_add=True)
    updated_at = models.DateTimeField("sửa lúc", auto_now=True)

    objects = DocumentQuerySet.as_manager()

    class Meta:
        ordering = ["-issued_on", "-id"]
        verbose_name = "văn bản"
        verbose_name_plural = "văn bản"
        indexes = [models.Index(fields=["-issued_on", "-id"], name="document_issued_idx")]
        constraints = [
            models.CheckConstraint(condition=~Q(title=""), name="library_document_title_not_empty"),
            models.CheckConstraint(condition=Q(kind__in=DocumentKind.values), name="library_document_kind_valid"),
            # Numbers start again each year at each body: 12/KH-CĐN of 2025 and of 2026 are two plans.
            models.UniqueConstraint(
                F("issuing_body"),
                F("number"),
                ExtractYear("issued_on"),
                condition=~Q(number=""),
                name="library_document_number_unique",
                violation_error_message="Cơ quan này đã có một văn bản mang số, ký hiệu đó trong cùng năm.",
            ),
        ]

    def __str__(self):
        return f"{self.number} – {self.title}" if self.number else self.title

    def save(self, *args, **kwargs):
        body = self.issuing_body.name if self.issuing_body_id else ""
        self.search_folded = fold(" ".join(f"{self.number} {self.title} {body}".split()))
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("library:document", kwargs={"pk": self.pk})

    @property
    def extension(self):
        """The file's type as readers name it: PDF, DOCX…"""
        return Path(self.file.name).suffix[1:].upper()

    @property
    def file_description(self):
        """The file's type and size for readers, "PDF, 245,3 KB"; no size when the storage cannot tell."""
        try:
            size = filesizeformat(self.file.size)
        except OSError:  # a file lost from the disk still has its row
            size = ""
        return ", ".join(part for part in [self.extension, size] if part)
