import datetime

import factory

from awards.models import Authority, AwardLine, AwardType, Decision, Proposal, RecipientKind
from tests.emulation.factories import PeriodFactory
from tests.members.factories import BaseUnionFactory, MemberFactory


def authority(name="Công đoàn ngành Y tế"):
    """An issuing body loaded by migration 0002."""
    return Authority.objects.get(name=name)


def award_type(name="Bằng khen"):
    """A form of award loaded by migration 0002."""
    return AwardType.objects.get(name=name)


class DecisionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Decision

    number = factory.Sequence(lambda n: f"{n + 100}/QĐ-CĐN")
    signed_on = datetime.date(2026, 5, 15)
    authority = factory.LazyFunction(authority)
    signer = "Nguyễn Văn Hùng"
    signer_title = "Chủ tịch"
    period = factory.SubFactory(PeriodFactory)
    subject = "V/v khen thưởng thành tích trong phong trào thi đua"


class MemberLineFactory(factory.django.DjangoModelFactory):
    """An award line to a member."""

    class Meta:
        model = AwardLine

    decision = factory.SubFactory(DecisionFactory)
    award_type = factory.LazyFunction(lambda: award_type("Bằng khen"))
    recipient_kind = RecipientKind.MEMBER
    member = factory.SubFactory(MemberFactory)
    achievement = "Đã có thành tích xuất sắc trong phong trào thi đua"


class UnionLineFactory(MemberLineFactory):
    """An award line to a base union."""

    recipient_kind = RecipientKind.BASE_UNION
    member = None
    base_union = factory.SubFactory(BaseUnionFactory)


class ProposalFactory(factory.django.DjangoModelFactory):
    """A draft proposal of a member of `base_union`."""

    class Meta:
        model = Proposal

    period = factory.SubFactory(PeriodFactory)
    award_type = factory.LazyFunction(lambda: award_type("Giấy khen"))
    recipient_kind = RecipientKind.MEMBER
    member = factory.SubFactory(MemberFactory)
    base_union = factory.SelfAttribute("member.base_union")
    achievement = "Hoàn thành xuất sắc nhiệm vụ năm 2026"
