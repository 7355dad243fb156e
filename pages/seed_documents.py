"""Reading the two documents the Incubateur wrote (pages/seeds/) into structured content.

Each document is front matter (`key: value` lines between `---`) and a Markdown body. The
parsers keep the authors' words and Markdown (headings, paragraphs, lists, emphasis) and only
decide where each piece goes: an offer's bullet lines become calls to action, the ANCT
document's list becomes the phases, and its `###` questions become FAQ entries.
"""

import re
from dataclasses import dataclass, field
from pathlib import Path

SEEDS_DIR = Path(__file__).resolve().parent / "seeds"
OFFERS_SEED = SEEDS_DIR / "003_d61e80f22f23ae56.txt"
ANCT_SEED = SEEDS_DIR / "000_3adff8700729a8a0.txt"

# The bullet lines under an offer that are calls to action, and the OfferPage flag each sets.
CALLS_TO_ACTION = {
    "être recontacté": "show_callback",
    "voir des exemples": "show_examples",
    "découvrir les services disponibles": "show_store_link",
}

OFFER_HEADING = re.compile(r"^##\s+(?P<number>\d+)\.\s*(?P<title>.+?)\s*$")
BULLET = re.compile(r"^\s*[-*+]\s+(?P<text>.+?)\s*$")
TERM = re.compile(r"appelée?\s+(?:une\s+|un\s+)?(?P<term>[^*.]+?)\s*\.\*\*")
PHASE = re.compile(r"^(?P<name>.+?)\s*\((?P<duration>[^)]+)\)\s*(?P<description>.+?)\s*[;.]?\s*$")
COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)


@dataclass
class Document:
    meta: dict[str, str]
    body: str


@dataclass
class Offer:
    number: int
    title: str
    body: str
    term: str
    flags: dict[str, bool]


@dataclass
class OffersDocument:
    slug: str
    title: str
    intro: str
    offers: list[Offer]


@dataclass
class Phase:
    name: str
    duration: str
    description: str


@dataclass
class Question:
    question: str
    answer: str


@dataclass
class AnctDocument:
    slug: str
    title: str
    intro: str
    phases: list[Phase]
    closing: str
    faq_title: str
    questions: list[Question] = field(default_factory=list)


def read_document(path: Path) -> Document:
    """Front matter and Markdown body, HTML comments (editors' notes) left out."""
    text = path.read_text(encoding="utf-8")
    meta: dict[str, str] = {}
    match = re.match(r"^---\n(?P<meta>.*?)\n---\n", text, re.DOTALL)
    if match:
        for line in match["meta"].splitlines():
            key, _, value = line.partition(":")
            if key.strip():
                meta[key.strip()] = value.strip()
        text = text[match.end() :]
    return Document(meta=meta, body=COMMENT.sub("", text))


def markdown_block(lines: list[str]) -> str:
    """Lines of Markdown without trailing spaces nor blank lines around, blocks kept apart."""
    text = "\n".join(line.rstrip() for line in lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def parse_offers(path: Path = OFFERS_SEED) -> OffersDocument:
    document = read_document(path)
    intro_lines: list[str] = []
    offers: list[Offer] = []
    current: dict | None = None
    for line in document.body.splitlines():
        heading = OFFER_HEADING.match(line)
        if heading:
            current = {
                "number": int(heading["number"]),
                "title": heading["title"],
                "lines": [],
                "flags": dict.fromkeys(CALLS_TO_ACTION.values(), False),
            }
            offers.append(current)
            continue
        if current is None:
            if line.startswith(">"):
                intro_lines.append(line.lstrip(">").strip())
            continue
        bullet = BULLET.match(line)
        if bullet and bullet["text"].lower() in CALLS_TO_ACTION:
            current["flags"][CALLS_TO_ACTION[bullet["text"].lower()]] = True
        else:
            current["lines"].append(line)
    return OffersDocument(
        slug=document.meta.get("id", "offres-collectivites"),
        title=document.meta["title"],
        intro=" ".join(line for line in intro_lines if line),
        offers=[
            Offer(
                number=offer["number"],
                title=offer["title"],
                body=markdown_block(offer["lines"]),
                term=term_of(markdown_block(offer["lines"])),
                flags=offer["flags"],
            )
            for offer in offers
        ],
    )


def term_of(body: str) -> str:
    """The name the offer introduces, from its bold sentence « … est appelée une X. »."""
    match = TERM.search(body)
    return match["term"].strip() if match else ""


def parse_anct(path: Path = ANCT_SEED) -> AnctDocument:
    document = read_document(path)
    sections = re.split(r"^(?=## )", document.body, flags=re.MULTILINE)
    sections = [section for section in sections if section.strip()]
    method, faq = sections[0], sections[1]

    intro_lines: list[str] = []
    phases: list[Phase] = []
    closing_lines: list[str] = []
    for line in method.splitlines():
        bullet = BULLET.match(line)
        if bullet:
            match = PHASE.match(bullet["text"])
            phases.append(
                Phase(match["name"], match["duration"].strip(), match["description"].strip())
            )
        elif phases:
            closing_lines.append(line)
        else:
            intro_lines.append(line)

    faq_heading, _, faq_body = faq.partition("\n")
    questions: list[Question] = []
    for chunk in re.split(r"^### ", faq_body, flags=re.MULTILINE)[1:]:
        question, _, answer = chunk.partition("\n")
        questions.append(Question(question.strip(), markdown_block(answer.splitlines())))

    return AnctDocument(
        slug=document.meta.get("name", "offre-anct"),
        title=document.meta["title"],
        intro=markdown_block(intro_lines),
        phases=phases,
        closing=markdown_block(closing_lines),
        faq_title=faq_heading.removeprefix("##").strip(),
        questions=questions,
    )
