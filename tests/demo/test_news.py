import pytest

from demo import emulation, library, members, news, portal
from emulation.models import Campaign
from news.models import Article, Photo, Section
from portal.models import Anniversary, Announcement, SiteSettings, Slide

pytestmark = pytest.mark.django_db


def counts():
    return {
        model.__name__: model.objects.count()
        for model in [Section, Article, Photo, Slide, Announcement, Anniversary, SiteSettings]
    }


def test_fills_an_empty_portal_once():
    news.load()
    portal.load()
    first = counts()
    assert first["Section"] >= 6
    assert Article.objects.published().count() >= 40
    assert Article.objects.filter(status=Article.Status.DRAFT).exists()
    assert Article.objects.filter(published_at__gt=Article.objects.published().latest("published_at").published_at)
    assert Article.objects.published().exclude(cover_image="").count() >= 40
    # Each hand-written story has a cover of its own, not one placeholder for all.
    covers = Article.objects.exclude(cover_image="").values_list("cover_image", flat=True)
    assert len(set(covers)) == len(covers)
    assert first["Slide"] >= 3 and first["Announcement"] >= 2 and first["Anniversary"] >= 5
    assert SiteSettings.load().union_name.startswith("Công đoàn ngành Y tế")

    news.load()
    portal.load()
    assert counts() == first


def test_adds_many_articles_in_bulk_for_benchmarks():
    news.load(articles=300)
    slugs = list(Article.objects.values_list("slug", flat=True))
    assert len(slugs) >= 340
    assert len(set(slugs)) == len(slugs)
    assert Article.objects.published().search("cong doan").count() > 300 * 0.5


def test_run_after_the_campaigns_it_names_them_on_articles_and_documents():
    members.load()
    emulation.load()
    news.load()
    library.load()
    campaign = Campaign.objects.get(name="Lao động giỏi, lao động sáng tạo")
    assert campaign.articles.published().exists()
    assert campaign.documents.published().exists()
