from django.contrib.sitemaps import Sitemap

from library.models import Document


class DocumentSitemap(Sitemap):
    changefreq = "monthly"
    limit = 1000

    def items(self):
        return Document.objects.published().order_by("-id")
