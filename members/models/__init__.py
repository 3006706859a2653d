from .care import Support
from .export_log import ExportLog
from .member import Member
from .officer import Officer
from .transfer import Transfer
from .union import BaseUnion, UnionGroup

__all__ = [
    "BaseUnion",
    "ExportLog",
    "Member",
    "Officer",
    "Support",
    "Transfer",
    "UnionGroup",
]
