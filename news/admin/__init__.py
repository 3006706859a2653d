"""The newsroom's admin, by concept: articles (with review, revisions, preview links), curation, the rest."""

from news.admin import article, audit, curation, site  # noqa: F401 - importing registers the admins
