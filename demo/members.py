"""Base unions, union groups and about 2,000 members with believable Vietnamese names, their
transfers and the care they were given.

Nothing is added when the demo unions already have members.
"""

import datetime
import random

from django.conf import settings
from django.db import transaction

from demo.accounts import ensure_account
from demo.data import SEED
from demo.data import members as data
from demo.data.accounts import OFFICER
from members.models import BaseUnion, Member, Officer, Support, UnionGroup


@transaction.atomic
def load():
    rng = random.Random(SEED)
    unions = []
    for block, specs in data.BASE_UNIONS.items():
        for spec in specs:
            union, _ = BaseUnion.objects.get_or_create(
                code=spec["code"], defaults={"name": spec["name"], "block": block}
            )
            departments = (
                data.HOSPITAL_DEPARTMENTS
                if spec["groups"] > len(data.SMALL_UNIT_DEPARTMENTS)
                else data.SMALL_UNIT_DEPARTMENTS
            )
            for department in departments[: spec["groups"]]:
                UnionGroup.objects.get_or_create(base_union=union, name=department)
            unions.append((union, spec["members"]))
    if settings.DEBUG:
        make_officer(unions[0][0])
    if Member.objects.filter(base_union__in=[union for union, _ in unions]).exists():
        return "Dữ liệu mẫu đoàn viên đã có, không thêm nữa."

    members = make_members(rng, unions)
    transfers = make_transfers(rng, members)
    supports = make_supports(rng, members)
    return (
        f"Đã thêm {len(unions)} công đoàn cơ sở, {len(members)} đoàn viên, "
        f"{transfers} lượt chuyển sinh hoạt, {supports} lượt chăm lo."
    )


def make_officer(union):
    """A local login for trying what a base-union officer sees (development only)."""
    user = ensure_account(OFFICER["username"], OFFICER["role"].format(union=union.name), group_name=OFFICER["group"])
    Officer.objects.get_or_create(user=user, defaults={"base_union": union})


def make_members(rng, unions):
    groups_by_union = {}
    for group in UnionGroup.objects.filter(base_union__in=[union for union, _ in unions]):
        groups_by_union.setdefault(group.base_union_id, []).append(group)
    members = []
    card = 0
    for union, member_count in unions:
        for _ in range(member_count):
            card += 1
            gender = Member.Gender.FEMALE if rng.random() < data.WOMEN_SHARE else Member.Gender.MALE
            full_name = " ".join(
                [
                    rng.choices(list(data.FAMILY_NAMES), list(data.FAMILY_NAMES.values()))[0],
                    rng.choice(data.MIDDLE_NAMES[gender]),
                    rng.choice(data.GIVEN_NAMES[gender]),
                ]
            )
            birth_date = random_date(rng, datetime.date(1966, 1, 1), datetime.date(2001, 12, 31))
            joined_on = random_date(rng, birth_date + datetime.timedelta(days=22 * 365), datetime.date(2026, 6, 30))
            member = Member(
                full_name=full_name,
                gender=gender,
                birth_date=birth_date,
                occupation=rng.choices(list(data.OCCUPATIONS), list(data.OCCUPATIONS.values()))[0],
                base_union=union,
                group=rng.choice(groups_by_union[union.pk]),
                joined_on=joined_on,
                card_number=f"YT{card:07d}",
                phone=f"09{rng.randrange(10**8):08d}",
                status=rng.choice(data.STATUSES),
            )
            member.fill_name_keys()
            members.append(member)
    # Offices are drawn apart, so that the names and dates drawn above stay those of earlier demos.
    offices = random.Random(SEED + 1)
    for member in members:
        choices = data.POSITIONS.get(member.occupation)
        if choices and offices.random() < data.POSITION_SHARE:
            member.position = offices.choice(choices)
    return Member.objects.bulk_create(members, batch_size=500)


def make_transfers(rng, members):
    unions = list(BaseUnion.objects.prefetch_related("groups"))
    moved = rng.sample([member for member in members if member.status == Member.Status.ACTIVE], data.TRANSFER_COUNT)
    for member in moved:
        to_union = rng.choice([union for union in unions if union.pk != member.base_union_id])
        member.transfer(
            to_union=to_union,
            to_group=rng.choice(list(to_union.groups.all())),
            on=random_date(rng, datetime.date(2024, 1, 1), datetime.date(2026, 6, 30)),
            reason=rng.choice(data.TRANSFER_REASONS),
        )
    return len(moved)


def make_supports(rng, members):
    supports = []
    for member in rng.sample(members, data.SUPPORT_COUNT):
        kind = rng.choices(list(data.SUPPORTS), [support["weight"] for support in data.SUPPORTS.values()])[0]
        supports.append(
            Support(
                member=member,
                base_union_id=member.base_union_id,
                given_on=random_date(rng, datetime.date(2024, 1, 1), datetime.date(2026, 6, 30)),
                kind=kind,
                amount=rng.choice(data.SUPPORTS[kind]["amounts"]),
            )
        )
    Support.objects.bulk_create(supports)
    return len(supports)


def random_date(rng, start, end):
    return start + datetime.timedelta(days=rng.randrange((end - start).days))
