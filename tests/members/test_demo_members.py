import pytest
from django.core.management import call_command

from members.models import BaseUnion, Member, Support, Transfer, UnionGroup

pytestmark = pytest.mark.django_db


def test_demo_members_is_believable_and_runs_once():
    call_command("demo_members", stdout=None)
    counts = [BaseUnion.objects.count(), Member.objects.count(), Transfer.objects.count(), Support.objects.count()]
    assert counts[0] == 15 and 1900 <= counts[1] <= 2100 and counts[2] > 0 and counts[3] > 300
    largest = BaseUnion.objects.annotate_member_count().order_by("-member_count").first()
    assert UnionGroup.objects.filter(base_union=largest).count() >= 20
    assert Member.objects.filter(full_name__startswith="Nguyễn").count() > Member.objects.count() // 5
    assert not Member.objects.filter(name_folded="").exists()

    call_command("demo_members", stdout=None)
    assert [BaseUnion.objects.count(), Member.objects.count(), Transfer.objects.count()] == counts[:3]
