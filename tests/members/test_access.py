"""Who may take member data away, and whose groups an officer's filters name (finding 6)."""

import pytest
from django.urls import reverse

from members.resources import MemberResource
from tests.members.factories import UnionGroupFactory

pytestmark = pytest.mark.django_db

EXPORT_URL = reverse("admin:members_member_export")
MEMBER_LIST = reverse("admin:members_member_changelist")


def export_post(client):
    fields = {f"memberresource_{name}": "on" for name in MemberResource._meta.fields}
    return client.post(EXPORT_URL, {"format": "1", **fields})


def test_the_emulation_office_sees_members_but_cannot_export_them(client, emulation_office, own_member):
    client.force_login(emulation_office)
    page = client.get(MEMBER_LIST)
    assert page.status_code == 200 and own_member.full_name in page.content.decode()
    assert EXPORT_URL not in page.content.decode()
    assert "export_admin_action" not in page.content.decode()
    assert client.get(EXPORT_URL).status_code == 403
    response = export_post(client)
    assert response.status_code == 403
    assert own_member.phone.encode() not in response.content


@pytest.mark.parametrize("who", ["officer", "sector_staff"])
def test_those_who_keep_the_list_still_export_it(client, request, own_member, who):
    client.force_login(request.getfixturevalue(who))
    response = export_post(client)
    assert response.status_code == 200
    assert own_member.card_number in response.content.decode("utf-8-sig")


def test_an_officers_group_filter_names_only_their_unions_groups(client, officer, own_union, other_union):
    UnionGroupFactory(base_union=own_union, name="Khoa Nhi")
    UnionGroupFactory(base_union=other_union, name="Khoa Sản của đơn vị khác")
    client.force_login(officer)
    page = client.get(MEMBER_LIST).content.decode()
    assert "Khoa Nhi" in page
    assert "Khoa Sản của đơn vị khác" not in page
    assert other_union.name not in page


def test_sector_staff_filter_every_unions_groups(client, sector_staff, own_union, other_union):
    UnionGroupFactory(base_union=own_union, name="Khoa Nhi")
    UnionGroupFactory(base_union=other_union, name="Khoa Sản của đơn vị khác")
    client.force_login(sector_staff)
    page = client.get(reverse("admin:members_uniongroup_changelist")).content.decode()
    assert other_union.name in page and own_union.name in page
