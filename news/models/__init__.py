from .article import Article, ArticleQuerySet
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
    "Photo",
    "Section",
    "SiteSettings",
    "Slide",
]
