"""Search excerpts and marked titles (unionportal/text.py): words found as the search finds them, the rest escaped."""

import unicodedata

from unionportal.text import excerpt, highlight, search_words


def test_the_searched_words_are_folded_and_stripped_of_punctuation():
    assert search_words("Lao-động GIỎI!") == {"lao", "dong", "gioi"}


def test_a_title_keeps_its_punctuation_and_marks_each_word_found():
    assert highlight("“Lao động giỏi” năm 2026.", "lao dong") == "“<mark>Lao</mark> <mark>động</mark> giỏi” năm 2026."


def test_without_a_searched_word_the_excerpt_is_the_opening_words():
    text = " ".join(f"w{number}" for number in range(50))
    assert excerpt(text, "không có", length=5) == "w0 w1 w2 w3 w4 …"


def test_decomposed_text_is_marked_too():
    decomposed = unicodedata.normalize("NFD", "Phong trào lao động giỏi")
    assert "<mark>động</mark>" in excerpt(decomposed, "dong")


def test_markup_in_the_text_is_shown_not_run():
    assert excerpt('Ảnh <img src=x onerror="alert(1)"> lao', "lao") == (
        "Ảnh &lt;img src=x onerror=&quot;alert(1)&quot;&gt; <mark>lao</mark>"
    )
