from django import forms
from django.contrib import admin, messages
from django.contrib.admin.widgets import RelatedFieldWidgetWrapper
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, Q
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join

from awards import notices
from awards.models import Authority, AwardLine, AwardType, Decision, EligibilityRule, Proposal, Requirement
from awards.models.proposal import PROPOSABLE
from awards.roles import REVIEW_PERMISSION
from awards.services import decision_add_proposals
from emulation.models import Period
from members.scoping import UnionScopedAdmin, sees_all_unions
from unionportal.text import fold
from unionportal.workflow import WorkflowActionsMixin, may_review


@admin.register(Authority)
class AuthorityAdmin(admin.ModelAdmin):
    list_display = ["name", "level", "order"]
    list_editable = ["order"]
    list_filter = ["level"]
    search_fields = ["name"]


@admin.register(AwardType)
class AwardTypeAdmin(admin.ModelAdmin):
    list_display = ["name", "category", "eligibility", "order", "is_active"]
    list_editable = ["order", "is_active"]
    list_filter = ["category", "eligibility", "is_active"]
    search_fields = ["name"]


class RequirementInline(admin.TabularInline):
    model = Requirement
    extra = 0
    fields = ["kind", "award_type", "count", "years", "level", "min_money_saved"]


@admin.register(EligibilityRule)
class EligibilityRuleAdmin(admin.ModelAdmin):
    """The conditions "Đủ điều kiện đề nghị" applies: data the emulation office keeps current as the rules change."""

    list_display = ["award_type", "name", "recipient", "legal_source", "needs_check", "is_active"]
    list_filter = ["needs_check", "is_active", "recipient", "award_type"]
    list_select_related = ["award_type"]
    search_fields = ["name", "legal_source", "award_type__name"]
    inlines = [RequirementInline]
    fieldsets = [
        (None, {"fields": ["award_type", "recipient", "name", "legal_source", "is_active", "order"]}),
        ("Xét duyệt", {"fields": ["judgement", "needs_check", "note"]}),
    ]


class RecipientSearchMixin:
    """Search by the recipient's name with or without diacritics, or by the exact decision number."""

    search_fields = ["recipient_folded"]
    search_help_text = "Tìm theo tên người hoặc tập thể được khen thưởng, đề nghị (có dấu hoặc không dấu)."
    number_lookup = None

    def get_search_results(self, request, queryset, search_term):
        term = " ".join(search_term.split())
        if not term:
            return queryset, False
        condition = Q(recipient_folded__contains=fold(term))
        if self.number_lookup:
            condition |= Q(**{self.number_lookup: term})
        return queryset.filter(condition), False


class RecipientAdminMixin:
    """Choosing a recipient: members, groups and unions by search; periods named with their campaign."""

    autocomplete_fields = ["member", "group", "base_union"]

    class Media:
        css = {"all": ["awards/admin/recipient_fields.css"]}
        js = ["awards/admin/recipient_fields.js"]

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "award_type":
            kwargs["queryset"] = AwardType.objects.in_use()
        if db_field.name == "period":
            kwargs["queryset"] = Period.objects.select_related("campaign")
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


@admin.register(Proposal)
class ProposalAdmin(WorkflowActionsMixin, RecipientSearchMixin, RecipientAdminMixin, UnionScopedAdmin):
    list_display = [
        "recipient_name",
        "recipient_kind",
        "award_type",
        "base_union",
        "period_name",
        "status",
        "is_late",
        "updated_at",
    ]
    list_filter = ["status", "is_late", "award_type", "period__campaign", "period", "base_union"]
    list_select_related = ["award_type", "base_union", "period__campaign"]
    actions = ["submit_selected", "accept_selected", "return_selected", "reject_selected", "add_to_decision"]
    recipient_fields = ["recipient_kind", "member", "group", "base_union"]
    content_fields = ["award_type", "period", "achievement"]
    workflow_fields = ["status", "is_late", "reason", "created_by", "created_at", "step_history"]

    @admin.display(description="Đợt thi đua", ordering="period__starts_on")
    def period_name(self, proposal):
        return f"{proposal.period.name} – {proposal.period.campaign.name}"

    @admin.display(description="Quá trình xử lý")
    def step_history(self, proposal):
        steps = proposal.steps.all()
        if not steps:
            return "Chưa gửi."
        rows = format_html_join(
            "",
            "<li>{} – {}: {}{}</li>",
            (
                (
                    timezone.localtime(step.at).strftime("%d/%m/%Y %H:%M"),
                    step.by_name,
                    step.get_action_display(),
                    f" ({step.note})" if step.note else "",
                )
                for step in steps
            ),
        )
        return format_html("<ol>{}</ol>", rows)

    @admin.display(description="Báo cáo thành tích")
    def report_links(self, proposal):
        return format_html(
            '<a href="{}">Xem và in</a> · <a href="{}">Tải tệp Word (DOCX)</a>',
            reverse("awards_staff:proposal_report", args=[proposal.pk]),
            reverse("awards_staff:proposal_report_docx", args=[proposal.pk]),
        )

    def get_fieldsets(self, request, obj=None):
        fieldsets = [
            ("Người, tập thể được đề nghị", {"fields": self.recipient_fields}),
            ("Đề nghị", {"fields": [*self.content_fields, "report_links"] if obj else self.content_fields}),
        ]
        return [*fieldsets, ("Xét duyệt", {"fields": self.workflow_fields})] if obj else fieldsets

    def get_readonly_fields(self, request, obj=None):
        if obj is None:
            return []
        if obj.is_editable:
            return [*self.workflow_fields, "report_links"]
        return [*self.recipient_fields, *self.content_fields, *self.workflow_fields, "report_links"]

    def get_list_filter(self, request):
        return self.list_filter if sees_all_unions(request.user) else ["status", "award_type", "period__campaign"]

    def formfield_for_choice_field(self, db_field, request, **kwargs):
        if db_field.name == "recipient_kind":
            kwargs["choices"] = [(kind.value, kind.label) for kind in PROPOSABLE]
        return super().formfield_for_choice_field(db_field, request, **kwargs)

    def has_delete_permission(self, request, obj=None):
        return (obj is None or obj.status == Proposal.Status.DRAFT) and super().has_delete_permission(request, obj)

    def has_review_permission(self, request):
        return may_review(request.user, REVIEW_PERMISSION)

    def has_decide_permission(self, request):
        return may_review(request.user, REVIEW_PERMISSION) and request.user.has_perm("awards.add_awardline")

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        field = super().formfield_for_foreignkey(db_field, request, **kwargs)
        # A union proposes only for a period still open; the office may record a late one.
        if db_field.name == "period" and not self.has_review_permission(request):
            field.queryset = field.queryset.open()
        return field

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
            obj.is_late = not obj.period.is_open()
        super().save_model(request, obj, form, change)

    @admin.action(description="Gửi đề nghị đã chọn lên Công đoàn ngành", permissions=["change"])
    def submit_selected(self, request, queryset):
        self.run_step(request, self._rows(queryset), lambda proposal: proposal.submit(request.user), "đã gửi")

    @admin.action(description="Chấp thuận đề nghị đã chọn", permissions=["review"])
    def accept_selected(self, request, queryset):
        self.run_step(request, self._rows(queryset), lambda proposal: proposal.accept(request.user), "đã chấp thuận")

    @admin.action(description="Trả lại đề nghị đã chọn để bổ sung (ghi lý do)", permissions=["review"])
    def return_selected(self, request, queryset):
        return self.run_step_with_reason(
            request,
            self._rows(queryset),
            action="return_selected",
            step=lambda proposal, reason: proposal.return_to_union(request.user, reason),
            done="đã trả lại",
            title="Trả lại đề nghị khen thưởng",
            intro="Các đề nghị sau sẽ được trả lại cho công đoàn cơ sở để bổ sung, sửa rồi gửi lại:",
            label="Lý do trả lại (công đoàn cơ sở sẽ đọc được):",
            button="Trả lại",
        )

    @admin.action(description="Không chấp thuận đề nghị đã chọn (ghi lý do)", permissions=["review"])
    def reject_selected(self, request, queryset):
        return self.run_step_with_reason(
            request,
            self._rows(queryset),
            action="reject_selected",
            step=lambda proposal, reason: proposal.reject(request.user, reason),
            done="không được chấp thuận",
            title="Không chấp thuận đề nghị khen thưởng",
            intro="Các đề nghị sau sẽ không được chấp thuận:",
            label="Lý do không chấp thuận (công đoàn cơ sở sẽ đọc được):",
            button="Không chấp thuận",
        )

    @admin.action(description="Đưa đề nghị đã chấp thuận vào một quyết định…", permissions=["decide"])
    def add_to_decision(self, request, queryset):
        form = AddToDecisionForm(request.POST if "apply" in request.POST else None)
        if form.is_valid():
            decision = form.cleaned_data["decision"]
            try:
                lines = decision_add_proposals(decision=decision, proposals=queryset, by=request.user)
            except ValidationError as error:
                for message in error.messages:
                    self.message_user(request, message, messages.ERROR)
                self.message_user(request, "Chưa đưa đề nghị nào vào quyết định.", messages.WARNING)
            else:
                self.message_user(request, f"Đã thêm {len(lines)} dòng khen thưởng vào {decision}.", messages.SUCCESS)
                return HttpResponseRedirect(reverse("admin:awards_decision_change", args=[decision.pk]))
            return None
        return TemplateResponse(
            request,
            "awards/admin/add_to_decision.html",
            {
                **self.admin_site.each_context(request),
                "opts": self.opts,
                "title": "Đưa đề nghị vào quyết định khen thưởng",
                "proposals": self._rows(queryset),
                "form": form,
                "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
            },
        )

    @staticmethod
    def _rows(queryset):
        return queryset.select_related("award_type", "period")


class AddToDecisionForm(forms.Form):
    decision = forms.ModelChoiceField(
        label="Quyết định",
        queryset=Decision.objects.select_related("authority").order_by("-signed_on", "-id"),
        empty_label="– Chọn quyết định –",
        help_text="Lập quyết định trước (số, ngày, cơ quan, người ký) rồi đưa các đề nghị vào.",
    )


class AwardLineInlineFormSet(forms.BaseInlineFormSet):
    """Refuses the same recipient twice for the same form among the rows typed in one save."""

    def clean(self):
        super().clean()
        seen = {}
        for number, form in enumerate(self.forms, start=1):
            if not hasattr(form, "cleaned_data") or not form.cleaned_data or form.cleaned_data.get("DELETE"):
                continue
            line = form.instance
            key = (line.award_type_id, line.recipient_key)
            if line.award_type_id and key in seen:
                form.add_error(
                    None,
                    f"Dòng {number} trùng dòng {seen[key]}: {line.recipient_name} đã có “{line.award_type}”.",
                )
            seen.setdefault(key, number)


class AwardLineInline(RecipientAdminMixin, admin.TabularInline):
    """One table row a line (templates/awards/admin/award_lines.html), so a decision of 85 lines fits a working page."""

    model = AwardLine
    formset = AwardLineInlineFormSet
    template = "awards/admin/award_lines.html"
    extra = 0
    fields = [
        "award_type",
        "recipient_kind",
        "member",
        "group",
        "recipient_name",
        "recipient_unit",
        "base_union",
        "position",
        "achievement",
        "is_public",
    ]
    classes = ["award-lines"]
    formfield_overrides = {models.TextField: {"widget": forms.Textarea(attrs={"rows": 2, "cols": 30})}}

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        # Every row offers the same forms of award: read them once, not once a row (85 queries on a real
        # decision). Each row's copy of the field keeps the list; a posted choice is still checked in the database.
        award_type = formset.form.base_fields["award_type"]
        award_type.choices = award_type.widget.widget.choices = list(award_type.choices)
        return formset

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)
        if isinstance(getattr(formfield, "widget", None), RelatedFieldWidgetWrapper):
            # Forms, members, groups and unions are kept on their own pages: a row keeps its width for the names.
            widget = formfield.widget
            widget.can_add_related = widget.can_change_related = widget.can_delete_related = False
            widget.can_view_related = False
        return formfield


@admin.register(Decision)
class DecisionAdmin(admin.ModelAdmin):
    list_display = ["number", "signed_on", "authority", "period", "subject", "line_count"]
    list_filter = ["authority__level", "authority", "period__campaign"]
    list_select_related = ["authority", "period__campaign"]
    search_fields = ["number", "subject", "signer"]
    date_hierarchy = "signed_on"
    inlines = [AwardLineInline]
    change_form_template = "awards/admin/decision_change_form.html"

    class Media:
        css = {"all": ["awards/admin/decisions.css"]}

    fieldsets = [
        (None, {"fields": [("number", "signed_on"), "authority", "period", "subject"]}),
        ("Người ký", {"fields": [("signer", "signer_title")]}),
        ("Bản quét", {"fields": ["scan"]}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(line_count=Count("lines"))

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        added = [line for formset in formsets for line in getattr(formset, "new_objects", [])]
        notices.decision_names_members(form.instance, added)

    @admin.display(description="Số dòng khen thưởng", ordering="line_count")
    def line_count(self, decision):
        return decision.line_count

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "period":
            kwargs["queryset"] = Period.objects.select_related("campaign")
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "subject":
            # A box that shows a whole trích yếu (up to 300 characters), not one cut to 20 of them.
            kwargs["widget"] = forms.Textarea(attrs={"rows": 3, "cols": 80})
        return super().formfield_for_dbfield(db_field, request, **kwargs)


@admin.register(AwardLine)
class AwardLineAdmin(RecipientSearchMixin, UnionScopedAdmin):
    """Every commendation across decisions, to search and filter; lines are entered on their decision."""

    list_display = ["recipient_name", "recipient_kind", "award_type", "recipient_unit", "decision_link", "is_public"]
    list_filter = [
        "award_type",
        "recipient_kind",
        "decision__authority__level",
        "decision__period__campaign",
        "is_public",
    ]
    list_select_related = ["award_type", "decision"]
    search_help_text = "Tìm theo tên người hoặc tập thể (có dấu hoặc không dấu), hoặc đúng số quyết định."
    number_lookup = "decision__number__iexact"

    @admin.display(description="Quyết định", ordering="decision__signed_on")
    def decision_link(self, line):
        return format_html(
            '<a href="{}">{}</a>', reverse("admin:awards_decision_change", args=[line.decision_id]), line.decision
        )

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
