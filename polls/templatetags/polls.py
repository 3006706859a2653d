"""The side column's poll, so that no view has to fetch it, and the form of a poll's ballot."""

from django import template

from polls import voting
from polls.forms import BallotForm

register = template.Library()


@register.inclusion_tag("includes/poll.html", takes_context=True)
def poll_box(context, exclude=None):
    """The side column's "Thăm dò ý kiến": the current poll as this browser sees it, a form or the results.

    One query. `exclude` is the poll a page already shows in full.
    """
    request = context.get("request")
    ballot = voting.side_column_ballot(voter=voting.voter_of(request) if request else None)
    if ballot is None or (exclude and ballot.poll.pk == getattr(exclude, "pk", None)):
        return {"ballot": None}
    return_to = ballot.poll.get_absolute_url()
    # The box differs only for a browser that has voted: its voter cookie keeps it out of every shared
    # cache (unionportal.pagecache, nginx). The form carries no CSRF token, so pages set no cookie.
    if request and request.method == "GET":  # not the address of a form's answer, which cannot be reloaded
        return_to = request.get_full_path()
    return {"ballot": ballot, "return_to": return_to}


@register.simple_tag
def ballot_form(ballot, return_to, question_shown=False):
    """The form of `ballot`, for a page that shows it (includes/poll_ballot.html)."""
    return BallotForm(ballot=ballot, return_to=return_to, question_shown=question_shown)
