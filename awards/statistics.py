"""The year-end statistics of emulation and commendation a reporting unit files (Thông tư 02/2023/TT-BNV).

The circular's "BNV-TĐKT" report forms ask a reporting unit, for a year, how many emulation campaigns
it launched and how many commendations and emulation titles were given, by level and by kind, to
collectives and to individuals. Those counts are worked out here from the decisions signed in the year
and written as an XLSX, one sheet per table. The sheets carry the circular's name; the office checks
each form's code and column headings against the circular's annex before filing, since that annex
could not be read here.
"""

import io

from django.db.models import Count, Q
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

from awards.models import Authority, AwardLine, AwardType
from awards.models.recipient import INDIVIDUAL_KINDS
from emulation.models import Campaign
from members.models import Member

CIRCULAR = "Thông tư 02/2023/TT-BNV (biểu mẫu BNV-TĐKT)"
COUNT_COLUMNS = ["Tổng số", "Tập thể", "Cá nhân", "Trong đó: nữ"]


def line_counts(lines):
    """The four counts of a table row: all lines, to collectives, to individuals, to women members."""
    return lines.aggregate(
        total=Count("pk"),
        collectives=Count("pk", filter=~Q(recipient_kind__in=INDIVIDUAL_KINDS)),
        individuals=Count("pk", filter=Q(recipient_kind__in=INDIVIDUAL_KINDS)),
        women=Count("pk", filter=Q(member__gender=Member.Gender.FEMALE)),
    )


def year_statistics(user, year):
    """{"campaigns": [(kind, count)], "by_level": [(level, counts)], "by_form": [(category, [(form, counts)])]}.

    Counted by the database: a handful of queries whatever the number of lines.
    """
    lines = AwardLine.objects.for_user(user).filter(decision__signed_on__year=year).order_by()
    launched = Campaign.objects.filter(Q(launched_on__year=year) | Q(launched_on=None, starts_on__year=year))
    per_kind = dict(launched.order_by().values_list("kind").annotate(n=Count("pk")))
    campaigns = [(label, per_kind.get(value, 0)) for value, label in Campaign.Kind.choices]

    def grouped(field, choices):
        rows = lines.values(field).annotate(
            total=Count("pk"),
            collectives=Count("pk", filter=~Q(recipient_kind__in=INDIVIDUAL_KINDS)),
            individuals=Count("pk", filter=Q(recipient_kind__in=INDIVIDUAL_KINDS)),
            women=Count("pk", filter=Q(member__gender=Member.Gender.FEMALE)),
        )
        found = {row[field]: row for row in rows}
        return [(label, found.get(value, {})) for value, label in choices]

    by_level = grouped("decision__authority__level", Authority.Level.choices)
    forms = list(AwardType.objects.order_by("order", "name").values_list("pk", "name", "category"))
    per_form = dict(grouped("award_type", [(pk, pk) for pk, _, _ in forms]))
    by_form = [
        (label, [(name, per_form.get(pk, {})) for pk, name, category in forms if category == value])
        for value, label in AwardType.Category.choices
    ]
    return {"year": year, "campaigns": campaigns, "by_level": by_level, "by_form": by_form, "all": line_counts(lines)}


def statistics_xlsx(statistics, unit):
    """The counts as a workbook: one sheet per table, headed by the reporting unit (blank for the office to
    write its own name), the year and the circular."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    year = statistics["year"]
    sheet = table_sheet(workbook, "Phong trào thi đua", unit, f"Số phong trào thi đua phát động năm {year}")
    sheet.append(["Loại phong trào", "Số phong trào"])
    style_heading(sheet)
    for label, count in statistics["campaigns"]:
        sheet.append([label, count])
    sheet.append(["Tổng số", sum(count for _, count in statistics["campaigns"])])
    finish(sheet, total=True)

    sheet = table_sheet(workbook, "Theo cấp khen thưởng", unit, f"Số lượng khen thưởng năm {year} theo cấp quyết định")
    sheet.append(["Cấp quyết định khen thưởng", *COUNT_COLUMNS])
    style_heading(sheet)
    for label, counts in statistics["by_level"]:
        sheet.append([label, *numbers(counts)])
    sheet.append(["Tổng số", *numbers(statistics["all"])])
    finish(sheet, total=True)

    sheet = table_sheet(
        workbook, "Theo danh hiệu, hình thức", unit, f"Số lượng danh hiệu thi đua, hình thức khen thưởng năm {year}"
    )
    sheet.append(["Danh hiệu thi đua, hình thức khen thưởng", *COUNT_COLUMNS])
    style_heading(sheet)
    for category, rows in statistics["by_form"]:
        sheet.append([category])
        sheet[sheet.max_row][0].font = Font(bold=True)
        for name, counts in rows:
            sheet.append([f"  {name}", *numbers(counts)])
    sheet.append(["Tổng số", *numbers(statistics["all"])])
    finish(sheet, total=True)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def numbers(counts):
    return [counts.get(key, 0) for key in ("total", "collectives", "individuals", "women")]


def table_sheet(workbook, name, unit, title):
    sheet = workbook.create_sheet(name)
    sheet.append([f"Đơn vị báo cáo: {unit or '……………………………………'}"])
    sheet.append([title])
    sheet.append([f"Theo {CIRCULAR}; văn phòng đối chiếu mã biểu, tên cột trước khi nộp."])
    sheet.append([])
    sheet["A1"].font = Font(bold=True)
    sheet["A2"].font = Font(bold=True, size=13)
    sheet["A3"].font = Font(italic=True)
    return sheet


def style_heading(sheet):
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    sheet.freeze_panes = f"A{sheet.max_row + 1}"


def finish(sheet, total=False):
    thin = Side(style="thin")
    for row in sheet.iter_rows(min_row=5, max_row=sheet.max_row):
        for cell in row:
            cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
            if isinstance(cell.value, int):
                cell.number_format = "#,##0"
    if total:
        for cell in sheet[sheet.max_row]:
            cell.font = Font(bold=True)
    sheet.column_dimensions["A"].width = 55
    for column in "BCDE":
        sheet.column_dimensions[column].width = 14
    sheet.page_setup.orientation = "portrait"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToHeight = 0
