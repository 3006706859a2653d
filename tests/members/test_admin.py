import csv
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from members.models import ExportLog, Member
from members.resources import MemberResource
from tests.factories import StaffFactory
from tests.members.factories import MemberFactory, UnionGroupFactory

pytestmark = pytest.mark.django_db

MEMBER_LIST = reverse("admin:members_member_changelist")
# Session, user, the second factor's device, counts, the page of members with their unions and groups, filters.
MEMBER_LIST_QUERIES = 9


def member_form(base_union, group=None, **overrides):
    data = {
        "full_name": "Lê Thị Mai",
        "gender": Member.Gender.FEMALE,
        "birth_date": "12/03/1990",
        "occupation": "Điều dưỡng",
        "position": "",
        "base_union": base_union.pk,
        "group": group.pk if group else "",
        "joined_on": "01/09/2015",
        "card_number": "YT9999999",
        "status": Member.Status.ACTIVE,
        "phone": "",
        "email": "",
    }
    return data | overrides


def export_csv(client, query=""):
    fields = {f"memberresource_{name}": "on" for name in MemberResource._meta.fields}
    response = client.post(f"{reverse('admin:members_member_export')}?{query}", {"format": "1", **fields})
    assert response.status_code == 200, response.content[:500]
    assert 'filename="danh-sach-doan-vien-' in response["Content-Disposition"]
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))


class TestOfficer:
    @pytest.fixture(autouse=True)
    def _login(self, client, officer):
        client.force_login(officer)

    def test_sees_only_their_unions_members(self, client, own_member, other_member):
        response = client.get(MEMBER_LIST)
        assert list(response.context["cl"].result_list) == [own_member]

    @pytest.mark.parametrize("view", ["change", "delete", "history"])
    def test_another_unions_member_is_not_found_by_url(self, client, other_member, view):
        response = client.get(reverse(f"admin:members_member_{view}", args=[other_member.pk]))
        assert response.status_code == 404

    def test_another_unions_groups_supports_and_union_are_not_found(self, client, other_member, other_union):
        group = other_member.group
        assert client.get(reverse("admin:members_uniongroup_change", args=[group.pk])).status_code == 404
        assert client.get(reverse("admin:members_baseunion_change", args=[other_union.pk])).status_code == 404

    def test_cannot_add_a_member_to_another_union(self, client, other_union):
        response = client.post(reverse("admin:members_member_add"), member_form(other_union))
        assert response.status_code == 200
        assert "base_union" in response.context["adminform"].form.errors
        assert not Member.objects.exists()

    def test_cannot_put_a_member_in_another_unions_group(self, client, own_union, other_union):
        response = client.post(
            reverse("admin:members_member_add"), member_form(own_union, UnionGroupFactory(base_union=other_union))
        )
        assert "group" in response.context["adminform"].form.errors
        assert not Member.objects.exists()

    def test_adds_a_member_to_their_own_union(self, client, own_union):
        group = UnionGroupFactory(base_union=own_union)
        response = client.post(reverse("admin:members_member_add"), member_form(own_union, group))
        assert response.status_code == 302
        member = Member.objects.get()
        assert (member.base_union, member.group, member.name_folded) == (own_union, group, "le thi mai")

    def test_cannot_move_a_member_by_editing_their_union(self, client, own_member, other_union):
        data = member_form(other_union, full_name="Nguyễn Thị Hoà", card_number=own_member.card_number)
        data["group"] = ""
        response = client.post(reverse("admin:members_member_change", args=[own_member.pk]), data)
        assert response.status_code == 302
        own_member.refresh_from_db()
        assert own_member.base_union != other_union

    def test_exports_only_their_unions_members_and_the_export_is_logged(
        self, client, officer, own_member, other_member
    ):
        rows = export_csv(client, "status__exact=dang_sinh_hoat")
        assert [row["Họ và tên"] for row in rows] == ["Nguyễn Thị Hoà"]
        assert rows[0]["Mã CĐCS"] == "BVDK"
        assert rows[0]["Ngày sinh"] == "12/04/1985"
        log = ExportLog.objects.get()
        assert (log.user, log.row_count, log.query, log.file_format) == (
            officer,
            1,
            "status__exact=dang_sinh_hoat",
            "csv",
        )

    def test_the_export_page_has_no_inline_script_or_style(self, client):
        page = client.get(reverse("admin:members_member_export")).content.decode()
        assert "select-all-toggle" in page
        assert " style=" not in page and " onchange=" not in page

    def test_cannot_read_the_export_log_or_officer_list(self, client):
        assert client.get(reverse("admin:members_exportlog_changelist")).status_code == 403
        assert client.get(reverse("admin:members_officer_changelist")).status_code == 403

    def test_the_add_form_starts_in_their_union(self, client, own_union):
        response = client.get(reverse("admin:members_member_add"))
        assert response.context["adminform"].form.initial["base_union"] == own_union.pk
        assert list(response.context["adminform"].form.fields["base_union"].queryset) == [own_union]

    def test_search_ignores_marks(self, client, own_member):
        response = client.get(MEMBER_LIST, {"q": "nguyen thi hoa"})
        assert list(response.context["cl"].result_list) == [own_member]


class TestSectorStaff:
    @pytest.fixture(autouse=True)
    def _login(self, client, sector_staff):
        client.force_login(sector_staff)

    def test_ties_an_account_to_a_base_union(self, client, own_union):
        user = StaffFactory(username="moi", is_staff=False)
        response = client.post(reverse("admin:members_officer_add"), {"user": user.pk, "base_union": own_union.pk})
        assert response.status_code == 302
        user.refresh_from_db()
        assert user.is_staff and user.union_officer.base_union == own_union
        assert user.has_perm("members.change_member") and not user.has_perm("members.view_all_unions")

    def test_finds_a_member_by_card_number(self, client, own_member, other_member):
        response = client.get(MEMBER_LIST, {"q": other_member.card_number})
        assert list(response.context["cl"].result_list) == [other_member]

    def test_sees_every_union(self, client, own_member, other_member):
        response = client.get(MEMBER_LIST)
        assert set(response.context["cl"].result_list) == {own_member, other_member}
        assert client.get(reverse("admin:members_member_change", args=[other_member.pk])).status_code == 200

    def test_export_log_is_read_only(self, client, own_member, other_member):
        export_csv(client)
        response = client.get(reverse("admin:members_exportlog_changelist"))
        assert response.status_code == 200
        assert list(response.context["cl"].result_list) == list(ExportLog.objects.all())
        assert ExportLog.objects.get().row_count == 2
        log = ExportLog.objects.get()
        assert client.post(reverse("admin:members_exportlog_delete", args=[log.pk]), {"post": "yes"}).status_code == 403
        assert client.get(reverse("admin:members_exportlog_add")).status_code == 403


def test_member_list_runs_a_fixed_number_of_queries(client, sector_staff, own_union, other_union):
    client.force_login(sector_staff)
    MemberFactory.create_batch(3, base_union=own_union)
    with CaptureQueriesContext(connection) as few:
        assert client.get(MEMBER_LIST).status_code == 200
    MemberFactory.create_batch(30, base_union=other_union)
    with CaptureQueriesContext(connection) as many:
        assert client.get(MEMBER_LIST).status_code == 200
    assert len(few) == len(many) == MEMBER_LIST_QUERIES
