from awards.models.authority import Authority
from awards.models.award_type import AwardType
from awards.models.decision import AwardLine, Decision
from awards.models.eligibility import EligibilityRule, Requirement
from awards.models.print_layout import PrintLayout
from awards.models.proposal import Proposal, ProposalStep
from awards.models.recipient import RecipientKind

__all__ = [
    "Authority",
    "AwardLine",
    "AwardType",
    "Decision",
    "EligibilityRule",
    "PrintLayout",
    "Proposal",
    "ProposalStep",
    "RecipientKind",
    "Requirement",
]
