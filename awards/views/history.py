"""Achievement history (hồ sơ thành tích) of a member or a base union, newest first.

Leaders read it before the next proposal. Staff only; an officer opens only their own union and
its members, like everywhere else in the members admin.
"""

from django.contrib import admin
from django.contrib.admin.views.decorators import staff_member_required
from django.contrib.auth.decorators import permission_required
from django.db.models import Count, F, Q
from django.shortcuts import get_object_or_404, render

from awards.models import AwardLine, RecipientKind
from members.models import BaseUnion, Member

VIEW_PERMISSION = "awards.view_awardline"
WITHIN_UNION = [RecipientKind.GROUP, RecipientKind.MEMBER]


def lines_within_union(base_union):
    """Awards to the union's groups and members, as they stood on the day of each decision.

    A member who moved keeps the lines of their former union there: the union is the one written
    on the line, not the member's union today.
    """
    return AwardLine.objects.filter(base_union=base_union, recipient_kind__in=WITHIN_UNION)


def count_per_form(lines):
    """[{name, groups, members}] for each form of award in `lines`, highest form first."""
    return (
        lines.order_by("award_type__order", "award_type__name")
        .values("award_type__name")
        .annotate(
            groups=Count("pk", filter=Q(recipient_kind=RecipientKind.GROUP)),
            members=Count("pk", filter=Q(recipient_kind=RecipientKind.MEMBER)),
        )
    )


@staff_member_required
@permission_required(VIEW_PERMISSION, raise_exception=True)
def member_history(request, pk):
    member = get_object_or_404(Member.objects.for_user(request.user).select_related("base_union", "group"), pk=pk)
    context = {
        **admin.site.each_context(request),
        "title": f"Hồ sơ thành tích: {member.full_name}",
        "member": member,
        "lines": AwardLine.objects.of_member(member).history(),
    }
    return render(request, "awards/history_member.html", context)


@staff_member_required
@permission_required(VIEW_PERMISSION, raise_exception=True)
def union_history(request, pk):
    union = get_object_or_404(BaseUnion.objects.for_user(request.user), pk=pk)
    within = lines_within_union(union)
    context = {
        **admin.site.each_context(request),
        "title": f"Hồ sơ thành tích: {union.name}",
        "union": union,
        "lines": AwardLine.objects.of_union(union).history(),
        # Members who have since moved are not linked: an officer could not open their page.
        "within_lines": within.history().annotate(member_union_id=F("member__base_union_id")),
        "within_counts": count_per_form(within),
    }
    return render(request, "awards/history_union.html", context)
