from django import template

register = template.Library()


@register.filter
def page_window(page):
    """The page numbers to link around `page`: the first and last, one either side of it, "…" between.

    Django's own window (Paginator.ELLIPSIS marks a gap), for the public lists and the admin's.
    """
    return page.paginator.get_elided_page_range(page.number, on_each_side=1, on_ends=1)
