"""The form of a poll's ballot (the side column's box is portal/templatetags/sidebar.py)."""

from django import template

from polls.forms import BallotForm

register = template.Library()


@register.simple_tag
def ballot_form(ballot, return_to, question_shown=False):
    """The form of `ballot`, for a page that shows it (includes/poll_ballot.html)."""
    return BallotForm(ballot=ballot, return_to=return_to, question_shown=question_shown)
