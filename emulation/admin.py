from django import forms
from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html

from emulation.models import Campaign, Criterion, Initiative, Period, Registration
from emulation.roles import REVIEW_PERMISSION
from members.models import Member
from members.scoping import UnionScopedAdmin, sees_all_unions
from unionportal.workflow import WorkflowActionsMixin, may_review


class CriterionInline(admin.TabularInline):
    model = Criterion
    extra = 0
    fields = ["order", "text"]


class PeriodInline(admin.TabularInline):
    model = Period
    extra = 0
    fields = ["name", "kind", "starts_on", "ends_on", "deadline"]


class CampaignAdminForm(forms.ModelForm):
    """The campaign with its periods inline: every period row is checked against the dates typed here."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.periods_checked_with_form = True


@admin.register(Campaign)
class CampaignAdmin(admin.ModelAdmin):
    form = CampaignAdminForm
    list_display = ["name", "kind", "status", "starts_on", "ends_on", "is_public"]
    list_filter = ["status", "kind", "is_public"]
    search_fields = ["name", "slogan"]
    date_hierarchy = "starts_on"
    inlines = [CriterionInline, PeriodInline]
    readonly_fields = ["documents_link", "add_document_link"]
    fieldsets = [
        (None, {"fields": ["name", "slug", "slogan", "kind", "status", "is_public"]}),
        ("Phát động", {"fields": ["launched_by", "launched_on", "starts_on", "ends_on"]}),
        ("Nội dung", {"fields": ["description"]}),
        ("Ảnh đại diện", {"fields": ["cover_image", "cover_alt"]}),
    ]

    # A campaign's plans and guidance are rows of the library (library.Document.campaign): the
    # campaign screen links to them there, since the library is above emulation.
    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if obj is None or not request.user.has_perm("library.view_document"):
            return fieldsets
        links = ["documents_link"]
        if request.user.has_perm("library.add_document"):
            links.append("add_document_link")
        return [*fieldsets, ("Văn bản", {"fields": links})]

    @admin.display(description="Văn bản của phong trào")
    def documents_link(self, campaign):
        url = reverse("admin:library_document_changelist") + f"?campaign__id__exact={campaign.pk}"
        return format_html('<a href="{}">{} văn bản trong mục Văn bản</a>', url, campaign.documents.count())

    @admin.display(description="Thêm văn bản")
    def add_document_link(self, campaign):
        url = reverse("admin:library_document_add") + f"?campaign={campaign.pk}"
        return format_html('<a href="{}">Thêm kế hoạch, hướng dẫn… cho phong trào này</a>', url)


class CampaignWorkAdmin(UnionScopedAdmin):
    """A union's work in a campaign period: scoped to the officer's union; periods name their campaign."""

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "period":
            kwargs["queryset"] = Period.objects.select_related("campaign")
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


@admin.register(Registration)
class RegistrationAdmin(WorkflowActionsMixin, CampaignWorkAdmin):
    list_display = ["base_union", "period_name", "campaign_name", "status", "is_late", "submitted_at", "reviewed_at"]
    list_filter = ["status", "is_late", "period__campaign"]
    list_select_related = ["base_union", "period__campaign"]
    search_fields = ["base_union__name", "period__name", "period__campaign__name"]
    actions = ["submit_selected", "approve_selected", "return_selected"]
    workflow_fields = [
        "status", "is_late", "return_reason", "submitted_by", "submitted_at", "reviewed_by", "reviewed_at"
    ]  # fmt: skip

    @admin.display(description="Đợt thi đua", ordering="period__starts_on")
    def period_name(self, registration):
        return registration.period.name

    @admin.display(description="Phong trào", ordering="period__campaign__name")
    def campaign_name(self, registration):
        return registration.period.campaign.name

    def get_fields(self, request, obj=None):
        fields = ["base_union", "period", "pledges"]
        return [*fields, *self.workflow_fields] if obj else fields

    def get_readonly_fields(self, request, obj=None):
        if obj is None:
            return []
        readonly = ["base_union", "period", *self.workflow_fields]
        return readonly if obj.is_editable else ["pledges", *readonly]

    def get_list_filter(self, request):
        return self.list_filter if sees_all_unions(request.user) else ["status"]

    def has_delete_permission(self, request, obj=None):
        return (obj is None or obj.status == Registration.Status.DRAFT) and super().has_delete_permission(request, obj)

    def has_review_permission(self, request):
        return may_review(request.user, REVIEW_PERMISSION)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        field = super().formfield_for_foreignkey(db_field, request, **kwargs)
        # A union registers only for a period still open; the office may record a late one.
        if db_field.name == "period" and not self.has_review_permission(request):
            field.queryset = field.queryset.open()
        return field

    def save_model(self, request, obj, form, change):
        if not change:
            obj.is_late = not obj.period.is_open()
        super().save_model(request, obj, form, change)

    @admin.action(description="Gửi đăng ký đã chọn lên Công đoàn ngành", permissions=["change"])
    def submit_selected(self, request, queryset):
        self.run_step(request, self._rows(queryset), lambda registration: registration.submit(request.user), "đã gửi")

    @admin.action(description="Duyệt đăng ký đã chọn", permissions=["review"])
    def approve_selected(self, request, queryset):
        self.run_step(
            request, self._rows(queryset), lambda registration: registration.approve(request.user), "đã duyệt"
        )

    @admin.action(description="Trả lại đăng ký đã chọn (ghi lý do)", permissions=["review"])
    def return_selected(self, request, queryset):
        return self.run_step_with_reason(
            request,
            self._rows(queryset),
            action="return_selected",
            step=lambda registration, reason: registration.return_to_union(request.user, reason),
            done="đã trả lại",
            title="Trả lại đăng ký thi đua",
            intro="Các đăng ký sau sẽ được trả lại cho công đoàn cơ sở để sửa:",
            label="Lý do trả lại (công đoàn cơ sở sẽ đọc được):",
            button="Trả lại",
        )

    @staticmethod
    def _rows(queryset):
        return queryset.select_related("base_union", "period")


@admin.register(Initiative)
class InitiativeAdmin(CampaignWorkAdmin):
    list_display = ["title", "kind", "base_union", "period", "level", "money_saved_column"]
    list_filter = ["kind", "level", "period__campaign", "base_union"]
    list_select_related = ["base_union", "period__campaign"]
    search_fields = ["title", "co_authors", "field"]
    autocomplete_fields = ["authors"]
    fieldsets = [
        (None, {"fields": ["title", "kind", "field", "summary"]}),
        ("Tác giả", {"fields": ["base_union", "authors", "co_authors"]}),
        ("Công nhận", {"fields": ["period", "level", "recognition_decision", "money_saved", "applied_at"]}),
    ]

    @admin.display(description="Làm lợi", ordering="money_saved")
    def money_saved_column(self, initiative):
        return initiative.money_saved_display

    def get_list_filter(self, request):
        return self.list_filter if sees_all_unions(request.user) else ["kind", "level", "period__campaign"]

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        # An officer names only their own union's members as authors, whatever ids are posted.
        if db_field.name == "authors":
            kwargs["queryset"] = Member.objects.for_user(request.user)
        return super().formfield_for_manytomany(db_field, request, **kwargs)
