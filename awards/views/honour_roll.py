"""The public honour roll: who was commended in each public campaign, per period."""

from django.core.paginator import InvalidPage, Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.views.generic import DetailView, ListView

from awards.models import AwardLine
from emulation.models import Campaign

# Lines on a page of the honour roll: a period of thousands at the end of a year is read page by page,
# about 40 KB a page rather than half a megabyte.
LINES_PER_PAGE = 300


class HonourRollIndexView(ListView):
    """The public campaigns that have an honour roll, with how many were honoured in each."""

    template_name = "awards/honour_roll_index.html"
    context_object_name = "campaigns"

    def get_queryset(self):
        return AwardLine.objects.published().campaigns()


class CampaignHonourRollView(DetailView):
    """Everyone honoured in a campaign, period by period."""

    queryset = Campaign.objects.published()
    template_name = "awards/honour_roll.html"
    context_object_name = "campaign"
    period = None

    def get_context_data(self, **kwargs):
        lines = AwardLine.objects.published().of_campaign(self.object)
        shown = lines.of_period(self.period) if self.period else lines
        page = page_of(Paginator(shown.honour_roll(), LINES_PER_PAGE), self.request.GET.get("page"))
        return super().get_context_data(
            period=self.period,
            periods=lines.periods(),
            page_obj=page,
            page_suffix=f" – Trang {page.number}" if page.number > 1 else "",
            **kwargs,
        )


def page_of(paginator, number):
    try:
        return paginator.page(number or 1)
    except InvalidPage:
        raise Http404("Không có trang này.") from None


class PeriodHonourRollView(CampaignHonourRollView):
    """Everyone honoured in one period of a campaign."""

    def get_object(self, queryset=None):
        campaign = super().get_object(queryset)
        self.period = get_object_or_404(campaign.periods, pk=self.kwargs["period_pk"])
        return campaign
