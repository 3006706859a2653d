from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from emulation.models import Campaign
from news.models import Article, Photo, Section
from news.roles import EDITORS, PUBLISHERS
from portal.models import Anniversary, Announcement, SiteSettings, Slide
from unionportal.demo_accounts import read_accounts

pytestmark = pytest.mark.django_db


def counts():
    return {
        model.__name__: model.objects.count()
        for model in [Section, Article, Photo, Slide, Announcement, Anniversary, SiteSettings]
    }


def test_fills_an_empty_portal_once():
    call_command("demo_content", stdout=StringIO())
    first = counts()
    assert first["Section"] >= 6
    assert Article.objects.published().count() >= 40
    assert Article.objects.filter(status=Article.Status.DRAFT).exists()
    assert Article.objects.filter(published_at__gt=Article.objects.published().latest("published_at").published_at)
    assert Article.objects.published().exclude(cover_image="").count() >= 40
    assert first["Slide"] >= 3 and first["Announcement"] >= 2 and first["Anniversary"] >= 5
    assert SiteSettings.load().union_name.startswith("Công đoàn ngành Y tế")

    call_command("demo_content", stdout=StringIO())
    assert counts() == first


def test_adds_many_articles_in_bulk_for_benchmarks():
    call_command("demo_content", articles=300, stdout=StringIO())
    slugs = list(Article.objects.values_list("slug", flat=True))
    assert len(slugs) >= 340
    assert len(set(slugs)) == len(slugs)
    assert Article.objects.published().search("cong doan").count() > 300 * 0.5


def test_demo_logins_are_made_with_their_groups(settings, tmp_path):
    settings.DEBUG = True
    settings.VAR_DIR = tmp_path
    out = StringIO()
    call_command("demo_login", stdout=out)
    printed = out.getvalue()
    users = {user.username: user for user in get_user_model().objects.all()}
    assert users["quantri"].is_superuser
    assert list(users["bientap"].groups.values_list("name", flat=True)) == [EDITORS]
    assert list(users["duyetbai"].groups.values_list("name", flat=True)) == [PUBLISHERS]
    password, role = read_accounts()["bientap"]
    assert password in printed
    assert users["bientap"].check_password(password)


def test_demo_logins_are_refused_in_production(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG"):
        call_command("demo_login")
    assert not get_user_model().objects.exists()


def test_run_after_the_campaigns_it_names_them_on_articles_and_documents():
    call_command("demo_members", stdout=StringIO())
    call_command("demo_emulation", stdout=StringIO())
    call_command("demo_content", stdout=StringIO())
    campaign = Campaign.objects.get(name="Lao động giỏi, lao động sáng tạo")
    assert campaign.articles.published().exists()
    assert campaign.documents.public().exists()
