"""Where the reader is in the menu (templates/includes/menu.html)."""

from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def menu_current(context, item):
    """aria-current for a menu item on this page: "page", "true" (inside it) or ""."""
    request = context["request"]
    match = request.resolver_match
    article = context.get("article")
    section_id = getattr(article, "section_id", None)
    return item.current_state(request.path, match.app_name if match else "", section_id)


@register.simple_tag(takes_context=True)
def menu_marks(context):
    """Which items this page marks as current ("0=page,2=true,2.1=page"): what tells one kept copy
    of the menu (base.html) from another."""
    marks = []
    for number, item in enumerate(context["menu_items"]):
        children = getattr(item, "shown_children", [])
        entries = [(str(number), item), *((f"{number}.{place}", child) for place, child in enumerate(children))]
        marks += [f"{label}={state}" for label, entry in entries if (state := menu_current(context, entry))]
    return ",".join(marks)
