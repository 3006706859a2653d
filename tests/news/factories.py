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
