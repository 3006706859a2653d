from django.contrib.sitemaps import Sitemap

from emulation.models import Campaign


class CampaignSitemap(Sitemap):
    changefreq = "weekly"
    limit = 1000

    def items(self):
        return Campaign.objects.published().only("slug", "updated_at")

    def lastmod(self, campaign):
        return campaign.updated_at
