import datetime

import pytest
from django.contrib.auth import get_user_model
from django.core.management.base import CommandError
from django.db.models import Count

from awards.models import Authority, AwardLine, Decision, Proposal, ProposalStep, RecipientKind
from demo import awards, emulation, members
from demo.accounts import read_accounts

pytestmark = pytest.mark.django_db


def counts():
    return [model.objects.count() for model in [Decision, AwardLine, Proposal, ProposalStep]]


@pytest.fixture
def demo_awards():
    members.load()
    emulation.load()
    awards.load()


def test_demo_awards_is_believable_and_runs_once(demo_awards):
    first = counts()
    assert 10 <= first[0] <= 15 and 300 <= first[1] <= 600 and 50 <= first[2] <= 70
    levels = set(Decision.objects.values_list("authority__level", flat=True))
    assert levels >= {Authority.Level.SECTOR, Authority.Level.PROVINCE, Authority.Level.CENTRAL}
    for decision in Decision.objects.select_related("period"):
        assert decision.period.starts_on <= decision.signed_on <= decision.period.ends_on + datetime.timedelta(90)
    kinds = set(AwardLine.objects.values_list("recipient_kind", flat=True))
    assert kinds == set(RecipientKind)
    public = AwardLine.objects.filter(is_public=True).count()
    assert first[1] * 0.8 < public < first[1]
    assert not AwardLine.objects.filter(recipient_name="").exists()
    for line in AwardLine.objects.select_related("award_type")[:: max(1, first[1] // 40)]:
        assert line.award_type.allows(line.is_individual)

    states = dict(Proposal.objects.values_list("status").annotate(count=Count("pk")))
    assert set(states) == set(Proposal.Status) and min(states.values()) >= 3
    assert not Proposal.objects.filter(status__in=["returned", "rejected"], reason="").exists()
    decided = Proposal.objects.filter(status=Proposal.Status.DECIDED)
    assert AwardLine.objects.filter(proposal__in=decided).count() == decided.count()
    assert not Proposal.objects.exclude(status=Proposal.Status.DRAFT).filter(steps=None).exists()
    # Outside development the account the review steps name cannot log in.
    reviewer = get_user_model().objects.get(username="thidua")
    assert not reviewer.is_active and not reviewer.has_usable_password()

    twice = AwardLine.objects.values("decision", "award_type", "recipient_key").annotate(n=Count("pk")).filter(n__gt=1)
    assert not twice.exists()
    # Members come from a pool, so a hồ sơ thành tích has several rows over the years.
    per_member = AwardLine.objects.filter(recipient_kind=RecipientKind.MEMBER).values("member").annotate(n=Count("pk"))
    assert per_member.order_by("-n").first()["n"] >= 3

    awards.load()
    assert counts() == first


def test_demo_awards_needs_the_members_and_campaigns_first():
    with pytest.raises(CommandError, match="đoàn viên"):
        awards.load()
    members.load()
    with pytest.raises(CommandError, match="phong trào thi đua"):
        awards.load()


def test_development_demo_has_an_emulation_office_login(settings, tmp_path):
    settings.DEBUG = True
    settings.VAR_DIR = tmp_path
    members.load()
    emulation.load()
    awards.load()
    assert "thidua" in read_accounts()
    reviewer = ProposalStep.objects.filter(action=ProposalStep.Action.ACCEPT).first().by
    assert reviewer.username == "thidua" and reviewer.has_perm("awards.review_proposal")
