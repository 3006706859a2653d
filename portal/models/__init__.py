from .menu import MenuItem
from .quick_link import QuickLink
from .running_line import Anniversary, Announcement
from .site_settings import SiteSettings
from .slide import Slide

__all__ = ["Anniversary", "Announcement", "MenuItem", "QuickLink", "SiteSettings", "Slide"]
