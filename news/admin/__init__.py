"""The newsroom's admin, by concept: articles (with review, revisions, preview links), pins, the rest."""

from news.admin import article, audit, photos, pins, sections, tags  # noqa: F401 - importing registers the admins
