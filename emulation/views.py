from django.views.generic import DetailView, ListView

from emulation.models import Campaign

ARTICLE_COUNT = 10


class CampaignListView(ListView):
    """Public campaigns, the running ones first."""

    queryset = Campaign.objects.public().running_first()
    paginate_by = 12


class CampaignDetailView(DetailView):
    queryset = Campaign.objects.public().prefetch_related("criteria", "periods", "documents")

    def get_context_data(self, **kwargs):
        articles = self.object.articles.published().cards()[:ARTICLE_COUNT]
        return super().get_context_data(articles=articles, **kwargs)
