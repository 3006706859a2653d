import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from demo import accounts
from demo.accounts import read_accounts
from news.roles import EDITORS, PUBLISHERS

pytestmark = pytest.mark.django_db


def test_demo_logins_are_made_with_their_groups(settings, tmp_path):
    settings.DEBUG = True
    settings.VAR_DIR = tmp_path
    printed = accounts.load()
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
        call_command("demo")
    assert not get_user_model().objects.exists()
