"""What a reader sees of a page, as plain text, to compare with the seed documents."""

import re
import unicodedata
from html.parser import HTMLParser

import markdown

BLOCKS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "div", "section", "br"}
# Typography aside: apostrophes, quotes, punctuation and spacing do not change the words.
PUNCTUATION = re.compile(r"[\s'’‘\"«»“”()\[\];:,.!?…\-–—/*]+")


class _Text(HTMLParser):
    """The text of <main> (or of a whole fragment), with line breaks between blocks."""

    def __init__(self, main_only: bool):
        super().__init__()
        self.parts: list[str] = []
        self.depth = 0 if main_only else 1
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag == "main":
            self.depth += 1
        if tag in {"script", "style"}:
            self.skip += 1
        if tag in BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag == "main":
            self.depth -= 1
        if tag in {"script", "style"}:
            self.skip -= 1
        if tag in BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if self.depth > 0 and not self.skip:
            self.parts.append(data)


def visible_text(html: str, main_only: bool = True) -> str:
    parser = _Text(main_only)
    parser.feed(html)
    return "".join(parser.parts)


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\u00a0", " ").replace("\u202f", " ")
    return PUNCTUATION.sub(" ", text).strip()


def seed_sentences(markdown_body: str) -> list[str]:
    """Every sentence of a seed's Markdown body, as a reader of the rendered text sees it."""
    html = markdown.markdown(markdown_body)
    sentences = []
    for block in visible_text(html, main_only=False).split("\n"):
        for sentence in re.split(r"(?<=[.!?])\s+", block.strip()):
            if normalise(sentence):
                sentences.append(sentence)
    return sentences


def nth_offer(number: int):
    """The offer shown with this number: its place among the offers, in tree order."""
    from pages.models import OfferPage

    return OfferPage.objects.order_by("path")[number - 1]
