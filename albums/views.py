from django.db.models import Count, Prefetch
from django.http import Http404
from django.views.generic import DetailView, ListView

from albums.models import Album, AlbumPhoto
from unionportal.images import fitted_size, upright_size
from unionportal.lists import PagedListMixin
from unionportal.pages import parts_of

# The width of AlbumPhoto.large, for the size the photo page reserves before the photo loads.
ALBUM_LARGE_WIDTH = 1600


class AlbumListView(PagedListMixin, ListView):
    """Published albums that have photos, newest event first, each shown by its first photo."""

    queryset = (
        Album.objects.published()
        .annotate(photo_count=Count("photos"))
        .filter(photo_count__gt=0)
        .order_by(*Album._meta.ordering)  # a grouped query does not apply Meta.ordering by itself
        .prefetch_related(Prefetch("photos", queryset=AlbumPhoto.objects.all()[:1], to_attr="covers"))
    )


class AlbumDetailView(DetailView):
    """The album's photos as a gallery; the site adds the articles about its event (portal/pages.py)."""

    queryset = Album.objects.published().prefetch_related("photos")

    def get_context_data(self, **kwargs):
        return super().get_context_data(**parts_of("album", self.object), **kwargs)


class AlbumPhotoView(DetailView):
    """One photo of an album, large, with links to the photos before and after it: how the
    album is viewed without JavaScript, and an address for each photo."""

    queryset = Album.objects.published()
    template_name = "albums/album_photo.html"

    def get_context_data(self, **kwargs):
        position = self.kwargs["position"]
        photo, has_previous, has_next = self.object.photo_at(position)
        if photo is None:
            raise Http404("Album không có ảnh này.")
        return super().get_context_data(
            photo=photo,
            position=position,
            photo_count=self.object.photos.count(),
            previous_position=position - 1 if has_previous else None,
            next_position=position + 1 if has_next else None,
            photo_size=fitted_size(*upright_size(photo.image), ALBUM_LARGE_WIDTH),
            **kwargs,
        )
