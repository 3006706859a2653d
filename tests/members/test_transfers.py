import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from members.models import Transfer
from tests.members.factories import BaseUnionFactory, SupportFactory, UnionGroupFactory, officer_of

pytestmark = pytest.mark.django_db


def test_a_transfer_moves_the_member_and_keeps_where_they_came_from(own_member, other_union):
    old_group = own_member.group
    old_union = own_member.base_union
    support = SupportFactory(member=own_member)
    new_group = UnionGroupFactory(base_union=other_union, name="Khoa Nhi")

    transfer = own_member.transfer(
        to_union=other_union, to_group=new_group, on=datetime.date(2026, 3, 1), reason="Điều động công tác"
    )

    own_member.refresh_from_db()
    assert (own_member.base_union, own_member.group) == (other_union, new_group)
    transfer.refresh_from_db()
    assert (transfer.from_union, transfer.from_group) == (old_union, old_group)
    assert (transfer.to_union, transfer.to_group) == (other_union, new_group)
    support.refresh_from_db()
    assert support.base_union == old_union  # old records stay with the union that gave them


def test_history_lists_every_move_newest_first(own_member, other_union, own_union):
    own_member.transfer(to_union=other_union, on=datetime.date(2024, 1, 1))
    own_member.transfer(to_union=own_union, on=datetime.date(2025, 6, 1), reason="Trở về đơn vị cũ")
    history = list(own_member.transfers.values_list("from_union__code", "to_union__code", "transferred_on"))
    assert history == [
        ("TTYTCM", "BVDK", datetime.date(2025, 6, 1)),
        ("BVDK", "TTYTCM", datetime.date(2024, 1, 1)),
    ]


def test_moving_inside_the_same_union_changes_only_the_group(own_member, own_union):
    new_group = UnionGroupFactory(base_union=own_union)
    own_member.transfer(to_union=own_union, to_group=new_group, on=datetime.date(2026, 1, 1))
    own_member.refresh_from_db()
    assert own_member.group == new_group


def test_a_group_of_another_union_or_no_move_at_all_is_refused(own_member, own_union, other_union):
    with pytest.raises(ValidationError):
        own_member.transfer(
            to_union=other_union, to_group=UnionGroupFactory(base_union=own_union), on=datetime.date(2026, 1, 1)
        )
    with pytest.raises(ValidationError):
        own_member.transfer(to_union=own_union, to_group=own_member.group, on=datetime.date(2026, 1, 1))
    assert not Transfer.objects.exists()


class TestInTheAdmin:
    def test_officer_transfers_a_member_and_the_receiving_union_sees_both(
        self, client, officer, own_member, other_union
    ):
        client.force_login(officer)
        response = client.post(
            reverse("admin:members_transfer_add"),
            {
                "member": own_member.pk,
                "to_union": other_union.pk,
                "to_group": "",
                "transferred_on": "15/02/2026",
                "reason": "Chuyển công tác",
            },
        )
        assert response.status_code == 302
        transfer = Transfer.objects.get()
        assert transfer.recorded_by == officer
        own_member.refresh_from_db()
        assert own_member.base_union == other_union

        # The sending union keeps the record but no longer sees the member.
        assert client.get(reverse("admin:members_member_change", args=[own_member.pk])).status_code == 404
        assert list(client.get(reverse("admin:members_transfer_changelist")).context["cl"].result_list) == [transfer]

        receiving = officer_of(other_union, username="canbo_nhan")
        client.force_login(receiving)
        assert client.get(reverse("admin:members_member_change", args=[own_member.pk])).status_code == 200
        assert list(client.get(reverse("admin:members_transfer_changelist")).context["cl"].result_list) == [transfer]

    def test_officer_cannot_transfer_another_unions_member(self, client, officer, other_member, own_union):
        client.force_login(officer)
        response = client.post(
            reverse("admin:members_transfer_add"),
            {"member": other_member.pk, "to_union": own_union.pk, "transferred_on": "15/02/2026"},
        )
        assert "member" in response.context["adminform"].form.errors
        other_member.refresh_from_db()
        assert other_member.base_union != own_union

    def test_a_recorded_transfer_cannot_be_edited(self, client, sector_staff, own_member, other_union):
        transfer = own_member.transfer(to_union=other_union, on=datetime.date(2026, 1, 1))
        client.force_login(sector_staff)
        url = reverse("admin:members_transfer_change", args=[transfer.pk])
        response = client.get(url)
        assert response.status_code == 200
        assert not response.context["has_change_permission"]
        client.post(url, {"member": own_member.pk, "to_union": own_member.pk, "transferred_on": "01/01/2020"})
        transfer.refresh_from_db()
        assert transfer.transferred_on == datetime.date(2026, 1, 1)


def test_a_third_union_does_not_see_the_transfer(client, own_member, other_union):
    own_member.transfer(to_union=other_union, on=datetime.date(2026, 1, 1))
    client.force_login(officer_of(BaseUnionFactory(), username="canbo_khac"))
    assert not client.get(reverse("admin:members_transfer_changelist")).context["cl"].result_list
