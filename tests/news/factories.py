import datetime

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.utils import timezone

from news.models import Anniversary, Announcement, Article, Section, Slide
from tests.images import image_bytes


class SectionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Section
        django_get_or_create = ["name"]

    name = factory.Sequence(lambda n: f"Chuyên mục {n}")
    show_on_home = True


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    title = factory.Sequence(lambda n: f"Bài viết số {n} về hoạt động công đoàn")
    section = factory.SubFactory(SectionFactory)
    lead = "Đoạn sapo giới thiệu nội dung chính của bài viết."
    body = "<p>Nội dung bài viết.</p>"
    author = "Minh Duyên"
    source_name = "CĐ ngành Y tế"
    status = Article.Status.PUBLISHED
    published_at = factory.LazyFunction(lambda: timezone.now() - timezone.timedelta(hours=1))

    class Params:
        draft = factory.Trait(status=Article.Status.DRAFT)
        scheduled = factory.Trait(
            published_at=factory.LazyFunction(lambda: timezone.now() + timezone.timedelta(days=1))
        )
        with_cover = factory.Trait(
            cover_image=factory.LazyFunction(lambda: ContentFile(image_bytes(), name="bia.jpg")),
            cover_caption="Quang cảnh hội nghị",
            cover_alt="Đại biểu dự hội nghị",
        )


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


class StaffFactory(factory.django.DjangoModelFactory):
    """A staff account in one of the newsroom groups made by migration."""

    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"canbo{n}")
    is_staff = True
    password = factory.django.Password("mat-khau-thu")

    @factory.post_generation
    def group(user, create, extracted, **kwargs):
        if create and extracted:
            user.groups.add(Group.objects.get(name=extracted))


# Polls and quick links. Models named as strings, so this block needs no import above.
class PollFactory(factory.django.DjangoModelFactory):
    """An open poll shown in the side column; `closed=True` for one that has ended.

    PollFactory(options=["Có", "Không"]) adds the options in that order.
    """

    class Meta:
        model = "news.Poll"
        skip_postgeneration_save = True

    question = factory.Sequence(lambda n: f"Bạn quan tâm nhất đến hoạt động nào của công đoàn? ({n})")
    opens_at = factory.LazyFunction(lambda: timezone.now() - timezone.timedelta(days=7))

    class Params:
        closed = factory.Trait(closes_at=factory.LazyFunction(lambda: timezone.now() - timezone.timedelta(days=1)))

    @factory.post_generation
    def options(poll, create, extracted, **kwargs):
        if create and extracted:
            for order, text in enumerate(extracted):
                poll.options.create(text=text, order=order)


class PollOptionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "news.PollOption"

    poll = factory.SubFactory(PollFactory)
    text = factory.Sequence(lambda n: f"Phương án {n}")
    order = factory.Sequence(lambda n: n)


class QuickLinkFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "news.QuickLink"

    title = factory.Sequence(lambda n: f"Cổng thông tin đối tác {n}")
    url = factory.Sequence(lambda n: f"https://doi-tac-{n}.example.vn/")


class TagFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "news.Tag"
        django_get_or_create = ["name"]

    name = factory.Sequence(lambda n: f"Từ khoá {n}")


class AlbumFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "news.Album"

    title = factory.Sequence(lambda n: f"Đại hội Công đoàn ngành Y tế lần thứ {n}")
    event_date = datetime.date(2026, 3, 27)


class AlbumPhotoFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "news.AlbumPhoto"

    album = factory.SubFactory(AlbumFactory)
    image = factory.LazyFunction(lambda: ContentFile(image_bytes(800, 600), name="anh-album.jpg"))
    caption = factory.Sequence(lambda n: f"Đại biểu dự phiên họp thứ {n}")
    order = factory.Sequence(lambda n: n)


# The documents library. Model named as a string, so this block needs no import above.
class DocumentFactory(factory.django.DjangoModelFactory):
    """A public plan of the sector union; pass campaign=… for one of a campaign's documents."""

    class Meta:
        model = "news.Document"

    kind = "ke_hoach"
    number = factory.Sequence(lambda n: f"{n + 1}/KH-CĐN")
    issued_on = datetime.date(2026, 1, 10)
    issuing_body = "Ban Thường vụ Công đoàn ngành Y tế tỉnh"
    title = factory.Sequence(lambda n: f"Kế hoạch công tác công đoàn số {n + 1}")
    file = factory.LazyFunction(lambda: ContentFile(b"%PDF-1.4 demo", name="ke-hoach.pdf"))
    is_public = True
