"""The site's own pages: the home page over every section, the search across every app, robots.txt."""

from django.shortcuts import redirect, render
from django.templatetags.static import static
from django.utils.functional import cached_property
from django.views.generic import ListView

from awards.models import AwardLine
from emulation.models import Campaign
from library.models import Document
from news.models import SEARCH_CANDIDATES, Article, Pin, Section
from portal.forms import SearchForm
from unionportal import pagecache
from unionportal.lists import PagedByIds, PagedListMixin
from unionportal.querysets import rows_of_each

HOME_LATEST_COUNT = 8
HOME_SECTION_COUNT = 4
SEARCH_CAMPAIGN_COUNT = 5
SEARCH_HONOUR_COUNT = 10
SEARCH_DOCUMENT_COUNT = 5


def home(request):
    """The lead story, the latest news and a block per home section (FrontPage), read only when the
    kept copy of the page's news (templates/portal/home.html) is out of date."""
    return render(request, "portal/home.html", {"front": FrontPage()})


class FrontPage:
    """What the home page shows, each part read when the template first asks for it.

    The lead is the first lead pin, else the newest featured article, else the newest; the other
    lead pins open the latest news in their order. Each home section's block is topped by its pins.
    """

    @cached_property
    def _articles(self):
        published = Article.objects.published().cards()
        lead_pins, section_pins = Pin.objects.home_articles()
        if lead_pins:
            lead, *pinned_latest = lead_pins
        else:
            lead, pinned_latest = published.filter(is_featured=True).first() or published.first(), []
        others = published.exclude(pk=lead.pk) if lead else published
        return lead, pinned_latest, others, section_pins

    @property
    def lead(self):
        return self._articles[0]

    @cached_property
    def latest(self):
        _, pinned_latest, others, _ = self._articles
        return _pinned_first(pinned_latest, others, HOME_LATEST_COUNT)

    @cached_property
    def section_blocks(self):
        lead, _, others, section_pins = self._articles
        return _section_blocks(others, section_pins, lead)


def _section_blocks(articles, pinned, lead):
    """[(section, [articles…]), …] for the home sections that have articles, pinned ones first.

    One query for all the blocks, made of a short read of the section index per home section
    (unionportal.querysets.rows_of_each): ranking every article in one query sorted the whole table
    (measured at 100,000 articles), and a query per section made the page's count grow with them.
    """
    sections = list(Section.objects.on_home())
    pins = {section.pk: [article for article in pinned.get(section.pk, []) if article != lead] for section in sections}
    parts = [
        articles.filter(section=section).exclude(pk__in=[article.pk for article in pins[section.pk]])[
            : HOME_SECTION_COUNT - len(pins[section.pk])
        ]
        for section in sections
        if len(pins[section.pk]) < HOME_SECTION_COUNT
    ]
    newest = {}
    for article in rows_of_each(Article, parts).select_related("section").defer("body", "search_vector"):
        newest.setdefault(article.section_id, []).append(article)
    blocks = []
    for section in sections:
        rows = sorted(newest.get(section.pk, []), key=_newest_first)
        block = [*pins[section.pk], *rows][:HOME_SECTION_COUNT]
        if block:
            blocks.append((section, block))
    return blocks


def _newest_first(article):
    return (-article.published_at.timestamp(), -article.pk)


def _pinned_first(pinned, articles, count):
    """Up to `count` articles: the pinned ones in their order, then the newest of `articles` not among them."""
    pinned = pinned[:count]
    if len(pinned) == count:
        return pinned
    return [*pinned, *articles.exclude(pk__in=[article.pk for article in pinned])[: count - len(pinned)]]


class SearchView(PagedListMixin, ListView):
    template_name = "portal/search.html"

    def get_queryset(self):
        form = SearchForm(self.request.GET)
        self.query, self.newest_first = form.query, form.newest_first
        # The body comes along for the excerpts, the search vector stays behind.
        articles = Article.objects.published().select_related("section").defer("search_vector")
        # Ranked once per change for each question and order: a crowd asks the same few.
        in_order = articles.search(self.query, newest_first=self.newest_first)
        return PagedByIds(in_order, rows=articles, kept_as=pagecache.piece_key("search", self.query, self.newest_first))

    def get_list_limit(self):
        return SEARCH_CANDIDATES

    def get_context_data(self, **kwargs):
        # Shown above the articles on the first page; lazy, so later pages do not query them.
        campaigns = Campaign.objects.published().search(self.query)[:SEARCH_CAMPAIGN_COUNT]
        honoured_units = AwardLine.objects.published().collectives().search(self.query).history()[:SEARCH_HONOUR_COUNT]
        documents = (
            Document.objects.published().search(self.query).select_related("issuing_body")[:SEARCH_DOCUMENT_COUNT]
        )
        return super().get_context_data(
            query=self.query,
            newest_first=self.newest_first,
            campaigns=campaigns,
            honoured_units=honoured_units,
            documents=documents,
            **kwargs,
        )


def favicon(request):
    """Browsers ask for /favicon.ico on pages without an icon link (the admin): the emblem answers."""
    return redirect(static("img/emblem.svg"), permanent=True)


def robots_txt(request):
    return render(request, "robots.txt", content_type="text/plain; charset=utf-8")
