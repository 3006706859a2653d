import pytest

from demo import emulation, members
from emulation.models import Campaign, Criterion, Initiative, Period, Registration
from members.models import BaseUnion

pytestmark = pytest.mark.django_db


def counts():
    models = [Campaign, Period, Criterion, Registration, Initiative, Initiative.authors.through]
    return [model.objects.count() for model in models]


def test_demo_emulation_is_believable_and_runs_once():
    members.load()
    emulation.load()

    first = counts()
    assert first[0] == 4 and first[1] >= 10 and first[2] >= 12
    assert first[3] == 3 * BaseUnion.objects.count()
    assert first[4] == 100 and first[5] >= 100
    assert set(Campaign.objects.values_list("kind", flat=True)) == {Campaign.Kind.REGULAR, Campaign.Kind.THEMATIC}
    assert Initiative.objects.total_money_saved() > 1_000_000_000
    assert set(Registration.objects.values_list("status", flat=True)) == set(Registration.Status)
    for initiative in Initiative.objects.prefetch_related("authors")[:20]:
        assert {author.base_union_id for author in initiative.authors.all()} <= {initiative.base_union_id}

    emulation.load()
    assert counts() == first


def test_demo_emulation_without_base_unions_makes_only_campaigns():
    emulation.load()
    assert Campaign.objects.count() == 4
    assert not Registration.objects.exists() and not Initiative.objects.exists()
