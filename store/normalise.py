"""Text as the search index and the search box both see it: lower case, without accents."""

import re
import unicodedata

NON_WORD = re.compile(r"[\W_]+")


def normalise_text(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text or "")
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    return stripped.lower()


def search_terms(query: str, max_terms: int = 10) -> str:
    """The words of a visitor's query, normalised, without punctuation or operators."""
    words = NON_WORD.sub(" ", normalise_text(query)).split()
    return " ".join(words[:max_terms])
