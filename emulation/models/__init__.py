from .campaign import Campaign, CampaignQuerySet, Criterion
from .initiative import Initiative
from .period import Period
from .registration import Registration

__all__ = [
    "Campaign",
    "CampaignQuerySet",
    "Criterion",
    "Initiative",
    "Period",
    "Registration",
]
