"""Đủ điều kiện đề nghị: who the record shows eligible in a period, and proposals made from the rows ticked.

An officer sees their own union; the emulation office and sector staff see every union.
"""

from django.contrib import admin, messages
from django.contrib.admin.views.decorators import staff_member_required
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from awards.eligibility import Eligibility
from awards.figures import period_choices
from awards.forms import EligibilityScopeForm
from awards.models import AwardType, EligibilityRule, Proposal
from awards.services import proposal_create_eligible

PROPOSE_PERMISSION = "awards.add_proposal"


def chosen_scope(choices, params):
    """(period, form of award or None, the scope form) from the query string; the latest period begun by default."""
    award_types = AwardType.objects.filter(pk__in=EligibilityRule.objects.in_use().values("award_type")).order_by(
        "order", "name"
    )
    periods = {period.pk: period for _, periods in choices for period in periods}
    today = timezone.localdate()
    begun = sorted((p for p in periods.values() if p.starts_on <= today), key=lambda p: (p.ends_on, p.pk))
    data = params if "period" in params else {"period": begun[-1].pk if begun else next(iter(periods), "")}
    form = EligibilityScopeForm(data, choices=choices, award_types=award_types)
    if not periods or not form.is_valid():
        raise Http404("Không có đợt thi đua hoặc hình thức khen thưởng này.")
    award_type = next((a for a in award_types if a.pk == form.cleaned_data["award_type"]), None)
    return periods[form.cleaned_data["period"]], award_type, form


@staff_member_required
@permission_required(PROPOSE_PERMISSION, raise_exception=True)
def eligible(request):
    choices = period_choices()
    period, award_type, form = chosen_scope(choices, request.GET)
    found = Eligibility(period, request.user, award_type)
    context = admin.site.each_context(request) | {
        "title": "Đủ điều kiện đề nghị khen thưởng",
        "form": form,
        "period": period,
        "forms": found.by_form(),
        "eligible_count": len(found.eligible),
        "near_count": len(found.near),
    }
    return render(request, "awards/eligibility.html", context)


@staff_member_required
@permission_required(PROPOSE_PERMISSION, raise_exception=True)
@require_POST
def propose(request):
    period, _, _ = chosen_scope(period_choices(), request.POST)
    try:
        proposals = proposal_create_eligible(period=period, keys=request.POST.getlist("chon"), by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect(reverse("awards_staff:eligible") + f"?period={period.pk}")
    if proposals:
        messages.success(
            request,
            f"Đã lập {len(proposals)} đề nghị (bản nháp) cho {period.name}, lý do ghi sẵn trong phần thành tích. "
            "Hãy xem lại rồi gửi đề nghị.",
        )
        query = f"?period__id__exact={period.pk}&status__exact={Proposal.Status.DRAFT}"
        return redirect(reverse("admin:awards_proposal_changelist") + query)
    messages.warning(request, "Chưa lập đề nghị nào: hãy chọn ít nhất một dòng đủ điều kiện, chưa được đề nghị.")
    return redirect(reverse("awards_staff:eligible") + f"?period={period.pk}")
