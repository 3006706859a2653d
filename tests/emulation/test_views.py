import datetime

import pytest
from django.urls import reverse

from emulation.models import Campaign
from portal import chrome
from portal.models import SiteSettings
from tests.emulation.factories import CampaignFactory, CriterionFactory, PeriodFactory
from tests.html import parse
from tests.library.factories import DocumentFactory
from tests.news.factories import ArticleFactory
from tests.portal.factories import AnniversaryFactory, AnnouncementFactory, SlideFactory

pytestmark = pytest.mark.django_db
LIST = reverse("emulation:campaign_list")
# The chrome (menu, slides, running line, the side column's poll and quick links) comes from the
# cache (portal/chrome.py), read from the database once per change: what is counted is the page's own.
LIST_QUERIES = 2  # count, the page of campaigns
DETAIL_QUERIES = 6  # campaign, criteria, periods, public documents, articles with their sections, has an honour roll


def test_list_shows_public_campaigns_running_first(client):
    CampaignFactory(name="Phong trào đã kết thúc", status=Campaign.Status.CLOSED)
    CampaignFactory(name="Lao động giỏi, lao động sáng tạo", status=Campaign.Status.RUNNING)
    CampaignFactory(name="Phong trào chưa công bố", is_public=False)
    response = client.get(LIST)
    assert [campaign.name for campaign in response.context["page_obj"]] == [
        "Lao động giỏi, lao động sáng tạo",
        "Phong trào đã kết thúc",
    ]
    assert "Phong trào chưa công bố" not in response.content.decode()


def test_menu_links_to_campaigns(client):
    assert f'href="{LIST}"' in client.get(reverse("portal:home")).content.decode()


def test_detail_shows_what_readers_need(client):
    campaign = CampaignFactory(
        name="Giỏi việc nước, đảm việc nhà",
        slogan="Nữ cán bộ y tế giỏi chuyên môn, vững gia đình",
        kind=Campaign.Kind.THEMATIC,
        description="<p>Dành cho nữ đoàn viên.</p>",
    )
    CriterionFactory(campaign=campaign, order=2, text="Xây dựng gia đình văn hóa")
    CriterionFactory(campaign=campaign, order=1, text="Hoàn thành tốt nhiệm vụ")
    PeriodFactory(campaign=campaign, name="Đợt 1 năm 2026", starts_on=datetime.date(2026, 1, 1))
    document = DocumentFactory(campaign=campaign, number="12/KH-CĐN", title="Kế hoạch triển khai phong trào năm 2026")
    page = client.get(campaign.get_absolute_url()).content.decode()
    for text in [
        "Nữ cán bộ y tế giỏi chuyên môn, vững gia đình",
        "<p>Dành cho nữ đoàn viên.</p>",
        "Chuyên đề",
        "01/01/2026",
        "31/12/2026",
        "Đợt 1 năm 2026",
        "Kế hoạch triển khai phong trào năm 2026",
        "số 12/KH-CĐN",
        document.get_absolute_url(),
        document.file.url,
    ]:
        assert text in page
    assert page.index("Hoàn thành tốt nhiệm vụ") < page.index("Xây dựng gia đình văn hóa")
    # Its parts have the red headings of the rest of the portal.
    headings = [block.find("h2")[0].words for block in parse(page).find("div", class_="block-title")]
    assert headings[:3] == ["Tiêu chí thi đua", "Các đợt thi đua", "Văn bản của phong trào"]


def test_a_campaign_not_public_is_not_found(client):
    campaign = CampaignFactory(is_public=False)
    assert client.get(campaign.get_absolute_url()).status_code == 404


def test_only_published_articles_about_the_campaign_are_listed(client):
    campaign = CampaignFactory()
    ArticleFactory(campaign=campaign, title="Sơ kết đợt 1 phong trào")
    ArticleFactory(campaign=campaign, title="Bản nháp về phong trào", draft=True)
    ArticleFactory(campaign=campaign, title="Bài hẹn giờ về phong trào", scheduled=True)
    ArticleFactory(title="Bài về việc khác")
    response = client.get(campaign.get_absolute_url())
    assert [article.title for article in response.context["articles"]] == ["Sơ kết đợt 1 phong trào"]


def fill(count):
    SiteSettings.load()
    SlideFactory.create_batch(2)
    AnnouncementFactory()
    AnniversaryFactory()
    campaigns = CampaignFactory.create_batch(count)
    campaign = campaigns[0]
    for number in range(count):
        CriterionFactory(campaign=campaign)
        PeriodFactory(campaign=campaign)
        DocumentFactory(campaign=campaign)
        ArticleFactory(campaign=campaign, with_cover=number == 0)
    return campaign


@pytest.mark.parametrize("count", [2, 15])
@pytest.mark.parametrize(("page", "expected"), [("list", LIST_QUERIES), ("detail", DETAIL_QUERIES)])
def test_query_count_is_fixed(client, django_assert_num_queries, count, page, expected):
    campaign = fill(count)
    url = LIST if page == "list" else campaign.get_absolute_url()
    chrome.current()
    with django_assert_num_queries(expected):
        assert client.get(url).status_code == 200
