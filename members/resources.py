"""The member list as a spreadsheet: one set of Vietnamese columns for import, export and the template."""

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


class MemberResource(resources.ModelResource):
    UNION_COLUMN = "Mã CĐCS"
    REQUIRED_FIELDS = ["full_name", "gender", "birth_date", "base_union", "joined_on", "card_number"]

    def __init__(self, **kwargs):
        super().__init__()
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
        self.cards_in_database = set()
        cards = [str(card).strip() for card in dataset[self.fields["card_number"].column_name] if card]
        if cards:
            self.cards_in_database = set(
                Member.objects.filter(card_number__in=cards).values_list("card_number", flat=True)
            )

    def before_import_row(self, row, **kwargs):
        self.row_number = kwargs.get("row_number")

    def get_instance(self, instance_loader, row):
        # Importing only adds members; a card number already in the database is an error.
        return None

    def import_instance(self, instance, row, **kwargs):
        super().import_instance(instance, row, **kwargs)
        instance.full_name = " ".join(instance.full_name.split())
        instance.card_number = instance.card_number.strip()
        instance.fill_name_keys()

    def validate_instance(self, instance, import_validation_errors=None, validate_unique=True):
        errors = dict(import_validation_errors or {})
        card = instance.card_number
        if card in self.cards_in_database:
            errors.setdefault("card_number", []).append("Số thẻ đoàn viên này đã có trong cơ sở dữ liệu.")
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
