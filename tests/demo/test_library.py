import pytest

from demo import emulation, library
from emulation.models import Campaign
from library.models import Document

pytestmark = pytest.mark.django_db


def test_demo_documents_wait_for_their_campaigns():
    library.load()
    public = Document.objects.published()
    assert public.count() >= 12 and Document.objects.filter(is_public=False).exists()
    assert {"ke_hoach", "huong_dan", "quyet_dinh", "bao_cao"} <= set(public.values_list("kind", flat=True))
    assert len(public.years()) >= 2 and len(public.issuers()) >= 3
    assert not Document.objects.exclude(campaign=None).exists()
    assert Document.objects.first().file.read().startswith(b"%PDF")

    emulation.load()
    library.load()
    count = Document.objects.count()
    skilled = Campaign.objects.get(slug="lao-dong-gioi-lao-dong-sang-tao")
    assert skilled.documents.published().count() >= 2
    library.load()
    assert Document.objects.count() == count
