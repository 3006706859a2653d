"""The public honour roll: who was commended, by form of award, per campaign and per period."""

import datetime
import re

import pytest
from django.urls import reverse

from awards.models import RecipientKind
from portal import chrome
from portal.models import SiteSettings
from tests.awards.factories import DecisionFactory, MemberLineFactory, UnionLineFactory, authority, award_type
from tests.emulation.factories import CampaignFactory, PeriodFactory
from tests.html import parse
from tests.members.factories import BaseUnionFactory, MemberFactory, UnionGroupFactory
from tests.portal.factories import AnniversaryFactory, AnnouncementFactory, SlideFactory

pytestmark = pytest.mark.django_db

INDEX = reverse("awards:index")
# The chrome (menu, slides, running line, the side column's poll and quick links) comes from the
# cache (portal/chrome.py), read from the database once per change: what is counted is the page's own.
INDEX_QUERIES = 1  # the campaigns with their counts
# campaign, periods with their counts, how many lines (the pages), a page of lines with form, decision,
# authority, period
CAMPAIGN_QUERIES = 4
PERIOD_QUERIES = 5  # + the period


def visible_text(response):
    assert response.status_code == 200
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode()))


def roll_url(campaign, period=None):
    if period:
        return reverse("awards:period", kwargs={"slug": campaign.slug, "period_pk": period.pk})
    return reverse("awards:campaign", kwargs={"slug": campaign.slug})


def person_line(decision, name, unit, position="", form="Bằng khen", **fields):
    return MemberLineFactory(
        decision=decision,
        award_type=award_type(form),
        recipient_kind=RecipientKind.PERSON,
        member=None,
        recipient_name=name,
        recipient_unit=unit,
        position=position,
        **fields,
    )


@pytest.fixture
def campaign():
    return CampaignFactory(name="Lao động giỏi, lao động sáng tạo", starts_on=datetime.date(2026, 1, 1))


@pytest.fixture
def first_round(campaign):
    return PeriodFactory(
        campaign=campaign,
        name="Đợt 1 năm 2026",
        starts_on=datetime.date(2026, 1, 1),
        ends_on=datetime.date(2026, 4, 30),
    )


@pytest.fixture
def second_round(campaign):
    return PeriodFactory(
        campaign=campaign,
        name="Đợt 2 năm 2026",
        starts_on=datetime.date(2026, 5, 1),
        ends_on=datetime.date(2026, 7, 31),
    )


@pytest.fixture
def nurse(own_union):
    """A member honoured by name, whose personal details must stay private."""
    return MemberFactory(
        full_name="Trần Thị Mai",
        position="Điều dưỡng trưởng",
        base_union=own_union,
        birth_date=datetime.date(1979, 3, 8),
        phone="0987654321",
        email="mai.tran@benhvien.example.vn",
        card_number="YT7654321",
    )


@pytest.fixture
def roll(own_union, other_union, nurse, first_round, second_round):
    """Two periods; in the first, collectives and individuals under several forms, and one line kept private."""
    decision = DecisionFactory(
        period=first_round,
        number="125/QĐ-CĐN",
        signed_on=datetime.date(2026, 5, 15),
        authority=authority("Công đoàn ngành Y tế"),
    )
    UnionLineFactory(decision=decision, base_union=other_union, award_type=award_type("Giấy khen"))
    UnionLineFactory(decision=decision, base_union=own_union, award_type=award_type("Cờ thi đua"))
    MemberLineFactory(
        decision=decision, member=nurse, achievement="Tận tụy với người bệnh, ba năm liền hoàn thành xuất sắc"
    )
    person_line(decision, "Lê Văn Tám", "Sở Y tế", position="Chuyên viên", form="Giấy khen")
    person_line(decision, "Phạm Văn Kín", "Sở Y tế", is_public=False)
    second = DecisionFactory(period=second_round, number="210/QĐ-LĐLĐ", authority=authority("Liên đoàn Lao động tỉnh"))
    group = UnionGroupFactory(base_union=own_union, name="Khoa Hồi sức tích cực")
    MemberLineFactory(decision=second, recipient_kind=RecipientKind.GROUP, member=None, group=group)
    return decision


class TestIndex:
    def test_lists_public_campaigns_with_honours_and_their_counts(self, client, roll, campaign):
        hidden = CampaignFactory(name="Phong trào chưa công bố", is_public=False)
        UnionLineFactory(decision__period__campaign=hidden)
        CampaignFactory(name="Phong trào chưa có khen thưởng")
        quiet = CampaignFactory(name="Phong trào chỉ có dòng không công bố")
        UnionLineFactory(decision__period__campaign=quiet, is_public=False)

        text = visible_text(client.get(INDEX))

        assert campaign.name in text
        assert "3 tập thể, 2 cá nhân được khen thưởng" in text
        for name in [
            "Phong trào chưa công bố",
            "Phong trào chưa có khen thưởng",
            "Phong trào chỉ có dòng không công bố",
        ]:
            assert name not in text
        assert f'href="{roll_url(campaign)}"' in client.get(INDEX).content.decode()

    def test_the_menu_and_the_campaign_page_link_to_the_honour_roll(self, client, roll, campaign):
        assert f'href="{INDEX}"' in client.get(reverse("portal:home")).content.decode()
        assert f'href="{roll_url(campaign)}"' in client.get(campaign.get_absolute_url()).content.decode()

    def test_a_campaign_without_public_honours_does_not_link_to_an_empty_roll(self, client):
        campaign = CampaignFactory()
        UnionLineFactory(decision__period__campaign=campaign, is_public=False)
        assert roll_url(campaign) not in client.get(campaign.get_absolute_url()).content.decode()


class TestCampaignRoll:
    def test_shows_public_lines_only_with_name_position_and_unit(self, client, roll, campaign, own_union, other_union):
        text = visible_text(client.get(roll_url(campaign)))
        for shown in [
            own_union.name,
            other_union.name,
            "Trần Thị Mai",
            "Điều dưỡng trưởng",
            "Lê Văn Tám",
            "Chuyên viên, Sở Y tế",
            f"Khoa Hồi sức tích cực {own_union.name}",
        ]:
            assert shown in text
        assert "Phạm Văn Kín" not in text

    def test_shows_no_personal_data_beyond_what_the_decision_publishes(self, client, roll, campaign, nurse):
        page = client.get(roll_url(campaign)).content.decode()
        for secret in [
            nurse.phone,
            nurse.email,
            nurse.card_number,
            "08/03/1979",
            "1979-03-08",
            "Tận tụy với người bệnh",
        ]:
            assert secret not in page

    def test_groups_collectives_then_individuals_by_form_highest_first(self, client, roll, campaign, other_union):
        text = visible_text(client.get(roll_url(campaign)))
        first_round = text[text.index("Đợt 1 năm 2026 01/01/2026") : text.index("Đợt 2 năm 2026 01/05/2026")]
        collectives, individuals = first_round.split("Cá nhân (2)")
        assert "Tập thể (2)" in collectives
        assert "Trần Thị Mai" not in collectives
        order = ["Cờ thi đua", "Công đoàn Bệnh viện Đa khoa tỉnh", "Giấy khen", other_union.name]
        assert [collectives.index(text) for text in order] == sorted(collectives.index(text) for text in order)
        order = ["Bằng khen", "Trần Thị Mai", "Giấy khen", "Lê Văn Tám"]
        assert [individuals.index(text) for text in order] == sorted(individuals.index(text) for text in order)

    def test_names_the_decision_of_each_group(self, client, roll, campaign):
        text = visible_text(client.get(roll_url(campaign)))
        assert "Quyết định số 125/QĐ-CĐN ngày 15/05/2026 của Công đoàn ngành Y tế" in text
        assert "Quyết định số 210/QĐ-LĐLĐ" in text
        assert "Liên đoàn Lao động tỉnh" in text

    def test_periods_come_in_time_order_with_links_to_each(self, client, roll, campaign, first_round, second_round):
        response = client.get(roll_url(campaign))
        text = visible_text(response)
        assert text.index("Khoa Hồi sức tích cực") > text.index("Trần Thị Mai")
        page = response.content.decode()
        assert f'href="{roll_url(campaign, first_round)}"' in page
        assert f'href="{roll_url(campaign, second_round)}"' in page

    def test_a_campaign_not_public_is_not_found(self, client):
        campaign = CampaignFactory(is_public=False)
        line = UnionLineFactory(decision__period__campaign=campaign)
        assert client.get(roll_url(campaign)).status_code == 404
        assert client.get(roll_url(campaign, line.decision.period)).status_code == 404


class TestPeriodRoll:
    def test_shows_only_that_period(self, client, roll, campaign, second_round, own_union):
        response = client.get(roll_url(campaign, second_round))
        text = visible_text(response)
        assert "Khoa Hồi sức tích cực" in text
        assert "Trần Thị Mai" not in text
        assert "Cờ thi đua" not in text
        assert 'aria-current="page">' in response.content.decode()

    def test_a_period_of_another_campaign_is_not_found(self, client, roll, campaign):
        other_period = PeriodFactory(campaign=CampaignFactory())
        UnionLineFactory(decision__period=other_period)
        assert client.get(roll_url(campaign, other_period)).status_code == 404


def fill(lines_per_period):
    """A campaign with three periods; in each, lines under several forms, to collectives and to individuals."""
    SiteSettings.load()
    SlideFactory.create_batch(2)
    AnnouncementFactory()
    AnniversaryFactory()
    campaign = CampaignFactory()
    unions = BaseUnionFactory.create_batch(3)
    forms = [award_type(name) for name in ["Cờ thi đua", "Bằng khen", "Giấy khen"]]
    for month in (2, 6, 10):
        period = PeriodFactory(
            campaign=campaign,
            starts_on=datetime.date(2026, month, 1),
            ends_on=datetime.date(2026, month + 2, 28),
        )
        decisions = [
            DecisionFactory(period=period, authority=authority(name))
            for name in ["Công đoàn ngành Y tế", "Liên đoàn Lao động tỉnh"]
        ]
        for union in unions:
            UnionLineFactory(decision=decisions[0], base_union=union, award_type=forms[0])
        for number in range(lines_per_period):
            person_line(
                decisions[number % 2],
                f"Nguyễn Văn {number}",
                unions[number % 3].name,
                form=forms[1 + number % 2].name,
            )
    return campaign


@pytest.mark.parametrize("lines_per_period", [4, 40])
@pytest.mark.parametrize(
    ("page", "expected"), [("index", INDEX_QUERIES), ("campaign", CAMPAIGN_QUERIES), ("period", PERIOD_QUERIES)]
)
def test_query_count_is_fixed(client, django_assert_num_queries, lines_per_period, page, expected):
    campaign = fill(lines_per_period)
    per_period = 3 + lines_per_period
    url, names = {
        "index": (INDEX, 0),
        "campaign": (roll_url(campaign), 3 * per_period),
        "period": (roll_url(campaign, campaign.periods.last()), per_period),
    }[page]
    chrome.current()
    with django_assert_num_queries(expected):
        response = client.get(url)
    assert response.status_code == 200
    assert response.content.decode().count('class="honour-list__name"') == names


def test_a_long_period_is_read_page_by_page_and_goes_on_counting(client, monkeypatch):
    monkeypatch.setattr("awards.views.honour_roll.LINES_PER_PAGE", 20)
    campaign = fill(40)  # a period: 3 unions, then 20 individuals under each of two forms
    url = roll_url(campaign, campaign.periods.last())

    def page(number):
        response = client.get(url, {"page": number})
        assert response.status_code == 200
        return parse(response.content.decode())

    first, second, third = page(1), page(2), page(3)
    assert len(names(first)) == len(names(second)) == 20
    assert first.find("a", rel="next")[0].attrs["href"] == "?page=2"
    assert counts(first) == ["(3)", "(40)"]
    assert counts(second) == ["(40)"]  # the individuals go on, under the whole kind's count
    assert "Trang 2" in second.find("title")[0].words
    last_list = first.find("ol", class_="honour-list")[-1]
    assert second.find("ol", class_="honour-list")[0].attrs["start"] == str(
        int(last_list.attrs.get("start", 1)) + len(last_list.find("li"))
    )
    every = names(first) + names(second) + names(third)
    assert len(every) == len(set(every)) == 43  # each line once, none lost between pages
    assert client.get(url, {"page": 4}).status_code == 404
    assert client.get(url, {"page": "x"}).status_code == 404


def names(page):
    return [name.words for name in page.find("span", class_="honour-list__name")]


def counts(page):
    return [count.words for count in page.find("span", class_="honour-kind__count")]
