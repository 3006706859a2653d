from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from awards.models import AwardLine
from emulation.models import Period


class HonourRollSitemap(Sitemap):
    """The honour roll of each public campaign, and of each of its periods, that has public lines."""

    changefreq = "monthly"
    limit = 1000

    def items(self):
        lines = AwardLine.objects.published()
        return [*lines.campaigns().only("slug"), *lines.periods().select_related("campaign").only("campaign__slug")]

    def location(self, item):
        if isinstance(item, Period):
            return reverse("awards:period", kwargs={"slug": item.campaign.slug, "period_pk": item.pk})
        return reverse("awards:campaign", kwargs={"slug": item.slug})
