"""A page's HTML as elements, to check forms as a browser and a screen reader meet them."""

from collections import Counter
from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


@dataclass
class Element:
    tag: str
    attrs: dict
    text: str = ""
    children: list = field(default_factory=list)

    @property
    def classes(self):
        return set((self.attrs.get("class") or "").split())

    def find(self, tag, **attrs):
        """The elements under this one with `tag` and the given attributes (class_="x" for one of its classes)."""
        found = []
        for child in self.children:
            if child.tag == tag and all(child.matches(name, value) for name, value in attrs.items()):
                found.append(child)
            found += child.find(tag, **attrs)
        return found

    def matches(self, name, value):
        if name == "class_":
            return value in self.classes
        return self.attrs.get(name.replace("_", "-")) == value

    @property
    def words(self):
        return " ".join(self.text.split())


class _Parser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Element("document", {})
        self.open = [self.root]

    def handle_starttag(self, tag, attrs):
        element = Element(tag, {name: "" if value is None else value for name, value in attrs})
        self.open[-1].children.append(element)
        if tag not in VOID:
            self.open.append(element)

    def handle_endtag(self, tag):
        for depth in range(len(self.open) - 1, 0, -1):
            if self.open[depth].tag == tag:
                del self.open[depth:]
                return

    def handle_data(self, data):
        for element in self.open:
            element.text += data


def parse(html):
    parser = _Parser()
    parser.feed(html)
    parser.close()
    return parser.root


def duplicate_ids(html):
    ids = Counter(element.attrs["id"] for element in _all(parse(html)) if "id" in element.attrs)
    return sorted(name for name, count in ids.items() if count > 1)


def label_of(page, control):
    """The text of the <label for=…> of a form control (one element of `parse()`)."""
    (label,) = page.find("label", **{"for": control.attrs["id"]})
    return label.words


def _all(element):
    for child in element.children:
        yield child
        yield from _all(child)
