"""Who receives an award, shared by proposals and award lines.

A recipient is a member, a person outside the membership, a base union, a union group or
another unit. The name, unit and position are kept as written on the day (units are renamed,
people move), and `recipient_key` says who it is in one column, so the database can refuse
the same recipient twice for the same form in one decision.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q

from unionportal.text import fold


class RecipientKind(models.TextChoices):
    MEMBER = "doan_vien", "Đoàn viên"
    PERSON = "ca_nhan", "Cá nhân ngoài danh sách đoàn viên"
    BASE_UNION = "cong_doan", "Công đoàn cơ sở"
    GROUP = "to_cong_doan", "Tổ công đoàn"
    UNIT = "don_vi", "Tập thể khác"


INDIVIDUAL_KINDS = {RecipientKind.MEMBER, RecipientKind.PERSON}
# Recipients that are records of the portal: their name, unit and position are copied from the record.
LINKED_KINDS = {RecipientKind.MEMBER, RecipientKind.GROUP, RecipientKind.BASE_UNION}


def recipient_constraints(prefix):
    """The database's share of the recipient rules, for each concrete model."""
    return [
        models.CheckConstraint(condition=Q(recipient_kind__in=RecipientKind.values), name=f"{prefix}_kind_valid"),
        models.CheckConstraint(
            condition=Q(recipient_kind=RecipientKind.MEMBER, member__isnull=False)
            | (~Q(recipient_kind=RecipientKind.MEMBER) & Q(member__isnull=True)),
            name=f"{prefix}_member_iff_member_kind",
            violation_error_message="Hãy chọn đoàn viên được khen thưởng.",
        ),
        models.CheckConstraint(
            condition=Q(recipient_kind=RecipientKind.GROUP, group__isnull=False)
            | (~Q(recipient_kind=RecipientKind.GROUP) & Q(group__isnull=True)),
            name=f"{prefix}_group_iff_group_kind",
            violation_error_message="Hãy chọn tổ công đoàn được khen thưởng.",
        ),
        models.CheckConstraint(
            condition=~Q(recipient_kind=RecipientKind.BASE_UNION) | Q(base_union__isnull=False),
            name=f"{prefix}_union_for_union_kind",
            violation_error_message="Hãy chọn công đoàn cơ sở được khen thưởng.",
        ),
        models.CheckConstraint(
            condition=~Q(recipient_name=""),
            name=f"{prefix}_name_not_empty",
            violation_error_message="Hãy ghi tên người hoặc tập thể được khen thưởng.",
        ),
    ]


class Recipient(models.Model):
    Kind = RecipientKind

    recipient_kind = models.CharField("đối tượng", max_length=14, choices=Kind, default=Kind.MEMBER)
    member = models.ForeignKey(
        "members.Member", on_delete=models.PROTECT, null=True, blank=True, related_name="+", verbose_name="đoàn viên"
    )
    group = models.ForeignKey(
        "members.UnionGroup",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="tổ công đoàn",
    )
    base_union = models.ForeignKey(
        "members.BaseUnion",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="công đoàn cơ sở",
        help_text="Với đoàn viên và tổ công đoàn thì tự điền; với người, đơn vị ngoài ngành thì để trống.",
    )
    recipient_name = models.CharField(
        "họ tên / tên tập thể",
        max_length=200,
        blank=True,
        help_text="Với đoàn viên, công đoàn cơ sở, tổ công đoàn thì để trống để lấy tên có sẵn.",
    )
    recipient_unit = models.CharField(
        "đơn vị", max_length=200, blank=True, help_text="Nơi công tác của cá nhân; để trống để lấy tên công đoàn cơ sở."
    )
    position = models.CharField("chức vụ", max_length=120, blank=True)
    recipient_key = models.CharField(max_length=260, editable=False)
    recipient_folded = models.CharField(max_length=200, editable=False, db_index=True)

    class Meta:
        abstract = True

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        # Remembered so that choosing another member, group or union refreshes the snapshot.
        if "recipient_key" in field_names:
            instance._loaded_recipient_key = instance.recipient_key
        return instance

    @property
    def snapshot_day(self):
        """The day the recipient's unit is taken as of; None for today."""
        return None

    @property
    def is_individual(self):
        return self.recipient_kind in INDIVIDUAL_KINDS

    def fill_recipient(self):
        """Complete name, unit, union and key from the member, group or union chosen.

        Bulk paths (imports, demo data) skip save(), so they call this themselves.
        """
        kind = self.recipient_kind
        loaded_key = getattr(self, "_loaded_recipient_key", None)
        if kind in LINKED_KINDS and loaded_key not in (None, self.make_recipient_key()):
            self.recipient_name = self.recipient_unit = self.position = ""
        if kind == RecipientKind.MEMBER and self.member_id:
            member = self.member
            union = member.union_on(self.snapshot_day)
            self.base_union_id = union.pk
            self.recipient_name = self.recipient_name or member.full_name
            # A member without an office is named by their work, as lists of honours read: "Điều dưỡng".
            self.position = self.position or member.position or member.occupation
            self.recipient_unit = self.recipient_unit or union.name
        elif kind == RecipientKind.GROUP and self.group_id:
            self.base_union_id = self.group.base_union_id
            self.recipient_name = self.recipient_name or self.group.name
            self.recipient_unit = self.recipient_unit or self.group.base_union.name
        elif kind == RecipientKind.BASE_UNION and self.base_union_id:
            self.recipient_name = self.recipient_name or self.base_union.name
        elif kind in {RecipientKind.PERSON, RecipientKind.UNIT} and self.base_union_id:
            self.recipient_unit = self.recipient_unit or self.base_union.name
        self.recipient_name = " ".join(self.recipient_name.split())
        self.recipient_folded = fold(self.recipient_name)
        self.recipient_key = self.make_recipient_key()

    def make_recipient_key(self):
        kind = self.recipient_kind
        if kind == RecipientKind.MEMBER:
            return f"member:{self.member_id}"
        if kind == RecipientKind.GROUP:
            return f"group:{self.group_id}"
        if kind == RecipientKind.BASE_UNION:
            return f"union:{self.base_union_id}"
        # Outside people are told apart by name and unit: two "Nguyễn Văn An" may both be honoured.
        unit = fold(" ".join(self.recipient_unit.split())) if kind == RecipientKind.PERSON else ""
        return f"{kind}:{self.recipient_folded}|{unit}"[:260]

    def clean_recipient(self, award_type):
        """The form-level checks a constraint cannot make: the right fields for the kind, and eligibility.

        Fills the snapshot on the way, so the database's own checks see a complete row.
        """
        kind = self.recipient_kind
        required = {
            RecipientKind.MEMBER: "member",
            RecipientKind.GROUP: "group",
            RecipientKind.BASE_UNION: "base_union",
        }
        field = required.get(kind)
        if field and not getattr(self, f"{field}_id"):
            raise ValidationError({field: f"Hãy chọn {self._meta.get_field(field).verbose_name} được khen thưởng."})
        if kind == RecipientKind.MEMBER:
            self.group = None
        elif kind == RecipientKind.GROUP:
            self.member = None
        elif kind in {RecipientKind.PERSON, RecipientKind.UNIT}:
            self.member = self.group = None
            if not self.recipient_name.strip():
                raise ValidationError({"recipient_name": "Hãy ghi họ tên hoặc tên tập thể được khen thưởng."})
        else:
            self.member = self.group = None
        self.fill_recipient()
        if award_type is not None and not award_type.allows(self.is_individual):
            who = "cá nhân" if self.is_individual else "tập thể"
            raise ValidationError(
                {"award_type": f"“{award_type}” không dùng để khen thưởng {who}."},
            )
