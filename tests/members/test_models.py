import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError

from members.models import Member, Support
from members.models.member import name_keys
from tests.members.factories import BaseUnionFactory, MemberFactory, SupportFactory, UnionGroupFactory
from unionportal.money import format_dong

pytestmark = pytest.mark.django_db


def test_name_keys_fold_and_sort_by_given_name_then_family_name():
    assert name_keys("  Nguyễn   Văn An ") == ("An", "nguyen van an", "an nguyen van")
    assert name_keys("Đặng Thị Thu Hà") == ("Hà", "dang thi thu ha", "ha dang thi thu")


def test_members_sort_by_given_name_then_family_name():
    for name in ["Trần Văn Bình", "Lê Thị An", "Nguyễn Văn An", "Đỗ Minh Ánh"]:
        MemberFactory(full_name=name)
    assert list(Member.objects.values_list("full_name", flat=True)) == [
        "Lê Thị An",
        "Nguyễn Văn An",
        "Đỗ Minh Ánh",
        "Trần Văn Bình",
    ]


def test_search_ignores_marks_and_case():
    member = MemberFactory(full_name="Nguyễn Văn An")
    MemberFactory(full_name="Phạm Thị Lan")
    assert list(Member.objects.search("nguyen van an")) == [member]
    assert list(Member.objects.search("NGUYỄN  văn")) == [member]


def test_card_number_is_unique_in_the_database():
    MemberFactory(card_number="YT0000001")
    with pytest.raises(IntegrityError):
        MemberFactory(card_number="YT0000001")


def test_joined_before_birth_is_refused_by_the_database():
    with pytest.raises(IntegrityError):
        MemberFactory(birth_date=datetime.date(2000, 1, 1), joined_on=datetime.date(1999, 1, 1))


def test_group_must_belong_to_the_members_union():
    member = MemberFactory()
    member.group = UnionGroupFactory(base_union=BaseUnionFactory())
    with pytest.raises(ValidationError) as error:
        member.full_clean()
    assert "group" in error.value.message_dict


def test_money_is_shown_in_dong_with_dots():
    assert format_dong(325_000_000) == "325.000.000 đ"
    assert format_dong(0) == "0 đ"


def test_support_keeps_the_union_the_member_had_when_it_was_given():
    support = SupportFactory(amount=2_500_000)
    assert support.base_union == support.member.base_union
    assert support.amount_display == "2.500.000 đ"


def test_care_totals_per_union_and_year():
    union = BaseUnionFactory()
    first, second = MemberFactory(base_union=union), MemberFactory(base_union=union)
    SupportFactory(member=first, amount=1_000_000, given_on=datetime.date(2025, 1, 20))
    SupportFactory(member=first, amount=3_000_000, given_on=datetime.date(2025, 6, 1), kind=Support.Kind.HARDSHIP)
    SupportFactory(member=second, amount=500_000, given_on=datetime.date(2024, 2, 1))
    SupportFactory(amount=9_000_000)  # another union
    in_union = Support.objects.filter(base_union=union)
    assert in_union.totals() == {"members": 2, "records": 3, "amount": 4_500_000}
    assert [(row["year"], row["members"], row["amount"]) for row in in_union.totals_per_year()] == [
        (2025, 1, 4_000_000),
        (2024, 1, 500_000),
    ]
