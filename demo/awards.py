"""Demo decisions on commendations with several hundred award lines, and about 60 proposals in every state.

Run it after demo_members and demo_emulation (it honours their members, groups and unions in their
campaign periods) as often as you like: a decision that exists already is left alone, and so are the
open proposals once there are some. Fixed seed, so every run on a fresh database is the same.
"""

import datetime
import random

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from awards.management.demo_data import (
    DECISIONS,
    OPEN_PROPOSALS,
    PROPOSAL_TEXTS,
    PUBLIC_SHARE,
    REJECT_REASONS,
    RETURN_REASONS,
    REVIEWER,
    REVIEWER_NAME,
    SIGNERS,
    UNION_SENDERS,
)
from awards.models import Authority, AwardLine, AwardType, Decision, Proposal, ProposalStep, RecipientKind
from awards.roles import EMULATION_OFFICE
from awards.services import decision_add_proposals
from emulation.models import Period
from members.models import BaseUnion, Member, UnionGroup
from unionportal.demo_accounts import ensure_account

SEED = 2026
Kind = RecipientKind
Status = Proposal.Status
Action = ProposalStep.Action


def at(day, hour=9):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


class Command(BaseCommand):
    help = "Tạo dữ liệu mẫu khen thưởng: quyết định, danh sách khen thưởng, đề nghị (chạy lại không tạo trùng)."

    @transaction.atomic
    def handle(self, *args, **options):
        rng = random.Random(SEED)  # noqa: S311 (demo data, not secrets)
        self.recipients = Recipients(rng)
        periods = self.load_periods()
        self.reviewer = self.make_reviewer()
        authorities = {authority.name: authority for authority in Authority.objects.all()}
        self.award_types = {award_type.name: award_type for award_type in AwardType.objects.all()}
        for spec in DECISIONS:
            signer, signer_title = spec.get("signer", SIGNERS[spec["authority"]])
            decision, created = Decision.objects.get_or_create(
                authority=authorities[spec["authority"]],
                number=spec["number"],
                signed_on=spec["signed_on"],
                defaults={
                    "signer": signer,
                    "signer_title": signer_title,
                    "period": periods[spec["period"]],
                    "subject": spec["subject"],
                },
            )
            if created:
                self.make_lines(rng, decision, spec)
        if not Proposal.objects.exclude(status=Status.DECIDED).exists():
            self.make_open_proposals(rng, periods)
        self.stdout.write(
            f"Quyết định khen thưởng: {Decision.objects.count()}, dòng khen thưởng: {AwardLine.objects.count()} "
            f"({AwardLine.objects.filter(is_public=True).count()} công bố trên cổng), "
            f"đề nghị khen thưởng: {Proposal.objects.count()}."
        )

    def load_periods(self):
        wanted = {spec["period"] for spec in DECISIONS} | {period for _, _, period, _ in OPEN_PROPOSALS}
        found = {
            (period.campaign.name, period.name): period
            for period in Period.objects.select_related("campaign").filter(
                campaign__name__in={campaign for campaign, _ in wanted}
            )
        }
        if not wanted <= found.keys():
            raise CommandError("Chưa có dữ liệu mẫu phong trào thi đua: hãy chạy “manage.py demo_emulation” trước.")
        return found

    def make_reviewer(self):
        """The emulation office account the review steps are recorded against; a login in development only."""
        if settings.DEBUG:
            user = ensure_account(
                REVIEWER, "Văn phòng thi đua: xét đề nghị, ghi quyết định khen thưởng", group_name=EMULATION_OFFICE
            )
        else:
            user, _ = get_user_model().objects.get_or_create(
                username=REVIEWER, defaults={"is_active": False, "password": make_password(None)}
            )
        if not user.first_name:
            user.first_name = REVIEWER_NAME
            user.save(update_fields=["first_name"])
        return user

    def make_lines(self, rng, decision, spec):
        taken = set()
        lines = []
        for block in spec["lines"]:
            award_type = self.award_types[block.award]
            if block.named:
                chosen = [
                    {"recipient_name": name, "position": position, "recipient_unit": unit}
                    for name, position, unit in block.named
                ]
            else:
                chosen = self.recipients.pick(block.kind, block.count, block.scope, taken)
            for fields in chosen:
                line = AwardLine(
                    decision=decision,
                    award_type=award_type,
                    recipient_kind=block.kind,
                    achievement=rng.choice(block.texts),
                    is_public=rng.random() < PUBLIC_SHARE,
                    **fields,
                )
                line.fill_recipient()
                lines.append(line)
        AwardLine.objects.bulk_create(lines)
        if spec.get("proposals"):
            self.decide_proposals(rng, decision, spec["proposals"], taken)

    def decide_proposals(self, rng, decision, count, taken):
        """Members' proposals accepted by the office, then put in `decision` the way staff do it."""
        chosen = self.recipients.pick(Kind.MEMBER, count, "", taken)
        proposals = [
            self.proposal(rng, decision.period, Kind.MEMBER, "Giấy khen", Status.ACCEPTED, fields) for fields in chosen
        ]
        sent = decision.signed_on - datetime.timedelta(days=20)
        self.save_proposals(proposals, sent, [(Action.ACCEPT, sent + datetime.timedelta(days=10))])
        decision_add_proposals(
            decision=decision, proposals=Proposal.objects.filter(pk__in=[p.pk for p in proposals]), by=self.reviewer
        )
        # The workflow stamps this run's time; the demo's decision was signed earlier.
        decided = at(decision.signed_on, 15)
        ProposalStep.objects.filter(proposal__in=proposals, action=Action.DECIDE).update(at=decided)
        Proposal.objects.filter(pk__in=[p.pk for p in proposals]).update(updated_at=decided)

    def make_open_proposals(self, rng, periods):
        taken = set()
        for status, count, period_key, sent in OPEN_PROPOSALS:
            period = periods[period_key]
            proposals = []
            for _ in range(count):
                kind = rng.choices([Kind.MEMBER, Kind.GROUP, Kind.BASE_UNION], weights=[75, 15, 10])[0]
                forms = ["Giấy khen", "Bằng khen", *(["Cờ thi đua"] if kind == Kind.BASE_UNION else [])]
                (fields,) = self.recipients.pick(kind, 1, "", taken)
                proposals.append(self.proposal(rng, period, kind, rng.choice(forms), status, fields))
            reviewed = sent + datetime.timedelta(days=6)
            reviews = {
                Status.DRAFT: None,
                Status.SUBMITTED: [],
                Status.RETURNED: [(Action.RETURN, reviewed)],
                Status.ACCEPTED: [(Action.ACCEPT, reviewed)],
                Status.REJECTED: [(Action.REJECT, reviewed)],
            }[status]
            self.save_proposals(proposals, sent, reviews)

    def proposal(self, rng, period, kind, award, status, fields):
        reasons = {Status.RETURNED: RETURN_REASONS, Status.REJECTED: REJECT_REASONS}.get(status)
        proposal = Proposal(
            period=period,
            award_type=self.award_types[award],
            recipient_kind=kind,
            achievement=rng.choice(PROPOSAL_TEXTS[kind]),
            status=status,
            reason=rng.choice(reasons) if reasons else "",
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
                    proposal=proposal, action=Action.SUBMIT, by_name=self.recipients.sender(proposal), at=at(sent)
                )
            )
            proposal.updated_at = at(sent)
            for action, day in reviews:
                steps.append(
                    ProposalStep(
                        proposal=proposal,
                        action=action,
                        by=self.reviewer,
                        by_name=REVIEWER_NAME,
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
            raise CommandError("Chưa có dữ liệu mẫu đoàn viên: hãy chạy “manage.py demo_members” trước.")
        self.members = rng.sample(members, min(self.POOL_SIZE, len(members)))
        self.groups = list(UnionGroup.objects.select_related("base_union").order_by("pk"))
        self.unions = list(BaseUnion.objects.active().order_by("pk"))
        self.positions = {union.pk: number for number, union in enumerate(self.unions)}

    def pick(self, kind, count, scope, taken):
        """`count` recipients of `kind` not in `taken` (which grows), as AwardLine or Proposal fields."""
        field, candidates = {
            Kind.MEMBER: ("member", [(member, member.base_union) for member in self.members]),
            Kind.GROUP: ("group", [(group, group.base_union) for group in self.groups]),
            Kind.BASE_UNION: ("base_union", [(union, union) for union in self.unions]),
        }[kind]
        candidates = [obj for obj, union in candidates if (field, obj.pk) not in taken and self.fits(scope, obj, union)]
        chosen = self.rng.sample(candidates, count)
        taken.update((field, obj.pk) for obj in chosen)
        return [{field: obj} for obj in chosen]

    def sender(self, proposal):
        """The union officer who sends a proposal: one name per union."""
        return UNION_SENDERS[self.positions[proposal.base_union_id] % len(UNION_SENDERS)]

    @staticmethod
    def fits(scope, obj, union):
        if scope == "public":
            return union.block == BaseUnion.Block.PUBLIC_SERVICE
        if scope == "women":
            return obj.gender == Member.Gender.FEMALE
        return True
