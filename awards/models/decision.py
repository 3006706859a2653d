from django.db import models
from django.db.models import BooleanField, Case, Count, F, OuterRef, Q, Subquery, Value, When, Window
from django.db.models.functions import Coalesce, ExtractYear, RowNumber

from awards.models.recipient import INDIVIDUAL_KINDS, Recipient, recipient_constraints
from emulation.models import Campaign, Period
from members.scoping import UnionScopedQuerySet
from unionportal.office_files import validate_scan
from unionportal.querysets import FoldedSearchQuerySet


class DecisionQuerySet(models.QuerySet):
    def with_line_count(self):
        return self.annotate(line_count=models.Count("lines"))


class Decision(models.Model):
    """A quyết định khen thưởng: who signed what, when, for which period; its award lines follow."""

    number = models.CharField("số quyết định", max_length=50, help_text="Ví dụ: 125/QĐ-CĐN")
    signed_on = models.DateField("ngày ký")
    authority = models.ForeignKey(
        "awards.Authority", on_delete=models.PROTECT, related_name="decisions", verbose_name="cơ quan ban hành"
    )
    signer = models.CharField("người ký", max_length=120)
    signer_title = models.CharField("chức vụ người ký", max_length=120, blank=True, help_text="Ví dụ: Chủ tịch")
    period = models.ForeignKey(
        "emulation.Period", on_delete=models.PROTECT, related_name="decisions", verbose_name="đợt thi đua"
    )
    subject = models.CharField(
        "trích yếu", max_length=300, blank=True, help_text="Ví dụ: V/v khen thưởng thành tích năm 2025"
    )
    scan = models.FileField(
        "bản quét quyết định",
        upload_to="decisions/%Y/",
        blank=True,
        validators=[validate_scan],
        help_text="PDF, JPG hoặc PNG, tối đa 20 MB.",
    )
    created_at = models.DateTimeField("tạo lúc", auto_now_add=True)
    updated_at = models.DateTimeField("sửa lúc", auto_now=True)

    objects = DecisionQuerySet.as_manager()

    class Meta:
        ordering = ["-signed_on", "-id"]
        verbose_name = "quyết định khen thưởng"
        verbose_name_plural = "quyết định khen thưởng"
        constraints = [
            models.UniqueConstraint(
                "authority",
                "number",
                ExtractYear("signed_on"),
                name="awards_decision_number_unique",
                violation_error_message="Cơ quan này đã có quyết định cùng số trong năm đó.",
            ),
            models.CheckConstraint(condition=~Q(number=""), name="awards_decision_number_not_empty"),
        ]

    def __str__(self):
        return f"Quyết định số {self.number} ngày {self.signed_on:%d/%m/%Y}"


class AwardLineQuerySet(FoldedSearchQuerySet, UnionScopedQuerySet):
    # The recipient's name, without marks.
    folded_field = "recipient_folded"

    def published(self):
        """Lines readers may see: marked public, in a public campaign."""
        return self.filter(is_public=True, decision__period__campaign__in=Campaign.objects.published())

    def history(self):
        """A hồ sơ thành tích: newest decision first, with what a row of it shows."""
        return self.select_related("award_type", "decision__authority", "decision__period__campaign").order_by(
            "-decision__signed_on", "-decision_id", "award_type__order", "id"
        )

    def of_member(self, member):
        return self.filter(recipient_kind=Recipient.Kind.MEMBER, member=member)

    def of_union(self, base_union):
        """The union's own collective awards (not those of its members or groups)."""
        return self.filter(recipient_kind=Recipient.Kind.BASE_UNION, base_union=base_union)

    def within_union(self, base_union):
        """Awards to the union's groups and members, as they stood on the day of each decision.

        A member who moved keeps the lines of their former union there: the union is the one
        written on the line, not the member's union today.
        """
        return self.filter(base_union=base_union, recipient_kind__in=[Recipient.Kind.GROUP, Recipient.Kind.MEMBER])

    def count_per_form(self):
        """[{award_type__name, groups, members}] for each form of award, highest form first."""
        return (
            self.order_by("award_type__order", "award_type__name")
            .values("award_type__name")
            .annotate(
                groups=Count("pk", filter=Q(recipient_kind=Recipient.Kind.GROUP)),
                members=Count("pk", filter=Q(recipient_kind=Recipient.Kind.MEMBER)),
            )
        )

    def of_campaign(self, campaign):
        return self.filter(decision__period__campaign=campaign)

    def of_period(self, period):
        return self.filter(decision__period=period)

    def individuals(self):
        return self.filter(recipient_kind__in=INDIVIDUAL_KINDS)

    def collectives(self):
        return self.exclude(recipient_kind__in=INDIVIDUAL_KINDS)

    def honour_roll(self):
        """In the order an honour roll reads: by period, collectives before individuals, higher
        forms first, then as each decision lists them.

        Each line carries `place`, its number in the list of its period, kind, form and decision, and
        `kind_total`, how many lines its period has of its kind (collectives or individuals): a page
        of the roll that starts inside a list goes on numbering it and says the whole kind's count.

        Only the snapshot a decision publishes is loaded: the name, position and unit as
        written on the day. Nothing is read from the member's record.
        """
        individual = Case(
            When(recipient_kind__in=INDIVIDUAL_KINDS, then=Value(True)),
            default=Value(False),
            output_field=BooleanField(),
        )
        kind = [F("decision__period_id"), individual]
        return (
            self.select_related("award_type", "decision__authority", "decision__period")
            .only(
                "recipient_kind",
                "recipient_name",
                "recipient_unit",
                "position",
                "award_type__name",
                "decision__number",
                "decision__signed_on",
                "decision__authority__name",
                "decision__period__name",
                "decision__period__starts_on",
                "decision__period__ends_on",
            )
            .alias(individual=individual)
            .annotate(
                place=Window(RowNumber(), partition_by=[*kind, F("award_type_id"), F("decision_id")], order_by="id"),
                kind_total=Window(Count("pk"), partition_by=kind),
            )
            .order_by(
                "decision__period__starts_on",
                "decision__period_id",
                "individual",
                "award_type__order",
                "award_type_id",
                "decision__signed_on",
                "decision_id",
                "id",
            )
        )

    def campaigns(self):
        """The campaigns these lines belong to, each with its `collective_count` and `individual_count`."""
        return self._with_counts(Campaign.objects.all(), "decision__period__campaign")

    def periods(self):
        """The periods these lines belong to, in time order, with the same counts as campaigns()."""
        return self._with_counts(Period.objects.order_by("starts_on", "id"), "decision__period")

    def _with_counts(self, rows, path):
        def count(lines):
            per_row = lines.filter(**{path: OuterRef("pk")}).order_by().values(path).annotate(n=Count("pk"))
            return Coalesce(Subquery(per_row.values("n")), 0)

        return rows.filter(pk__in=self.values(path)).annotate(
            collective_count=count(self.collectives()), individual_count=count(self.individuals())
        )


class AwardLine(Recipient):
    """One commendation in a decision: a form of award to one individual or collective."""

    decision = models.ForeignKey(
        "awards.Decision", on_delete=models.CASCADE, related_name="lines", verbose_name="quyết định"
    )
    award_type = models.ForeignKey(
        "awards.AwardType", on_delete=models.PROTECT, related_name="lines", verbose_name="hình thức khen thưởng"
    )
    achievement = models.TextField(
        "thành tích", blank=True, help_text="Ví dụ: Đã có thành tích xuất sắc trong phong trào thi đua năm 2025"
    )
    is_public = models.BooleanField(
        "công bố trên cổng", default=True, help_text="Bỏ chọn để không hiện trong trang khen thưởng công khai."
    )
    proposal = models.OneToOneField(
        "awards.Proposal",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="award_line",
        verbose_name="từ đề nghị",
        editable=False,
    )

    objects = AwardLineQuerySet.as_manager()

    class Meta:
        ordering = ["decision", "award_type__order", "id"]
        verbose_name = "dòng khen thưởng"
        verbose_name_plural = "danh sách khen thưởng"
        constraints = [
            *recipient_constraints("awards_awardline"),
            models.UniqueConstraint(
                "decision",
                "award_type",
                "recipient_key",
                name="awards_awardline_once_per_decision",
                violation_error_message="Người hoặc tập thể này đã có hình thức khen thưởng này trong quyết định.",
            ),
        ]

    def __str__(self):
        return f"{self.award_type}: {self.recipient_name}"

    def save(self, *args, **kwargs):
        self.fill_recipient()
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        self.clean_recipient(self.award_type if self.award_type_id else None)

    @property
    def snapshot_day(self):
        """A line names the member's unit on the day the decision was signed, not after a later transfer."""
        return self.decision.signed_on if self.decision_id and self.decision.signed_on else None

    def validate_constraints(self, exclude=None):
        # The key is filled in clean(), after the form excluded it as a non-editable field.
        exclude = set(exclude or ()) - {"recipient_key"}
        super().validate_constraints(exclude=exclude)
