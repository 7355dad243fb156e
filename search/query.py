"""A visitor's query, understood: its words, each corrected when mistyped and widened to its
synonyms; and, for the results, why one matched and which labels come closest."""

from dataclasses import dataclass, field
from difflib import SequenceMatcher

from . import backends
from .models import SynonymGroup
from .text import search_terms, words_of

MAX_TERMS = 20  # a longer query is cut: each word costs a condition in the SQL
MIN_TYPO_LENGTH = 4  # shorter words are too ambiguous to correct
MIN_TYPO_RATIO = 0.75  # one or two letters wrong in a word of eight


def likeness(a: str, b: str) -> float:
    return SequenceMatcher(None, a, b).ratio()


def singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word[-1] in "sx" else word


@dataclass(frozen=True)
class Term:
    typed: str  # normalised, as typed: « mobilte »
    word: str  # normalised, corrected when mistyped: « mobilite »
    label: str  # as the site writes it: « mobilité »
    alternatives: tuple[str, ...]  # `word` and its synonyms, normalised

    @property
    def corrected(self) -> bool:
        return self.word != self.typed


@dataclass(frozen=True)
class Query:
    text: str
    terms: tuple[Term, ...] = ()
    # Each synonym (normalised) to the words of its group: also used to find close labels.
    synonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.terms)

    @property
    def corrected(self) -> bool:
        return any(term.corrected for term in self.terms)

    @property
    def corrected_text(self) -> str:
        """The query as searched, for « Résultats pour mobilité »."""
        return " ".join(term.label for term in self.terms)

    def reason(self, own_text: str, labels: list[tuple[str, str]]) -> str:
        """Why a result matched, when its own text does not say it: « Correspond à la
        thématique Mobilité ». Empty when a searched word is in its text."""
        own = f" {words_of(own_text)} "
        if any(f" {term.word}" in own for term in self.terms):
            return ""
        for kind, name in labels:
            named = f" {words_of(name)} "
            if any(f" {alt}" in named for term in self.terms for alt in term.alternatives):
                return f"Correspond à {kind} {name}"
        return ""

    def closest(self, objects: list, limit: int = 3) -> list:
        """The `objects` whose name (str) or its synonyms come closest to a searched word."""

        def score(obj) -> float:
            words = set()
            for word in words_of(str(obj)).split():
                words.update([word, *self.synonyms.get(singular(word), ())])
            return max(
                (likeness(term.typed, word) for term in self.terms for word in words),
                default=0,
            )

        scored = sorted(((score(obj), index) for index, obj in enumerate(objects)), reverse=True)
        return [objects[index] for value, index in scored[:limit] if value >= 0.5]


def synonym_map() -> dict[str, tuple[str, ...]]:
    synonyms = {}
    for group in SynonymGroup.objects.all():
        words = tuple(dict.fromkeys(singular(word) for word in group.normalised_words()))
        for word in words:
            synonyms[word] = tuple(dict.fromkeys(synonyms.get(word, ()) + words))
    return synonyms


def parse(text: str) -> Query:
    """`text` understood, in two queries (synonyms, vocabulary) whatever its length."""
    words = search_terms(text).split()[:MAX_TERMS]
    if not words:
        return Query(text)
    synonyms = synonym_map()
    to_check = [word for word in words if len(word) >= MIN_TYPO_LENGTH]
    vocabulary = backends.vocabulary_near(to_check) if to_check else []
    terms = []
    for typed in words:
        word, label = typed, typed
        exact = [known for known in vocabulary if known[0] == typed]
        if exact:
            label = exact[0][1]
        elif typed in to_check and singular(typed) not in synonyms:
            if not any(known.startswith(typed) for known, _ in vocabulary):
                near = [(likeness(typed, known), known, written) for known, written in vocabulary]
                best = max(near, default=None)
                if best and best[0] >= MIN_TYPO_RATIO:
                    _, word, label = best
        alternatives = synonyms.get(singular(word), ())
        terms.append(Term(typed, word, label, tuple(dict.fromkeys((word, *alternatives)))))
    return Query(text, tuple(terms), synonyms)
