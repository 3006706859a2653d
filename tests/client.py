"""Django's test browser, signing in past the second factor as the real sign-in form does with a code."""

import time

from django.test import Client as DjangoClient
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from unionportal.accounts import APP_DEVICE_NAME, must_have_second_factor


class Client(DjangoClient):
    """force_login also marks the session verified by the account's authenticator app (enrolled first if the
    account must have one and has none). The sign-in form itself, with real codes, is tested in
    tests/unionportal/test_accounts.py and by the browser tests."""

    def force_login(self, user, backend=None):
        super().force_login(user, backend)
        if must_have_second_factor(user):
            session = self.session
            session[DEVICE_ID_SESSION_KEY] = enrolled_app(user).persistent_id
            session.save()


def current_code(device, at=None):
    """The code an authenticator app enrolled as `device` shows now (or at the time `at`)."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = at or time.time()
    return f"{totp.token():0{device.digits}d}"


def enrolled_app(user):
    """The user's confirmed authenticator app, enrolled now if they have none, as if they had scanned its QR code."""
    device = TOTPDevice.objects.devices_for_user(user, confirmed=True).first()
    return device or TOTPDevice.objects.create(user=user, name=APP_DEVICE_NAME, confirmed=True)
