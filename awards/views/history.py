"""Achievement history (hồ sơ thành tích) of a member or a base union, newest first.

Leaders read it before the next proposal. Staff only; an officer opens only their own union and
its members, like everywhere else in the members admin.
"""

from django.contrib import admin
from django.contrib.admin.views.decorators import staff_member_required
from django.contrib.auth.decorators import permission_required
from django.db.models import F
from django.shortcuts import get_object_or_404, render

from awards.models import AwardLine
from members.models import BaseUnion, Member

VIEW_PERMISSION = "awards.view_awardline"


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
    within = AwardLine.objects.within_union(union)
    context = {
        **admin.site.each_context(request),
        "title": f"Hồ sơ thành tích: {union.name}",
        "union": union,
        "lines": AwardLine.objects.of_union(union).history(),
        # Members who have since moved are not linked: an officer could not open their page.
        "within_lines": within.history().annotate(member_union_id=F("member__base_union_id")),
        "within_counts": within.count_per_form(),
    }
    return render(request, "awards/history_union.html", context)
