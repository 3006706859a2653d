import datetime

import pytest
from django.urls import reverse

from members.models import BaseUnion, Member
from tests.factories import StaffFactory
from tests.html import parse
from tests.members.factories import BaseUnionFactory, MemberFactory, SupportFactory, officer_of

pytestmark = pytest.mark.django_db

FIGURES_URL = reverse("members:figures")


@pytest.fixture
def known_members():
    hospital = BaseUnionFactory(name="Công đoàn Bệnh viện Đa khoa tỉnh", code="BVDK")
    company = BaseUnionFactory(name="Công đoàn Công ty Dược phẩm", code="DUOC", block=BaseUnion.Block.ENTERPRISE)
    for year in [2019, 2019, 2021]:
        MemberFactory(base_union=hospital, gender=Member.Gender.FEMALE, joined_on=datetime.date(year, 5, 1))
    MemberFactory(base_union=hospital, joined_on=datetime.date(2021, 5, 1))
    MemberFactory(base_union=company, joined_on=datetime.date(2023, 5, 1))
    MemberFactory(base_union=company, status=Member.Status.RETIRED)
    first = MemberFactory(base_union=hospital, gender=Member.Gender.FEMALE, joined_on=datetime.date(2019, 1, 1))
    SupportFactory(member=first, amount=325_000_000, given_on=datetime.date(2025, 1, 20))
    SupportFactory(member=first, amount=500_000, given_on=datetime.date(2024, 1, 20))
    return hospital, company


def chart(response, name):
    return [(bar.label, bar.count) for bar in response.context[name]]


def test_counts_are_made_in_the_database(client, sector_staff, known_members, django_assert_num_queries):
    client.force_login(sector_staff)
    # session, user, and ten for the figures and the admin menu; the same however many members.
    with django_assert_num_queries(13):  # + the second factor's device (django-otp)
        response = client.get(FIGURES_URL)
    assert response.status_code == 200
    assert response.context["active_total"] == 6
    assert chart(response, "by_union") == [("Công đoàn Bệnh viện Đa khoa tỉnh", 5), ("Công đoàn Công ty Dược phẩm", 1)]
    assert chart(response, "by_gender") == [("Nam", 2), ("Nữ", 4)]
    assert chart(response, "by_block") == [("Hành chính sự nghiệp", 5), ("Ngoài công lập", 0), ("Doanh nghiệp", 1)]
    assert chart(response, "by_status") == [
        ("Đang sinh hoạt", 6),
        ("Đã chuyển đi", 0),
        ("Thôi sinh hoạt", 0),
        ("Nghỉ hưu", 1),
    ]
    assert chart(response, "joined_per_year") == [("2019", 3), ("2020", 0), ("2021", 2), ("2022", 0), ("2023", 1)]
    assert response.context["care"]["amount_display"] == "325.500.000 đ"
    assert response.context["care"]["members"] == 1
    assert [(row["union"], row["amount_display"]) for row in response.context["care_per_union"]] == [
        ("Công đoàn Bệnh viện Đa khoa tỉnh", "325.500.000 đ")
    ]
    page = response.content.decode()
    assert "325.500.000 đ" in page
    assert "<svg" in page and "cdn" not in page.lower() and "<script>" not in page and " style=" not in page


def test_query_count_does_not_grow_with_members(client, sector_staff, known_members, django_assert_num_queries):
    MemberFactory.create_batch(20, base_union=known_members[1])
    client.force_login(sector_staff)
    with django_assert_num_queries(13):  # + the second factor's device (django-otp)
        client.get(FIGURES_URL)


def test_an_officer_sees_their_own_unions_figures(client, known_members):
    client.force_login(officer_of(known_members[1]))
    response = client.get(FIGURES_URL)
    assert response.context["active_total"] == 1
    assert chart(response, "by_union") == [("Công đoàn Công ty Dược phẩm", 1)]


def test_not_for_the_public(client, known_members):
    response = client.get(FIGURES_URL)
    assert response.status_code == 302
    assert reverse("admin:login") in response["Location"]


def test_staff_without_members_permissions_are_refused(client):
    client.force_login(StaffFactory(username="bientap", group="Biên tập viên"))
    assert client.get(FIGURES_URL).status_code == 403


def test_each_year_stands_in_its_own_row_with_its_count_and_bar(client, sector_staff, known_members):
    """No strip of years to scroll sideways under the bars: a year, its count and its bar share a row."""
    client.force_login(sector_staff)
    page = parse(client.get(FIGURES_URL).content.decode())
    [figure] = [f for f in page.find("figure") if "theo năm vào công đoàn" in f.find("figcaption")[0].words]
    rows = figure.find("tbody")[0].find("tr")
    assert [(row.find("th")[0].words, row.find("td")[0].words) for row in rows] == [
        ("2019", "3"),
        ("2020", "0"),
        ("2021", "2"),
        ("2022", "0"),
        ("2023", "1"),
    ]
    assert all(row.find("svg", role="img") for row in rows)
    assert rows[0].find("svg")[0].attrs["aria-label"] == "2019: 3"
