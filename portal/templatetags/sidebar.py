"""The side column's poll and quick links, from the chrome (portal/chrome.py), so that no view has to fetch them."""

from django import template
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from polls import voting
from unionportal import pagecache

register = template.Library()


@register.simple_tag(takes_context=True)
def poll_box(context, exclude=None):
    """The side column's "Thăm dò ý kiến": the current poll as this browser sees it, a form or the results.

    `exclude` is the poll a page already shows in full. A browser that has not voted gets the box
    everyone gets, which names the page to come back to after voting: kept for each page until the
    next change (unionportal.pagecache.kept_with_pages), like the rest of the chrome. A voter's
    results are their own (one query), and their voter cookie keeps the page out of every shared
    cache (unionportal.pagecache, nginx). The form carries no CSRF token, so pages set no cookie.
    """
    request = context.get("request")
    voter = voting.voter_of(request) if request else None
    # Not the address of a form's answer, which cannot be reloaded: then the poll's own page.
    return_to = request.get_full_path() if request and request.method == "GET" else None

    def render():
        ballot = context["chrome"].side_ballot(voter=voter)
        if ballot is None or (exclude and ballot.poll.pk == getattr(exclude, "pk", None)):
            return ""
        return render_to_string(
            "includes/poll.html", {"ballot": ballot, "return_to": return_to or ballot.poll.get_absolute_url()}
        )

    if voter:
        return mark_safe(render())  # noqa: S308 - rendered and escaped by the template engine
    key = pagecache.piece_key("kept:poll-box", getattr(exclude, "pk", ""), return_to)
    return mark_safe(pagecache.kept_with_pages(key, render))  # noqa: S308 - as above


@register.inclusion_tag("includes/quick_links.html", takes_context=True)
def quick_links(context):
    """The side column's "Liên kết": partner sites and services, as staff list them in the admin."""
    return {"links": context["chrome"].quick_links}
