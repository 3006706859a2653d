"""The member list as a spreadsheet: one set of Vietnamese columns for import, export and the template."""

import copy

from django.core.exceptions import ValidationError
from import_export import fields, resources, widgets

from members.models import BaseUnion, Member, UnionGroup
from unionportal.spreadsheets import inert, read_cell
from unionportal.text import fold

DATE_FORMAT = "%d/%m/%Y"


class ImportRefused(ValueError):
    """A fault of the file as a whole (a missing column), told to the officer as it is."""


class TextWidget(widgets.CharWidget):
    """A text cell: empty cells are empty text, not NULL; numbers typed into text columns become text."""

    def __init__(self):
        super().__init__(allow_blank=True)

    def clean(self, value, row=None, **kwargs):
        return read_cell(super().clean(value, row=row, **kwargs))


TEXT = TextWidget()


class VietnameseDateWidget(widgets.DateWidget):
    def __init__(self):
        super().__init__(format=DATE_FORMAT)

    def clean(self, value, row=None, **kwargs):
        try:
            return super().clean(value, row=row, **kwargs)
        except ValueError:
            raise ValueError(f"Ngày “{value}” không đúng dạng ngày/tháng/năm (dd/mm/yyyy).") from None


class ChoiceLabelWidget(widgets.CharWidget):
    """Reads and writes a TextChoices field by its Vietnamese label, with or without marks."""

    def __init__(self, choices, default=None):
        super().__init__()
        self.choices = choices
        self.default = default
        self.by_folded_label = {fold(label): value for value, label in choices.choices}

    def clean(self, value, row=None, **kwargs):
        text = fold(str(value or "").strip())
        if not text:
            return self.default
        if text in self.by_folded_label:
            return self.by_folded_label[text]
        labels = ", ".join(self.choices.labels)
        raise ValueError(f"“{value}” không phải một trong các giá trị: {labels}.")

    def render(self, value, obj=None, **kwargs):
        return self.choices(value).label if value else ""


class BaseUnionWidget(widgets.ForeignKeyWidget):
    """A base union by its code, among those the importing user manages."""

    def __init__(self, resource):
        super().__init__(BaseUnion, field="code")
        self.resource = resource

    def clean(self, value, row=None, **kwargs):
        code = str(value or "").strip().lower()
        if not code:
            return None
        try:
            return self.resource.unions_by_code[code]
        except KeyError:
            raise ValueError(f"Không có công đoàn cơ sở mã “{value}” mà bạn quản lý.") from None

    def render(self, value, obj=None, **kwargs):
        return value.code if value else ""


class UnionGroupWidget(widgets.ForeignKeyWidget):
    """A union group by its name, inside the row's base union."""

    def __init__(self, resource):
        super().__init__(UnionGroup, field="name")
        self.resource = resource

    def clean(self, value, row=None, **kwargs):
        name = " ".join(str(value or "").split())
        if not name:
            return None
        code = str(row.get(MemberResource.UNION_COLUMN) or "").strip().lower()
        try:
            return self.resource.groups_by_key[code, fold(name)]
        except KeyError:
            raise ValueError(f"Công đoàn cơ sở “{code.upper()}” không có tổ “{name}”.") from None

    def render(self, value, obj=None, **kwargs):
        return value.name if value else ""


# Made from the full name by Member.fill_name_keys; Member.clean speaks of the full name instead.
DERIVED_FIELDS = ["given_name", "name_folded", "sort_name"]
# What a row of an update may change; the card number is the key, and the union changes only by a transfer.
UPDATABLE_FIELDS = [
    "full_name", "gender", "birth_date", "occupation", "position", "base_union", "group",
    "joined_on", "phone", "email", "status",
]  # fmt: skip


def shown(member, name):
    """A field of a member as the preview shows it: dates dd/mm/yyyy, choices and related rows by their name."""
    value = getattr(member, name)
    if value is None or value == "":
        return "(trống)"
    choices = Member._meta.get_field(name).flatchoices
    if choices:
        return str(dict(choices).get(value, value))
    if hasattr(value, "strftime"):
        return value.strftime(DATE_FORMAT)
    return str(value)


class MemberResource(resources.ModelResource):
    """The member list's columns. Importing adds members; with `update_existing` a row whose card number is a
    member's of a union the user manages replaces that member's record instead (the card number is the key)."""

    UNION_COLUMN = "Mã CĐCS"
    REQUIRED_FIELDS = ["full_name", "gender", "birth_date", "base_union", "joined_on", "card_number"]

    def __init__(self, *, update_existing=False, **kwargs):
        super().__init__()
        self.update_existing = update_existing
        self.fields["base_union"].widget = BaseUnionWidget(self)
        self.fields["group"].widget = UnionGroupWidget(self)

    full_name = fields.Field("full_name", "Họ và tên", widget=TEXT)
    gender = fields.Field("gender", "Giới tính", widget=ChoiceLabelWidget(Member.Gender))
    birth_date = fields.Field("birth_date", "Ngày sinh", widget=VietnameseDateWidget())
    occupation = fields.Field("occupation", "Nghề nghiệp", widget=TEXT)
    position = fields.Field("position", "Chức vụ", widget=TEXT)
    base_union = fields.Field("base_union", UNION_COLUMN)
    group = fields.Field("group", "Tổ công đoàn")
    joined_on = fields.Field("joined_on", "Ngày vào công đoàn", widget=VietnameseDateWidget())
    card_number = fields.Field("card_number", "Số thẻ đoàn viên", widget=TEXT)
    phone = fields.Field("phone", "Điện thoại", widget=TEXT)
    email = fields.Field("email", "Thư điện tử", widget=TEXT)
    status = fields.Field("status", "Trạng thái", widget=ChoiceLabelWidget(Member.Status, default=Member.Status.ACTIVE))

    class Meta:
        model = Member
        fields = [
            "full_name", "gender", "birth_date", "occupation", "position", "base_union", "group",
            "joined_on", "card_number", "phone", "email", "status",
        ]  # fmt: skip
        clean_model_instances = True
        skip_diff = True
        # An unchanged member of an update is listed in the preview as such, not left out.
        report_skipped = True
        use_transactions = True
        use_bulk = True
        batch_size = 500

    @classmethod
    def headers(cls):
        return [field.column_name for field in cls().get_export_fields()]

    def export_field(self, field, instance, **kwargs):
        # Written so that no cell runs as a formula when the list is opened (unionportal.spreadsheets).
        return inert(super().export_field(field, instance, **kwargs))

    def before_import(self, dataset, **kwargs):
        required = [self.fields[name].column_name for name in self.REQUIRED_FIELDS]
        if missing := [column for column in required if column not in (dataset.headers or [])]:
            raise ImportRefused(f"Tệp thiếu cột: {', '.join(missing)}. Hãy dùng tệp mẫu.")
        # Looked up once for the whole file rather than once per row.
        self.unions = BaseUnion.objects.for_user(kwargs["user"])
        self.unions_by_code = {union.code.lower(): union for union in self.unions}
        self.groups_by_key = {
            (group.base_union.code.lower(), fold(group.name)): group
            for group in UnionGroup.objects.filter(base_union__in=self.unions).select_related("base_union")
        }
        self.row_by_card = {}
        cards = [str(card).strip() for card in dataset[self.fields["card_number"].column_name] if card]
        # Every member holding one of the file's card numbers, whatever their union: one query.
        holders = Member.objects.filter(card_number__in=cards).select_related("base_union", "group")
        self.members_by_card = {member.card_number: member for member in holders}
        self.managed_union_ids = {union.pk for union in self.unions}

    def before_import_row(self, row, **kwargs):
        self.row_number = kwargs.get("row_number")
        self.row_changes = []

    def get_instance(self, instance_loader, row):
        """The member the row updates, in update mode; else none: the row adds a member."""
        if not self.update_existing:
            return None
        member = self.members_by_card.get(str(row.get(self.fields["card_number"].column_name) or "").strip())
        return member if member is not None and member.base_union_id in self.managed_union_ids else None

    def import_instance(self, instance, row, **kwargs):
        before = copy.copy(instance) if instance.pk else None
        super().import_instance(instance, row, **kwargs)
        instance.full_name = " ".join(instance.full_name.split())
        instance.card_number = instance.card_number.strip()
        instance.fill_name_keys()
        if before is None:
            return
        if not row.get(self.fields["status"].column_name):
            # An empty status keeps the member's: it must not bring back one who has left.
            instance.status = before.status
        if instance.base_union_id != before.base_union_id:
            raise ValidationError(
                {"base_union": "Đoàn viên đang sinh hoạt ở công đoàn cơ sở khác: hãy làm thủ tục chuyển sinh hoạt."}
            )
        self.row_changes = [
            (self.fields[name].column_name, shown(before, name), shown(instance, name))
            for name in UPDATABLE_FIELDS
            if getattr(before, name) != getattr(instance, name)
        ]

    def skip_row(self, instance, original, row, import_validation_errors=None):
        """A member whose row says nothing new is left as is, and counted as unchanged."""
        return instance.pk is not None and not import_validation_errors and not self.row_changes

    def after_import_row(self, row, row_result, **kwargs):
        """What the preview lists under an updated member: (column, before, after) for each change."""
        row_result.changes = self.row_changes

    def get_bulk_update_fields(self):
        return [*super().get_bulk_update_fields(), *DERIVED_FIELDS]

    def validate_instance(self, instance, import_validation_errors=None, validate_unique=True):
        errors = dict(import_validation_errors or {})
        card = instance.card_number
        holder = self.members_by_card.get(card)
        if holder is not None and holder != instance:
            if not self.update_existing:
                message = "Số thẻ đoàn viên này đã có trong cơ sở dữ liệu."
            else:
                message = "Số thẻ đoàn viên này là của một đoàn viên ngoài công đoàn cơ sở bạn quản lý."
            errors.setdefault("card_number", []).append(message)
        elif card in self.row_by_card:
            errors.setdefault("card_number", []).append(f"Số thẻ đoàn viên trùng với dòng {self.row_by_card[card]}.")
        elif card:
            self.row_by_card[card] = self.row_number
        if instance.base_union_id is None and "base_union" not in errors:
            errors["base_union"] = ["Thiếu mã công đoàn cơ sở."]
        try:
            # Card numbers were checked above for the whole file at once, and the union and group
            # come from the lookups made in before_import: no query per row.
            instance.full_clean(
                exclude=[*errors, "base_union", "group", *DERIVED_FIELDS],
                validate_unique=False,
                validate_constraints=False,
            )
        except ValidationError as error:
            for field, messages in error.update_error_dict({}).items():
                errors.setdefault(field, []).extend(messages)
        if errors:
            raise ValidationError(errors)
