"""The figures leaders read: counts made by the database, shaped into rows for simple bar charts."""

from members.models import BaseUnion, Member, Support
from unionportal.charts import Chart, bars
from unionportal.money import format_dong


def member_figures(user):
    """Everything on the figures page, for the unions this user may see: eight queries."""
    members = Member.objects.for_user(user)
    active = members.active()
    by_union = BaseUnion.objects.for_user(user).annotate_member_count().order_by("-member_count", "name")
    by_gender = active.count_by("gender")
    by_block = active.count_by("base_union__block")
    by_status = members.count_by("status")
    supports = Support.objects.for_user(user)
    care = supports.totals()
    return {
        "active_total": sum(by_status.get(status, 0) for status in [Member.Status.ACTIVE]),
        "by_union": member_chart(
            "Đoàn viên đang sinh hoạt theo công đoàn cơ sở",
            "Công đoàn cơ sở",
            [(union.name, union.member_count) for union in by_union],
        ),
        "by_gender": member_chart(
            "Đoàn viên đang sinh hoạt theo giới tính",
            "Giới tính",
            [(label, by_gender.get(value, 0)) for value, label in Member.Gender.choices],
        ),
        "by_block": member_chart(
            "Đoàn viên đang sinh hoạt theo khối",
            "Khối",
            [(label, by_block.get(value, 0)) for value, label in BaseUnion.Block.choices],
        ),
        "by_status": member_chart(
            "Đoàn viên theo trạng thái",
            "Trạng thái",
            [(label, by_status.get(value, 0)) for value, label in Member.Status.choices],
        ),
        "joined_per_year": member_chart(
            "Đoàn viên đang sinh hoạt theo năm vào công đoàn", "Năm", every_year(active.joined_per_year())
        ),
        "care": care | {"amount_display": format_dong(care["amount"])},
        "care_per_year": [row | {"amount_display": format_dong(row["amount"])} for row in supports.totals_per_year()],
        "care_per_union": [row | {"amount_display": format_dong(row["amount"])} for row in supports.totals_per_union()],
    }


def every_year(per_year):
    """{year: count} -> [("2019", 3), ("2020", 0), …]: a year without a count still has its row, so the years run on."""
    if not per_year:
        return []
    return [(str(year), per_year.get(year, 0)) for year in range(min(per_year), max(per_year) + 1)]


def member_chart(title, label_heading, counts):
    return Chart(title, "", label_heading, "Số đoàn viên", bars(counts))
