import datetime

import factory
from django.core.files.base import ContentFile

from awards.models import Authority
from library.models import Document


def issuing_body(name):
    """The issuing body of that name: one of the migration's, or a new one (a body written as it was typed)."""
    return Authority.objects.get_or_create(name=name, defaults={"level": Authority.Level.SECTOR})[0]


class DocumentFactory(factory.django.DjangoModelFactory):
    """A public plan of the sector union; pass campaign=… for one of a campaign's documents, and the issuing
    body by its name."""

    class Meta:
        model = Document

    @classmethod
    def _adjust_kwargs(cls, **kwargs):
        if isinstance(kwargs.get("issuing_body"), str):
            kwargs["issuing_body"] = issuing_body(kwargs["issuing_body"])
        return kwargs

    kind = "ke_hoach"
    number = factory.Sequence(lambda n: f"{n + 1}/KH-CĐN")
    issued_on = datetime.date(2026, 1, 10)
    issuing_body = "Ban Thường vụ Công đoàn ngành Y tế tỉnh"
    title = factory.Sequence(lambda n: f"Kế hoạch công tác công đoàn số {n + 1}")
    file = factory.LazyFunction(lambda: ContentFile(b"%PDF-1.4 demo", name="ke-hoach.pdf"))
    is_public = True
