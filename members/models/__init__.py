from .care import Support, format_dong
from .export_log import ExportLog
from .member import Member
from .officer import Officer
from .scoping import managed_union_id, sees_all_unions
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
    "format_dong",
    "managed_union_id",
    "sees_all_unions",
]
