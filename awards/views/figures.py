"""The leaders' figures on emulation and awards (staff only): the page, its spreadsheets and its print view."""

from django.contrib import admin
from django.contrib.admin.views.decorators import staff_member_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from awards.figures import (
    AWARDS_PERMISSION,
    award_figures,
    choose_scope,
    figure_charts,
    figures_csv,
    figures_heading,
    figures_xlsx,
    may_see_figures,
    period_choices,
)
from awards.forms import FiguresScopeForm, StatisticsYearForm
from awards.statistics import statistics_xlsx, year_statistics
from members.models import BaseUnion
from members.scoping import managed_union_id, sees_all_unions

TITLE = "Số liệu thi đua, khen thưởng"
EXPORTS = {
    "xlsx": (figures_xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "csv": (figures_csv, "text/csv; charset=utf-8"),
}


def scoped_figures(request):
    """The periods to choose from, the scope chosen by the query string, and the figures in it."""
    if not may_see_figures(request.user):
        raise PermissionDenied
    choices = period_choices()
    scope = choose_scope(choices, request.GET)
    return choices, scope, award_figures(request.user, scope)


@staff_member_required
def figures(request):
    choices, scope, numbers = scoped_figures(request)
    form = FiguresScopeForm(choices=choices, scope=scope)
    context = admin.site.each_context(request) | numbers | {"title": TITLE, "scope": scope, "form": form}
    if request.user.has_perm(AWARDS_PERMISSION):
        context["statistics_form"] = StatisticsYearForm(choices=choices)
    return render(request, "awards/figures.html", context)


@staff_member_required
def figures_export(request, fmt):
    if fmt not in EXPORTS:
        raise Http404("Chỉ xuất được tệp XLSX hoặc CSV.")
    _, scope, numbers = scoped_figures(request)
    write, content_type = EXPORTS[fmt]
    response = HttpResponse(write(figure_charts(numbers), figures_heading(scope)), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="so-lieu-thi-dua-khen-thuong-{scope.slug}.{fmt}"'
    return response


@staff_member_required
def year_statistics_export(request):
    """The year-end statistics (Thông tư 02/2023/TT-BNV) of the year chosen, as XLSX."""
    if not request.user.has_perm(AWARDS_PERMISSION):
        raise PermissionDenied
    form = StatisticsYearForm(request.GET, choices=[])
    if not form.is_valid():
        raise Http404("Chưa chọn năm thống kê.")
    year = form.cleaned_data["year"]
    union_id = managed_union_id(request.user)
    unit = BaseUnion.objects.get(pk=union_id).name if union_id and not sees_all_unions(request.user) else ""
    content = statistics_xlsx(year_statistics(request.user, year), unit)
    response = HttpResponse(content, content_type=EXPORTS["xlsx"][1])
    response["Content-Disposition"] = f'attachment; filename="thong-ke-thi-dua-khen-thuong-nam-{year}.xlsx"'
    return response


@staff_member_required
def figures_print(request):
    _, scope, numbers = scoped_figures(request)
    context = numbers | {"title": TITLE, "scope": scope, "printed_on": timezone.localdate()}
    return render(request, "awards/figures_print.html", context)
