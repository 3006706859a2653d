"""Who is eligible to be proposed for which form of award in a period, read from the record.

The record is read in a fixed number of queries (the rules, the candidates, their award lines,
their initiatives, the proposals already made) and the rules are applied in Python, so the whole
province answers at once whatever its size. Years count as the emulation year of each line: the
year its decision's period ends in; the period being considered gives the year the streaks end in.
"""

from dataclasses import dataclass, field

from awards.models import AwardLine, EligibilityRule, Proposal, RecipientKind, Requirement
from awards.models.eligibility import level_phrase
from emulation.models import Initiative
from members.models import BaseUnion, Member, UnionGroup

LEVEL_RANK = {level: rank for rank, level in enumerate(Initiative.Level.values)}
# Requirements that show something was achieved; "not received it lately" shows nothing, so a row that
# meets only that is not "close" to anything.
EVIDENCE = {Requirement.Kind.TITLE, Requirement.Kind.INITIATIVE, Requirement.Kind.MEMBERSHIP}


@dataclass
class Candidate:
    """One recipient measured against one form of award under its closest rule."""

    kind: str
    recipient: object
    award_type: object
    rule: object
    met: list = field(default_factory=list)
    missing: list = field(default_factory=list)
    proposed: bool = False

    @property
    def eligible(self):
        return not self.missing

    @property
    def key(self):
        """What a ticked row posts: enough to find it again when the rows are evaluated afresh."""
        return f"{self.kind}:{self.recipient.pk}:{self.award_type.pk}"

    @property
    def reason(self):
        return "; ".join(self.met)

    @property
    def name(self):
        return self.recipient.full_name if self.kind == RecipientKind.MEMBER else self.recipient.name

    @property
    def union(self):
        return self.recipient if self.kind == RecipientKind.BASE_UNION else self.recipient.base_union

    @property
    def achievement(self):
        """The reason as a proposal carries it."""
        return f"Đủ điều kiện đề nghị {self.award_type} ({self.rule.legal_source}): {self.reason}."


@dataclass
class Record:
    """What one recipient holds: {award type id: {years}}, initiatives [(level, year, money saved)], joined year."""

    titles: dict = field(default_factory=dict)
    initiatives: list = field(default_factory=list)
    joined: int | None = None


class Eligibility:
    """The candidates of a period for the unions a user may see: `eligible` and `near` (one condition short)."""

    def __init__(self, period, user, award_type=None):
        self.period, self.user, self.year = period, user, period.ends_on.year
        rules = EligibilityRule.objects.in_use()
        if award_type is not None:
            rules = rules.filter(award_type=award_type)
        self.rules = list(rules)
        # Read once: a prefetched relation still builds a queryset at every .all().
        self.requirements = {rule.pk: list(rule.requirements.all()) for rule in self.rules}
        self.missing_text = {r.pk: f"thiếu: {r.describe()}" for rs in self.requirements.values() for r in rs}
        self.checks = {
            Requirement.Kind.TITLE: self.check_title,
            Requirement.Kind.INITIATIVE: self.check_initiatives,
            Requirement.Kind.MEMBERSHIP: self.check_membership,
            Requirement.Kind.SINCE_SAME: self.check_since_same,
        }
        candidates = self.load_candidates()
        records = self.load_records(candidates)
        self.proposed = set(
            Proposal.objects.filter(period=period).values_list("award_type_id", "recipient_key").order_by()
        )
        self.eligible, self.near = [], []
        for kind, recipient in candidates:
            for candidate in self.measure(kind, recipient, records[kind, recipient.pk]):
                (self.eligible if candidate.eligible else self.near).append(candidate)

    def by_form(self):
        """[(form, its rules, eligible candidates, near ones)] in the forms' order, names in list order."""

        def order(candidate):
            sort_name = candidate.recipient.sort_name if candidate.kind == RecipientKind.MEMBER else candidate.name
            return (candidate.union.name, candidate.kind != RecipientKind.BASE_UNION, sort_name, candidate.recipient.pk)

        forms = {}
        for rule in self.rules:
            forms.setdefault(rule.award_type, {"rules": [], "eligible": [], "near": []})["rules"].append(rule)
        for name in ("eligible", "near"):
            for candidate in getattr(self, name):
                forms[candidate.award_type][name].append(candidate)
        return [
            (form, parts["rules"], sorted(parts["eligible"], key=order), sorted(parts["near"], key=order))
            for form, parts in forms.items()
        ]

    def load_candidates(self):
        wanted = {rule.recipient for rule in self.rules}
        candidates = []
        if EligibilityRule.Recipient.INDIVIDUAL in wanted:
            members = (
                Member.objects.for_user(self.user)
                .active()
                .select_related("base_union", "group")
                .only("full_name", "sort_name", "joined_on", "base_union__name", "group__name")
            )
            candidates += [(RecipientKind.MEMBER, member) for member in members]
        if EligibilityRule.Recipient.COLLECTIVE in wanted:
            unions = BaseUnion.objects.for_user(self.user).active()
            groups = (
                UnionGroup.objects.for_user(self.user).filter(base_union__is_active=True).select_related("base_union")
            )
            candidates += [(RecipientKind.BASE_UNION, union) for union in unions]
            candidates += [(RecipientKind.GROUP, group) for group in groups]
        return candidates

    def load_records(self, candidates):
        records = {(kind, recipient.pk): Record() for kind, recipient in candidates}
        for kind, recipient in candidates:
            if kind == RecipientKind.MEMBER:
                records[kind, recipient.pk].joined = recipient.joined_on.year
        member_ids = [recipient.pk for kind, recipient in candidates if kind == RecipientKind.MEMBER]
        # A member's lines follow the member across transfers; a collective's are its own.
        lines = AwardLine.objects.filter(
            recipient_kind__in=[RecipientKind.MEMBER, RecipientKind.GROUP, RecipientKind.BASE_UNION],
            decision__period__ends_on__year__lte=self.year,
        ).values_list(
            "recipient_kind", "member_id", "group_id", "base_union_id", "award_type_id", "decision__period__ends_on"
        )
        for kind, member_id, group_id, union_id, award_type_id, ends_on in lines.order_by():
            owner = {RecipientKind.MEMBER: member_id, RecipientKind.GROUP: group_id}.get(kind, union_id)
            record = records.get((kind, owner))
            if record is not None:
                record.titles.setdefault(award_type_id, set()).add(ends_on.year)
        if member_ids:
            authored = Initiative.authors.through.objects.filter(initiative__period__ends_on__year__lte=self.year)
            rows = authored.values_list(
                "member_id", "initiative__level", "initiative__period__ends_on", "initiative__money_saved"
            )
            for member_id, level, ends_on, money in rows.order_by():
                record = records.get((RecipientKind.MEMBER, member_id))
                if record is not None:
                    record.initiatives.append((level, ends_on.year, money))
        if any(kind == RecipientKind.BASE_UNION for kind, _ in candidates):
            rows = Initiative.objects.filter(period__ends_on__year__lte=self.year).values_list(
                "base_union_id", "level", "period__ends_on", "money_saved"
            )
            for union_id, level, ends_on, money in rows.order_by():
                record = records.get((RecipientKind.BASE_UNION, union_id))
                if record is not None:
                    record.initiatives.append((level, ends_on.year, money))
        return records

    def measure(self, kind, recipient, record):
        """For each form this recipient may be proposed for: the first rule met, else one a condition short."""
        individual = kind == RecipientKind.MEMBER
        by_form = {}
        for rule in self.rules:
            # Already holding the form for this year: nothing to propose.
            if rule.for_individuals != individual or self.year in record.titles.get(rule.award_type_id, ()):
                continue
            met, missing = self.apply(rule, record)
            by_form.setdefault(rule.award_type_id, []).append(
                Candidate(kind, recipient, rule.award_type, rule, met, missing)
            )
        key = self.recipient_key(kind, recipient)
        for options in by_form.values():
            best = min(options, key=lambda option: (len(option.missing), -len(option.met)))
            best.proposed = (best.award_type.pk, key) in self.proposed
            if best.eligible or (len(best.missing) == 1 and best.met):
                yield best

    @staticmethod
    def recipient_key(kind, recipient):
        return {RecipientKind.MEMBER: "member", RecipientKind.GROUP: "group"}.get(kind, "union") + f":{recipient.pk}"

    def apply(self, rule, record):
        """([what was met, as a reason reads], [what is missing]) for one rule."""
        met, missing = [], []
        for requirement in self.requirements[rule.pk]:
            found, text = self.checks[requirement.kind](requirement, record, rule)
            if found:
                if text and requirement.kind in EVIDENCE:
                    met.append(text)
            else:
                missing.append(text)
        return met, missing

    def check_title(self, requirement, record, rule):
        held = record.titles.get(requirement.award_type_id, set())
        wanted = range(self.year - requirement.years + 1, self.year + 1)
        have = [year for year in wanted if year in held]
        if len(have) >= requirement.count:
            return True, f"{requirement.award_type} {', '.join(map(str, have))}"
        return False, self.missing_text[requirement.pk] + (f" (có {', '.join(map(str, have))})" if have else "")

    def check_initiatives(self, requirement, record, rule):
        since = self.year - requirement.years + 1
        found = sorted(
            (year, level, money)
            for level, year, money in record.initiatives
            if year >= since and LEVEL_RANK[level] >= LEVEL_RANK[requirement.level]
        )
        money = sum(saved for _, _, saved in found)
        if len(found) >= requirement.count and money >= requirement.min_money_saved:
            text = ", ".join(f"sáng kiến {level_phrase(level)} {year}" for year, level, _ in found)
            if requirement.min_money_saved:
                text += f" (làm lợi {money:,} đồng)".replace(",", ".")
            return True, text
        return False, self.missing_text[requirement.pk]

    def check_membership(self, requirement, record, rule):
        if record.joined is not None and self.year - record.joined >= requirement.years:
            return True, f"vào công đoàn năm {record.joined}"
        return False, self.missing_text[requirement.pk]

    def check_since_same(self, requirement, record, rule):
        received = record.titles.get(rule.award_type_id, set())
        if not received:
            return True, ""
        last = max(received)
        if requirement.years and self.year - last >= requirement.years:
            return True, ""
        return False, f"đã nhận {rule.award_type} năm {last}"
