import re

from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.cache import never_cache
from django.views.generic import DetailView, ListView

from news import reads
from news.models import Article, PreviewLink, Section, Tag
from unionportal import pagecache
from unionportal.lists import PagedListMixin


class ArticleListMixin(PagedListMixin):
    """The lists of articles: what readers may see, as cards, newest first.

    Past the last numbered page, "Tin cũ hơn" goes on from the last article shown (`?truoc=<its id>`),
    with pages numbered again from there: every article stays reachable, and no page skips many rows.
    """

    def get_queryset(self):
        # Built per request: published() compares with the time of the request.
        articles = Article.objects.published().cards()
        older_than = self.request.GET.get("truoc", "")
        self.older_than = int(older_than) if re.fullmatch(r"[0-9]{1,18}", older_than) else None
        return articles if self.older_than is None else articles.older_than(self.older_than)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        page = context["page_obj"]
        if self.older_than is not None:
            context["older_than"] = self.older_than
            context["page_suffix"] = f" – Tin cũ hơn{context['page_suffix']}"
        if page is not None and not page.has_next() and page.paginator.more:
            # Called by the template, so read only when the kept list ({% kept %}) is rendered afresh.
            context["older_link_from"] = lambda: page[len(page) - 1].pk
        return context


class ArticleListView(ArticleListMixin, ListView):
    """All news, newest first."""


class SectionDetailView(ArticleListMixin, ListView):
    """One section's articles; named for the section since that is what the page is."""

    template_name = "news/section_detail.html"

    def get_queryset(self):
        self.section = get_object_or_404(Section, slug=self.kwargs["slug"])
        return super().get_queryset().filter(section=self.section)

    def get_context_data(self, **kwargs):
        return super().get_context_data(section=self.section, **kwargs)


class ArticleDetailView(DetailView):
    def get_queryset(self):
        # Built per request: published() compares with the time of the request. The tags and the
        # album are read only when the kept article ({% kept %}) is rendered afresh.
        return Article.objects.published().for_reading()

    def get_object(self, queryset=None):
        """The article as readers get it, read once per change (pagecache.kept_with_pages): the same row
        for everyone in a crowd, so read from the primary, as every piece kept for everyone is."""
        slug = self.kwargs["slug"]
        article = pagecache.kept_with_pages(
            pagecache.piece_key("article", slug), lambda: self.get_queryset().filter(slug=slug).first()
        )
        if article is None:
            raise Http404("Không có bài viết này.")
        return article

    def get(self, request, *args, **kwargs):
        try:
            self.object = self.get_object()
        except Http404:
            return self.redirect_from_old_address(kwargs["slug"])
        reads.count_read(request, self.object)
        response = self.render_to_response(self.get_context_data(object=self.object))
        # The page cache counts the read again each time it serves this page.
        return pagecache.note(response, read_article=self.object.pk)

    def get_context_data(self, **kwargs):
        return super().get_context_data(**self.object.surroundings(), **kwargs)

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
        link = PreviewLink.objects.open().select_related("article__section").from_signed(signed)
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
            **article.surroundings(),
        },
    )
    response["X-Robots-Tag"] = "noindex, nofollow"
    # The address is the key: links in the draft must not carry it to other sites.
    response["Referrer-Policy"] = "no-referrer"
    return response


class TagDetailView(ArticleListMixin, ListView):
    """A tag's articles from every section, newest first."""

    template_name = "news/tag_detail.html"

    def get_queryset(self):
        self.tag = get_object_or_404(Tag, slug=self.kwargs["slug"])
        return super().get_queryset().filter(tags=self.tag)

    def get_context_data(self, **kwargs):
        return super().get_context_data(tag=self.tag, **kwargs)
