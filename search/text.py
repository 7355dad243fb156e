"""Text as the search documents and the search box both see it: lower case, without accents,
split into words on anything that is not a letter or a digit."""

import html
import re
import unicodedata

NON_WORD = re.compile(r"[\W_]+")

# Words too common to search for. PostgreSQL's French configuration drops these (its
# `french` stop-word list, here without accents, as our queries are); SQLite would look for
# them. Dropping them here first makes both databases answer the same query the same way.
STOP_WORDS = frozenset(
    """
    a ai aie aient aies ait as au aura aurai auraient aurais aurait auras aurez auriez aurions
    aurons auront aux avaient avais avait avec avez aviez avions avons ayant ayante ayantes
    ayants ayez ayons c ce ces d dans de des du elle en es est et etaient etais etait etant
    etante etantes etants ete etee etees etes etiez etions eu eue eues eumes eurent eus eusse
    eussent eusses eussiez eussions eut eutes eux fumes furent fus fusse fussent fusses fussiez
    fussions fut futes il j je l la le les leur lui m ma mais me meme mes moi mon n ne nos notre
    nous on ont ou par pas pour qu que qui s sa se sera serai seraient serais serait seras serez
    seriez serions serons seront ses soient sois soit sommes son sont soyez soyons suis sur t ta
    te tes toi ton tu un une vos votre vous y
    """.split()
)


def normalise_text(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text or "")
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    return stripped.lower()


def split_words(text: str) -> str:
    """`text` with its punctuation turned into spaces, accents and capitals kept (for
    PostgreSQL, which removes them itself): « transport.data.gouv.fr » becomes four words."""
    return " ".join(NON_WORD.sub(" ", text or "").split())


def words_of(text: str) -> str:
    """`text` normalised, its words separated by single spaces: « transport.data.gouv.fr »
    becomes « transport data gouv fr » for both the index and the query."""
    return " ".join(NON_WORD.sub(" ", normalise_text(text)).split())


def search_terms(query: str) -> str:
    """The words of a visitor's query worth searching for: normalised, without punctuation,
    operators, stop-words or repeats. Empty when the query holds no such word."""
    terms = []
    for word in words_of(query).split():
        if word not in STOP_WORDS and word not in terms:
            terms.append(word)
    return " ".join(terms)


MAX_QUERY_LENGTH = 200


def clean_query(value: str) -> str:
    """What a visitor typed, as the databases accept it: short, without NUL bytes or lone
    surrogates."""
    value = value.replace("\x00", "")[:MAX_QUERY_LENGTH]
    return value.encode("utf-8", "ignore").decode("utf-8").strip()


MARKUP = [
    (re.compile(r"<[^>]*>"), " "),  # HTML tags (a rendered StreamField, a rich text)
    (re.compile(r"!?\[([^\]]*)\]\([^)]*\)"), r"\1"),  # Markdown links and images: their text
    (re.compile(r"\{#[^}]*\}"), " "),  # heading ids: {#cookies}
    (re.compile(r"(?m)^\s{0,3}(?:#{1,6}|>|[-*+]|\d+\.)\s+"), ""),  # headings, quotes, lists
    (re.compile(r"[*_`~]{1,3}"), ""),  # emphasis, code
]


def plain_text(text: str) -> str:
    """`text` (Markdown, or HTML) as a visitor reads it, for the excerpts of the results:
    without tags, link addresses or Markdown marks."""
    for pattern, replacement in MARKUP:
        text = pattern.sub(replacement, text or "")
    return " ".join(html.unescape(text).split())
