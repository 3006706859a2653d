from .article import Article, ArticleQuerySet
from .editorial import ArticleRedirect, AuditEntry, Pin, PreviewLink
from .photo import Photo
from .running_line import Anniversary, Announcement
from .section import Section
from .site_settings import SiteSettings
from .slide import Slide

__all__ = [
    "Anniversary",
    "Announcement",
    "Article",
    "ArticleQuerySet",
    "ArticleRedirect",
    "AuditEntry",
    "Pin",
    "PreviewLink",
    "Photo",
    "Section",
    "SiteSettings",
    "Slide",
]
