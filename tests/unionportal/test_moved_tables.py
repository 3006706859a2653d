"""The site, polls, the library and albums left news by migration: every row, and every staff
permission on them, is where it was, under the new app."""

import datetime

import pytest
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from albums.models import Album
from library.models import Document
from news.roles import PUBLISHERS
from polls.models import Poll, PollVote
from portal.models import SiteSettings, Slide

BEFORE = [("news", "0013_album_order"), ("emulation", "0004_delete_campaigndocument")]
MOVED_BY = ["albums", "library", "polls", "portal"]


@pytest.fixture
def news_before_the_move():
    """A database at news 0013, filled through the models as they were then; migrated forward after."""
    executor = MigrationExecutor(connection)
    leaves = executor.loader.graph.leaf_nodes()
    executor.migrate(BEFORE + [(app, None) for app in MOVED_BY])
    yield executor.loader.project_state(BEFORE).apps
    MigrationExecutor(connection).migrate(leaves)


def staff_group_before_the_move(old, codenames):
    """A group granted news's permissions on models that were news's then, as the staff groups were."""
    ContentType = old.get_model("contenttypes", "ContentType")
    # Before the move no content type had the new apps' names (whatever earlier tests left behind).
    ContentType.objects.filter(app_label__in=MOVED_BY).delete()
    news = old.get_app_config("news")
    news.models_module = True
    create_permissions(news, apps=old, verbosity=0)
    news.models_module = None
    group, _ = old.get_model("auth", "Group").objects.get_or_create(name=PUBLISHERS)
    permissions = old.get_model("auth", "Permission").objects.filter(content_type__app_label="news")
    group.permissions.add(*permissions.filter(codename__in=codenames))
    return group


@pytest.mark.django_db(transaction=True)
def test_every_row_and_permission_follows_its_model(news_before_the_move):
    old = news_before_the_move
    now = timezone.now()
    poll = old.get_model("news", "Poll").objects.create(question="Bạn quan tâm?", slug="ban-quan-tam", opens_at=now)
    option = old.get_model("news", "PollOption").objects.create(poll=poll, text="Chăm lo đời sống")
    old.get_model("news", "PollVote").objects.create(poll=poll, option=option, voter="a" * 64, address="b" * 64)
    old.get_model("news", "Album").objects.create(title="Đại hội", slug="dai-hoi")
    old.get_model("news", "Document").objects.create(
        title="Kế hoạch", number="1/KH-CĐN", issued_on=datetime.date(2026, 1, 10), file="documents/2026/kh.pdf"
    )
    old.get_model("news", "Slide").objects.create(title="Chào mừng Đại hội", image="slides/2026/a.jpg")
    old.get_model("news", "SiteSettings").objects.create(pk=1, union_name="Công đoàn ngành Y tế tỉnh Bắc Kạn")
    granted = ["change_poll", "delete_album", "change_slide", "change_sitesettings"]
    publishers = staff_group_before_the_move(old, granted)

    MigrationExecutor(connection).migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())

    assert Poll.objects.get().options.get().text == "Chăm lo đời sống"
    assert PollVote.objects.get().voter == "a" * 64
    assert Album.objects.get().slug == "dai-hoi"
    assert Document.objects.get().number == "1/KH-CĐN"
    assert Slide.objects.get().title == "Chào mừng Đại hội"
    assert SiteSettings.objects.get().union_name == "Công đoàn ngành Y tế tỉnh Bắc Kạn"
    publishers = Group.objects.get(pk=publishers.pk)
    for permission in ["polls.change_poll", "albums.delete_album", "portal.change_slide", "portal.change_sitesettings"]:
        app_label, codename = permission.split(".")
        assert publishers.permissions.filter(content_type__app_label=app_label, codename=codename).exists()
