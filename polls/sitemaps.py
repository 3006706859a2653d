from django.contrib.sitemaps import Sitemap

from polls.models import Poll


class PollSitemap(Sitemap):
    changefreq = "daily"
    limit = 1000

    def items(self):
        return Poll.objects.published().order_by("-id")
