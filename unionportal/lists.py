"""What the public lists share, said once (as djangoproject.com's BlogViewMixin does)."""

from django.core.paginator import Paginator
from django.utils.functional import cached_property

# How many pages a list numbers: counting and skipping stay cheap however many rows there are.
MAX_PAGES = 100


class CappedPaginator(Paginator):
    """Counts no further than `limit` items, so pages no further; `more` says that there were more.

    Counting 20,000 articles of a section read them all; counting to 1,201 reads that many index entries,
    and no page skips more than `limit` rows.
    """

    def __init__(self, object_list, per_page, *, limit, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self.limit = limit

    @cached_property
    def found(self):
        """How many items there are, up to `limit` + 1."""
        return self.object_list[: self.limit + 1].count()

    @cached_property
    def count(self):
        return min(self.found, self.limit)

    @property
    def more(self):
        return self.found > self.limit


class PagedListMixin:
    """Twelve to a page unless a list says otherwise, MAX_PAGES pages at most, and "Trang N" in the title from page 2.

    Templates write `{% block title %}Tin tức{{ page_suffix }} – …{% endblock %}`, so that page 2 of a
    list is not a second page called the same as the first.
    """

    paginate_by = 12
    paginator_class = CappedPaginator

    def get_paginator(self, queryset, per_page, **kwargs):
        return super().get_paginator(queryset, per_page, limit=self.get_list_limit(), **kwargs)

    def get_list_limit(self):
        """How many items the list shows at most."""
        return self.paginate_by * MAX_PAGES

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        page = context.get("page_obj")
        context["page_suffix"] = f" – Trang {page.number}" if page and page.number > 1 else ""
        return context
