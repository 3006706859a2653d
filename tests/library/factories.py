import datetime

import factory
from django.core.files.base import ContentFile

from library.models import Document


class DocumentFactory(factory.django.DjangoModelFactory):
    """A public plan of the sector union; pass campaign=… for one of a campaign's documents."""

    class Meta:
        model = Document

    kind = "ke_hoach"
    number = factory.Sequence(lambda n: f"{n + 1}/KH-CĐN")
    issued_on = datetime.date(2026, 1, 10)
    issuing_body = "Ban Thường vụ Công đoàn ngành Y tế tỉnh"
    title = factory.Sequence(lambda n: f"Kế hoạch công tác công đoàn số {n + 1}")
    file = factory.LazyFunction(lambda: ContentFile(b"%PDF-1.4 demo", name="ke-hoach.pdf"))
    is_public = True
