from django.contrib import admin
from django.contrib.admin.views.decorators import staff_member_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import render

from members.figures import member_figures


@staff_member_required
def figures(request):
    if not request.user.has_perm("members.view_member"):
        raise PermissionDenied
    context = admin.site.each_context(request) | member_figures(request.user) | {"title": "Số liệu đoàn viên"}
    return render(request, "members/figures.html", context)
