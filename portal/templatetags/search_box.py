"""The site's search box, built where a template draws it (includes/search_form.html)."""

from django import template

from portal.forms import SearchForm

register = template.Library()


@register.simple_tag
def search_form(prefix, query=""):
    """The box's form showing `query`; its field's id starts with `prefix`, so that two boxes on a page differ."""
    return SearchForm(initial={"q": query}, auto_id=f"{prefix}-%s")
