from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.template.response import TemplateResponse

from emulation.models import Campaign, CampaignDocument, Criterion, Initiative, Period, Registration
from emulation.models.registration import may_review
from members.admin import UnionScopedAdmin
from members.models import Member, sees_all_unions


class CriterionInline(admin.TabularInline):
    model = Criterion
    extra = 0
    fields = ["order", "text"]


class PeriodInline(admin.TabularInline):
    model = Period
    extra = 0
    fields = ["name", "kind", "starts_on", "ends_on"]


class CampaignDocumentInline(admin.TabularInline):
    model = CampaignDocument
    extra = 0
    fields = ["order", "title", "kind", "file"]


@admin.register(Campaign)
class CampaignAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "status", "starts_on", "ends_on", "is_public"]
    list_filter = ["status", "kind", "is_public"]
    search_fields = ["name", "slogan"]
    date_hierarchy = "starts_on"
    inlines = [CriterionInline, PeriodInline, CampaignDocumentInline]
    fieldsets = [
        (None, {"fields": ["name", "slug", "slogan", "kind", "status", "is_public"]}),
        ("Phát động", {"fields": ["launched_by", "launched_on", "starts_on", "ends_on"]}),
        ("Nội dung", {"fields": ["description"]}),
        ("Ảnh đại diện", {"fields": ["cover_image", "cover_alt"]}),
    ]


class CampaignWorkAdmin(UnionScopedAdmin):
    """A union's work in a campaign period: scoped to the officer's union; periods name their campaign."""

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "period":
            kwargs["queryset"] = Period.objects.select_related("campaign")
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


@admin.register(Registration)
class RegistrationAdmin(CampaignWorkAdmin):
    list_display = ["base_union", "period_name", "campaign_name", "status", "submitted_at", "reviewed_at"]
    list_filter = ["status", "period__campaign"]
    list_select_related = ["base_union", "period__campaign"]
    search_fields = ["base_union__name", "period__name", "period__campaign__name"]
    actions = ["submit_selected", "approve_selected", "return_selected"]
    workflow_fields = ["status", "return_reason", "submitted_by", "submitted_at", "reviewed_by", "reviewed_at"]

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
        return may_review(request.user)

    @admin.action(description="Gửi đăng ký đã chọn lên Công đoàn ngành", permissions=["change"])
    def submit_selected(self, request, queryset):
        self._transition(request, queryset, lambda registration: registration.submit(request.user), "đã gửi")

    @admin.action(description="Duyệt đăng ký đã chọn", permissions=["review"])
    def approve_selected(self, request, queryset):
        self._transition(request, queryset, lambda registration: registration.approve(request.user), "đã duyệt")

    @admin.action(description="Trả lại đăng ký đã chọn (ghi lý do)", permissions=["review"])
    def return_selected(self, request, queryset):
        reason = request.POST.get("return_reason", "").strip()
        if "apply" in request.POST and reason:
            self._transition(
                request,
                queryset,
                lambda registration: registration.return_to_union(request.user, reason),
                "đã trả lại",
            )
            return None
        if "apply" in request.POST:
            self.message_user(request, "Trả lại đăng ký thì phải ghi lý do.", messages.ERROR)
        return TemplateResponse(
            request,
            "emulation/admin/registration_return.html",
            {
                **self.admin_site.each_context(request),
                "opts": self.opts,
                "title": "Trả lại đăng ký thi đua",
                "registrations": queryset.select_related("base_union", "period"),
                "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
                "reason": reason,
            },
        )

    def _transition(self, request, queryset, step, done):
        count = 0
        for registration in queryset.select_related("base_union", "period"):
            try:
                step(registration)
            except (ValidationError, PermissionDenied) as error:
                message = " ".join(error.messages) if isinstance(error, ValidationError) else str(error)
                self.message_user(request, f"{registration}: {message}", messages.ERROR)
            else:
                count += 1
        if count:
            self.message_user(request, f"{count} đăng ký {done}.", messages.SUCCESS)


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
