from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import ExtractYear

from members.models.union import BaseUnion, UnionGroup
from members.scoping import UnionScopedQuerySet
from unionportal.text import fold


def name_keys(full_name):
    """(given name, folded name, sort key) of a Vietnamese full name.

    Vietnamese lists sort by the given name (the last word), then the family name (the
    first), then the middle names: "Trần Văn An" comes before "Lê Thị Bình".
    """
    words = full_name.split()
    if not words:
        return "", "", ""
    given, family, middle = words[-1], words[0] if len(words) > 1 else "", words[1:-1]
    sort_key = " ".join(fold(word) for word in [given, family, *middle])
    return given, fold(" ".join(words)), sort_key


class MemberQuerySet(UnionScopedQuerySet):
    def active(self):
        return self.filter(status=Member.Status.ACTIVE)

    def search(self, text):
        """By name, diacritic-insensitive ("nguyen van an" finds "Nguyễn Văn An"), or by exact card number."""
        text = " ".join(text.split())
        return self.filter(models.Q(name_folded__contains=fold(text)) | models.Q(card_number=text))

    def count_by(self, field):
        """{value: count} for one field, counted in the database."""
        rows = self.order_by().values(field).annotate(count=models.Count("pk"))
        return {row[field]: row["count"] for row in rows}

    def joined_per_year(self):
        rows = (
            self.order_by()
            .annotate(year=ExtractYear("joined_on"))
            .values("year")
            .annotate(count=models.Count("pk"))
            .order_by("year")
        )
        return {row["year"]: row["count"] for row in rows}


class MemberGender(models.TextChoices):
    MALE = "nam", "Nam"
    FEMALE = "nu", "Nữ"


class MemberStatus(models.TextChoices):
    ACTIVE = "dang_sinh_hoat", "Đang sinh hoạt"
    TRANSFERRED_OUT = "chuyen_di", "Đã chuyển đi"
    LEFT = "thoi_sinh_hoat", "Thôi sinh hoạt"
    RETIRED = "nghi_huu", "Nghỉ hưu"


class Member(models.Model):
    """A đoàn viên. Personal data: shown only in the admin, never on a public page."""

    Gender = MemberGender

    Status = MemberStatus

    full_name = models.CharField("họ và tên", max_length=120)
    given_name = models.CharField("tên", max_length=40, editable=False)
    name_folded = models.CharField("họ tên không dấu", max_length=120, editable=False, db_index=True)
    sort_name = models.CharField("khoá sắp xếp", max_length=120, editable=False, db_index=True)
    gender = models.CharField("giới tính", max_length=3, choices=Gender)
    birth_date = models.DateField("ngày sinh")
    occupation = models.CharField(
        "nghề nghiệp", max_length=80, blank=True, help_text="Bác sĩ, điều dưỡng, kỹ thuật viên…"
    )
    position = models.CharField("chức vụ", max_length=80, blank=True)
    base_union = models.ForeignKey(
        BaseUnion, on_delete=models.PROTECT, related_name="members", verbose_name="công đoàn cơ sở"
    )
    group = models.ForeignKey(
        UnionGroup,
        on_delete=models.PROTECT,
        related_name="members",
        null=True,
        blank=True,
        verbose_name="tổ công đoàn",
    )
    joined_on = models.DateField("ngày vào công đoàn")
    card_number = models.CharField("số thẻ đoàn viên", max_length=20)
    phone = models.CharField("điện thoại", max_length=20, blank=True)
    email = models.EmailField("thư điện tử", blank=True)
    status = models.CharField("trạng thái", max_length=20, choices=Status, default=Status.ACTIVE)
    created_at = models.DateTimeField("tạo lúc", auto_now_add=True)
    updated_at = models.DateTimeField("cập nhật lúc", auto_now=True)

    objects = MemberQuerySet.as_manager()

    class Meta:
        ordering = ["sort_name", "pk"]
        verbose_name = "đoàn viên"
        verbose_name_plural = "đoàn viên"
        # Viewing a member is not exporting the list: the emulation office picks members, it does not take them away.
        permissions = [("export_member", "Xuất danh sách đoàn viên ra tệp")]
        constraints = [
            models.UniqueConstraint(
                "card_number", name="members_member_card_unique", violation_error_message="Số thẻ đoàn viên này đã có."
            ),
            models.CheckConstraint(condition=~models.Q(card_number=""), name="members_member_card_not_empty"),
            models.CheckConstraint(condition=~models.Q(full_name=""), name="members_member_name_not_empty"),
            models.CheckConstraint(
                condition=models.Q(joined_on__gt=models.F("birth_date")),
                name="members_member_joined_after_birth",
                violation_error_message="Ngày vào công đoàn phải sau ngày sinh.",
            ),
            models.CheckConstraint(
                condition=models.Q(gender__in=MemberGender.values), name="members_member_gender_valid"
            ),
            models.CheckConstraint(
                condition=models.Q(status__in=MemberStatus.values), name="members_member_status_valid"
            ),
        ]

    def __str__(self):
        return self.full_name

    def save(self, *args, **kwargs):
        self.fill_name_keys()
        super().save(*args, **kwargs)

    def clean(self):
        self.full_name = " ".join(self.full_name.split())
        given_name_limit = self._meta.get_field("given_name").max_length
        if self.full_name and len(self.full_name.split()[-1]) > given_name_limit:
            raise ValidationError(
                {"full_name": f"Tên (chữ cuối của họ tên) dài quá {given_name_limit} ký tự; hãy kiểm tra lại họ tên."}
            )
        if self.group_id and self.base_union_id and self.group.base_union_id != self.base_union_id:
            raise ValidationError({"group": "Tổ công đoàn này không thuộc công đoàn cơ sở của đoàn viên."})
        if self.birth_date and self.joined_on and self.joined_on <= self.birth_date:
            raise ValidationError({"joined_on": "Ngày vào công đoàn phải sau ngày sinh."})

    def fill_name_keys(self):
        """Bulk paths (import, demo data) skip save(), so they call this themselves."""
        self.given_name, self.name_folded, self.sort_name = name_keys(self.full_name)

    def union_on(self, day):
        """The base union the member belonged to on `day` (None: today), read back through their transfers."""
        if day is None:
            return self.base_union
        later = self.transfers.filter(transferred_on__gt=day).select_related("from_union")
        first_later = later.order_by("transferred_on", "pk").first()
        return first_later.from_union if first_later else self.base_union

    def transfer(self, *, to_union, to_group=None, on, reason="", recorded_by=None):
        from members.models.transfer import Transfer

        transfer = Transfer(
            member=self, to_union=to_union, to_group=to_group, transferred_on=on, reason=reason, recorded_by=recorded_by
        )
        transfer.full_clean(exclude=["from_union", "from_group"])
        transfer.save()
        return transfer
