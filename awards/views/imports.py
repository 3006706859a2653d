"""Importing a decision's award lines from a spreadsheet: check every row, preview, then add all or none."""

from django.contrib import admin, messages
from django.contrib.admin.views.decorators import staff_member_required
from django.contrib.auth.decorators import permission_required
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from awards.forms import ConfirmImportForm, DecisionImportForm
from awards.models import Decision
from awards.spreadsheet import COLUMNS, template_dataset

CHANGE_PERMISSION = "awards.change_decision"
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@staff_member_required
@permission_required(CHANGE_PERMISSION, raise_exception=True)
def decision_import(request, pk):
    decision = get_object_or_404(Decision.objects.select_related("authority").with_line_count(), pk=pk)
    form = DecisionImportForm(decision=decision)
    sheet = confirm_form = None
    if request.method == "POST" and "token" in request.POST:
        confirmed = ConfirmImportForm(request.POST, decision=decision, user=request.user)
        if not confirmed.is_valid():
            for error in confirmed.errors["token"]:
                messages.error(request, error)
            return redirect("awards_staff:decision_import", decision.pk)
        sheet = confirmed.sheet
        if sheet.save():
            messages.success(request, f"Đã nhập {len(sheet.lines)} dòng khen thưởng từ tệp “{confirmed.file_name}”.")
            return redirect("admin:awards_decision_change", decision.pk)
    elif request.method == "POST":
        form = DecisionImportForm(request.POST, request.FILES, decision=decision)
        if form.is_valid():
            sheet = form.sheet
            if sheet.check():
                confirm_form = ConfirmImportForm.for_sheet(sheet, file_name=form.file_name, user=request.user)
    context = admin.site.each_context(request) | {
        "title": "Nhập danh sách khen thưởng từ tệp",
        "decision": decision,
        "form": form,
        "sheet": sheet,
        "confirm_form": confirm_form,
        "columns": COLUMNS,
    }
    return render(request, "awards/decision_import.html", context)


@staff_member_required
@permission_required(CHANGE_PERMISSION, raise_exception=True)
def decision_import_template(request):
    """The spreadsheet to fill in: the import's column headers and one example row."""
    dataset = template_dataset()
    if request.GET.get("format") == "csv":
        # The mark tells Excel the file is UTF-8, so it shows the Vietnamese headers correctly.
        content, extension, content_type = "\ufeff" + dataset.export("csv"), "csv", "text/csv; charset=utf-8"
    else:
        content, extension, content_type = dataset.export("xlsx"), "xlsx", XLSX_CONTENT_TYPE
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="mau-danh-sach-khen-thuong.{extension}"'
    return response
