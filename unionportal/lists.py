"""What the public lists share, said once (as djangoproject.com's BlogViewMixin does)."""


class PagedListMixin:
    """Twelve to a page unless a list says otherwise, and the page's number in its title from page 2 on.

    Templates write `{% block title %}Tin tức{{ page_suffix }} – …{% endblock %}`, so that page 2 of a
    list is not a second page called the same as the first.
    """

    paginate_by = 12

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        page = context.get("page_obj")
        context["page_suffix"] = f" – Trang {page.number}" if page and page.number > 1 else ""
        return context
