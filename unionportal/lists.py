"""What the public lists share, said once (as djangoproject.com's BlogViewMixin does)."""

from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.utils.functional import SimpleLazyObject, cached_property

from unionportal import pagecache

# How many pages a list numbers: counting and skipping stay cheap however many rows there are.
MAX_PAGES = 100


class CappedPaginator(Paginator):
    """Counts no further than `limit` items, so pages no further; `more` says that there were more.

    Counting 20,000 articles of a section read them all; counting to 1,201 reads that many index entries,
    and no page skips more than `limit` rows.
    """

    def __init__(self, object_list, per_page, *, limit, kept_as=None, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self.limit, self.kept_as = limit, kept_as

    @cached_property
    def found(self):
        """How many items there are, up to `limit` + 1; with `kept_as`, counted once per change and kept
        under that key (unionportal.pagecache.kept_with_pages), as every reader of the list counts the same."""
        if self.kept_as is None:
            return self.count_found()
        return pagecache.kept_with_pages(self.kept_as, self.count_found)

    def count_found(self):
        if not isinstance(self.object_list, QuerySet):
            return self.object_list.count()
        # Unordered: any limit + 1 rows count the same, and what is computed only for the order is left out.
        return self.object_list.order_by().values("pk")[: self.limit + 1].count()

    @cached_property
    def count(self):
        return min(self.found, self.limit)

    @property
    def more(self):
        return self.found > self.limit


class PagedByIds:
    """A list whose order is costly to work out (search ranks), paged with one query for the order.

    `in_order` gives the ids in their order once; each page's rows then come from `rows` by id. Paging the
    queryset itself would work the order out twice: once to count, once for the page.
    """

    ordered = True  # what Django's Paginator asks of a list before paging it

    def __init__(self, in_order, rows, *, kept_as=None):
        self.in_order, self.rows, self.kept_as = in_order, rows, kept_as

    @cached_property
    def ids(self):
        """The ids in order; with `kept_as`, worked out once per change and kept under that key
        (unionportal.pagecache.kept_with_pages), as every reader asking the same gets the same."""
        if self.kept_as is None:
            return self.read_ids()
        return pagecache.kept_with_pages(self.kept_as, self.read_ids)

    def read_ids(self):
        return list(self.in_order.values_list("pk", flat=True))

    def count(self):
        return len(self.ids)

    def __len__(self):
        return len(self.ids)

    def __getitem__(self, index):
        """The rows of a page, read when first used: a kept page of results ({% kept %}) needs none."""
        return SimpleLazyObject(lambda: self.rows_of(self.ids[index]))

    def rows_of(self, ids):
        found = self.rows.in_bulk(ids) if ids else {}
        return [found[pk] for pk in ids if pk in found]


class PagedListMixin:
    """Twelve to a page unless a list says otherwise, MAX_PAGES pages at most, and "Trang N" in the title from page 2.

    Templates write `{% block title %}Tin tức{{ page_suffix }} – …{% endblock %}`, so that page 2 of a
    list is not a second page called the same as the first.
    """

    paginate_by = 12
    paginator_class = CappedPaginator

    def get_paginator(self, queryset, per_page, **kwargs):
        return super().get_paginator(
            queryset, per_page, limit=self.get_list_limit(), kept_as=self.count_key(), **kwargs
        )

    def count_key(self):
        """The list's count is the same on each of its pages: its address and its filters, but not the page."""
        query = sorted((name, value) for name, value in self.request.GET.lists() if name != self.page_kwarg)
        return pagecache.piece_key("count", self.request.path, query)

    def get_list_limit(self):
        """How many items the list shows at most."""
        return self.paginate_by * MAX_PAGES

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        page = context.get("page_obj")
        context["page_suffix"] = f" – Trang {page.number}" if page is not None and page.number > 1 else ""
        return context
