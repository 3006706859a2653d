from django.contrib.sitemaps import Sitemap

from polls.models import Poll


class PollSitemap(Sitemap):
    changefreq = "daily"

    def items(self):
        return Poll.objects.published().order_by("-id")
