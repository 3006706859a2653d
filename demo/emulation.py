"""Emulation campaigns with periods and criteria, registrations and about 100 initiatives.

Made after the members (registrations and initiatives belong to their base unions and members);
what exists already is left alone.
"""

import datetime
import random

from django.db import transaction
from django.utils import timezone

from demo.data import SEED
from demo.data import emulation as data
from emulation.models import Campaign, Criterion, Initiative, Period, Registration
from members.models import BaseUnion, Member


@transaction.atomic
def load():
    rng = random.Random(SEED)
    campaigns = {spec["name"]: make_campaign(spec) for spec in data.CAMPAIGNS}
    unions = list(BaseUnion.objects.active().order_by("pk"))
    skipped = ""
    if unions:
        make_registrations(rng, campaigns, unions)
        make_initiatives(rng, campaigns[data.INITIATIVES_CAMPAIGN], unions)
    else:
        skipped = " Chưa có công đoàn cơ sở: bỏ qua đăng ký và sáng kiến."
    return (
        f"Phong trào: {Campaign.objects.count()}, đợt: {Period.objects.count()}, "
        f"đăng ký: {Registration.objects.count()}, sáng kiến: {Initiative.objects.count()}.{skipped}"
    )


def make_campaign(spec):
    fields = {key: value for key, value in spec.items() if key not in {"name", "periods", "criteria"}}
    status = Campaign.Status.RUNNING if spec["starts_on"] <= timezone.localdate() else Campaign.Status.PLANNED
    campaign, created = Campaign.objects.get_or_create(
        name=spec["name"], defaults={**fields, "status": status, "is_public": True}
    )
    for period in spec["periods"]:
        Period.objects.get_or_create(
            campaign=campaign,
            name=period["name"],
            defaults={key: value for key, value in period.items() if key != "name"},
        )
    if created:
        Criterion.objects.bulk_create(
            Criterion(campaign=campaign, order=number, text=text)
            for number, text in enumerate(spec["criteria"], start=1)
        )
    return campaign


def make_registrations(rng, campaigns, unions):
    periods = [campaigns[campaign].periods.get(name=period) for campaign, period in data.REGISTRATION_PERIODS]
    taken = set(Registration.objects.values_list("base_union_id", "period_id"))
    weights = data.REGISTRATION_STATUS_WEIGHTS
    rows = []
    for period in periods:
        closed = period.ends_on < timezone.localdate()
        for union in unions:
            if (union.pk, period.pk) in taken:
                continue
            status = (
                Registration.Status.APPROVED
                if closed
                else rng.choices(list(weights), weights=list(weights.values()))[0]
            )
            submitted_at = timezone.make_aware(
                datetime.datetime.combine(
                    period.starts_on + datetime.timedelta(days=rng.randint(5, 25)), datetime.time(9)
                )
            )
            reviewed = status in {Registration.Status.APPROVED, Registration.Status.RETURNED}
            rows.append(
                Registration(
                    base_union=union,
                    period=period,
                    pledges="\n".join(rng.sample(data.PLEDGES, 3)),
                    status=status,
                    return_reason=data.RETURN_REASON if status == Registration.Status.RETURNED else "",
                    submitted_at=None if status == Registration.Status.DRAFT else submitted_at,
                    reviewed_at=submitted_at + datetime.timedelta(days=7) if reviewed else None,
                )
            )
    Registration.objects.bulk_create(rows)


def make_initiatives(rng, campaign, unions):
    periods = list(campaign.periods.filter(kind__in=[Period.Kind.YEAR, Period.Kind.ROUND], starts_on__year__lte=2026))
    if Initiative.objects.filter(period__campaign=campaign).exists():
        return
    members = {}
    for member_id, union_id in Member.objects.active().order_by("pk").values_list("pk", "base_union_id"):
        members.setdefault(union_id, []).append(member_id)
    initiatives, author_ids = [], []
    for number in range(data.INITIATIVE_COUNT):
        union = rng.choice(unions)
        kind = rng.choices(list(data.KIND_WEIGHTS), weights=list(data.KIND_WEIGHTS.values()))[0]
        topic = rng.choice(data.INITIATIVE_TOPICS[kind])
        level = rng.choices(list(data.LEVEL_WEIGHTS), weights=list(data.LEVEL_WEIGHTS.values()))[0]
        period = rng.choice(periods)
        saved = (
            rng.randrange(5, 300) * 1_000_000 if kind != Initiative.Kind.RESEARCH else rng.choice([0, 0, 20_000_000])
        )
        unit = union.name.removeprefix("Công đoàn ").removeprefix("cơ quan ")
        initiatives.append(
            Initiative(
                title=f"{topic['topic']} {unit}",
                kind=kind,
                base_union=union,
                period=period,
                field=topic["field"],
                level=level,
                recognition_decision=f"Quyết định số {100 + number}/QĐ ngày "
                f"{period.ends_on:%d/%m/%Y} của {data.LEVEL_ISSUERS[level]}",
                money_saved=saved,
                applied_at=unit,
                co_authors=rng.choice(data.EXTERNAL_CO_AUTHORS) if rng.random() < 0.1 else "",
            )
        )
        pool = members.get(union.pk, [])
        author_ids.append(rng.sample(pool, min(len(pool), rng.randint(1, 3))))
    Initiative.objects.bulk_create(initiatives)
    Through = Initiative.authors.through
    Through.objects.bulk_create(
        Through(initiative_id=initiative.pk, member_id=member_id)
        for initiative, ids in zip(initiatives, author_ids, strict=True)
        for member_id in ids
    )
