from .album import Album, AlbumPhoto
from .article import Article, ArticleQuerySet
from .document import Document, DocumentQuerySet
from .editorial import ArticleRedirect, AuditEntry, Pin, PreviewLink
from .photo import Photo
from .poll import Poll, PollOption, PollVote
from .quick_link import QuickLink
from .reads import ReadCount
from .running_line import Anniversary, Announcement
from .section import Section
from .site_settings import SiteSettings
from .slide import Slide
from .tag import Tag

__all__ = [
    "Album",
    "AlbumPhoto",
    "Anniversary",
    "Announcement",
    "Article",
    "ArticleQuerySet",
    "ArticleRedirect",
    "AuditEntry",
    "Document",
    "DocumentQuerySet",
    "Pin",
    "PreviewLink",
    "Photo",
    "Poll",
    "PollOption",
    "PollVote",
    "QuickLink",
    "ReadCount",
    "Section",
    "SiteSettings",
    "Slide",
    "Tag",
]
