"""The documents library: plans, guidance, decisions, letters and reports, each with a one-page PDF
saying it is a sample, so downloads open.

Some documents belong to the demo campaigns: when those are not there yet the documents wait
unattached, and a later run attaches them.
"""

import textwrap

from django.core.files.base import ContentFile
from django.db import transaction

from awards.models import Authority
from demo.data.library import DOCUMENTS
from emulation.models import Campaign
from library.models import Document
from unionportal.text import fold, vietnamese_slugify


@transaction.atomic
def load():
    made, attached, waiting = create_documents()
    report = f"Văn bản: {made} văn bản mới"
    if attached:
        report += f", {attached} văn bản có sẵn nay gắn với phong trào"
    if waiting:
        report += f"; {waiting} văn bản chờ phong trào của mình (chạy lại khi đã có phong trào để gắn vào)"
    return report + "."


def create_documents():
    """Make the demo documents that are missing and attach waiting ones to their campaigns.

    Returns (made, attached, waiting): waiting documents name a campaign that does not exist yet.
    """
    names = {spec["campaign"] for spec in DOCUMENTS if "campaign" in spec}
    campaigns = {campaign.name: campaign for campaign in Campaign.objects.filter(name__in=names)}
    bodies = {authority.name: authority for authority in Authority.objects.all()}
    made = attached = waiting = 0
    for spec in DOCUMENTS:
        campaign = campaigns.get(spec.get("campaign"))
        document = Document.objects.filter(title=spec["title"]).first()
        if document is None:
            document = Document(
                kind=spec["kind"],
                number=spec["number"],
                issued_on=spec["issued_on"],
                issuing_body=bodies[spec["issuing_body"]],
                title=spec["title"],
                campaign=campaign,
                is_public=spec.get("is_public", True),
            )
            name = vietnamese_slugify(spec["number"] or spec["title"])
            document.file.save(f"{name}.pdf", ContentFile(sample_pdf(spec)), save=False)
            document.save()
            made += 1
        elif campaign and document.campaign_id is None:
            document.campaign = campaign
            document.save(update_fields=["campaign"])
            attached += 1
        if "campaign" in spec and not campaign:
            waiting += 1
    return made, attached, waiting


def sample_pdf(spec):
    """A one-page PDF naming the document. The built-in PDF font has no Vietnamese marks, so the text is folded."""
    lines = [
        fold(spec["issuing_body"]).upper(),
        f"So: {spec['number']}" if spec["number"] else "",
        f"Ngay {spec['issued_on']:%d/%m/%Y}",
        fold(spec["kind"].label).upper(),
        *textwrap.wrap(fold(spec["title"]), 70),
        "",
        "(Van ban mau cua cong thong tin - khong co gia tri phap ly)",
    ]
    text = " ".join(f"({_pdf_text(line)}) Tj 0 -20 Td" for line in lines)
    stream = f"BT /F1 12 Tf 60 780 Td {text} ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    pdf, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    pdf += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return pdf


def _pdf_text(line):
    ascii_line = line.replace("–", "-").replace("“", '"').replace("”", '"').encode("ascii", "replace").decode()
    return ascii_line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
