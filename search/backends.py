"""The parts of the search each database does its own way.

PostgreSQL: French full-text search on a stored, weighted vector (accents removed by
`unaccent`, words reduced to their stem, each query word also matching as a prefix), ranked
by `ts_rank`; mistyped words corrected against the vocabulary with `pg_trgm`'s similarity,
whatever letter is wrong. SQLite: the normalised words of the document, each query word found
at the beginning of a word (`logement` finds « logements »); typos corrected only when the
first letter is right and the length is close.
"""

from functools import reduce
from operator import or_

from django.contrib.postgres.lookups import TrigramSimilar
from django.db import connection
from django.db.models import Case, F, Func, Q, TextField, Value, When
from django.db.models.functions import Length

from .models import SearchWord

# The lookup django.contrib.postgres registers on every CharField, here on this one only.
SearchWord._meta.get_field("word").register_lookup(TrigramSimilar)

MAX_CANDIDATES = 500
MIN_PREFIX = 4  # a shorter word is searched whole: « plu » must not find « plus »


def is_postgresql() -> bool:
    return connection.vendor == "postgresql"


def vocabulary_near(words: list[str]) -> list[tuple[str, str]]:
    """The known words (normalised, as written) that a mistyped `words` could have meant,
    and those that start with one of them (then it was not mistyped). One query."""
    if is_postgresql():
        # `word % 'mobilte'`: pg_trgm's similarity above its threshold (0.3), through the
        # trigram index of the migration.
        close = reduce(
            or_,
            [Q(word__trigram_similar=word) | Q(word__startswith=word) for word in words],
        )
        found = SearchWord.objects.filter(close)
    else:
        close = reduce(
            or_,
            [
                Q(word__startswith=word)
                | Q(word__startswith=word[0], length__range=(len(word) - 2, len(word) + 2))
                for word in words
            ],
        )
        found = SearchWord.objects.annotate(length=Length("word")).filter(close)
    return list(found.values_list("word", "label")[:MAX_CANDIDATES])


def _tsquery(words):
    """`mot1:* | mot2:*`: any of `words`, as a word or the beginning of one (a whole word
    when short)."""
    from django.contrib.postgres.search import SearchQuery

    raw = " | ".join(word if len(word) < MIN_PREFIX else f"{word}:*" for word in words)
    unaccented = Func(Value(raw), function="unaccent", output_field=TextField())
    return SearchQuery(unaccented, search_type="raw", config="french")


def holds_any(words: tuple[str, ...], column: str = "text") -> Q:
    """Rows whose search document holds one of `words` (normalised); on SQLite, in `column`
    (`heading`: the title only)."""
    if is_postgresql():
        return Q(search_document__vector=_tsquery(words))
    patterns = [f" {w} " if len(w) < MIN_PREFIX else f" {w}" for w in words]
    return reduce(or_, [Q(**{f"search_document__{column}__contains": p}) for p in patterns])


def _count(conditions: list[Q]):
    """How many of `conditions` a row meets."""
    cases = [Case(When(condition, then=Value(1)), default=Value(0)) for condition in conditions]
    return reduce(lambda a, b: a + b, cases)


def ranked(queryset, query, *then_by: str):
    """`queryset` limited to the rows matching at least one word of `query` (a synonym
    counting for its word), ordered by how many match, then by how many match as typed (or
    corrected), then by where they match (PostgreSQL's `ts_rank`, weighing the title and
    labels first; on SQLite, how many are in the title), then by `then_by`."""
    queryset = queryset.annotate(
        search_score=_count([holds_any(term.alternatives) for term in query.terms]),
        search_exact=_count([holds_any((term.word,)) for term in query.terms]),
    ).filter(search_score__gt=0)
    if is_postgresql():
        from django.contrib.postgres.search import SearchRank

        every_word = [word for term in query.terms for word in term.alternatives]
        where = SearchRank(F("search_document__vector"), _tsquery(every_word))
    else:
        where = _count([holds_any(term.alternatives, "heading") for term in query.terms])
    return queryset.annotate(search_where=where).order_by(
        "-search_score", "-search_exact", "-search_where", *then_by
    )
