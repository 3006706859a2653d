import datetime

import pytest
from django.urls import reverse

from awards.models import RecipientKind
from tests.awards.factories import DecisionFactory, MemberLineFactory, UnionLineFactory, authority, award_type
from tests.factories import StaffFactory
from tests.members.factories import MemberFactory, UnionGroupFactory

pytestmark = pytest.mark.django_db


def member_url(member):
    return reverse("awards_staff:history_member", args=[member.pk])


def union_url(union):
    return reverse("awards_staff:history_union", args=[union.pk])


def decision(year, period, **fields):
    return DecisionFactory(signed_on=datetime.date(year, 1, 15), period=period, **fields)


@pytest.fixture
def member(own_union):
    return MemberFactory(base_union=own_union, full_name="Nguyễn Thị Hoà")


@pytest.fixture
def member_lines(member, period):
    """Three years of a member's awards, recorded out of order."""
    return [
        MemberLineFactory(member=member, decision=decision(2022, period), award_type=award_type("Giấy khen")),
        MemberLineFactory(
            member=member,
            decision=decision(2026, period, number="12/QĐ-SYT", authority=authority("Sở Y tế")),
            award_type=award_type("Chiến sĩ thi đua cơ sở"),
            achievement="Hoàn thành xuất sắc nhiệm vụ năm 2025",
        ),
        MemberLineFactory(member=member, decision=decision(2024, period), is_public=False),
    ]


def test_a_members_history_is_theirs_newest_first(client, sector_staff, member, member_lines, period):
    MemberLineFactory(member=MemberFactory(base_union=member.base_union, full_name="Trần Văn Bình"))
    UnionLineFactory(base_union=member.base_union)
    client.force_login(sector_staff)

    response = client.get(member_url(member))

    assert response.status_code == 200
    lines = list(response.context["lines"])
    assert [line.decision.signed_on.year for line in lines] == [2026, 2024, 2022]
    assert {line.member_id for line in lines} == {member.pk}
    page = response.content.decode()
    assert "Hồ sơ thành tích: Nguyễn Thị Hoà" in page
    assert "Số 12/QĐ-SYT" in page and "ngày 15/01/2026" in page and "Sở Y tế" in page
    assert "Chiến sĩ thi đua cơ sở" in page and "Hoàn thành xuất sắc nhiệm vụ năm 2025" in page
    assert period.name in page and period.campaign.name in page
    assert "Không công bố trên cổng" in page
    assert "Trần Văn Bình" not in page
    assert "awards/history.css" in page and " style=" not in page and "<script>" not in page


def test_a_union_history_shows_its_own_awards_then_its_groups_and_members(client, sector_staff, own_union, period):
    own = [
        UnionLineFactory(base_union=own_union, decision=decision(2023, period), award_type=award_type("Cờ thi đua")),
        UnionLineFactory(base_union=own_union, decision=decision(2025, period)),
    ]
    member_line = MemberLineFactory(member=MemberFactory(base_union=own_union, full_name="Lê Thị Mai"))
    group_line = MemberLineFactory(
        recipient_kind=RecipientKind.GROUP,
        member=None,
        group=UnionGroupFactory(base_union=own_union, name="Khoa Nhi"),
        award_type=award_type("Giấy khen"),
    )
    UnionLineFactory(recipient_name="Công đoàn khác")
    client.force_login(sector_staff)

    response = client.get(union_url(own_union))

    assert response.status_code == 200
    assert list(response.context["lines"]) == [own[1], own[0]]
    assert set(response.context["within_lines"]) == {member_line, group_line}
    assert list(response.context["within_counts"]) == [
        {"award_type__name": "Bằng khen", "groups": 0, "members": 1},
        {"award_type__name": "Giấy khen", "groups": 1, "members": 0},
    ]
    page = response.content.decode()
    assert "Cờ thi đua" in page and "Khoa Nhi" in page
    assert member_url(member_line.member) in page
    assert "Công đoàn khác" not in page


def test_an_officer_opens_only_their_own_union_and_members(client, officer, member, own_union, other_union):
    stranger = MemberFactory(base_union=other_union)
    client.force_login(officer)
    assert client.get(member_url(member)).status_code == 200
    assert client.get(union_url(own_union)).status_code == 200
    assert client.get(member_url(stranger)).status_code == 404
    assert client.get(union_url(other_union)).status_code == 404


def test_not_for_the_public_nor_for_staff_without_the_permission(client, member):
    response = client.get(member_url(member))
    assert response.status_code == 302 and reverse("admin:login") in response["Location"]
    client.force_login(StaffFactory(username="doanvien", is_staff=False))
    assert client.get(union_url(member.base_union)).status_code == 302
    client.force_login(StaffFactory(username="bientap", group="Biên tập viên"))
    assert client.get(member_url(member)).status_code == 403


def test_member_history_queries_do_not_grow_with_lines(
    client, officer, member, member_lines, period, django_assert_num_queries
):
    client.force_login(officer)
    # session, user, two for permissions, the officer's union, the member, its lines; the admin menu adds none.
    with django_assert_num_queries(8):  # + the second factor's device (django-otp)
        client.get(member_url(member))
    for year in range(2015, 2021):
        MemberLineFactory(member=member, decision=decision(year, period))
    with django_assert_num_queries(8):  # + the second factor's device (django-otp)
        response = client.get(member_url(member))
    assert len(response.context["lines"]) == 9


def test_union_history_queries_do_not_grow_with_lines(client, officer, own_union, period, django_assert_num_queries):
    UnionLineFactory(base_union=own_union, decision=decision(2025, period))
    MemberLineFactory(member=MemberFactory(base_union=own_union))
    client.force_login(officer)
    # As for a member (the union instead), plus the groups' and members' lines and their counts per form.
    with django_assert_num_queries(10):  # + the second factor's device (django-otp)
        client.get(union_url(own_union))
    for year in range(2015, 2021):
        UnionLineFactory(base_union=own_union, decision=decision(year, period))
        MemberLineFactory(member=MemberFactory(base_union=own_union), decision=decision(year, period))
    with django_assert_num_queries(10):  # + the second factor's device (django-otp)
        response = client.get(union_url(own_union))
    assert len(response.context["within_lines"]) == 7


def test_the_admin_change_pages_link_to_the_history(client, officer, member, own_union):
    client.force_login(officer)
    page = client.get(reverse("admin:members_member_change", args=[member.pk])).content.decode()
    assert member_url(member) in page and "Hồ sơ thành tích" in page
    page = client.get(reverse("admin:members_baseunion_change", args=[own_union.pk])).content.decode()
    assert union_url(own_union) in page
