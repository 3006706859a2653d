"""The accounts' admin: the user list says who has a second factor, and the administrator resets one there."""

from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.db.models import Exists, OuterRef
from django_otp.plugins.otp_static.admin import StaticDeviceAdmin  # noqa: F401 - idem
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.admin import TOTPDeviceAdmin  # noqa: F401 - registers the model, unregistered below
from django_otp.plugins.otp_totp.models import TOTPDevice

from unionportal.accounts import reset_second_factor

User = get_user_model()

# Devices are enrolled by their owner (unionportal.accounts) and reset from the user list; nobody else
# handles them, and nobody sees an app's secret key.
admin.site.unregister(TOTPDevice)
admin.site.unregister(StaticDevice)
admin.site.unregister(User)


@admin.register(User)
class PortalUserAdmin(UserAdmin):
    list_display = [*UserAdmin.list_display, "has_second_factor"]
    actions = ["reset_second_factor"]

    def get_queryset(self, request):
        enrolled = TOTPDevice.objects.filter(user=OuterRef("pk"), confirmed=True)
        return super().get_queryset(request).annotate(second_factor=Exists(enrolled))

    @admin.display(description="Xác thực hai bước", boolean=True, ordering="second_factor")
    def has_second_factor(self, user):
        return user.second_factor

    @admin.action(description="Đặt lại xác thực hai bước cho các tài khoản đã chọn", permissions=["change"])
    def reset_second_factor(self, request, queryset):
        for user in queryset:
            reset_second_factor(user)
        self.message_user(
            request,
            f"Đã đặt lại xác thực hai bước cho {len(queryset)} tài khoản; "
            "ở lần đăng nhập sau, mỗi người quét lại mã QR bằng điện thoại của mình.",
        )
