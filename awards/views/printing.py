"""Printed papers: a certificate for an award line, a decision's recipient list, a proposal's achievement report."""

from django.contrib import admin, messages
from django.contrib.admin.views.decorators import staff_member_required
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.cache import cache_control

from awards.forms import PrintLayoutForm
from awards.models import AwardLine, Decision, PrintLayout, Proposal
from awards.report import AchievementReport
from unionportal.text import vietnamese_slugify

VIEW_PERMISSION = "awards.view_decision"
PROPOSAL_PERMISSION = "awards.view_proposal"
DOCX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
CHANGE_PERMISSION = "awards.change_decision"
PREVIEW_PARAMETER = "giay-trang"


def official_date(day):
    """A date as official papers write it: zero before days under 10 and months 1 and 2 (Nghị định 30/2020)."""
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"ngày {day.day:02d} tháng {month} năm {day.year}"


def place_and_date(place, day):
    """ "Bắc Kạn, ngày 06 tháng 12 năm 2026": the place set with the certificates' print layout, then the date."""
    date = official_date(day)
    return f"{place}, {date}" if place else date.capitalize()


@staff_member_required
@permission_required(VIEW_PERMISSION, raise_exception=True)
def certificate(request, pk):
    """One certificate, text only, to print onto a pre-printed form; the print offsets are set here too."""
    line = get_object_or_404(AwardLine.objects.select_related("award_type", "decision__authority"), pk=pk)
    layout = PrintLayout.current()
    may_change_layout = request.user.has_perm(CHANGE_PERMISSION)
    preview = PREVIEW_PARAMETER in request.GET
    if request.method == "POST":
        if not may_change_layout:
            raise PermissionDenied
        form = PrintLayoutForm(request.POST, instance=layout)
        if form.is_valid():
            form.save()
            messages.success(request, "Đã lưu căn lề in. Hãy in thử một tờ trên giấy trắng để kiểm tra.")
            return redirect(request.get_full_path())
    else:
        form = PrintLayoutForm(instance=layout)
    decision = line.decision
    context = admin.site.each_context(request) | {
        "title": f"In giấy khen: {line.recipient_name}",
        "line": line,
        "decision": decision,
        "layout": layout,
        "form": form if may_change_layout else None,
        "preview": preview,
        "preview_parameter": PREVIEW_PARAMETER,
        # Position and workplace of a person; the parent unit of a collective.
        "recipient_detail": ", ".join(filter(None, [line.position if line.is_individual else "", line.recipient_unit])),
        "place_and_date": place_and_date(layout.place, decision.signed_on),
    }
    return render(request, "awards/certificate.html", context)


@staff_member_required
@permission_required(VIEW_PERMISSION, raise_exception=True)
@cache_control(private=True, max_age=24 * 60 * 60)
def certificate_css(request):
    """The saved print offsets as CSS custom properties: a stylesheet, so the page needs no style attribute.

    Its URL carries the layout's version, so a saved change is fetched at once despite the cache.
    """
    return HttpResponse(PrintLayout.current().as_css(), content_type="text/css; charset=utf-8")


@staff_member_required
@permission_required(VIEW_PERMISSION, raise_exception=True)
def decision_print(request, pk):
    """The list attached to a decision: collectives, then individuals, each grouped by form of award."""
    decision = get_object_or_404(Decision.objects.select_related("authority"), pk=pk)
    lines = decision.lines.select_related("award_type").order_by("award_type__order", "award_type__name", "id")
    collectives = list(lines.collectives())
    individuals = list(lines.individuals())
    parts = [
        {"title": title, "individual": individual, "lines": part_lines}
        for title, individual, part_lines in [("Tập thể", False, collectives), ("Cá nhân", True, individuals)]
        if part_lines
    ]
    for numeral, part in zip(["I", "II"], parts, strict=False):
        part["numeral"] = numeral
    context = admin.site.each_context(request) | {
        "title": "Danh sách khen thưởng",
        "decision": decision,
        "parts": parts,
        "collective_count": len(collectives),
        "individual_count": len(individuals),
    }
    return render(request, "awards/decision_print.html", context)


def proposal_report_for(request, pk):
    """A proposal the user may see (officers: their own union's), with its report filled from the record."""
    proposals = Proposal.objects.for_user(request.user).select_related(
        "award_type", "period__campaign", "base_union", "member__group", "group"
    )
    proposal = get_object_or_404(proposals, pk=pk)
    return proposal, AchievementReport.for_proposal(proposal)


@staff_member_required
@permission_required(PROPOSAL_PERMISSION, raise_exception=True)
def proposal_report(request, pk):
    """The achievement report on A4, to print; the same content as the DOCX."""
    proposal, report = proposal_report_for(request, pk)
    context = admin.site.each_context(request) | {
        "title": f"Báo cáo thành tích: {proposal.recipient_name}",
        "proposal": proposal,
        "report": report,
        "place_and_date": place_and_date(PrintLayout.current().place, timezone.localdate()),
    }
    return render(request, "awards/report_print.html", context)


@staff_member_required
@permission_required(PROPOSAL_PERMISSION, raise_exception=True)
def proposal_report_docx(request, pk):
    """The achievement report as a Word file, for the union to finish and sign."""
    proposal, report = proposal_report_for(request, pk)
    date = place_and_date(PrintLayout.current().place, timezone.localdate())
    response = HttpResponse(report.docx(date), content_type=DOCX_CONTENT_TYPE)
    name = vietnamese_slugify(f"bao cao thanh tich {proposal.recipient_name}", max_length=80)
    response["Content-Disposition"] = f'attachment; filename="{name}.docx"'
    return response
