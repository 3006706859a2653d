import datetime

import factory
from django.contrib.auth.models import Group

from members.models import BaseUnion, Member, Officer, Support, UnionGroup
from members.roles import OFFICERS
from tests.factories import StaffFactory


class BaseUnionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = BaseUnion

    name = factory.Sequence(lambda n: f"Công đoàn Bệnh viện số {n}")
    code = factory.Sequence(lambda n: f"BV{n:02d}")
    block = BaseUnion.Block.PUBLIC_SERVICE


class UnionGroupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = UnionGroup

    base_union = factory.SubFactory(BaseUnionFactory)
    name = factory.Sequence(lambda n: f"Khoa số {n}")


class MemberFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Member

    full_name = factory.Sequence(lambda n: f"Nguyễn Văn Thành {n}")
    gender = Member.Gender.MALE
    birth_date = datetime.date(1985, 4, 12)
    occupation = "Bác sĩ"
    base_union = factory.SubFactory(BaseUnionFactory)
    group = factory.SubFactory(UnionGroupFactory, base_union=factory.SelfAttribute("..base_union"))
    joined_on = datetime.date(2010, 9, 1)
    card_number = factory.Sequence(lambda n: f"YT{n:07d}")
    phone = factory.Sequence(lambda n: f"0912{n:06d}")
    email = factory.Sequence(lambda n: f"doanvien{n}@benhvien.example.vn")


class SupportFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Support

    member = factory.SubFactory(MemberFactory)
    given_on = datetime.date(2025, 1, 20)
    kind = Support.Kind.TET_GIFT
    amount = 1_000_000


def officer_of(base_union, username="canbo_cdcs"):
    """A staff account in the officers group, tied to one base union."""
    user = StaffFactory(username=username)
    user.groups.add(Group.objects.get(name=OFFICERS))
    Officer.objects.create(user=user, base_union=base_union)
    return user
