from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from news.models import Article, Section


class ArticleSitemap(Sitemap):
    changefreq = "weekly"
    limit = 5000

    def items(self):
        return Article.objects.published().only("slug", "updated_at").order_by("-published_at", "-id")

    def lastmod(self, article):
        return article.updated_at


class SectionSitemap(Sitemap):
    changefreq = "daily"

    def items(self):
        return Section.objects.all()


class PageSitemap(Sitemap):
    changefreq = "hourly"
    priority = 1.0

    def items(self):
        return ["news:home", "news:article_list"]

    def location(self, name):
        return reverse(name)


sitemaps = {"pages": PageSitemap, "sections": SectionSitemap, "articles": ArticleSitemap}
