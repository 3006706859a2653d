import datetime

import factory
from django.core.files.base import ContentFile

from portal.models import Anniversary, Announcement, QuickLink, Slide
from tests.images import image_bytes


class SlideFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Slide

    title = factory.Sequence(lambda n: f"Ảnh băng rôn {n}")
    image = factory.LazyFunction(lambda: ContentFile(image_bytes(1600, 600), name="bang-ron.jpg"))


class AnnouncementFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Announcement

    text = "Nhiệt liệt chào mừng Đại hội Công đoàn ngành Y tế"


class AnniversaryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Anniversary

    name = "Ngày thành lập Công đoàn Việt Nam"
    original_date = datetime.date(1929, 7, 28)


class QuickLinkFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = QuickLink

    title = factory.Sequence(lambda n: f"Cổng thông tin đối tác {n}")
    url = factory.Sequence(lambda n: f"https://doi-tac-{n}.example.vn/")
