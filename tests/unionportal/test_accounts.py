"""Signing in: throttling, the second factor, enrolment, reset, unlock and idle sessions (finding 5)."""

import datetime
import time
from unittest import mock

import pytest
from axes.models import AccessAttempt
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from news.roles import EDITORS
from tests.client import Client, current_code, enrolled_app
from tests.factories import StaffFactory

pytestmark = pytest.mark.django_db

LOGIN = reverse("admin:login")
INDEX = reverse("admin:index")
SETUP = reverse("second_factor")
PASSWORD = "mat-khau-thu"


def sign_in(client, username, password=PASSWORD, code="", address="203.0.113.5"):
    return client.post(
        LOGIN, {"username": username, "password": password, "otp_token": code, "next": INDEX}, REMOTE_ADDR=address
    )


def page_text(response):
    return response.content.decode()


class TestThrottling:
    def test_thirty_wrong_passwords_then_the_right_one_is_refused(self, sector_staff):
        browser = Client()
        answers = [sign_in(browser, sector_staff.username, f"sai-{n}").status_code for n in range(30)]
        assert answers[:4] == [200] * 4  # the form again, with its error
        assert set(answers[4:]) == {429}  # from the fifth on
        locked = sign_in(browser, sector_staff.username, code=current_code(enrolled_app(sector_staff)))
        assert locked.status_code == 429
        assert "Đăng nhập đang bị tạm khoá" in page_text(locked)
        assert "15 phút" in page_text(locked)
        assert "_auth_user_id" not in browser.session

    def test_the_account_is_locked_from_every_address(self, sector_staff):
        for n in range(5):
            sign_in(Client(), sector_staff.username, "sai", address=f"198.51.100.{n}")
        assert sign_in(Client(), sector_staff.username, address="192.0.2.77").status_code == 429

    def test_the_address_is_locked_for_every_account(self, sector_staff):
        for n in range(5):
            sign_in(Client(), f"khong-co-{n}", "sai", address="198.51.100.9")
        assert sign_in(Client(), sector_staff.username, address="198.51.100.9").status_code == 429
        assert sign_in(Client(), sector_staff.username, address="198.51.100.10").status_code == 302

    def test_wrong_codes_count_like_wrong_passwords(self, sector_staff):
        device = enrolled_app(sector_staff)
        for _ in range(4):
            assert sign_in(Client(), sector_staff.username, code="000000").status_code == 200
            a_moment_passes(device)
        assert sign_in(Client(), sector_staff.username, code="000000").status_code == 429  # the fifth
        a_moment_passes(device)
        assert sign_in(Client(), sector_staff.username, code=current_code(device)).status_code == 429

    def test_a_lock_ends_after_fifteen_minutes(self, editor):
        for _ in range(5):
            sign_in(Client(), "bientap", "sai")
        assert sign_in(Client(), "bientap").status_code == 429
        AccessAttempt.objects.update(attempt_time=timezone.now() - datetime.timedelta(minutes=16))
        assert sign_in(Client(), "bientap").status_code == 302

    def test_the_administrator_unlocks_an_account_in_the_admin(self, admin_client, editor):
        for _ in range(5):
            sign_in(Client(), "bientap", "sai")
        assert sign_in(Client(), "bientap").status_code == 429
        attempts = admin_client.get(reverse("admin:axes_accessattempt_changelist"))
        assert "bientap" in page_text(attempts)
        attempt = AccessAttempt.objects.get(username="bientap")
        response = admin_client.post(reverse("admin:axes_accessattempt_delete", args=[attempt.pk]), {"post": "yes"})
        assert response.status_code == 302
        assert sign_in(Client(), "bientap").status_code == 302

    def test_sector_staff_cannot_unlock(self, client, sector_staff):
        client.force_login(sector_staff)
        assert client.get(reverse("admin:axes_accessattempt_changelist")).status_code == 403


class TestSecondFactor:
    def test_an_account_with_personal_data_must_enrol_before_anything_else(self, sector_staff):
        browser = Client()
        assert sign_in(browser, sector_staff.username).status_code == 302
        for url in [INDEX, reverse("admin:members_member_changelist"), reverse("members:figures"), "/"]:
            response = browser.get(url)
            assert response.status_code == 302 and response.url == SETUP, url
        enrol = browser.get(SETUP)
        assert enrol.status_code == 200
        assert "phải bật xác thực hai bước" in page_text(enrol)
        assert 'src="data:image/svg+xml' in page_text(enrol)  # drawn here, no outside QR service

    @pytest.mark.parametrize("who", ["officer", "emulation_office", "sector_staff", "admin_user"])
    def test_who_must_have_it(self, request, who):
        user = request.getfixturevalue(who)
        user.set_password(PASSWORD)
        user.save()
        browser = Client()
        sign_in(browser, user.username)
        assert browser.get(INDEX).url == SETUP

    def test_enrolling_confirms_the_app_and_shows_ten_recovery_codes_once(self, officer):
        browser = Client()
        sign_in(browser, officer.username)
        browser.get(SETUP)
        device = TOTPDevice.objects.get(user=officer, confirmed=False)
        wrong = browser.post(SETUP, {"token": "123456"})
        assert "Mã chưa đúng" in page_text(wrong)
        hurried = browser.post(SETUP, {"token": current_code(device)})
        assert "hãy đợi vài giây" in page_text(hurried)  # django-otp's pause after a wrong code
        a_moment_passes(device)
        done = browser.post(SETUP, {"token": current_code(device)})
        assert done.status_code == 200
        codes = done.context["codes"]
        assert len(codes) == 10 and len(set(codes)) == 10
        assert all(code in page_text(done) for code in codes)
        device.refresh_from_db()
        assert device.confirmed
        assert browser.get(INDEX).status_code == 200  # this session is verified now
        assert codes[0] not in page_text(browser.get(SETUP))  # never shown again

    def test_signing_in_again_needs_the_code(self, officer):
        device = enrolled_app(officer)
        without = sign_in(Client(), officer.username)
        assert without.status_code == 200
        assert "hãy nhập mã 6 chữ số" in page_text(without)
        wrong = sign_in(Client(), officer.username, code="999999")
        assert "Mã xác thực không đúng" in page_text(wrong)
        hurried = sign_in(Client(), officer.username, code=current_code(device))
        assert "hãy đợi một lát" in page_text(hurried)  # django-otp's pause after a wrong code
        a_moment_passes(device)
        browser = Client()
        assert sign_in(browser, officer.username, code=current_code(device)).status_code == 302
        assert browser.get(INDEX).status_code == 200

    def test_a_code_cannot_be_used_twice(self, officer):
        code = current_code(enrolled_app(officer))
        assert sign_in(Client(), officer.username, code=code).status_code == 302
        assert sign_in(Client(), officer.username, code=code).status_code == 200

    def test_a_recovery_code_signs_in_once(self, officer):
        browser = Client()
        sign_in(browser, officer.username)
        browser.get(SETUP)
        device = TOTPDevice.objects.get(user=officer)
        codes = browser.post(SETUP, {"token": current_code(device)}).context["codes"]
        phone_lost = Client()
        assert sign_in(phone_lost, officer.username, code=codes[3].upper()).status_code == 302
        assert phone_lost.get(INDEX).status_code == 200
        assert sign_in(Client(), officer.username, code=codes[3]).status_code == 200

    def test_editors_may_sign_in_without_and_enrol_if_they_wish(self):
        StaffFactory(username="bientap", group=EDITORS)
        browser = Client()
        assert sign_in(browser, "bientap").status_code == 302
        assert browser.get(INDEX).status_code == 200
        offer = browser.get(SETUP)
        assert "không bắt buộc" in page_text(offer)

    def test_an_enrolled_app_cannot_be_replaced_with_a_password_alone(self, editor):
        enrolled_app(editor)  # the editor's session from force_login was not verified by it
        response = editor_client(editor).get(SETUP)
        assert response.status_code == 403
        assert TOTPDevice.objects.filter(user=editor).count() == 1


def a_moment_passes(device):
    """The pause django-otp makes after a wrong code (one second, doubling with each) is over."""
    type(device).objects.filter(pk=device.pk).update(
        throttling_failure_timestamp=timezone.now() - datetime.timedelta(minutes=1)
    )


def editor_client(user):
    from django.test import Client as PlainClient

    browser = PlainClient()
    browser.force_login(user)
    return browser


class TestReset:
    def test_the_administrator_resets_a_second_factor_from_the_user_list(self, admin_client, officer):
        enrolled_app(officer)
        listing = admin_client.get(reverse("admin:auth_user_changelist"))
        assert "Xác thực hai bước" in page_text(listing)
        response = admin_client.post(
            reverse("admin:auth_user_changelist"),
            {"action": "reset_second_factor", "_selected_action": [officer.pk]},
        )
        assert response.status_code == 302
        assert not TOTPDevice.objects.filter(user=officer).exists()
        browser = Client()
        assert sign_in(browser, officer.username).status_code == 302  # no code asked: enrol again
        assert browser.get(INDEX).url == SETUP

    def test_a_reset_ends_the_verification_of_open_sessions(self, client, officer):
        client.force_login(officer)
        assert client.get(INDEX).status_code == 200
        call_command("reset_second_factor", officer.username, stdout=mock.MagicMock())
        assert client.get(INDEX).url == SETUP
        assert not StaticDevice.objects.filter(user=officer).exists()

    def test_the_command_refuses_an_unknown_account(self):
        from django.core.management import CommandError

        with pytest.raises(CommandError, match="Không có tài khoản: khong-ai"):
            call_command("reset_second_factor", "khong-ai")

    def test_sector_staff_cannot_reset(self, client, sector_staff, officer):
        enrolled_app(officer)
        client.force_login(sector_staff)
        response = client.post(
            reverse("admin:auth_user_changelist"),
            {"action": "reset_second_factor", "_selected_action": [officer.pk]},
        )
        assert response.status_code == 403
        assert TOTPDevice.objects.filter(user=officer).exists()


class TestIdleSessions:
    def test_thirty_idle_minutes_end_the_session_of_an_account_with_personal_data(self, client, officer):
        client.force_login(officer)
        start = time.time()
        with mock.patch("time.time", return_value=start + 29 * 60):
            assert client.get(INDEX).status_code == 200
        with mock.patch("time.time", return_value=start + 29 * 60 + 31 * 60):
            response = client.get(INDEX)
        assert response.status_code == 302 and response.url.startswith(LOGIN)
        assert "_auth_user_id" not in client.session
        assert "không hoạt động quá 30 phút" in page_text(client.get(response.url))

    def test_activity_keeps_it_open(self, client, officer):
        client.force_login(officer)
        start = time.time()
        for minutes in range(0, 120, 20):
            with mock.patch("time.time", return_value=start + minutes * 60):
                assert client.get(INDEX).status_code == 200

    def test_the_time_is_a_setting(self, client, officer, settings):
        settings.SESSION_IDLE_MINUTES = 5
        client.force_login(officer)
        with mock.patch("time.time", return_value=time.time() + 6 * 60):
            assert client.get(INDEX).status_code == 302

    def test_editors_keep_their_session(self, client, editor):
        with mock.patch("time.time", return_value=time.time() + 3 * 60 * 60):
            assert client.get(INDEX).status_code == 200


def test_the_unlock_screen_speaks_vietnamese(admin_client, editor):
    for _ in range(5):
        sign_in(Client(), "bientap", "sai")
    page = page_text(admin_client.get(reverse("admin:axes_accessattempt_changelist")))
    assert "lần đăng nhập sai" in page and "Đang bị khoá" in page and "Địa chỉ IP" in page
