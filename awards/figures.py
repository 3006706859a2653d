"""The leaders' figures on emulation and awards: counted by the database, shaped for bar charts and exports.

Every figure is narrowed twice: to the base unions the user may see (`for_user`), and to the
campaign or period chosen (a `Scope`). The page, the print view and the spreadsheets all read
the same `Chart`s, so they cannot disagree.
"""

import csv
import io
from dataclasses import dataclass
from itertools import groupby

from django.db.models import Count, Q
from django.http import Http404
from openpyxl import Workbook
from openpyxl.styles import Font

from awards.models import Authority, AwardLine
from awards.models.recipient import INDIVIDUAL_KINDS
from emulation.models import Initiative, Period, Registration
from unionportal.charts import Chart, bars
from unionportal.spreadsheets import inert, inert_row
from unionportal.text import vietnamese_slugify

AWARDS_PERMISSION = "awards.view_awardline"
INITIATIVES_PERMISSION = "emulation.view_initiative"
REGISTRATIONS_PERMISSION = "emulation.view_registration"

TOP_UNIONS = 10
OTHER_UNIONS = "Các công đoàn cơ sở khác"
OUTSIDE_UNIONS = "Ngoài các công đoàn cơ sở"
AWARD_COUNT_HEADING = "Số lượt khen thưởng"


def may_see_figures(user):
    return user.has_perm(AWARDS_PERMISSION) or user.has_perm(REGISTRATIONS_PERMISSION)


@dataclass(frozen=True)
class Scope:
    """What the figures cover: every period (the default), the periods of one campaign, or one period."""

    campaign: object = None
    period: object = None

    def __str__(self):
        if self.period is not None:
            return f"{self.period.name} – {self.campaign.name}"
        if self.campaign is not None:
            return f"{self.campaign.name} – tất cả các đợt"
        return "Tất cả các phong trào, các đợt thi đua"

    @property
    def slug(self):
        return vietnamese_slugify(str(self), max_length=80) if self.campaign is not None else "tat-ca"

    def narrow(self, queryset, period_path="period"):
        if self.period is not None:
            return queryset.filter(**{period_path: self.period})
        if self.campaign is not None:
            return queryset.filter(**{f"{period_path}__campaign": self.campaign})
        return queryset


def period_choices():
    """[(campaign, [its periods])], newest campaign first, for the period selector: one query."""
    periods = Period.objects.select_related("campaign").order_by(
        "-campaign__starts_on", "-campaign_id", "starts_on", "id"
    )
    return [(campaign, list(periods)) for campaign, periods in groupby(periods, key=lambda period: period.campaign)]


def choose_scope(choices, params):
    """The scope named by ?campaign= and ?period= among `choices`.

    A period brings its campaign along; a campaign that is not the period's wins over it, so
    choosing another campaign in the form works while the old period is still selected.
    """
    campaigns = {str(campaign.pk): campaign for campaign, _ in choices}
    periods = {str(period.pk): period for _, periods in choices for period in periods}
    campaign_id, period_id = params.get("campaign", ""), params.get("period", "")
    if (campaign_id and campaign_id not in campaigns) or (period_id and period_id not in periods):
        raise Http404("Không có phong trào hoặc đợt thi đua này.")
    campaign, period = campaigns.get(campaign_id), periods.get(period_id)
    if period is not None and campaign in (None, period.campaign):
        return Scope(period.campaign, period)
    return Scope(campaign)


# Award lines are counted by functions taking a queryset, next to the only page that uses them.


def lines_by_award_type(lines):
    """[(form of award, count)] in the forms' own order, for the forms given at least once."""
    rows = (
        lines.order_by()
        .values("award_type__order", "award_type__name")
        .annotate(count=Count("pk"))
        .order_by("award_type__order", "award_type__name")
    )
    return [(row["award_type__name"], row["count"]) for row in rows]


def lines_by_authority_level(lines):
    """[(level of the issuing authority, count)] for every level, highest first."""
    rows = lines.order_by().values("decision__authority__level").annotate(count=Count("pk"))
    counts = {row["decision__authority__level"]: row["count"] for row in rows}
    return [(label, counts.get(value, 0)) for value, label in Authority.Level.choices]


def lines_by_union(lines, top=TOP_UNIONS):
    """[(base union, count)]: the unions with most lines, the others together, then lines outside any union."""
    rows = (
        lines.order_by()
        .values("base_union", "base_union__name")
        .annotate(count=Count("pk"))
        .order_by("-count", "base_union__name")
    )
    unions = [(row["base_union__name"], row["count"]) for row in rows if row["base_union"] is not None]
    outside = sum(row["count"] for row in rows if row["base_union"] is None)
    counts = unions[:top]
    if len(unions) > top:
        counts.append((OTHER_UNIONS, sum(count for _, count in unions[top:])))
    if outside:
        counts.append((OUTSIDE_UNIONS, outside))
    return counts


def count_individuals(lines):
    """{"total": lines, "individuals": lines to a person}, in one query."""
    return lines.order_by().aggregate(
        total=Count("pk"), individuals=Count("pk", filter=Q(recipient_kind__in=INDIVIDUAL_KINDS))
    )


def award_figures(user, scope=None):
    """Everything on the figures page, for the unions this user may see, within `scope`.

    Each section needs its own permission. Six queries with all three, however many rows.
    """
    scope = scope or Scope()
    figures = {}
    if user.has_perm(AWARDS_PERMISSION):
        lines = scope.narrow(AwardLine.objects.for_user(user), "decision__period")
        counts = count_individuals(lines)
        figures["awards"] = {
            "total": counts["total"],
            "individuals": counts["individuals"],
            "collectives": counts["total"] - counts["individuals"],
            "by_type": Chart(
                "Khen thưởng theo hình thức",
                "Theo hình thức",
                "Hình thức khen thưởng, danh hiệu",
                AWARD_COUNT_HEADING,
                bars(lines_by_award_type(lines)),
            ),
            "by_level": Chart(
                "Khen thưởng theo cấp ban hành quyết định",
                "Theo cấp ban hành",
                "Cấp ban hành",
                AWARD_COUNT_HEADING,
                bars(lines_by_authority_level(lines)),
            ),
            "by_union": Chart(
                "Khen thưởng theo công đoàn cơ sở",
                "Theo công đoàn cơ sở",
                "Công đoàn cơ sở",
                AWARD_COUNT_HEADING,
                bars(lines_by_union(lines)),
            ),
        }
    if user.has_perm(INITIATIVES_PERMISSION):
        totals = scope.narrow(Initiative.objects.for_user(user)).totals_by_level()
        levels = [(label, *totals.get(value, (0, 0))) for value, label in Initiative.Level.choices]
        figures["initiatives"] = {
            "by_level": Chart(
                "Sáng kiến, đề tài, công trình theo cấp công nhận",
                "Sáng kiến theo cấp",
                "Cấp công nhận",
                "Số lượng",
                bars([(label, count) for label, count, _ in levels]),
                money_saved=tuple(money for _, _, money in levels),
            ),
        }
    if user.has_perm(REGISTRATIONS_PERMISSION):
        counts = scope.narrow(Registration.objects.for_user(user)).count_by_status()
        figures["registrations"] = {
            "by_status": Chart(
                "Đăng ký thi đua theo trạng thái",
                "Đăng ký thi đua",
                "Trạng thái",
                "Số đăng ký",
                bars([(label, counts.get(value, 0)) for value, label in Registration.Status.choices]),
            ),
        }
    return figures


def figure_charts(figures):
    """The charts in the order the page shows them."""
    sections = [
        ("awards", ["by_type", "by_level", "by_union"]),
        ("initiatives", ["by_level"]),
        ("registrations", ["by_status"]),
    ]
    return [figures[section][key] for section, keys in sections if section in figures for key in keys]


def figures_heading(scope):
    return f"Số liệu thi đua, khen thưởng: {scope}"


def figures_xlsx(charts, heading):
    """A workbook with one sheet per chart: the heading, the chart's title, then its table."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    bold = Font(bold=True)
    for chart in charts:
        sheet = workbook.create_sheet(chart.sheet)
        sheet.append([inert(heading)])
        sheet.append([inert(chart.title)])
        sheet.append([])
        sheet.append(chart.headers())
        for row in chart.rows():
            sheet.append(inert_row(row))
            for cell in sheet[sheet.max_row][1:]:
                cell.number_format = "#,##0"
        for cell in [sheet["A1"], sheet["A2"], *sheet[4], *sheet[sheet.max_row]]:
            cell.font = bold
        sheet.column_dimensions["A"].width = 45
        sheet.column_dimensions["B"].width = 22
        sheet.column_dimensions["C"].width = 24
        sheet.freeze_panes = "A5"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def figures_csv(charts, heading):
    """One section per chart, a blank line between, with a byte-order mark so Excel reads the marks."""
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer)
    writer.writerow([inert(heading)])
    for chart in charts:
        writer.writerow([])
        writer.writerow([inert(chart.title)])
        writer.writerow(chart.headers())
        writer.writerows(inert_row(row) for row in chart.rows())
    return buffer.getvalue()
