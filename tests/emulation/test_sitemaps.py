"""Search engines are told of public campaigns and their honour rolls, and of nothing else."""

import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse

from tests.awards.factories import UnionLineFactory
from tests.emulation.factories import CampaignFactory, PeriodFactory

pytestmark = pytest.mark.django_db

SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def sitemap_paths(client):
    """Every path the sitemap index leads to, sitemap by sitemap."""
    index = ET.fromstring(client.get(reverse("sitemap_index")).content)
    paths = {}
    for location in index.findall("sm:sitemap/sm:loc", SITEMAP_NS):
        address = location.text.removeprefix("http://testserver")
        sitemap = ET.fromstring(client.get(address).content)
        paths[address] = [
            loc.text.removeprefix("http://testserver") for loc in sitemap.findall("sm:url/sm:loc", SITEMAP_NS)
        ]
    return paths


def roll_path(campaign, period=None):
    if period:
        return reverse("awards:period", kwargs={"slug": campaign.slug, "period_pk": period.pk})
    return reverse("awards:campaign", kwargs={"slug": campaign.slug})


def test_lists_public_campaigns_only(client):
    public = CampaignFactory(name="Lao động giỏi, lao động sáng tạo")
    draft = CampaignFactory(name="Phong trào đang soạn", is_public=False)
    paths = sitemap_paths(client)
    assert paths["/sitemap-campaigns.xml"] == [public.get_absolute_url()]
    assert reverse("emulation:campaign_list") in paths["/sitemap-pages.xml"]
    assert not any(draft.slug in path for listed in paths.values() for path in listed)


def test_lists_honour_rolls_with_public_lines_per_campaign_and_period(client):
    campaign = CampaignFactory()
    honoured, quiet = PeriodFactory.create_batch(2, campaign=campaign)
    UnionLineFactory(decision__period=honoured)
    UnionLineFactory(decision__period=quiet, is_public=False)
    hidden = UnionLineFactory(decision__period__campaign=CampaignFactory(is_public=False))

    rolls = sitemap_paths(client)["/sitemap-honour-roll.xml"]

    assert sorted(rolls) == sorted([roll_path(campaign), roll_path(campaign, honoured)])
    assert roll_path(hidden.decision.period.campaign) not in rolls
    for path in rolls:
        assert client.get(path).status_code == 200
