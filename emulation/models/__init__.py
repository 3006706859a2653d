from .campaign import Campaign, CampaignDocument, CampaignQuerySet, Criterion
from .initiative import Initiative
from .period import Period
from .registration import Registration

__all__ = [
    "Campaign",
    "CampaignDocument",
    "CampaignQuerySet",
    "Criterion",
    "Initiative",
    "Period",
    "Registration",
]
