"""The awards' mails: officers when their union's proposal is decided on, or a decision names their members.

Mails carry no personal data beyond what the officer already sees in their own union's admin, and a
decision's mail gives only how many of the union's members it names, with a link.
"""

from django.urls import reverse

from awards.models.recipient import RecipientKind
from emulation.notices import officers_of
from notifications.mail import absolute, notify
from notifications.models import Kind


def proposal_reviewed(proposal, verb, reason=""):
    link = absolute(reverse("admin:awards_proposal_change", args=[proposal.pk]))
    why = f", với lý do:\n\n{reason}" if reason else "."
    body = (
        f"Đề nghị {proposal.award_type} cho {proposal.recipient_name} ({proposal.period}) đã {verb}{why}\n\n"
        f"Xem đề nghị: {link}"
    )
    notify(kind=Kind.PROPOSAL_REVIEWED, users=officers_of(proposal.base_union_id), body=body)


def decision_names_members(decision, lines):
    """Each union whose members are among `lines` (new lines of `decision`) hears how many, once."""
    counts = {}
    for line in lines:
        if line.recipient_kind == RecipientKind.MEMBER and line.base_union_id:
            counts[line.base_union_id] = counts.get(line.base_union_id, 0) + 1
    link = absolute(reverse("awards_staff:decision_print", args=[decision.pk]))
    for union_id, count in counts.items():
        body = (
            f"{decision} của {decision.authority} khen thưởng {count} đoàn viên của công đoàn cơ sở.\n\n"
            f"Xem danh sách: {link}"
        )
        notify(kind=Kind.DECISION_NAMES_MEMBERS, users=officers_of(union_id), body=body)
