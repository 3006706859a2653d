from django.shortcuts import get_object_or_404, redirect, render
from django.utils.decorators import method_decorator
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from django.views.decorators.vary import vary_on_cookie
from django.views.generic import ListView

from polls import voting
from polls.models import Poll
from unionportal.client import client_address
from unionportal.lists import PagedListMixin
from unionportal.security import is_same_origin


@vary_on_cookie
def poll_detail(request, slug):
    """One poll: the form while this browser may vote, the results once it has voted or the poll has closed."""
    poll = get_object_or_404(Poll.objects.published(), slug=slug)
    return _poll_page(request, poll, return_to=poll.get_absolute_url())


@csrf_exempt
@require_POST
def poll_vote(request, slug):
    """A vote from a poll form, wherever it was: back to that page, which then shows the results.

    A refused vote changes nothing and answers with the poll page, saying why.

    No CSRF token: one in the form would put a CSRF cookie on every page that shows the poll, and
    no shared cache could keep those pages. A vote sent from another site is refused by its
    Origin instead; the voter cookie is SameSite=Lax and each address has its limit of votes.
    """
    poll = get_object_or_404(Poll.objects.published(), slug=slug)
    browser = voting.browser_of(request)
    return_to = voting.return_url(request, poll)
    try:
        if not is_same_origin(request):
            raise voting.CrossSiteVote(
                "Phiếu biểu quyết không được gửi từ trang của cổng thông tin nên không được tính. "
                "Vui lòng biểu quyết ngay trên trang này."
            )
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
