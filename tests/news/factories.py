import factory
from django.core.files.base import ContentFile
from django.utils import timezone

from news.models import Article, Section, Tag
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


class TagFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Tag
        django_get_or_create = ["name"]

    name = factory.Sequence(lambda n: f"Từ khoá {n}")
