import pytest
from django.urls import reverse

from demo import members
from demo.accounts import read_accounts
from members.models import BaseUnion, Member, Officer, Support, Transfer, UnionGroup

pytestmark = pytest.mark.django_db


def test_demo_members_is_believable_and_runs_once():
    members.load()
    counts = [BaseUnion.objects.count(), Member.objects.count(), Transfer.objects.count(), Support.objects.count()]
    assert counts[0] == 15 and 1900 <= counts[1] <= 2100 and counts[2] > 0 and counts[3] > 300
    largest = BaseUnion.objects.annotate_member_count().order_by("-member_count").first()
    assert UnionGroup.objects.filter(base_union=largest).count() >= 20
    assert Member.objects.filter(full_name__startswith="Nguyễn").count() > Member.objects.count() // 5
    assert not Member.objects.filter(name_folded="").exists()

    members.load()
    assert [BaseUnion.objects.count(), Member.objects.count(), Transfer.objects.count()] == counts[:3]


def test_development_demo_has_an_officer_login_scoped_to_one_union(settings, tmp_path, client):
    settings.DEBUG = True
    settings.VAR_DIR = tmp_path
    members.load()
    officer = Officer.objects.get(user__username="canbocoso")
    assert read_accounts()["canbocoso"][1].endswith(officer.base_union.name)

    client.force_login(officer.user)
    listed = client.get(reverse("admin:members_member_changelist")).context["cl"].result_list
    assert {member.base_union_id for member in listed} == {officer.base_union_id}


def test_no_demo_login_outside_development():
    members.load()
    assert not Officer.objects.exists()
