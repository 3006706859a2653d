"""The sitemap index of the whole portal: every app's sitemaps, and the pages that are not a row of any."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from albums.sitemaps import AlbumSitemap
from awards.sitemaps import HonourRollSitemap
from emulation.sitemaps import CampaignSitemap
from library.sitemaps import DocumentSitemap
from news.sitemaps import ArticleSitemap, SectionSitemap, TagSitemap
from polls.sitemaps import PollSitemap


class PageSitemap(Sitemap):
    changefreq = "hourly"
    limit = 1000
    priority = 1.0

    def items(self):
        return [
            "portal:home",
            "news:article_list",
            "library:document_list",
            "albums:album_list",
            "polls:poll_list",
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
