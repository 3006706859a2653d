import datetime

import factory

from emulation.models import Campaign, Criterion, Initiative, Period, Registration
from tests.members.factories import BaseUnionFactory


class CampaignFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Campaign

    name = factory.Sequence(lambda n: f"Phong trào thi đua số {n}")
    slogan = "Lao động giỏi, lao động sáng tạo"
    kind = Campaign.Kind.REGULAR
    launched_by = "Ban Chấp hành Công đoàn ngành Y tế tỉnh"
    launched_on = datetime.date(2026, 1, 10)
    starts_on = datetime.date(2026, 1, 1)
    ends_on = datetime.date(2026, 12, 31)
    status = Campaign.Status.RUNNING
    is_public = True


class CriterionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Criterion

    campaign = factory.SubFactory(CampaignFactory)
    order = factory.Sequence(int)
    text = factory.Sequence(lambda n: f"Tiêu chí số {n}: hoàn thành tốt nhiệm vụ chuyên môn")


class PeriodFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Period

    campaign = factory.SubFactory(CampaignFactory)
    name = factory.Sequence(lambda n: f"Đợt {n} năm 2026")
    kind = Period.Kind.ROUND
    starts_on = datetime.date(2026, 1, 1)
    ends_on = datetime.date(2026, 4, 30)


class RegistrationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Registration

    base_union = factory.SubFactory(BaseUnionFactory)
    period = factory.SubFactory(PeriodFactory)
    pledges = "100% đoàn viên đăng ký thi đua.\nCó ít nhất 5 sáng kiến được công nhận."


class InitiativeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Initiative

    title = factory.Sequence(lambda n: f"Cải tiến quy trình đón tiếp người bệnh số {n}")
    base_union = factory.SubFactory(BaseUnionFactory)
    period = factory.SubFactory(PeriodFactory)
    money_saved = 25_000_000
