from django.contrib.sitemaps import Sitemap
from django.db.models import Max
from django.urls import reverse

from awards.sitemaps import HonourRollSitemap
from emulation.sitemaps import CampaignSitemap
from news.models import Album, Article, Document, Poll, Section, Tag


class ArticleSitemap(Sitemap):
    changefreq = "weekly"
    limit = 5000

    def items(self):
        return Article.objects.published().only("slug", "updated_at").order_by("-published_at", "-id")

    def lastmod(self, article):
        return article.updated_at

    def get_latest_lastmod(self):
        # Django's default takes the maximum in Python over every article.
        return self.items().aggregate(latest=Max("updated_at"))["latest"]


class SectionSitemap(Sitemap):
    changefreq = "daily"

    def items(self):
        return Section.objects.all()


class AlbumSitemap(Sitemap):
    changefreq = "monthly"

    def items(self):
        return Album.objects.published().order_by("-id")


class DocumentSitemap(Sitemap):
    changefreq = "monthly"
    limit = 5000

    def items(self):
        return Document.objects.public().order_by("-id")


class TagSitemap(Sitemap):
    changefreq = "weekly"

    def items(self):
        return Tag.objects.filter(articles__in=Article.objects.published()).distinct().order_by("name")


class PollSitemap(Sitemap):
    changefreq = "daily"

    def items(self):
        return Poll.objects.started().order_by("-id")


class PageSitemap(Sitemap):
    changefreq = "hourly"
    priority = 1.0

    def items(self):
        return [
            "news:home",
            "news:article_list",
            "news:document_list",
            "news:album_list",
            "news:poll_list",
            "emulation:campaign_list",
            "awards:index",
        ]

    def location(self, name):
        return reverse(name)


# The whole site's sitemaps: the news and what goes with it, and the campaigns and honour rolls it reports on.
sitemaps = {
    "pages": PageSitemap,
    "sections": SectionSitemap,
    "articles": ArticleSitemap,
    "documents": DocumentSitemap,
    "albums": AlbumSitemap,
    "tags": TagSitemap,
    "polls": PollSitemap,
    "campaigns": CampaignSitemap,
    "honour-roll": HonourRollSitemap,
}
