"""The issuing body becomes one of the awards app's issuing bodies (chosen, not typed).

Today's free text is matched to an issuing body by its name without marks, the organ that signs for
the body ("Ban Thường vụ", "Ban Chấp hành"…) and the province's name left out, and common short forms
spelled out: "Ban Thường vụ Công đoàn ngành Y tế tỉnh Bắc Kạn" is "Công đoàn ngành Y tế", "UBND tỉnh"
is "Ủy ban nhân dân tỉnh". A text that matches none becomes a new issuing body, as it was written, for
the office to merge or rename; an empty one stays empty.
"""

import re
import unicodedata

from django.db import migrations

# Who signs in a body's name: left out when matching.
ORGANS = ["ban thuong vu", "ban chap hanh", "doan chu tich", "ban thuong truc", "thuong truc", "lanh dao"]
SHORT_FORMS = {
    "ubnd": "uy ban nhan dan",
    "hdnd": "hoi dong nhan dan",
    "tong ldld viet nam": "tong lien doan lao dong viet nam",
    "tong ldld": "tong lien doan lao dong viet nam",
    "tld": "tong lien doan lao dong viet nam",
    "ldld": "lien doan lao dong",
    "cdn": "cong doan nganh",
    "cd": "cong doan",
    "syt": "so y te",
    "byt": "bo y te",
}


def fold(text):
    text = text.replace("đ", "d").replace("Đ", "D")
    text = "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def key(name):
    """A body's name as it is matched: folded, short forms spelled out, no signing organ, no province."""
    words = fold(name)
    for short, long in SHORT_FORMS.items():
        words = re.sub(rf"\b{short}\b", long, words)
    for organ in ORGANS:
        words = words.removeprefix(organ + " ")
    # "… tỉnh Bắc Kạn", "… tỉnh": the province is implied, the portal serves one.
    return re.sub(r"\s+tinh(\s.*)?$", "", words).strip()


def guess_level(name):
    words = fold(name)
    if re.search(r"chinh phu|quoc hoi|chu tich nuoc|thu tuong", words):
        return "nha_nuoc"
    if re.search(r"\bbo\b|tong lien doan|viet nam", words):
        return "trung_uong"
    if re.search(r"\bso\b|nganh", words):
        return "nganh"
    if "tinh" in words.split():
        return "tinh"
    return "co_so"


def match_texts(apps, schema_editor):
    Authority = apps.get_model("awards", "Authority")
    Document = apps.get_model("library", "Document")
    bodies = {key(authority.name): authority for authority in Authority.objects.all()}
    for text in Document.objects.exclude(issuing_text="").values_list("issuing_text", flat=True).distinct():
        authority = bodies.get(key(text))
        if authority is None:
            authority, _ = Authority.objects.get_or_create(
                name=text[:200], defaults={"level": guess_level(text), "order": 1000}
            )
            bodies[key(text)] = authority
        Document.objects.filter(issuing_text=text).update(issuing_body=authority)


def unmatch(apps, schema_editor):
    Document = apps.get_model("library", "Document")
    for document in Document.objects.exclude(issuing_body=None).select_related("issuing_body"):
        document.issuing_text = document.issuing_body.name
        document.save(update_fields=["issuing_text"])


class Migration(migrations.Migration):
    # Its own migration: on PostgreSQL the rows written here must be committed before 0005 alters the table.
    dependencies = [("library", "0003_issuing_body_authority")]

    operations = [migrations.RunPython(match_texts, unmatch)]
