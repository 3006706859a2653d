from django.shortcuts import get_object_or_404, redirect, render
from django.utils.decorators import method_decorator
from django.views.decorators.http import require_POST
from django.views.decorators.vary import vary_on_cookie
from django.views.generic import ListView

from polls import voting
from polls.models import Poll
from unionportal.client import client_address
from unionportal.lists import PagedListMixin


@vary_on_cookie
def poll_detail(request, slug):
    """One poll: the form while this browser may vote, the results once it has voted or the poll has closed."""
    poll = get_object_or_404(Poll.objects.published(), slug=slug)
    return _poll_page(request, poll, return_to=poll.get_absolute_url())


@require_POST
def poll_vote(request, slug):
    """A vote from a poll form, wherever it was: back to that page, which then shows the results.

    A refused vote changes nothing and answers with the poll page, saying why.
    """
    poll = get_object_or_404(Poll.objects.published(), slug=slug)
    browser = voting.browser_of(request)
    return_to = voting.return_url(request, poll)
    try:
        voting.poll_vote(
            poll=poll,
            option_id=request.POST.get("option", ""),
            browser=browser,
            address=client_address(request),
        )
    except voting.VoteRefused as refusal:
        return _poll_page(request, poll, return_to=return_to, refusal=refusal)
    response = redirect(f"{return_to}#poll-{poll.pk}")
    voting.remember_browser(request, response, browser)
    return response


def _poll_page(request, poll, *, return_to, refusal=None):
    context = {
        "poll": poll,
        "ballot": voting.ballot(poll, voter=voting.voter_of(request)),
        "return_to": return_to,
        "refusal": refusal,
    }
    return render(request, "polls/poll_detail.html", context, status=refusal.status if refusal else 200)


@method_decorator(vary_on_cookie, name="dispatch")
class PollListView(PagedListMixin, ListView):
    """The poll archive: the open polls, then the closed ones with their results, last closed first."""

    paginate_by = 10

    def get_queryset(self):
        return voting.closed_polls()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        ballots = [voting.Ballot.of(poll, poll.options.all()) for poll in context["object_list"]]
        return {**context, "open_polls": Poll.objects.open(), "closed_ballots": ballots}
