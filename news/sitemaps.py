from django.contrib.sitemaps import Sitemap
from django.db.models import Max
from django.urls import reverse

from awards.sitemaps import HonourRollSitemap
from emulation.sitemaps import CampaignSitemap
from news.models import Article, Section


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


class PageSitemap(Sitemap):
    changefreq = "hourly"
    priority = 1.0

    def items(self):
        return ["news:home", "news:article_list", "emulation:campaign_list", "awards:index"]

    def location(self, name):
        return reverse(name)


# The whole site's sitemaps: the news, and the campaigns and honour rolls it reports on.
sitemaps = {
    "pages": PageSitemap,
    "sections": SectionSitemap,
    "articles": ArticleSitemap,
    "campaigns": CampaignSitemap,
    "honour-roll": HonourRollSitemap,
}
