"""Each staff member sets their own notifications in the admin ("Thông báo của tôi"); nobody edits another's."""

from django import forms
from django.contrib import admin
from django.shortcuts import redirect

from notifications.models import Kind, Notice, Preference
from unionportal.admin_helpers import ReadOnlyAdmin


class PreferenceForm(forms.ModelForm):
    muted = forms.MultipleChoiceField(
        label="Không nhận thư về",
        choices=Kind.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Đánh dấu những việc bạn không muốn nhận thư.",
    )

    class Meta:
        model = Preference
        fields = ["muted", "daily_digest"]


@admin.register(Preference)
class PreferenceAdmin(admin.ModelAdmin):
    form = PreferenceForm

    class Media:
        css = {"all": ["notifications/admin/preference.css"]}

    def has_module_permission(self, request):
        return request.user.is_active and request.user.is_staff

    def has_view_permission(self, request, obj=None):
        return self.has_change_permission(request, obj)

    def has_change_permission(self, request, obj=None):
        return self.has_module_permission(request) and (obj is None or obj.user_id == request.user.pk)

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def get_queryset(self, request):
        return super().get_queryset(request).filter(user=request.user)

    def changelist_view(self, request, extra_context=None):
        # One row each: the list is the person's own settings.
        preference, _ = Preference.objects.get_or_create(user=request.user)
        return redirect("admin:notifications_preference_change", preference.pk)


@admin.register(Notice)
class NoticeAdmin(ReadOnlyAdmin):
    list_display = ["created_at", "user", "kind", "in_digest", "sent_at", "attempts"]
    list_filter = ["kind", "in_digest", ("sent_at", admin.EmptyFieldListFilter)]
    list_select_related = ["user"]
    date_hierarchy = "created_at"
