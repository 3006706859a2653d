"""The side column's poll and quick links, from the chrome (portal/chrome.py), so that no view has to fetch them."""

from django import template

from polls import voting

register = template.Library()


@register.inclusion_tag("includes/poll.html", takes_context=True)
def poll_box(context, exclude=None):
    """The side column's "Thăm dò ý kiến": the current poll as this browser sees it, a form or the results.

    No query for a browser that has not voted; one for a voter's results. `exclude` is the poll a
    page already shows in full.
    """
    request = context.get("request")
    ballot = context["chrome"].side_ballot(voter=voting.voter_of(request) if request else None)
    if ballot is None or (exclude and ballot.poll.pk == getattr(exclude, "pk", None)):
        return {"ballot": None}
    return_to = ballot.poll.get_absolute_url()
    # The box differs only for a browser that has voted: its voter cookie keeps it out of every shared
    # cache (unionportal.pagecache, nginx). The form carries no CSRF token, so pages set no cookie.
    if request and request.method == "GET":  # not the address of a form's answer, which cannot be reloaded
        return_to = request.get_full_path()
    return {"ballot": ballot, "return_to": return_to}


@register.inclusion_tag("includes/quick_links.html", takes_context=True)
def quick_links(context):
    """The side column's "Liên kết": partner sites and services, as staff list them in the admin."""
    return {"links": context["chrome"].quick_links}
