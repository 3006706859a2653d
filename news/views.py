from django.shortcuts import get_object_or_404, render
from django.views.generic import DetailView, ListView

from awards.models import AwardLine
from emulation.models import Campaign
from news.models import Article, Section

HOME_LATEST_COUNT = 8
HOME_SECTION_COUNT = 4
RELATED_COUNT = 6
SEARCH_CAMPAIGN_COUNT = 5
SEARCH_HONOUR_COUNT = 10


def home(request):
    published = Article.objects.published().cards()
    lead = published.filter(is_featured=True).first() or published.first()
    others = published.exclude(pk=lead.pk) if lead else published
    return render(
        request,
        "news/home.html",
        {
            "lead": lead,
            "latest": others[:HOME_LATEST_COUNT],
            "section_blocks": _section_blocks(others),
        },
    )


def _section_blocks(articles):
    """[(section, [articles…]), …] for the home sections that have articles.

    One short query per home section: each reads a few rows from the section index, where
    ranking every article in one query sorted the whole table (measured at 100,000 articles).
    """
    blocks = [
        (section, list(articles.filter(section=section)[:HOME_SECTION_COUNT])) for section in Section.objects.on_home()
    ]
    return [(section, block) for section, block in blocks if block]


class ArticleListView(ListView):
    """All news, newest first."""

    queryset = Article.objects.published().cards()
    paginate_by = 12


class SectionDetailView(ListView):
    """One section's articles; named for the section since that is what the page is."""

    template_name = "news/section_detail.html"
    paginate_by = 12

    def get_queryset(self):
        self.section = get_object_or_404(Section, slug=self.kwargs["slug"])
        return Article.objects.published().cards().filter(section=self.section)

    def get_context_data(self, **kwargs):
        return super().get_context_data(section=self.section, **kwargs)


class ArticleDetailView(DetailView):
    queryset = Article.objects.published().select_related("section")

    def get_context_data(self, **kwargs):
        return super().get_context_data(**article_page_context(self.object), **kwargs)


def article_page_context(article):
    """What surrounds an article: "Tin khác" from its section and the newest news.

    Shared by the public page and the staff preview so a preview shows the real page.
    """
    published = Article.objects.published().cards().exclude(pk=article.pk)
    return {
        "other_articles": published.filter(section=article.section_id)[:RELATED_COUNT],
        "newest_articles": published[:RELATED_COUNT],
    }


class SearchView(ListView):
    template_name = "news/search.html"
    paginate_by = 12

    def get_queryset(self):
        self.query = self.request.GET.get("q", "").strip()[:200]
        return Article.objects.published().cards().search(self.query)

    def get_context_data(self, **kwargs):
        # Shown above the articles on the first page; lazy, so later pages do not query them.
        campaigns = Campaign.objects.public().search(self.query)[:SEARCH_CAMPAIGN_COUNT]
        honoured_units = AwardLine.objects.public().collectives().search(self.query).history()[:SEARCH_HONOUR_COUNT]
        return super().get_context_data(query=self.query, campaigns=campaigns, honoured_units=honoured_units, **kwargs)


def robots_txt(request):
    return render(request, "robots.txt", content_type="text/plain; charset=utf-8")
