"""Đủ điều kiện đề nghị: conditions as data, reasons and near misses from the record, proposals from ticked rows."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from awards.eligibility import Eligibility
from awards.models import AwardLine, EligibilityRule, Proposal, RecipientKind
from emulation.models import Initiative, Period
from tests.awards.factories import DecisionFactory, award_type
from tests.emulation.factories import CampaignFactory, InitiativeFactory, PeriodFactory
from tests.members.factories import MemberFactory

pytestmark = pytest.mark.django_db

ELIGIBLE = reverse("awards_staff:eligible")
PROPOSE = reverse("awards_staff:eligible_propose")
BASE_TITLE, GOOD_WORK = "Chiến sĩ thi đua cơ sở", "Lao động tiên tiến"


@pytest.fixture
def years():
    """The year periods 2016–2025 of one campaign, with a decision each: {year: (period, decision)}."""
    campaign = CampaignFactory(
        name="Lao động giỏi, lao động sáng tạo",
        starts_on=datetime.date(2016, 1, 1),
        ends_on=datetime.date(2030, 12, 31),
    )
    found = {}
    for year in range(2016, 2026):
        period = PeriodFactory(
            campaign=campaign,
            name=f"Năm {year}",
            kind=Period.Kind.YEAR,
            starts_on=datetime.date(year, 1, 1),
            ends_on=datetime.date(year, 12, 31),
        )
        found[year] = (period, DecisionFactory(period=period, signed_on=datetime.date(year + 1, 1, 10)))
    return found


def give(years, member, title, *in_years):
    for year in in_years:
        AwardLine.objects.create(
            decision=years[year][1], award_type=award_type(title), recipient_kind=RecipientKind.MEMBER, member=member
        )


def initiative(years, member, year, level=Initiative.Level.BASE, money_saved=25_000_000):
    found = InitiativeFactory(base_union=member.base_union, period=years[year][0], level=level, money_saved=money_saved)
    found.authors.add(member)
    return found


def rows(found, form):
    """{name: reason or missing} of the eligible and near rows for one form."""
    eligible = {c.name: c.reason for c in found.eligible if c.award_type.name == form}
    near = {c.name: c.missing for c in found.near if c.award_type.name == form}
    return eligible, near


def test_the_rules_come_seeded_with_their_sources_and_what_the_office_must_check():
    rules = {(rule.award_type.name, rule.name): rule for rule in EligibilityRule.objects.in_use()}
    assert len(rules) == 9
    assert all("Điều" in rule.legal_source or "Quyết định 999/QĐ-TLĐ" in rule.legal_source for rule in rules.values())
    confirmed = {name for (name, _), rule in rules.items() if not rule.needs_check}
    assert confirmed == {"Bằng khen", "Chiến sĩ thi đua toàn quốc"}
    (base,) = [rule for (name, _), rule in rules.items() if name == BASE_TITLE]
    assert [str(requirement) for requirement in base.requirements.all()] == [
        "Lao động tiên tiến",
        "sáng kiến, đề tài cấp cơ sở trở lên",
    ]


def test_reasons_and_near_misses_are_spelled_out(years, own_union, emulation_office):
    ready = MemberFactory(full_name="Hoàng Thị Mai", base_union=own_union)
    give(years, ready, GOOD_WORK, 2024, 2025)
    initiative(years, ready, 2025)
    short = MemberFactory(full_name="Lường Văn Sơn", base_union=own_union)
    give(years, short, GOOD_WORK, 2025)
    provincial = MemberFactory(full_name="Nông Thị Hạnh", base_union=own_union)
    give(years, provincial, BASE_TITLE, 2023, 2024, 2025)
    initiative(years, provincial, 2024, level=Initiative.Level.PROVINCE)
    almost = MemberFactory(full_name="Triệu Văn Nam", base_union=own_union)
    give(years, almost, BASE_TITLE, 2022, 2024, 2025)
    initiative(years, almost, 2025, level=Initiative.Level.PROVINCE)

    found = Eligibility(years[2025][0], emulation_office)

    eligible, near = rows(found, BASE_TITLE)
    assert eligible == {"Hoàng Thị Mai": "Lao động tiên tiến 2025; sáng kiến cấp cơ sở 2025"}
    assert near["Lường Văn Sơn"] == ["thiếu: sáng kiến, đề tài cấp cơ sở trở lên"]
    eligible, near = rows(found, "Chiến sĩ thi đua cấp tỉnh")
    assert eligible == {"Nông Thị Hạnh": "Chiến sĩ thi đua cơ sở 2023, 2024, 2025; sáng kiến cấp tỉnh 2024"}
    assert near["Triệu Văn Nam"] == ["thiếu: Chiến sĩ thi đua cơ sở 3 năm liên tục (có 2024, 2025)"]
    eligible, _ = rows(found, "Bằng khen")
    assert eligible["Nông Thị Hạnh"] == "Chiến sĩ thi đua cơ sở 2024, 2025"
    # Who already holds the form for the year is not offered it again.
    assert "Nông Thị Hạnh" not in rows(found, BASE_TITLE)[0]


def test_a_form_given_once_is_not_offered_again(years, own_union, emulation_office):
    badge = "Kỷ niệm chương Vì sự nghiệp xây dựng tổ chức Công đoàn"
    veteran = MemberFactory(full_name="Đặng Văn Hải", base_union=own_union, joined_on=datetime.date(2001, 3, 1))
    honoured = MemberFactory(full_name="Bùi Thị Thảo", base_union=own_union, joined_on=datetime.date(2000, 3, 1))
    give(years, honoured, badge, 2019)
    MemberFactory(full_name="Vũ Ngọc Anh", base_union=own_union, joined_on=datetime.date(2015, 3, 1))

    eligible, near = rows(Eligibility(years[2025][0], emulation_office), badge)

    assert eligible == {veteran.full_name: "vào công đoàn năm 2001"}
    assert near == {honoured.full_name: ["đã nhận Kỷ niệm chương Vì sự nghiệp xây dựng tổ chức Công đoàn năm 2019"]}


def test_an_officer_sees_only_their_own_union(years, own_union, other_union, officer):
    for union in (own_union, other_union):
        member = MemberFactory(base_union=union)
        give(years, member, GOOD_WORK, 2025)
        initiative(years, member, 2025)
    found = Eligibility(years[2025][0], officer)
    assert {candidate.union for candidate in found.eligible} == {own_union}


def test_the_page_lists_the_rows_and_proposes_the_ticked_ones(client, years, own_union, other_union, officer):
    ready = MemberFactory(full_name="Hoàng Thị Mai", base_union=own_union)
    give(years, ready, GOOD_WORK, 2025)
    initiative(years, ready, 2025)
    stranger = MemberFactory(full_name="Ma Văn Tùng", base_union=other_union)
    give(years, stranger, GOOD_WORK, 2025)
    initiative(years, stranger, 2025)
    period = years[2025][0]
    client.force_login(officer)

    page = client.get(ELIGIBLE, {"period": period.pk})
    assert page.status_code == 200
    html = page.content.decode()
    assert "Hoàng Thị Mai" in html and "Lao động tiên tiến 2025; sáng kiến cấp cơ sở 2025" in html
    assert "Ma Văn Tùng" not in html
    key = f"doan_vien:{ready.pk}:{award_type(BASE_TITLE).pk}"
    assert f'value="{key}"' in html

    # Another union's member, posted by hand, is not proposed.
    crafted = f"doan_vien:{stranger.pk}:{award_type(BASE_TITLE).pk}"
    response = client.post(PROPOSE, {"period": period.pk, "chon": [key, crafted]})
    assert response.status_code == 302
    (proposal,) = Proposal.objects.all()
    assert (proposal.member, proposal.base_union, proposal.status) == (ready, own_union, Proposal.Status.DRAFT)
    assert proposal.achievement.startswith("Đủ điều kiện đề nghị Chiến sĩ thi đua cơ sở (Luật Thi đua, khen thưởng")
    assert proposal.achievement.endswith("Lao động tiên tiến 2025; sáng kiến cấp cơ sở 2025.")
    assert proposal.created_by == officer

    # Once proposed, the row says so and cannot be proposed twice.
    assert "Đã đề nghị" in client.get(ELIGIBLE, {"period": period.pk}).content.decode()
    client.post(PROPOSE, {"period": period.pk, "chon": [key]})
    assert Proposal.objects.count() == 1


def test_only_staff_who_propose_open_the_page(client, years, editor):
    assert client.get(ELIGIBLE, {"period": years[2025][0].pk}).status_code == 403


def test_the_whole_province_answers_fast_in_a_fixed_number_of_queries(client, years, emulation_office):
    """2,000 members with ten years of award lines and initiatives: under a second, in the same queries."""
    from members.models import Member
    from tests.members.factories import BaseUnionFactory, UnionGroupFactory

    unions = [BaseUnionFactory() for _ in range(15)]
    groups = [UnionGroupFactory(base_union=union) for union in unions]
    members = [
        MemberFactory.build(base_union=groups[n % 15].base_union, group=groups[n % 15], card_number=f"TT{n:06d}")
        for n in range(2000)
    ]
    for member in members:
        member.fill_name_keys()
    members = Member.objects.bulk_create(members)
    forms = [award_type(GOOD_WORK), award_type(BASE_TITLE), award_type("Giấy khen")]
    lines = []
    for year, (_, decision) in years.items():
        for number, member in enumerate(members[(year % 3) * 300 :][:900]):
            line = AwardLine(decision=decision, award_type=forms[number % 3], recipient_kind="doan_vien", member=member)
            line.base_union_id, line.recipient_name, line.recipient_key = (
                member.base_union_id,
                member.full_name,
                f"member:{member.pk}",
            )
            lines.append(line)
    AwardLine.objects.bulk_create(lines)
    works = Initiative.objects.bulk_create(
        Initiative(
            title=f"Sáng kiến {n}",
            base_union=members[n].base_union,
            period=years[2016 + n % 10][0],
            money_saved=n * 1_000_000,
        )
        for n in range(0, 2000, 7)
    )
    Initiative.authors.through.objects.bulk_create(
        Initiative.authors.through(initiative_id=work.pk, member_id=members[n * 7].pk) for n, work in enumerate(works)
    )
    client.force_login(emulation_office)
    period = years[2025][0]
    # Its time is measured in bench/, not here: the number of queries does not grow with the province.
    with CaptureQueriesContext(connection) as queries:
        response = client.get(ELIGIBLE, {"period": period.pk})
    assert response.status_code == 200
    assert len(response.context["forms"]) == 8
    assert len(queries) == 16  # 15, and the second factor's device (django-otp) of a signed-in account
