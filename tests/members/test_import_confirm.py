"""The member import's confirmation: the whole file again, all or nothing, told exactly (findings 3, 4 and 7)."""

import csv
import io
import tempfile
import time
from pathlib import Path
from unittest import mock

import pytest
from django.core import signing
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError
from django.db.models.query import QuerySet
from django.urls import reverse

from members.importing import PENDING_SECONDS, PendingImportStorage
from members.models import Member
from tests.corpora import FORMULA_PAYLOADS
from tests.members.factories import MemberFactory, UnionGroupFactory, officer_of
from tests.members.test_admin import member_form
from tests.members.test_import import CSV, HEADERS, IMPORT_URL, XLSX, confirm, csv_file, upload, xlsx_file

pytestmark = pytest.mark.django_db

PROCESS_URL = reverse("admin:members_member_process_import")


def rows(count, start=0):
    return [
        [f"Nguyễn Văn Số{n}", "Nam", "05/06/1980", "Bác sĩ", "", "BVDK", "", "01/09/2005", f"YT3{n:06d}", "", "", ""]
        for n in range(start, start + count)
    ]


def messages_of(response):
    return [str(message) for message in response.context["messages"]] if response.context else []


@pytest.fixture
def signed_in(client, officer):
    client.force_login(officer)
    return client


def test_a_card_number_taken_after_the_preview_stops_the_whole_import(signed_in, own_union):
    preview = upload(signed_in, xlsx_file(rows(20)), XLSX)
    MemberFactory(base_union=own_union, card_number="YT3000015")  # row 16, added in another tab

    response = confirm(signed_in, preview)

    assert response.status_code == 200
    assert Member.objects.count() == 1
    page = response.content.decode()
    assert "Chưa dòng nào được nhập" in page
    assert "Số thẻ đoàn viên này đã có trong cơ sở dữ liệu." in page
    assert "Đã nhập" not in page


def test_a_database_failure_in_the_second_batch_saves_nothing_and_says_so(signed_in, caplog):
    preview = upload(signed_in, xlsx_file(rows(600)), XLSX)
    real_bulk_create = QuerySet.bulk_create
    calls = []

    def second_batch_fails(queryset, objs, *args, **kwargs):
        calls.append(len(objs))
        if len(calls) == 2:
            raise IntegrityError("duplicate key value violates unique constraint")
        return real_bulk_create(queryset, objs, *args, **kwargs)

    with mock.patch.object(QuerySet, "bulk_create", second_batch_fails):
        response = confirm(signed_in, preview)

    assert calls == [500, 100]
    assert not Member.objects.exists()
    page = response.content.decode()
    assert "chưa dòng nào được nhập" in page
    assert "600 mới" not in page and "Đã nhập" not in page
    assert "duplicate key" not in page and "Traceback" not in page  # told in general terms, logged in full
    assert "duplicate key value" in caplog.text


def test_the_success_message_counts_what_was_saved(signed_in):
    response = confirm(signed_in, upload(signed_in, csv_file(rows(3)), CSV))
    assert response.status_code == 302
    follow = signed_in.get(response.url)
    assert "Đã nhập 3 đoàn viên từ tệp." in messages_of(follow)
    assert Member.objects.count() == 3


def test_a_path_posted_as_the_file_name_imports_nothing_and_deletes_nothing(signed_in):
    # Where django-import-export's default storage kept pending files: the system's temporary folder.
    planted = Path(tempfile.gettempdir()) / f"ke-gian-{time.monotonic_ns()}.csv"
    planted.write_bytes(csv_file(rows(2)).read())
    try:
        response = signed_in.post(
            PROCESS_URL,
            {"import_file_name": f"../../..{planted}", "original_file_name": "a.csv", "format": CSV, "resource": "0"},
        )
        assert response.status_code == 302
        assert planted.exists()
    finally:
        planted.unlink()
    assert not Member.objects.exists()
    assert "Dữ liệu xác nhận không hợp lệ" in " ".join(messages_of(signed_in.get(response.url)))


@pytest.mark.parametrize("token", ["", "x", "abc:def:ghi", "0" * 5000])
def test_a_forged_confirmation_is_refused_in_vietnamese(signed_in, token):
    response = signed_in.post(PROCESS_URL, {"token": token, "format": "99"})
    assert response.status_code == 302
    assert response.url == IMPORT_URL
    assert not Member.objects.exists()


def test_another_officers_confirmation_is_refused(client, officer, own_union):
    client.force_login(officer)
    preview = upload(client, csv_file(rows(2)), CSV)
    client.force_login(officer_of(own_union, username="canbo_khac"))
    response = client.post(PROCESS_URL, {"token": preview.context["confirm_form"].initial["token"]})
    assert response.status_code == 302
    assert not Member.objects.exists()


def pending_file(officer, preview):
    """The pending file the preview's token names, as the next step would read it."""
    token = preview.context["confirm_form"].initial["token"]
    return PendingImportStorage(name=signing.loads(token, salt=f"members.import:{officer.pk}")["name"])


def test_an_unconfirmed_file_is_forgotten_after_an_hour(signed_in, officer):
    preview = upload(signed_in, csv_file(rows(2)), CSV)
    assert pending_file(officer, preview).read() is not None  # in the shared cache, not in a folder on one node
    with mock.patch("time.time", return_value=time.time() + PENDING_SECONDS + 1):
        assert pending_file(officer, preview).read() is None
        # An officer's session has ended long before (30 idle minutes): the confirmation goes to sign-in.
        response = confirm(signed_in, preview)
    assert response.status_code == 302 and response.url.startswith(reverse("admin:login"))
    assert not Member.objects.exists()


def test_a_confirmation_whose_file_is_gone_is_told_so(signed_in, officer):
    preview = upload(signed_in, csv_file(rows(2)), CSV)
    pending_file(officer, preview).remove()  # forgotten by the cache (a restart of Redis, its memory full)
    response = confirm(signed_in, preview)
    assert response.status_code == 302
    assert "quá hạn" in " ".join(messages_of(signed_in.get(response.url)))
    assert not Member.objects.exists()


def test_a_confirmed_file_is_removed_at_once(signed_in, officer):
    preview = upload(signed_in, csv_file(rows(2)), CSV)
    confirm(signed_in, preview)
    assert pending_file(officer, preview).read() is None


def test_a_bad_file_is_told_without_a_traceback(signed_in):
    response = upload(signed_in, SimpleUploadedFile("hong.xlsx", b"PK\x03\x04 not really a workbook"), XLSX)
    page = response.content.decode()
    assert response.status_code == 200
    assert "Không đọc được tệp" in page
    assert "Traceback" not in page and 'File "' not in page


def test_a_missing_column_is_told_without_a_traceback(signed_in):
    response = upload(signed_in, SimpleUploadedFile("sai.csv", "Họ và tên\nAn\n".encode()), CSV)
    page = response.content.decode()
    assert "Tệp thiếu cột" in page
    assert "Traceback" not in page and 'File "' not in page


def test_a_nul_byte_in_a_cell_is_dropped_not_a_server_error(signed_in):
    bad = rows(1)
    bad[0][0] = "Nguyễn Văn\x00 An"
    bad[0][9] = "0912\x00000001"
    response = confirm(signed_in, upload(signed_in, csv_file(bad), CSV))
    assert response.status_code == 302
    member = Member.objects.get()
    assert (member.full_name, member.phone) == ("Nguyễn Văn An", "0912000001")


def test_a_last_word_longer_than_a_given_name_is_a_row_error(signed_in):
    bad = rows(2)
    bad[1][0] = "Nguyễn Văn " + "A" * 41
    response = upload(signed_in, csv_file(bad), CSV)
    assert response.status_code == 200
    errors = {row.number: row.error_dict for row in response.context["result"].invalid_rows}
    assert list(errors) == [2]
    assert "dài quá 40 ký tự" in errors[2]["full_name"][0]


def test_the_admin_form_refuses_a_last_word_longer_than_a_given_name(client, sector_staff, own_union):
    client.force_login(sector_staff)
    group = UnionGroupFactory(base_union=own_union)
    response = client.post(
        reverse("admin:members_member_add"), member_form(own_union, group, full_name="Lê " + "B" * 45)
    )
    assert response.status_code == 200
    assert "dài quá 40 ký tự" in response.content.decode()
    assert not Member.objects.exists()


def test_formulas_in_a_file_are_stored_as_text_and_exported_quoted(signed_in):
    hostile = rows(len(FORMULA_PAYLOADS))
    for row, payload in zip(hostile, FORMULA_PAYLOADS, strict=True):
        row[3] = payload  # occupation
    hostile[0][9] = "'+84 912 345 678"  # a phone as the export writes it
    content = io.StringIO()
    csv.writer(content).writerows([HEADERS, *hostile])
    file = SimpleUploadedFile("doan-vien.csv", content.getvalue().encode())
    assert confirm(signed_in, upload(signed_in, file, CSV)).status_code == 302
    occupations = {" ".join(text.split()) for text in Member.objects.values_list("occupation", flat=True)}
    assert occupations == {" ".join(payload.split()) for payload in FORMULA_PAYLOADS}
    assert Member.objects.filter(phone="+84 912 345 678").exists()
