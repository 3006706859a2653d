"""Staff accounts: who must sign in with a second factor, the admin's sign-in form, enrolling and resetting
a second factor, locked-out sign-ins and idle sessions.

Second factor: a time-based code from an authenticator app (TOTP, django-otp), with ten single-use
recovery codes for a lost phone. It is required of every account that can see members' personal data
or record award decisions (settings.SECOND_FACTOR_PERMISSIONS, and superusers), and such an account
enrols on its first sign-in; editors and publishers may enrol if they wish. Those accounts' sessions
also end after SESSION_IDLE_MINUTES without a request.
"""

import base64
import time

import segno
from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth import logout
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.dispatch import receiver
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

RECOVERY_CODE_COUNT = 10
RECOVERY_DEVICE_NAME = "Mã dự phòng"
APP_DEVICE_NAME = "Ứng dụng xác thực"
# When the last request was, in the session; rewritten at most once a minute, not on every request.
LAST_SEEN = "last_seen"
LAST_SEEN_RESOLUTION = 60


def must_have_second_factor(user):
    """Accounts that can see members' personal data or record decisions: superusers and SECOND_FACTOR_PERMISSIONS."""
    return (
        user.is_authenticated
        and user.is_active
        and user.is_staff
        and (user.is_superuser or any(user.has_perm(permission) for permission in settings.SECOND_FACTOR_PERMISSIONS))
    )


def has_second_factor(user):
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).exists()


def reset_second_factor(user):
    """Forget the user's authenticator app and recovery codes; they enrol again at their next sign-in.

    Sessions verified by the old app stop being verified at their next request (django-otp checks the device).
    """
    with transaction.atomic():
        TOTPDevice.objects.filter(user=user).delete()
        StaticDevice.objects.filter(user=user).delete()


def new_recovery_codes(user):
    """Ten fresh single-use codes, replacing any the user had; shown once, stored as django-otp keeps them."""
    with transaction.atomic():
        device, _ = StaticDevice.objects.get_or_create(user=user, name=RECOVERY_DEVICE_NAME)
        device.token_set.all().delete()
        codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
        device.token_set.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


class LoginForm(AdminAuthenticationForm):
    """The admin's sign-in: name, password and, for an account with a second factor, its code."""

    otp_token = forms.CharField(
        label="Mã xác thực",
        required=False,
        max_length=16,
        help_text=(
            "6 chữ số trong ứng dụng xác thực, hoặc một mã dự phòng. Để trống nếu tài khoản chưa bật xác thực hai bước."
        ),
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "text", "autocapitalize": "off"}),
    )

    error_messages = {
        **AdminAuthenticationForm.error_messages,
        "token_required": "Tài khoản này dùng xác thực hai bước: hãy nhập mã 6 chữ số trong ứng dụng xác thực.",
        "invalid_token": "Mã xác thực không đúng hoặc đã dùng rồi. Hãy nhập mã mới nhất trong ứng dụng.",
        "throttled": "Vừa nhập sai mã xác thực: hãy đợi một lát rồi nhập mã mới nhất trong ứng dụng.",
    }

    def clean(self):
        cleaned_data = super().clean()
        user = self.get_user()
        if user is not None:
            self.check_second_factor(user, "".join(cleaned_data.get("otp_token", "").split()).lower())
        return cleaned_data

    def check_second_factor(self, user, token):
        app = TOTPDevice.objects.devices_for_user(user, confirmed=True).first()
        recovery_codes = StaticDevice.objects.devices_for_user(user, confirmed=True).first()
        if app is None and recovery_codes is None:
            return
        if not token:
            raise forms.ValidationError(self.error_messages["token_required"], code="token_required")
        # Six digits are the app's code; anything else can only be a recovery code. Trying only the one
        # device keeps a wrong guess from counting against the other's throttle.
        device = app if token.isdigit() and len(token) == 6 else recovery_codes
        error = "invalid_token"
        if device is not None:
            if not device.verify_is_allowed()[0]:
                error = "throttled"
            else:
                with transaction.atomic():
                    verified = device.verify_token(token)
                if verified:
                    # django-otp marks the session verified when Django signs the user in.
                    user.otp_device = device
                    return
        # A wrong code counts as a failed sign-in, so django-axes locks out guessing codes as it does passwords.
        user_login_failed.send(sender=__name__, credentials={"username": user.get_username()}, request=self.request)
        raise forms.ValidationError(self.error_messages[error], code=error)


class ConfirmAppForm(forms.Form):
    token = forms.CharField(
        label="Mã 6 chữ số trong ứng dụng",
        max_length=6,
        min_length=6,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "pattern": "[0-9]{6}"}),
    )

    def __init__(self, *args, device, **kwargs):
        super().__init__(*args, **kwargs)
        self.device = device

    def clean_token(self):
        token = self.cleaned_data["token"].strip()
        if not self.device.verify_is_allowed()[0]:
            raise forms.ValidationError("Vừa nhập sai mã: hãy đợi vài giây rồi nhập mã mới nhất trong ứng dụng.")
        if not (token.isdigit() and self.device.verify_token(token)):
            raise forms.ValidationError(
                "Mã chưa đúng. Hãy kiểm tra giờ trên điện thoại và nhập mã mới nhất trong ứng dụng."
            )
        return token


def second_factor(request):
    """Enrol an authenticator app (QR code, then one code to confirm it) or see that one is enrolled.

    An account that already has an app must have signed in with it to enrol another: otherwise a stolen
    password would be enough to replace the owner's phone. (Wrapped by admin_view: staff only.)
    """
    user = request.user
    context = admin.site.each_context(request) | {
        "title": "Xác thực hai bước",
        "required": must_have_second_factor(user),
    }
    if has_second_factor(user):
        if not user.is_verified():
            raise PermissionDenied
        return render(request, "admin/second_factor/enrolled.html", context)
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first() or TOTPDevice.objects.create(
        user=user, name=APP_DEVICE_NAME, confirmed=False
    )
    form = ConfirmAppForm(request.POST or None, device=device)
    if request.method == "POST" and form.is_valid():
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        otp_login(request, device)
        context |= {"title": "Mã dự phòng", "codes": new_recovery_codes(user), "just_enrolled": True}
        return render(request, "admin/second_factor/recovery_codes.html", context)
    # Drawn here, as a data: image the page's CSP allows: the secret never leaves the portal.
    secret = base64.b32encode(device.bin_key).decode().rstrip("=")
    context |= {
        "form": form,
        "qr_code": segno.make(device.config_url, error="m").svg_data_uri(scale=5, border=2),
        "secret_groups": [secret[start : start + 4] for start in range(0, len(secret), 4)],
    }
    return render(request, "admin/second_factor/enrol.html", context)


def recovery_codes(request):
    """New recovery codes for a verified session (the old ones stop working). (Wrapped by admin_view.)"""
    if not request.user.is_verified():
        raise PermissionDenied
    if request.method != "POST":
        return redirect("second_factor")
    context = admin.site.each_context(request) | {"title": "Mã dự phòng", "codes": new_recovery_codes(request.user)}
    return render(request, "admin/second_factor/recovery_codes.html", context)


def redirect_to_login(request):
    return redirect(f"{reverse('admin:login')}?{urlencode({'next': request.get_full_path()})}")


def locked_out(request, original_response=None, credentials=None):
    """django-axes's answer to a sign-in from a locked account or address (AXES_LOCKOUT_CALLABLE), in Vietnamese."""
    context = admin.site.each_context(request) | {
        "title": "Tạm khoá đăng nhập",
        "minutes": int(settings.AXES_COOLOFF_TIME.total_seconds() // 60),
    }
    return render(request, "admin/locked_out.html", context, status=429)


@receiver(user_logged_in)
def _start_the_idle_clock(sender, request, user, **kwargs):
    request.session[LAST_SEEN] = int(time.time())


class StaffSessionMiddleware:
    """For accounts that must have a second factor: enrol before anything else, and end an idle session.

    After django-otp's OTPMiddleware, which tells whether this session was verified by a device.
    Requests without a session cookie (readers) pass straight through.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if settings.SESSION_COOKIE_NAME in request.COOKIES and must_have_second_factor(request.user):
            now = int(time.time())
            last_seen = request.session.get(LAST_SEEN, now)
            if now - last_seen > settings.SESSION_IDLE_MINUTES * 60:
                logout(request)
                messages.warning(
                    request,
                    f"Phiên làm việc đã kết thúc vì không hoạt động quá {settings.SESSION_IDLE_MINUTES} phút. "
                    "Hãy đăng nhập lại.",
                )
                return redirect_to_login(request)
            if now - last_seen >= LAST_SEEN_RESOLUTION or LAST_SEEN not in request.session:
                request.session[LAST_SEEN] = now
            if not request.user.is_verified() and request.path not in self.open_paths():
                if has_second_factor(request.user):
                    # A session from before the account had its app: sign in again, with the code.
                    logout(request)
                    return redirect_to_login(request)
                return redirect("second_factor")
        return self.get_response(request)

    @staticmethod
    def open_paths():
        """Where an account that has not enrolled yet may go: enrolment itself and signing out."""
        return {reverse("second_factor"), reverse("admin:logout"), reverse("admin:jsi18n")}
