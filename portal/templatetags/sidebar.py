"""The side column's quick links, so that no view has to fetch them."""

from django import template

from portal.models import QuickLink

register = template.Library()


@register.inclusion_tag("includes/quick_links.html")
def quick_links():
    """The side column's "Liên kết": partner sites and services, as staff list them in the admin. One query."""
    return {"links": QuickLink.objects.published()}
