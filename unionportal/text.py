"""Vietnamese text helpers shared by the apps: folding marks away for slugs and search."""

import re
import unicodedata

from django.utils.html import format_html, format_html_join
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


_WORD = re.compile(r"\w+")


def search_words(query):
    """The folded words a search for `query` looks for: "Lao-động giỏi!" -> {"lao", "dong", "gioi"}."""
    return set(_WORD.findall(fold(query)))


def excerpt(text, query, length=40, before=8):
    """About `length` words of `text` from a little `before` the first searched word, each searched word in <mark>.

    Words are compared folded, as the search compares them, so "lao dong" marks "lao động". The text is
    escaped and the result is safe HTML; without a searched word in it, the text's opening words.
    """
    text = unicodedata.normalize("NFC", text)
    words = search_words(query)
    tokens = list(_WORD.finditer(text))
    first = next((index for index, token in enumerate(tokens) if fold(token.group()) in words), 0)
    start = max(0, first - before)
    shown = tokens[start : start + length]
    return _marked(text, shown, words, cut_before=start > 0, cut_after=start + length < len(tokens))


def highlight(text, query):
    """All of `text`, escaped, with each searched word in <mark> (a title in the search results)."""
    text = unicodedata.normalize("NFC", text)
    return _marked(text, list(_WORD.finditer(text)), search_words(query), whole=True)


def _marked(text, tokens, words, cut_before=False, cut_after=False, whole=False):
    if not tokens:
        return text if whole else ""
    # Plain stretches stay whole (escaped once each by format_html_join); only the marks are built apart.
    pieces, plain = [], ["… " if cut_before else "", text[: tokens[0].start()] if whole else ""]
    position = tokens[0].start()
    for token in tokens:
        plain.append(text[position : token.start()])
        word = token.group()
        if fold(word) in words:
            pieces += ["".join(plain), format_html("<mark>{}</mark>", word)]
            plain = []
        else:
            plain.append(word)
        position = token.end()
    plain.append(text[position:] if whole else " …" if cut_after else "")
    pieces.append("".join(plain))
    return format_html_join("", "{}", ((piece,) for piece in pieces))
