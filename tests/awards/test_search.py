"""Readers find campaigns and honoured units from the search box, with or without marks."""

import importlib

import pytest
from django.apps import apps
from django.urls import reverse

from awards.models import AwardLine, RecipientKind
from emulation.models import Campaign
from tests.awards.factories import MemberLineFactory, UnionLineFactory
from tests.emulation.factories import CampaignFactory
from tests.members.factories import MemberFactory

pytestmark = pytest.mark.django_db


def search_page(client, query):
    response = client.get(reverse("portal:search"), {"q": query})
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def campaigns():
    return {
        "running": CampaignFactory(name="Lao động giỏi, lao động sáng tạo"),
        "women": CampaignFactory(name="Giỏi việc nước, đảm việc nhà"),
        "draft": CampaignFactory(name="Lao động giỏi năm 2027 (bản soạn)", is_public=False),
    }


@pytest.mark.parametrize("query", ["lao dong gioi", "LAO ĐỘNG GIỎI", "Lao Dong   Sang Tao"])
def test_finds_public_campaigns_with_or_without_marks(campaigns, query):
    assert list(Campaign.objects.published().search(query)) == [campaigns["running"]]


def test_every_word_must_match_and_an_empty_query_finds_nothing(campaigns):
    assert list(Campaign.objects.published().search("gioi viec nuoc")) == [campaigns["women"]]
    assert list(Campaign.objects.published().search("gioi viec sang tao")) == []
    assert list(Campaign.objects.published().search("  !! ")) == []


def test_a_renamed_campaign_is_found_by_its_new_name(campaigns):
    campaign = campaigns["women"]
    campaign.name = "Phụ nữ y tế giỏi việc nước, đảm việc nhà"
    campaign.save()
    assert list(Campaign.objects.search("phu nu y te")) == [campaign]


def test_campaigns_saved_before_names_were_folded_are_found_after_migrating(campaigns):
    Campaign.objects.update(name_folded="")
    importlib.import_module("emulation.migrations.0003_campaign_name_folded").fill(apps, None)
    assert campaigns["running"] in Campaign.objects.search("lao dong gioi")


def test_search_page_links_to_the_campaign(client, campaigns):
    page = search_page(client, "lao dong gioi")
    assert f'href="{campaigns["running"].get_absolute_url()}"' in page
    assert "bản soạn" not in page


@pytest.fixture
def honoured(own_union):
    """A base union honoured publicly, a line kept private, and an honoured member."""
    line = UnionLineFactory(base_union=own_union)
    UnionLineFactory(
        recipient_kind=RecipientKind.UNIT,
        base_union=None,
        recipient_name="Bệnh viện Đa khoa khu vực (chưa công bố)",
        is_public=False,
    )
    MemberLineFactory(member=MemberFactory(full_name="Đinh Thị Khoa", base_union=own_union))
    return line


def test_search_page_finds_an_honoured_unit_without_marks(client, honoured, own_union):
    period = honoured.decision.period
    page = search_page(client, "benh vien da khoa")
    assert "Tập thể được khen thưởng" in page
    assert own_union.name in page  # "Công đoàn Bệnh viện Đa khoa tỉnh"
    assert reverse("awards:period", kwargs={"slug": period.campaign.slug, "period_pk": period.pk}) in page
    assert "chưa công bố" not in page


def test_honoured_individuals_are_not_listed_as_units(honoured):
    found = AwardLine.objects.published().collectives().search("khoa")
    assert list(found) == [honoured]


def test_units_honoured_in_a_campaign_not_public_are_not_found(client, own_union):
    UnionLineFactory(base_union=own_union, decision__period__campaign=CampaignFactory(is_public=False))
    assert "Tập thể được khen thưởng" not in search_page(client, "benh vien da khoa")
