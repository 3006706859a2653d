from django.contrib.sitemaps import Sitemap

from albums.models import Album


class AlbumSitemap(Sitemap):
    changefreq = "monthly"

    def items(self):
        return Album.objects.published().order_by("-id")
