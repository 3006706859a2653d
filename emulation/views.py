from django.views.generic import DetailView, ListView

from awards.models import AwardLine
from emulation.models import Campaign

ARTICLE_COUNT = 10


class CampaignListView(ListView):
    """Public campaigns, the running ones first."""

    queryset = Campaign.objects.public().running_first()
    paginate_by = 12


class CampaignDetailView(DetailView):
    queryset = Campaign.objects.public().prefetch_related("criteria", "periods")

    def get_context_data(self, **kwargs):
        articles = self.object.articles.published().cards()[:ARTICLE_COUNT]
        has_honour_roll = AwardLine.objects.public().of_campaign(self.object).exists()
        # The campaign's papers live in the news library (news.Document, related_name "documents").
        documents = self.object.documents.public().order_by("issued_on", "id")
        return super().get_context_data(
            articles=articles, has_honour_roll=has_honour_roll, documents=documents, **kwargs
        )
