import datetime

import factory
from django.core.files.base import ContentFile

from albums.models import Album, AlbumPhoto
from tests.images import image_bytes


class AlbumFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Album

    title = factory.Sequence(lambda n: f"Đại hội Công đoàn ngành Y tế lần thứ {n}")
    event_date = datetime.date(2026, 3, 27)


class AlbumPhotoFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AlbumPhoto

    album = factory.SubFactory(AlbumFactory)
    image = factory.LazyFunction(lambda: ContentFile(image_bytes(800, 600), name="anh-album.jpg"))
    caption = factory.Sequence(lambda n: f"Đại biểu dự phiên họp thứ {n}")
    order = factory.Sequence(lambda n: n)
