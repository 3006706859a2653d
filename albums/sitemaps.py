from django.contrib.sitemaps import Sitemap

from albums.models import Album


class AlbumSitemap(Sitemap):
    changefreq = "monthly"
    limit = 1000

    def items(self):
        return Album.objects.published().order_by("-id")
