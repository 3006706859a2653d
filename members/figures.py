"""The figures leaders read: counts made by the database, shaped into rows for simple bar charts."""

from members.models import BaseUnion, Member, Support, format_dong
from unionportal.charts import bars


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
        "by_union": bars([(union.name, union.member_count) for union in by_union]),
        "by_gender": bars([(label, by_gender.get(value, 0)) for value, label in Member.Gender.choices]),
        "by_block": bars([(label, by_block.get(value, 0)) for value, label in BaseUnion.Block.choices]),
        "by_status": bars([(label, by_status.get(value, 0)) for value, label in Member.Status.choices]),
        "joined_per_year": bars([(str(year), count) for year, count in active.joined_per_year().items()]),
        "care": care | {"amount_display": format_dong(care["amount"])},
        "care_per_year": [row | {"amount_display": format_dong(row["amount"])} for row in supports.totals_per_year()],
        "care_per_union": [row | {"amount_display": format_dong(row["amount"])} for row in supports.totals_per_union()],
    }
