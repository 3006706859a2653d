from io import StringIO

import pytest
from django.apps import apps
from django.core.management import call_command

from albums.models import Album, AlbumPhoto
from awards.models import AwardLine, Decision, Proposal
from demo.accounts import read_accounts
from emulation.models import Campaign
from library.models import Document
from members.models import BaseUnion
from news.models import Article, Section, Tag
from polls.models import Poll
from portal.models import Anniversary, Announcement, QuickLink, Slide

pytestmark = pytest.mark.django_db


def rows():
    return {model._meta.label: model.objects.count() for model in apps.get_models()}


def media_files(settings):
    return sorted(path for path in settings.MEDIA_ROOT.rglob("*") if path.is_file())


def test_loads_everything_in_order_once_and_prints_the_logins(settings, tmp_path):
    settings.DEBUG = True
    settings.VAR_DIR = tmp_path
    call_command("demo", stdout=StringIO())
    first, files = rows(), media_files(settings)
    made = [BaseUnion, Campaign, Decision, AwardLine, Proposal, Section, Article, Slide, Announcement, Anniversary]
    made += [Poll, QuickLink, Document, Album, AlbumPhoto, Tag]
    assert [first[model._meta.label] for model in made] == [15, 4, 15, 538, 60, 8, 48, 4, 3, 7, 2, 6, 15, 1, 6, 4]
    assert 1900 <= first["members.Member"] <= 2100

    out = StringIO()
    call_command("demo", stdout=out)
    assert rows() == first
    assert media_files(settings) == files
    logins = read_accounts()
    assert set(logins) == {"quantri", "bientap", "duyetbai", "canbocoso", "thidua"}
    for username, (password, _) in logins.items():
        assert f"{username:<10} mật khẩu: {password}" in out.getvalue()
