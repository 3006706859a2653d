from django.views.generic import DetailView, ListView

from emulation.models import Campaign
from unionportal.lists import PagedListMixin
from unionportal.pages import parts_of


class CampaignListView(PagedListMixin, ListView):
    """Public campaigns, the running ones first."""

    queryset = Campaign.objects.published().running_first()


class CampaignDetailView(DetailView):
    """A campaign, its criteria and periods; the site adds its news, documents and honour roll (portal/pages.py)."""

    queryset = Campaign.objects.published().prefetch_related("criteria", "periods")

    def get_context_data(self, **kwargs):
        return super().get_context_data(**parts_of("campaign", self.object), **kwargs)
