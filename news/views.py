from django.db.models import Count, Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.templatetags.static import static
from django.utils.decorators import method_decorator
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from django.views.decorators.vary import vary_on_cookie
from django.views.generic import DetailView, ListView

from awards.models import AwardLine
from emulation.models import Campaign
from news import polls, reads
from news.forms import DocumentFilterForm
from news.models import Album, AlbumPhoto, Article, Document, Pin, Poll, PreviewLink, Section, Tag
from unionportal.client import client_address
from unionportal.images import fitted_size, upright_size

HOME_LATEST_COUNT = 8
HOME_SECTION_COUNT = 4
RELATED_COUNT = 6
SEARCH_CAMPAIGN_COUNT = 5
SEARCH_HONOUR_COUNT = 10
SEARCH_DOCUMENT_COUNT = 5


def home(request):
    """The lead story, the latest news and a block per home section, each topped by the publishers' pins.

    The lead is the first lead pin, else the newest featured article, else the newest; the other
    lead pins open the latest news in their order.
    """
    published = Article.objects.published().cards()
    lead_pins, section_pins = Pin.objects.home_articles()
    if lead_pins:
        lead, *pinned_latest = lead_pins
    else:
        lead, pinned_latest = published.filter(is_featured=True).first() or published.first(), []
    others = published.exclude(pk=lead.pk) if lead else published
    return render(
        request,
        "news/home.html",
        {
            "lead": lead,
            "latest": _pinned_first(pinned_latest, others, HOME_LATEST_COUNT),
            "section_blocks": _section_blocks(others, section_pins, lead),
        },
    )


def _section_blocks(articles, pinned, lead):
    """[(section, [articles…]), …] for the home sections that have articles, pinned ones first.

    One short query per home section: each reads a few rows from the section index, where
    ranking every article in one query sorted the whole table (measured at 100,000 articles).
    """
    blocks = []
    for section in Section.objects.on_home():
        section_pins = [article for article in pinned.get(section.pk, []) if article != lead]
        block = _pinned_first(section_pins, articles.filter(section=section), HOME_SECTION_COUNT)
        if block:
            blocks.append((section, block))
    return blocks


def _pinned_first(pinned, articles, count):
    """Up to `count` articles: the pinned ones in their order, then the newest of `articles` not among them."""
    pinned = pinned[:count]
    if len(pinned) == count:
        return pinned
    return [*pinned, *articles.exclude(pk__in=[article.pk for article in pinned])[: count - len(pinned)]]


class ArticleListView(ListView):
    """All news, newest first."""

    paginate_by = 12

    def get_queryset(self):
        # Built per request: published() compares with the time of the request.
        return Article.objects.published().cards()


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
    def get_queryset(self):
        # Built per request: published() compares with the time of the request.
        return (
            Article.objects.published()
            .select_related("section", "album")
            .prefetch_related("tags")
            .with_album_photo_count()
        )

    def get(self, request, *args, **kwargs):
        try:
            self.object = self.get_object()
        except Http404:
            return self.redirect_from_old_address(kwargs["slug"])
        reads.count_read(request, self.object)
        return self.render_to_response(self.get_context_data(object=self.object))

    def get_context_data(self, **kwargs):
        return super().get_context_data(**article_page_context(self.object), **kwargs)

    def redirect_from_old_address(self, slug):
        """A slug the article had before it was renamed answers with a permanent redirect.

        Looked up only when no article has the slug, so the article page pays nothing for it;
        an article that readers cannot see stays hidden behind its old addresses too.
        """
        article = get_object_or_404(Article.objects.published().only("slug"), old_addresses__old_slug=slug)
        return redirect(article, permanent=True)


@never_cache
def preview_link(request, signed):
    """A draft as readers will see it, for a reviewer without an account who was sent the link.

    Never cached (private, no-store) nor indexed; once the article is public the link leads to it.
    """
    try:
        link = PreviewLink.objects.valid().select_related("article__section").from_signed(signed)
    except PreviewLink.DoesNotExist:
        raise Http404("Liên kết xem trước không tồn tại, đã hết hạn hoặc đã bị thu hồi.") from None
    article = link.article
    if article.is_public:
        return redirect(article)
    response = render(
        request,
        "news/article_detail.html",
        {
            "article": article,
            "object": article,
            "is_preview": True,
            "preview_link": link,
            **article_page_context(article),
        },
    )
    response["X-Robots-Tag"] = "noindex, nofollow"
    # The address is the key: links in the draft must not carry it to other sites.
    response["Referrer-Policy"] = "no-referrer"
    return response


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
        documents = Document.objects.public().search(self.query)[:SEARCH_DOCUMENT_COUNT]
        return super().get_context_data(
            query=self.query, campaigns=campaigns, honoured_units=honoured_units, documents=documents, **kwargs
        )


def favicon(request):
    """Browsers ask for /favicon.ico on pages without an icon link (the admin): the emblem answers."""
    return redirect(static("img/emblem.svg"), permanent=True)


def robots_txt(request):
    return render(request, "robots.txt", content_type="text/plain; charset=utf-8")


# Reader features: pages per tag and photo albums.

ALBUM_ARTICLE_COUNT = 6
# The width of AlbumPhoto.large, for the size the photo page reserves before the photo loads.
ALBUM_LARGE_WIDTH = 1600


class TagDetailView(ListView):
    """A tag's articles from every section, newest first."""

    template_name = "news/tag_detail.html"
    paginate_by = 12

    def get_queryset(self):
        self.tag = get_object_or_404(Tag, slug=self.kwargs["slug"])
        return Article.objects.published().cards().filter(tags=self.tag)

    def get_context_data(self, **kwargs):
        return super().get_context_data(tag=self.tag, **kwargs)


class AlbumListView(ListView):
    """Published albums that have photos, newest event first, each shown by its first photo."""

    template_name = "news/album_list.html"
    paginate_by = 12
    queryset = (
        Album.objects.published()
        .annotate(photo_count=Count("photos"))
        .filter(photo_count__gt=0)
        .order_by(*Album._meta.ordering)  # a grouped query does not apply Meta.ordering by itself
        .prefetch_related(Prefetch("photos", queryset=AlbumPhoto.objects.all()[:1], to_attr="covers"))
    )


class AlbumDetailView(DetailView):
    """The album's photos as a gallery, and the articles that link to it."""

    queryset = Album.objects.published().prefetch_related("photos")

    def get_context_data(self, **kwargs):
        articles = Article.objects.published().cards().filter(album=self.object)[:ALBUM_ARTICLE_COUNT]
        return super().get_context_data(album_articles=articles, **kwargs)


class AlbumPhotoView(DetailView):
    """One photo of an album, large, with links to the photos before and after it: how the
    album is viewed without JavaScript, and an address for each photo."""

    queryset = Album.objects.published()
    template_name = "news/album_photo.html"

    def get_context_data(self, **kwargs):
        position = self.kwargs["position"]
        photo, has_previous, has_next = self.object.photo_at(position)
        if photo is None:
            raise Http404("Album không có ảnh này.")
        return super().get_context_data(
            photo=photo,
            position=position,
            photo_count=self.object.photos.count(),
            previous_position=position - 1 if has_previous else None,
            next_position=position + 1 if has_next else None,
            photo_size=fitted_size(*upright_size(photo.image), ALBUM_LARGE_WIDTH),
            **kwargs,
        )


@vary_on_cookie
def poll_detail(request, slug):
    """One poll: the form while this browser may vote, the results once it has voted or the poll has closed."""
    poll = get_object_or_404(Poll.objects.started(), slug=slug)
    return _poll_page(request, poll, return_to=poll.get_absolute_url())


@require_POST
def poll_vote(request, slug):
    """A vote from a poll form, wherever it was: back to that page, which then shows the results.

    A refused vote changes nothing and answers with the poll page, saying why.
    """
    poll = get_object_or_404(Poll.objects.started(), slug=slug)
    browser = polls.browser_of(request)
    return_to = polls.return_url(request, poll)
    try:
        polls.poll_vote(
            poll=poll,
            option_id=request.POST.get("option", ""),
            browser=browser,
            address=client_address(request),
        )
    except polls.VoteRefused as refusal:
        return _poll_page(request, poll, return_to=return_to, refusal=refusal)
    response = redirect(f"{return_to}#poll-{poll.pk}")
    polls.remember_browser(request, response, browser)
    return response


def _poll_page(request, poll, *, return_to, refusal=None):
    context = {
        "poll": poll,
        "ballot": polls.ballot(poll, voter=polls.voter_of(request)),
        "return_to": return_to,
        "refusal": refusal,
    }
    return render(request, "news/poll_detail.html", context, status=refusal.status if refusal else 200)


@method_decorator(vary_on_cookie, name="dispatch")
class PollListView(ListView):
    """The poll archive: the open polls, then the closed ones with their results, last closed first."""

    template_name = "news/poll_list.html"
    paginate_by = 10

    def get_queryset(self):
        return polls.closed_polls()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        ballots = [polls.Ballot.of(poll, poll.options.all()) for poll in context["object_list"]]
        return {**context, "open_polls": Poll.objects.open(), "closed_ballots": ballots}


# Reader features: the documents library ("Văn bản").


class DocumentListView(ListView):
    """The union's public documents, newest first, searched and filtered from the query string."""

    paginate_by = 20

    def get_queryset(self):
        documents = Document.objects.public()
        self.form = DocumentFilterForm(self.request.GET, documents=documents)
        return self.form.filter(documents)

    def get_context_data(self, **kwargs):
        return super().get_context_data(form=self.form, **kwargs)


class DocumentDetailView(DetailView):
    """A document's number, date, issuing body and summary, with its file to download."""

    queryset = Document.objects.public().select_related("campaign")
