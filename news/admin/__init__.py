"""The newsroom's admin, by concept: articles (with review, revisions, preview links), curation, the rest."""

from news.admin import albums, article, audit, curation, documents, polls, site, tags  # noqa: F401 - importing registers the admins
