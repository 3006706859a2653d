from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from import_export.admin import ImportExportMixin
from import_export.formats.base_formats import CSV, XLSX
from tablib import Dataset

from members.forms import MemberImportForm
from members.importing import ConfirmedImportMixin
from members.models import (
    BaseUnion,
    ExportLog,
    Member,
    Officer,
    Support,
    Transfer,
    UnionGroup,
)
from members.resources import MemberResource
from members.scoping import UnionScopedAdmin, sees_all_unions
from unionportal.admin_helpers import ReadOnlyAdmin
from unionportal.money import format_dong
from unionportal.text import fold


@admin.register(BaseUnion)
class BaseUnionAdmin(UnionScopedAdmin):
    change_form_template = "members/admin/baseunion_change_form.html"
    list_display = ["name", "code", "block", "chair", "phone", "member_count", "is_active"]
    list_filter = ["block", "is_active"]
    search_fields = ["name", "code"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate_member_count()

    @admin.display(description="Số đoàn viên", ordering="member_count")
    def member_count(self, union):
        return union.member_count


@admin.register(UnionGroup)
class UnionGroupAdmin(UnionScopedAdmin):
    list_display = ["name", "base_union", "leader"]
    list_filter = ["base_union"]
    list_select_related = ["base_union"]
    search_fields = ["name"]  # searched by UnionGroupQuerySet.search, see get_search_results
    search_help_text = "Tìm theo tên tổ (có dấu hoặc không dấu)."

    def get_list_filter(self, request):
        return self.list_filter if sees_all_unions(request.user) else []

    def get_search_results(self, request, queryset, search_term):
        # The award lines' group picker searches here too, as one types.
        return (queryset.search(search_term) if search_term.strip() else queryset), False


class LoggedExportMixin(ImportExportMixin):
    """Every export of member data leaves a row in the export log, and needs its own permission
    (`<app>.export_<model>`): who may view rows may not therefore take them away in a file."""

    formats = [XLSX, CSV]

    def has_export_permission(self, request):
        return request.user.has_perm(f"{self.opts.app_label}.export_{self.opts.model_name}")

    def has_import_permission(self, request):
        return self.has_add_permission(request)

    def get_data_for_export(self, request, queryset, **kwargs):
        data = super().get_data_for_export(request, queryset, **kwargs)
        export_form = kwargs.get("export_form")
        file_format = self.get_export_formats()[int(export_form.cleaned_data["format"])] if export_form else None
        ExportLog.objects.create(
            user=request.user,
            username=request.user.get_username(),
            data=self.opts.verbose_name_plural,
            file_format=file_format().get_title() if file_format else "",
            query=request.GET.urlencode(),
            row_count=len(data),
        )
        return data


@admin.register(Member)
class MemberAdmin(ConfirmedImportMixin, LoggedExportMixin, UnionScopedAdmin):
    resource_classes = [MemberResource]
    import_template_name = "members/admin/member_import.html"
    import_form_class = MemberImportForm
    import_export_change_list_template = "members/admin/member_change_list.html"
    export_template_name = "members/admin/member_export.html"
    change_form_template = "members/admin/member_change_form.html"
    list_display = ["full_name", "gender", "birth_date", "base_union", "group_name", "card_number", "status"]
    list_filter = ["status", "gender", "base_union__block", "base_union"]
    list_select_related = ["base_union", "group"]
    list_per_page = 50
    search_fields = ["full_name"]  # searched by MemberQuerySet.search, see get_search_results
    search_help_text = "Tìm theo họ tên (có dấu hoặc không dấu) hoặc đúng số thẻ đoàn viên."
    fieldsets = [
        (None, {"fields": ["full_name", "gender", "birth_date", "occupation", "position"]}),
        ("Sinh hoạt công đoàn", {"fields": ["base_union", "group", "joined_on", "card_number", "status"]}),
        ("Liên hệ", {"fields": ["phone", "email"]}),
    ]

    def get_list_filter(self, request):
        return self.list_filter if sees_all_unions(request.user) else ["status", "gender", "group"]

    @admin.display(description="Tổ công đoàn", ordering="group__name")
    def group_name(self, member):
        return member.group.name if member.group else "—"

    def get_readonly_fields(self, request, obj=None):
        # A member changes base union only by a transfer, which both unions can see.
        return ["base_union"] if obj else []

    def get_search_results(self, request, queryset, search_term):
        return (queryset.search(search_term) if search_term else queryset), False

    def get_export_filename(self, request, queryset, file_format):
        return f"danh-sach-doan-vien-{timezone.localdate():%Y-%m-%d}.{file_format.get_extension()}"

    def get_urls(self):
        template = path(
            "mau-nhap/",
            self.admin_site.admin_view(self.import_template_view),
            name="members_member_import_template",
        )
        return [template, *super().get_urls()]

    def import_template_view(self, request):
        """An empty spreadsheet with the Vietnamese column headers the import expects."""
        if not self.has_import_permission(request):
            raise PermissionDenied
        file_format = CSV() if request.GET.get("format") == "csv" else XLSX()
        dataset = Dataset(headers=MemberResource.headers())
        response = HttpResponse(file_format.export_data(dataset), content_type=file_format.get_content_type())
        response["Content-Disposition"] = (
            f'attachment; filename="mau-danh-sach-doan-vien.{file_format.get_extension()}"'
        )
        return response


@admin.register(Transfer)
class TransferAdmin(UnionScopedAdmin):
    list_display = ["member", "from_union", "from_group", "to_union", "to_group", "transferred_on", "recorded_by"]
    list_filter = ["to_union", "from_union"]
    list_select_related = [
        "member",
        "from_union",
        "from_group__base_union",
        "to_union",
        "to_group__base_union",
        "recorded_by",
    ]
    search_fields = ["member__name_folded", "=member__card_number"]
    date_hierarchy = "transferred_on"
    fields = ["member", "to_union", "to_group", "transferred_on", "reason"]
    autocomplete_fields = ["member"]
    unscoped_foreign_keys = ("to_union", "to_group")

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "to_union":
            kwargs["queryset"] = BaseUnion.objects.active()
        if db_field.name == "to_group":
            kwargs["queryset"] = UnionGroup.objects.select_related("base_union")
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def get_search_results(self, request, queryset, search_term):
        return super().get_search_results(request, queryset, fold(search_term))

    def has_change_permission(self, request, obj=None):
        # History is not rewritten: a wrong transfer is corrected by another transfer.
        return obj is None and super().has_change_permission(request, obj)

    def get_fields(self, request, obj=None):
        if obj is None:
            return self.fields
        return ["member", "from_union", "from_group", *self.fields[1:], "recorded_by", "recorded_at"]

    def save_model(self, request, obj, form, change):
        obj.recorded_by = request.user
        super().save_model(request, obj, form, change)


@admin.register(Support)
class SupportAdmin(UnionScopedAdmin):
    list_display = ["member", "base_union", "kind", "given_on", "amount_in_dong", "note"]
    list_filter = ["kind", "base_union"]
    list_select_related = ["member", "base_union"]
    search_fields = ["member__name_folded", "note"]
    date_hierarchy = "given_on"
    autocomplete_fields = ["member"]

    @admin.display(description="Số tiền", ordering="amount")
    def amount_in_dong(self, support):
        return format_dong(support.amount)

    def get_search_results(self, request, queryset, search_term):
        return super().get_search_results(request, queryset, fold(search_term))

    def get_list_filter(self, request):
        return self.list_filter if sees_all_unions(request.user) else ["kind"]


@admin.register(Officer)
class OfficerAdmin(admin.ModelAdmin):
    list_display = ["user", "base_union"]
    list_select_related = ["user", "base_union"]
    list_filter = ["base_union"]
    search_fields = ["user__username", "user__first_name", "user__last_name"]
    autocomplete_fields = ["user"]

    def has_module_permission(self, request):
        return sees_all_unions(request.user) and super().has_module_permission(request)

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        obj.grant_access()

    def get_queryset(self, request):
        return super().get_queryset(request) if sees_all_unions(request.user) else Officer.objects.none()


@admin.register(ExportLog)
class ExportLogAdmin(ReadOnlyAdmin):
    list_display = ["exported_at", "username", "data", "file_format", "row_count", "filter_link"]
    list_filter = ["data", "file_format"]
    search_fields = ["username"]
    date_hierarchy = "exported_at"

    @admin.display(description="Bộ lọc")
    def filter_link(self, log):
        if not log.query:
            return "Toàn bộ danh sách"
        return format_html('<a href="{}?{}">{}</a>', reverse("admin:members_member_changelist"), log.query, log.query)
