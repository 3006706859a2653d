"""The workflows that touch several models at once: proposals from the eligibility page, decisions from proposals."""

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from awards import notices
from awards.eligibility import Eligibility
from awards.models import AwardLine, Proposal, RecipientKind
from awards.roles import REVIEW_PERMISSION


def decision_add_proposals(*, decision, proposals, by):
    """Turn accepted proposals into award lines of `decision`, all of them or none.

    Returns the new lines. Raises ValidationError listing every proposal that cannot go in.
    """
    proposals = list(proposals.select_related("award_type", "member__base_union", "group__base_union", "base_union"))
    problems = []
    lines = []
    # What the decision already has, read once; each new line joins it as it is accepted.
    seen = set(decision.lines.values_list("award_type_id", "recipient_key"))
    for proposal in proposals:
        if proposal.status != Proposal.Status.ACCEPTED:
            problems.append(f"{proposal}: đang ở trạng thái “{proposal.get_status_display()}”, chưa được chấp thuận.")
            continue
        line = AwardLine(
            decision=decision,
            award_type=proposal.award_type,
            recipient_kind=proposal.recipient_kind,
            member=proposal.member,
            group=proposal.group,
            base_union=proposal.base_union,
            recipient_name=proposal.recipient_name,
            recipient_unit=proposal.recipient_unit,
            position=proposal.position,
            achievement=proposal.achievement,
            proposal=proposal,
        )
        line.fill_recipient()
        key = (line.award_type_id, line.recipient_key)
        if key in seen:
            problems.append(f"{proposal}: quyết định đã có người hoặc tập thể này với cùng hình thức khen thưởng.")
            continue
        seen.add(key)
        lines.append(line)
    if problems:
        raise ValidationError(problems)
    try:
        with transaction.atomic():
            for line in lines:
                line.save()
                line.proposal.mark_decided(by, decision)
            notices.decision_names_members(decision, lines)
    except IntegrityError as error:
        raise ValidationError("Quyết định vừa được người khác sửa; hãy thử lại.") from error
    return lines


def proposal_create_eligible(*, period, keys, by):
    """Draft proposals for the rows ticked on "Đủ điều kiện đề nghị", each carrying its reason.

    The rows are worked out again here: only what is eligible now, in the unions `by` may see and not
    yet proposed in the period, becomes a proposal, whatever was posted. All of them or none; none from
    a union after the period's deadline (the office's are marked late).
    """
    late = period.require_open(by, REVIEW_PERMISSION)
    wanted = set(keys)
    chosen = [c for c in Eligibility(period, by).eligible if c.key in wanted and not c.proposed]
    proposals = []
    with transaction.atomic():
        for candidate in chosen:
            recipient = {
                RecipientKind.MEMBER: {"member": candidate.recipient},
                RecipientKind.GROUP: {"group": candidate.recipient},
            }.get(candidate.kind, {})
            proposal = Proposal(
                period=period,
                award_type=candidate.award_type,
                recipient_kind=candidate.kind,
                base_union=candidate.union,
                achievement=candidate.achievement,
                created_by=by,
                is_late=late,
                **recipient,
            )
            proposal.full_clean()
            proposal.save()
            proposals.append(proposal)
    return proposals
