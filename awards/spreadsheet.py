"""A decision's award lines read from a spreadsheet (XLSX or CSV) and checked row by row.

The columns have Vietnamese headers, matched without regard to case or marks. Every row becomes an
AwardLine checked by the model's own full_clean, so the file obeys the rules the admin does;
the rows are then added all together or not at all.
"""

import io
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import tablib
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import IntegrityError, transaction
from django.db.models.functions import Lower
from django.template.defaultfilters import filesizeformat

from awards import notices
from awards.models import AwardLine, AwardType, Decision, RecipientKind
from members.models import BaseUnion, Member, UnionGroup
from unionportal import pagecache
from unionportal.spreadsheets import check_workbook, read_cell
from unionportal.text import fold

SHEET_MAX_BYTES = 5 * 1024 * 1024
# Each row goes through the model's full_clean (about ten small queries), so a file stays at a
# size that is checked in seconds; a decision's list is far shorter in practice.
SHEET_MAX_ROWS = 1000
XLSX_SIGNATURE = b"PK\x03\x04"


@dataclass(frozen=True)
class SheetColumn:
    key: str
    header: str
    field: str
    aliases: tuple = ()
    required: bool = False
    help: str = ""


COLUMNS = [
    SheetColumn(
        "award_type",
        "Hình thức khen thưởng",
        "award_type",
        ("Hình thức", "Hình thức khen thưởng, danh hiệu", "Danh hiệu"),
        required=True,
        help="Tên hình thức hoặc danh hiệu đúng như trong danh mục, ví dụ: Bằng khen, Giấy khen.",
    ),
    SheetColumn(
        "kind",
        "Đối tượng",
        "recipient_kind",
        required=True,
        help="Đoàn viên, Cá nhân, Công đoàn cơ sở, Tổ công đoàn hoặc Tập thể khác.",
    ),
    SheetColumn("card", "Số thẻ đoàn viên", "member", ("Số thẻ",), help="Bắt buộc với đoàn viên; họ tên lấy theo thẻ."),
    SheetColumn(
        "union",
        "Mã công đoàn cơ sở",
        "base_union",
        ("Mã CĐCS",),
        help="Bắt buộc với công đoàn cơ sở và tổ công đoàn; với cá nhân, tập thể khác thì tùy chọn.",
    ),
    SheetColumn("group", "Tổ công đoàn", "group", help="Tên tổ trong công đoàn cơ sở ghi ở cột mã; cho tổ công đoàn."),
    SheetColumn(
        "name",
        "Họ tên / Tên tập thể",
        "recipient_name",
        ("Họ tên", "Họ và tên", "Tên tập thể"),
        help="Bắt buộc với cá nhân và tập thể khác; với đoàn viên, nếu ghi thì phải khớp với thẻ.",
    ),
    SheetColumn("position", "Chức vụ", "position", help="Chức vụ của cá nhân lúc được khen thưởng."),
    SheetColumn("unit", "Đơn vị", "recipient_unit", ("Đơn vị công tác",), help="Để trống để lấy tên công đoàn cơ sở."),
    SheetColumn("achievement", "Thành tích", "achievement", help="Nội dung thành tích, in lên giấy khen."),
    SheetColumn("public", "Công bố", "is_public", help="Có hoặc Không công bố trên cổng; để trống là Có."),
]
COLUMN_BY_FIELD = {column.field: column for column in COLUMNS}
RECIPIENT_FIELDS = {"member", "group", "base_union", "recipient_name"}
# A line's related rows, which DecisionSheet reads for the whole file.
LOOKED_UP = ["decision", "award_type", "member", "group", "base_union"]
ONCE_PER_DECISION = next(c for c in AwardLine._meta.constraints if c.name == "awards_awardline_once_per_decision")
# A numbering or notes column is common in hand-made lists; it carries nothing to import.
IGNORED_HEADERS = {"stt", "tt", "so thu tu", "ghi chu"}

KIND_NAMES = {
    **{fold(label): kind for kind, label in RecipientKind.choices},
    "ca nhan": RecipientKind.PERSON,
    "cdcs": RecipientKind.BASE_UNION,
    "to": RecipientKind.GROUP,
    "to cd": RecipientKind.GROUP,
    "tap the": RecipientKind.UNIT,
    "don vi": RecipientKind.UNIT,
}
KIND_LABELS = ["Đoàn viên", "Cá nhân", "Công đoàn cơ sở", "Tổ công đoàn", "Tập thể khác"]
YES = {"co", "x", "1", "true"}
NO = {"khong", "0", "false"}

TEMPLATE_EXAMPLE = {
    "award_type": "Bằng khen",
    "kind": "Đoàn viên",
    "card": "YT0001234",
    "union": "BVDK",
    "group": "",
    "name": "Nguyễn Thị Hoa",
    "position": "Điều dưỡng trưởng",
    "unit": "Khoa Nội, Bệnh viện Đa khoa tỉnh",
    "achievement": "Đã có thành tích xuất sắc trong phong trào thi đua năm 2025",
    "public": "Có",
}


def header_key(text):
    """A header as compared: no marks, no case, single spaces, spaces around slashes."""
    return " ".join(fold(str(text or "")).replace("/", " / ").split())


HEADER_KEYS = {header_key(name): column for column in COLUMNS for name in (column.header, *column.aliases)}


def cell_text(value):
    """A cell as text: numbers typed into text columns (card numbers) lose their ".0", and
    Vietnamese typed with decomposed marks is stored composed, as everything else is."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Có" if value else "Không"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return unicodedata.normalize("NFC", " ".join(read_cell(str(value)).split()))


def template_dataset():
    """The columns the import reads, with one example row, for the downloadable template."""
    dataset = tablib.Dataset(headers=[column.header for column in COLUMNS], title="Danh sách khen thưởng")
    dataset.append([TEMPLATE_EXAMPLE[column.key] for column in COLUMNS])
    return dataset


def read_sheet(upload):
    """The data rows of an uploaded XLSX or CSV file: [(row number in the file, {column key: text})].

    Raises ValidationError, in Vietnamese, when the file cannot be read as an award list at all.
    """
    name = Path(upload.name).name
    extension = Path(upload.name).suffix.lower()
    if extension == ".xls":
        raise ValidationError(
            "Tệp Excel cũ (.xls) không đọc được. Hãy mở tệp trong Excel và lưu lại dưới dạng .xlsx.", code="xls"
        )
    if extension not in {".xlsx", ".csv"}:
        raise ValidationError(
            "Tệp “%(name)s” không nhận được: hãy dùng tệp Excel (.xlsx) hoặc CSV (.csv).",
            code="extension",
            params={"name": name},
        )
    if upload.size > SHEET_MAX_BYTES:
        raise ValidationError(
            "Tệp quá lớn (%(size)s). Dung lượng tối đa là %(limit)s.",
            code="too_large",
            params={"size": filesizeformat(upload.size), "limit": filesizeformat(SHEET_MAX_BYTES)},
        )
    content = upload.read()
    if not content.strip():
        raise ValidationError("Tệp “%(name)s” trống.", code="empty", params={"name": name})
    dataset = _load_xlsx(content, name) if extension == ".xlsx" else _load_csv(content, name)

    columns = _columns(dataset.headers or [])
    rows = []
    for number, values in enumerate(dataset, start=2):
        cells = {column.key: "" for column in COLUMNS}
        cells.update({column.key: cell_text(values[index]) for index, column in columns.items()})
        if any(cells.values()):
            rows.append((number, cells))
    if not rows:
        raise ValidationError("Tệp không có dòng dữ liệu nào dưới dòng tiêu đề.", code="no_rows")
    if len(rows) > SHEET_MAX_ROWS:
        raise ValidationError(
            "Tệp có %(count)s dòng, nhiều hơn mức %(limit)s dòng một lần nhập. Hãy chia thành nhiều tệp.",
            code="too_many_rows",
            params={"count": len(rows), "limit": SHEET_MAX_ROWS},
        )
    return rows


def _load_xlsx(content, name):
    if not content.startswith(XLSX_SIGNATURE):
        raise ValidationError(
            "Tệp “%(name)s” không phải tệp Excel .xlsx hợp lệ (có thể đã bị đổi đuôi hoặc bị hỏng).",
            code="xlsx_invalid",
            params={"name": name},
        )
    check_workbook(content)
    try:
        return tablib.Dataset().load(io.BytesIO(content), format="xlsx")
    except Exception as error:  # a damaged workbook fails in many different ways inside openpyxl
        raise ValidationError(
            "Không đọc được tệp Excel “%(name)s”: tệp bị hỏng hoặc không đúng định dạng .xlsx.",
            code="xlsx_unreadable",
            params={"name": name},
        ) from error


def _load_csv(content, name):
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError(
            "Tệp CSV “%(name)s” không ở bảng mã UTF-8 nên chữ có dấu sẽ bị sai. Trong Excel hãy chọn "
            "Lưu thành → “CSV UTF-8”, hoặc dùng tệp Excel (.xlsx).",
            code="csv_encoding",
            params={"name": name},
        ) from None
    # Excel set to Vietnamese writes CSV with semicolons, since the comma is the decimal mark.
    first_line = text.lstrip().partition("\n")[0]
    delimiter = max([",", ";", "\t"], key=first_line.count)
    try:
        return tablib.Dataset().load(text, format="csv", delimiter=delimiter)
    except tablib.InvalidDimensions:
        raise ValidationError(
            "Tệp CSV “%(name)s” có dòng nhiều ô hơn dòng tiêu đề. Hãy kiểm tra dấu phẩy trong nội dung ô.",
            code="csv_ragged",
            params={"name": name},
        ) from None


def _columns(headers):
    """{position in the file: column}; refuses a header row that is not the template's."""
    columns = {}
    unknown = []
    for index, header in enumerate(headers):
        key = header_key(header)
        if not key or key in IGNORED_HEADERS:
            continue
        column = HEADER_KEYS.get(key)
        if column is None:
            unknown.append(cell_text(header))
        elif column in columns.values():
            raise ValidationError(
                "Cột “%(column)s” có hai lần trong dòng tiêu đề.",
                code="duplicate_column",
                params={"column": column.header},
            )
        else:
            columns[index] = column
    problems = []
    if missing := [column.header for column in COLUMNS if column.required and column not in columns.values()]:
        problems.append(
            ValidationError("Tệp thiếu cột: %(columns)s.", code="missing_columns", params={"columns": _quoted(missing)})
        )
    if unknown:
        problems.append(
            ValidationError(
                "Tệp có cột không nhận ra: %(columns)s.", code="unknown_columns", params={"columns": _quoted(unknown)}
            )
        )
    if problems:
        problems.append(
            ValidationError(
                "Dòng đầu tiên của tệp phải là tiêu đề cột như tệp mẫu: %(columns)s.",
                code="expected_columns",
                params={"columns": _quoted(column.header for column in COLUMNS)},
            )
        )
        raise ValidationError(problems)
    return columns


def _quoted(names):
    return ", ".join(f"“{name}”" for name in names)


@dataclass(frozen=True)
class RowError:
    number: int
    column: str
    message: str


class DecisionSheet:
    """The rows of a spreadsheet as award lines of one decision, checked by the model's own rules.

    `check()` fills `lines` (with `numbers`, their rows in the file) or `errors`; `save()`
    checks again under a lock on the decision and adds every line or none.
    """

    def __init__(self, decision, rows):
        self.decision = decision
        self.rows = rows
        self.lines = []
        self.numbers = []
        self.errors = []

    def check(self):
        self._lookup()
        self.lines, self.numbers, self.errors = [], [], []
        seen = {}
        for number, cells in self.rows:
            line, problems = self._line(cells)
            if line is not None and not problems:
                key = (line.award_type_id, line.recipient_key)
                if key in self.taken:
                    problems[NON_FIELD_ERRORS] = [ONCE_PER_DECISION.violation_error_message]
                elif key in seen:
                    problems[NON_FIELD_ERRORS] = [
                        f"Trùng với dòng {seen[key]}: cùng người hoặc tập thể, cùng hình thức khen thưởng."
                    ]
                else:
                    seen[key] = number
            if problems:
                self.errors.extend(self._row_errors(number, problems))
            else:
                self.lines.append(line)
                self.numbers.append(number)
        return not self.errors

    def save(self):
        """Add the lines, all or none. Returns False, with `errors`, if the decision changed meanwhile."""
        try:
            with transaction.atomic():
                # Two imports into one decision wait for each other, so both cannot pass the duplicate check.
                Decision.objects.select_for_update().get(pk=self.decision.pk)
                if not self.check():
                    return False
                AwardLine.objects.bulk_create(self.lines)
                # bulk_create sends no signals: the honour roll is told here.
                pagecache.pages_change_on_commit()
                notices.decision_names_members(self.decision, self.lines)
        except IntegrityError:
            self.errors = [RowError(0, "", "Quyết định vừa được người khác sửa; hãy tải tệp lên lại để kiểm tra.")]
            return False
        return True

    @property
    def numbered_lines(self):
        return list(zip(self.numbers, self.lines, strict=True))

    def summary(self):
        """Collectives and individuals per form of award, highest form first."""
        counts = {}
        for line in self.lines:
            row = counts.setdefault(
                line.award_type, {"award_type": line.award_type, "collectives": 0, "individuals": 0}
            )
            row["individuals" if line.is_individual else "collectives"] += 1
        return sorted(counts.values(), key=lambda row: (row["award_type"].order, row["award_type"].name))

    def _lookup(self):
        """Everything the rows name, read once for the whole file rather than once per row."""
        self.award_types = {fold(award_type.name): award_type for award_type in AwardType.objects.all()}
        codes = {cells["union"].lower() for _, cells in self.rows if cells["union"]}
        self.unions = {
            union.code_key: union
            for union in BaseUnion.objects.annotate(code_key=Lower("code")).filter(code_key__in=codes)
        }
        self.groups = {
            (group.base_union_id, fold(group.name)): group
            for group in UnionGroup.objects.filter(base_union__in=self.unions.values())
        }
        # The decision's own lines, for the database's "once per decision" rule, in one query.
        self.taken = set(self.decision.lines.values_list("award_type_id", "recipient_key"))
        cards = {cells["card"] for _, cells in self.rows if cells["card"]}
        self.members = {
            member.card_number: member
            for member in Member.objects.filter(card_number__in=cards).select_related("base_union")
        }

    def _line(self, cells):
        """The award line a row describes, and {field: [messages]} for what is wrong with it."""
        problems = {}

        def problem(field, message):
            problems.setdefault(field, []).append(message)

        award_type = self.award_types.get(fold(cells["award_type"]))
        if not cells["award_type"]:
            problem("award_type", "Thiếu hình thức khen thưởng.")
        elif award_type is None:
            problem("award_type", f"Không có hình thức khen thưởng “{cells['award_type']}” trong danh mục.")
        kind = KIND_NAMES.get(fold(cells["kind"]))
        if not cells["kind"]:
            problem("recipient_kind", "Thiếu đối tượng.")
        elif kind is None:
            problem(
                "recipient_kind",
                f"“{cells['kind']}” không phải đối tượng nào; hãy ghi một trong: {_quoted(KIND_LABELS)}.",
            )
        if problems:
            # Without the form of award and the kind of recipient, nothing else can be judged.
            return None, problems

        union = None
        if cells["union"]:
            union = self.unions.get(cells["union"].lower())
            if union is None:
                problem("base_union", f"Không có công đoàn cơ sở mã “{cells['union']}”.")
        elif kind in {RecipientKind.BASE_UNION, RecipientKind.GROUP}:
            problem("base_union", "Thiếu mã công đoàn cơ sở.")

        line = AwardLine(
            decision=self.decision,
            award_type=award_type,
            recipient_kind=kind,
            base_union=union,
            recipient_name=cells["name"],
            recipient_unit=cells["unit"],
            position=cells["position"],
            achievement=cells["achievement"],
        )
        if kind == RecipientKind.MEMBER:
            self._attach_member(line, cells, union, problem)
        elif cells["card"]:
            problem("member", f"Chỉ ghi số thẻ cho đối tượng “{RecipientKind.MEMBER.label}”.")
        if kind == RecipientKind.GROUP and union is not None:
            if not cells["group"]:
                problem("group", "Thiếu tên tổ công đoàn.")
            elif (group := self.groups.get((union.pk, fold(cells["group"])))) is None:
                problem("group", f"Công đoàn cơ sở “{union.code}” không có tổ “{cells['group']}”.")
            else:
                line.group = group

        public = fold(cells["public"])
        if public in NO:
            line.is_public = False
        elif public and public not in YES:
            problem("is_public", f"“{cells['public']}” không hiểu được; hãy ghi Có hoặc Không.")

        try:
            # Excluded as the admin's form excludes them: clean() fills them in. The related rows were just
            # read (_lookup), so they are not looked up again one by one; the database's constraints are
            # the model's clean() again, and the decision's lines are checked once for the whole file
            # (check()): row by row they were ten queries a line.
            line.full_clean(exclude=["recipient_key", "recipient_folded", *LOOKED_UP], validate_constraints=False)
        except ValidationError as error:
            # What is already explained in the file's terms keeps that explanation only (and one
            # wrong recipient cell explains the other recipient fields).
            explained = set(problems) | (RECIPIENT_FIELDS if RECIPIENT_FIELDS & set(problems) else set())
            model_problems = error.message_dict
            row_checks = model_problems.pop(NON_FIELD_ERRORS, [])
            problems.update({field: messages for field, messages in model_problems.items() if field not in explained})
            # The whole-row checks (the same recipient twice, …) mean something only once every cell is right.
            if row_checks and not problems:
                problems[NON_FIELD_ERRORS] = row_checks
        return line, problems

    def _attach_member(self, line, cells, union, problem):
        if not cells["card"]:
            problem("member", "Thiếu số thẻ đoàn viên.")
            return
        member = self.members.get(cells["card"])
        if member is None:
            problem("member", f"Không có đoàn viên số thẻ “{cells['card']}”.")
            return
        if union is not None and member.base_union_id != union.pk:
            problem(
                "base_union", f"Đoàn viên số thẻ “{cells['card']}” thuộc “{member.base_union}”, không thuộc mã này."
            )
        if cells["name"] and fold(cells["name"]) != fold(member.full_name):
            problem("recipient_name", f"Số thẻ “{cells['card']}” là của đoàn viên “{member.full_name}”.")
        line.member = member
        line.base_union = member.base_union
        # The name as the member list spells it, marks and all.
        line.recipient_name = ""

    @staticmethod
    def _row_errors(number, problems):
        errors = []
        for field, messages in problems.items():
            column = COLUMN_BY_FIELD.get(field)
            errors.extend(RowError(number, column.header if column else "", message) for message in messages)
        return errors
