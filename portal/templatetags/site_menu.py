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
