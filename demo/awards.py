"""Decisions on commendations with several hundred award lines, and about 60 proposals in every state.

Made after the members and the emulation campaigns (it honours their members, groups and unions in
their campaign periods); a decision that exists already is left alone, and so are the open proposals
once there are some.
"""

import datetime
import random

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.core.management.base import CommandError
from django.db import transaction
from django.utils import timezone

from awards.models import Authority, AwardLine, AwardType, Decision, Proposal, ProposalStep, RecipientKind
from awards.services import decision_add_proposals
from demo.accounts import ensure_account
from demo.data import SEED
from demo.data import awards as data
from demo.data.accounts import REVIEWER
from demo.data.emulation import SKILLED_WORK
from emulation.models import Initiative, Period
from members.models import BaseUnion, Member, UnionGroup


@transaction.atomic
def load():
    recorder = AwardRecorder(random.Random(SEED))
    created = [recorder.record_decision(spec) for spec in data.DECISIONS]
    if any(created):
        recorder.record_histories(random.Random(SEED + 2))
    if not Proposal.objects.exclude(status=Proposal.Status.DECIDED).exists():
        recorder.record_open_proposals()
    return (
        f"Quyết định khen thưởng: {Decision.objects.count()}, dòng khen thưởng: {AwardLine.objects.count()} "
        f"({AwardLine.objects.filter(is_public=True).count()} công bố trên cổng), "
        f"đề nghị khen thưởng: {Proposal.objects.count()}."
    )


def at(day, hour=9):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


class AwardRecorder:
    """Records the demo's decisions and proposals as the emulation office would, drawing the people
    honoured from the demo's members, groups and unions."""

    def __init__(self, rng):
        self.rng = rng
        self.recipients = Recipients(rng)
        self.periods = self.load_periods()
        self.reviewer = self.make_reviewer()
        self.authorities = {authority.name: authority for authority in Authority.objects.all()}
        self.award_types = {award_type.name: award_type for award_type in AwardType.objects.all()}

    def load_periods(self):
        """{(campaign name, period name): period} for every period the data names."""
        wanted = {(spec["campaign"], spec["period"]) for spec in [*data.DECISIONS, *data.OPEN_PROPOSALS]}
        found = {
            (period.campaign.name, period.name): period
            for period in Period.objects.select_related("campaign").filter(
                campaign__name__in={campaign for campaign, _ in wanted}
            )
        }
        if not wanted <= found.keys():
            raise CommandError(
                "Chưa có dữ liệu mẫu phong trào thi đua: các phong trào phải được tạo trước khen thưởng."
            )
        return found

    def make_reviewer(self):
        """The emulation office account the review steps are recorded against; a login in development only."""
        if settings.DEBUG:
            user = ensure_account(REVIEWER["username"], REVIEWER["role"], group_name=REVIEWER["group"])
        else:
            user, _ = get_user_model().objects.get_or_create(
                username=REVIEWER["username"], defaults={"is_active": False, "password": make_password(None)}
            )
        if not user.first_name:
            user.first_name = REVIEWER["first_name"]
            user.save(update_fields=["first_name"])
        return user

    def record_decision(self, spec):
        signer = spec.get("signer", data.SIGNERS[spec["authority"]])
        decision, created = Decision.objects.get_or_create(
            authority=self.authorities[spec["authority"]],
            number=spec["number"],
            signed_on=spec["signed_on"],
            defaults={
                "signer": signer["name"],
                "signer_title": signer["title"],
                "period": self.periods[spec["campaign"], spec["period"]],
                "subject": spec["subject"],
            },
        )
        if created:
            self.make_lines(decision, spec)
        return created

    def make_lines(self, decision, spec):
        taken = set()
        lines = []
        for block in spec["lines"]:
            award_type = self.award_types[block.award]
            chosen = block.named or self.recipients.pick(block.recipient_kind, block.count, block.scope, taken)
            for fields in chosen:
                line = AwardLine(
                    decision=decision,
                    award_type=award_type,
                    recipient_kind=block.recipient_kind,
                    achievement=self.rng.choice(block.achievements),
                    is_public=self.rng.random() < data.PUBLIC_SHARE,
                    **fields,
                )
                line.fill_recipient()
                lines.append(line)
        AwardLine.objects.bulk_create(lines)
        if spec.get("proposals"):
            self.decide_proposals(decision, spec["proposals"], taken)

    def record_histories(self, rng):
        """Members given the titles and initiatives of data.HISTORIES, so "Đủ điều kiện đề nghị" has cases to show.

        They are drawn from public-service members with no award yet, so nothing else in their record
        changes what the page says of them.
        """
        decisions = {year: Decision.objects.get(number=number) for year, number in data.TITLE_DECISIONS.items()}
        honoured = AwardLine.objects.filter(recipient_kind=RecipientKind.MEMBER).values("member")
        pool = list(
            Member.objects.active()
            .filter(base_union__block=BaseUnion.Block.PUBLIC_SERVICE)
            .exclude(pk__in=honoured)
            .select_related("base_union")
            .order_by("base_union_id", "pk")
        )
        # Each story's first member is in the union the demo officer manages (the first), so their page has cases.
        home = rng.sample([m for m in pool if m.base_union_id == pool[0].base_union_id], len(data.HISTORIES))
        total = sum(history["count"] for history in data.HISTORIES)
        others = rng.sample([member for member in pool if member not in home], total - len(home))
        periods = {period.ends_on.year: period for period in Period.objects.filter(campaign__name=SKILLED_WORK)
                   if period.kind == Period.Kind.YEAR}  # fmt: skip
        lines, initiatives, authors = [], [], []
        for history, first in zip(data.HISTORIES, home, strict=True):
            for member in [first, *(others.pop() for _ in range(history["count"] - 1))]:
                for year, title in history["titles"].items():
                    line = AwardLine(
                        decision=decisions[year],
                        award_type=self.award_types[title],
                        recipient_kind=RecipientKind.MEMBER,
                        member=member,
                        achievement=data.HISTORY_ACHIEVEMENTS[title].format(year=year),
                    )
                    line.fill_recipient()
                    lines.append(line)
                for year, level in history["initiatives"].items():
                    topic = rng.choice(data.HISTORY_INITIATIVES)
                    unit = member.base_union.name.removeprefix("Công đoàn ")
                    initiatives.append(
                        Initiative(
                            title=f"{topic['title']} tại {unit}",
                            base_union=member.base_union,
                            period=periods[year],
                            field=topic["field"],
                            level=level,
                            money_saved=topic["money_saved"],
                            recognition_decision=f"Quyết định ngày {periods[year].ends_on:%d/%m/%Y} của Hội đồng "
                            f"sáng kiến {Initiative.Level(level).label.lower()}",
                            applied_at=unit,
                        )
                    )
                    authors.append(member.pk)
        AwardLine.objects.bulk_create(lines)
        Initiative.objects.bulk_create(initiatives)
        Initiative.authors.through.objects.bulk_create(
            Initiative.authors.through(initiative_id=initiative.pk, member_id=member_id)
            for initiative, member_id in zip(initiatives, authors, strict=True)
        )

    def decide_proposals(self, decision, count, taken):
        """Members' proposals accepted by the office, then put in `decision` the way staff do it."""
        chosen = self.recipients.pick(RecipientKind.MEMBER, count, "", taken)
        proposals = [
            self.proposal(decision.period, RecipientKind.MEMBER, "Giấy khen", Proposal.Status.ACCEPTED, fields)
            for fields in chosen
        ]
        sent = decision.signed_on - datetime.timedelta(days=20)
        self.save_proposals(proposals, sent, [(ProposalStep.Action.ACCEPT, sent + datetime.timedelta(days=10))])
        decision_add_proposals(
            decision=decision, proposals=Proposal.objects.filter(pk__in=[p.pk for p in proposals]), by=self.reviewer
        )
        # The workflow stamps this run's time; the demo's decision was signed earlier.
        decided = at(decision.signed_on, 15)
        ProposalStep.objects.filter(proposal__in=proposals, action=ProposalStep.Action.DECIDE).update(at=decided)
        Proposal.objects.filter(pk__in=[p.pk for p in proposals]).update(updated_at=decided)

    def record_open_proposals(self):
        taken = set()
        for spec in data.OPEN_PROPOSALS:
            status, sent = spec["status"], spec["sent_on"]
            period = self.periods[spec["campaign"], spec["period"]]
            proposals = []
            for _ in range(spec["count"]):
                kind = self.rng.choices(
                    [RecipientKind.MEMBER, RecipientKind.GROUP, RecipientKind.BASE_UNION], weights=[75, 15, 10]
                )[0]
                forms = ["Giấy khen", "Bằng khen", *(["Cờ thi đua"] if kind == RecipientKind.BASE_UNION else [])]
                (fields,) = self.recipients.pick(kind, 1, "", taken)
                proposals.append(self.proposal(period, kind, self.rng.choice(forms), status, fields))
            reviewed = sent + datetime.timedelta(days=6)
            reviews = {
                Proposal.Status.DRAFT: None,
                Proposal.Status.SUBMITTED: [],
                Proposal.Status.RETURNED: [(ProposalStep.Action.RETURN, reviewed)],
                Proposal.Status.ACCEPTED: [(ProposalStep.Action.ACCEPT, reviewed)],
                Proposal.Status.REJECTED: [(ProposalStep.Action.REJECT, reviewed)],
            }[status]
            self.save_proposals(proposals, sent, reviews)

    def proposal(self, period, kind, award, status, fields):
        reasons = data.REASONS.get(status)
        proposal = Proposal(
            period=period,
            award_type=self.award_types[award],
            recipient_kind=kind,
            achievement=self.rng.choice(data.PROPOSAL_TEXTS[kind]),
            status=status,
            reason=self.rng.choice(reasons) if reasons else "",
            **fields,
        )
        proposal.fill_recipient()
        return proposal

    def save_proposals(self, proposals, sent, reviews):
        """Proposals sent by their union on `sent`, then reviewed as `reviews` says: [(action, day)].

        Drafts (`reviews` is None) have no steps yet.
        """
        Proposal.objects.bulk_create(proposals)
        steps = []
        for proposal in proposals:
            proposal.created_at = proposal.updated_at = at(sent - datetime.timedelta(days=2), 14)
            if reviews is None:
                continue
            steps.append(
                ProposalStep(
                    proposal=proposal,
                    action=ProposalStep.Action.SUBMIT,
                    by_name=self.recipients.sender(proposal),
                    at=at(sent),
                )
            )
            proposal.updated_at = at(sent)
            for action, day in reviews:
                steps.append(
                    ProposalStep(
                        proposal=proposal,
                        action=action,
                        by=self.reviewer,
                        by_name=REVIEWER["first_name"],
                        at=at(day, 10),
                        note=proposal.reason,
                    )
                )
                proposal.updated_at = at(day, 10)
        ProposalStep.objects.bulk_create(steps)
        # bulk_create stamps auto_now fields with this run's time; the demo's proposals are older.
        Proposal.objects.bulk_update(proposals, ["created_at", "updated_at"])


class Recipients:
    """The demo's members, groups and unions, drawn at random without repeats inside one decision.

    Members come from a fixed pool of a few hundred, so the same people are honoured over the
    years, as in a real hồ sơ thành tích.
    """

    POOL_SIZE = 320

    def __init__(self, rng):
        self.rng = rng
        members = list(Member.objects.active().select_related("base_union").order_by("pk"))
        if not members:
            raise CommandError("Chưa có dữ liệu mẫu đoàn viên: các đoàn viên phải được tạo trước khen thưởng.")
        self.members = rng.sample(members, min(self.POOL_SIZE, len(members)))
        self.groups = list(UnionGroup.objects.select_related("base_union").order_by("pk"))
        self.unions = list(BaseUnion.objects.active().order_by("pk"))
        self.positions = {union.pk: number for number, union in enumerate(self.unions)}

    def pick(self, kind, count, scope, taken):
        """`count` recipients of `kind` not in `taken` (which grows), as AwardLine or Proposal fields."""
        field, candidates = {
            RecipientKind.MEMBER: ("member", [(member, member.base_union) for member in self.members]),
            RecipientKind.GROUP: ("group", [(group, group.base_union) for group in self.groups]),
            RecipientKind.BASE_UNION: ("base_union", [(union, union) for union in self.unions]),
        }[kind]
        candidates = [obj for obj, union in candidates if (field, obj.pk) not in taken and self.fits(scope, obj, union)]
        chosen = self.rng.sample(candidates, count)
        taken.update((field, obj.pk) for obj in chosen)
        return [{field: obj} for obj in chosen]

    def sender(self, proposal):
        """The union officer who sends a proposal: one name per union."""
        return data.UNION_SENDERS[self.positions[proposal.base_union_id] % len(data.UNION_SENDERS)]

    @staticmethod
    def fits(scope, obj, union):
        if scope == "public":
            return union.block == BaseUnion.Block.PUBLIC_SERVICE
        if scope == "women":
            return obj.gender == Member.Gender.FEMALE
        return True
