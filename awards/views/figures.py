"""The leaders' figures on emulation and awards (staff only): the page, its spreadsheets and its print view."""

from django.contrib import admin
from django.contrib.admin.views.decorators import staff_member_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from awards.figures import (
    award_figures,
    choose_scope,
    figure_charts,
    figures_csv,
    figures_heading,
    figures_xlsx,
    may_see_figures,
    period_choices,
)
from awards.forms import FiguresScopeForm

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
def figures_print(request):
    _, scope, numbers = scoped_figures(request)
    context = numbers | {"title": TITLE, "scope": scope, "printed_on": timezone.localdate()}
    return render(request, "awards/figures_print.html", context)
