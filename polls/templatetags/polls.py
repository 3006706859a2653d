"""The side column's poll, so that no view has to fetch it, and the form of a poll's ballot."""

from django import template
from django.middleware.csrf import get_token

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
    if request:
        # The box differs from one browser to the next. Asking for the CSRF token (needed by
        # the form anyway) makes the CSRF middleware mark the response "Vary: Cookie", so no
        # shared cache hands one reader's box to another, whichever way the box is shown.
        get_token(request)
        if request.method == "GET":  # not the address of a form's answer, which cannot be reloaded
            return_to = request.get_full_path()
    return {"ballot": ballot, "return_to": return_to}


@register.simple_tag
def ballot_form(ballot, return_to, question_shown=False):
    """The form of `ballot`, for a page that shows it (includes/poll_ballot.html)."""
    return BallotForm(ballot=ballot, return_to=return_to, question_shown=question_shown)
