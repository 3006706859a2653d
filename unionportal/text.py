"""Vietnamese text helpers shared by the apps: folding marks away for slugs and search."""

import re
import unicodedata

from django.utils.text import slugify

# "đ" is a letter of its own, not "d" with a mark, so Unicode decomposition keeps it.
_LETTERS_WITHOUT_DECOMPOSITION = str.maketrans({"đ": "d", "Đ": "D"})


def fold(text):
    """Lowercase text without diacritics: "Lao Động Giỏi" -> "lao dong gioi"."""
    decomposed = unicodedata.normalize("NFD", text.translate(_LETTERS_WITHOUT_DECOMPOSITION))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def vietnamese_slugify(text, max_length=None):
    """A plain-ASCII slug that reads like the title: "Đại hội Công đoàn" -> "dai-hoi-cong-doan"."""
    # Punctuation separates words ("2023–2028" -> "2023-2028") rather than vanishing.
    slug = slugify(re.sub(r"[^\w\s-]", " ", fold(text)))
    if max_length:
        slug = slug[:max_length].rstrip("-")
    return slug


def unique_slug(queryset, text, fallback, max_length=240):
    """A slug from `text` that no row of `queryset` has yet: "hoi-nghi", then "hoi-nghi-2", …"""
    base = vietnamese_slugify(text, max_length=max_length) or fallback
    taken = set(queryset.filter(slug__startswith=base).values_list("slug", flat=True))
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug
