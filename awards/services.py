"""Recording a decision: the workflows that touch decisions, award lines and proposals together."""

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from awards.models import AwardLine, Proposal


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
    except IntegrityError as error:
        raise ValidationError("Quyết định vừa được người khác sửa; hãy thử lại.") from error
    return lines
