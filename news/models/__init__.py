from .article import SEARCH_CANDIDATES, Article, ArticleQuerySet
from .editorial import ArticleRedirect, AuditEntry, Pin, PreviewLink
from .photo import Photo
from .reads import ReadCount
from .section import Section
from .tag import Tag

__all__ = [
    "SEARCH_CANDIDATES",
    "Article",
    "ArticleQuerySet",
    "ArticleRedirect",
    "AuditEntry",
    "Pin",
    "PreviewLink",
    "Photo",
    "ReadCount",
    "Section",
    "Tag",
]
