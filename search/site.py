"""The site-wide search (/recherche/): every registered page type, ranked as the catalogue
ranks its services (search.backends.ranked), grouped by type, with excerpts.

A results page costs the same queries whatever the number of pages: the query understood
(two), the registered types (Django caches them), the count of each group (one) and one page
of results with their documents (one).
"""

import re
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models import Case, Count, IntegerField, Value, When
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString
from django.utils.text import slugify
from wagtail.models import Page

from .backends import MIN_PREFIX, ranked
from .documents import REGISTRY, Searchable
from .query import Query, singular
from .text import normalise_text

EXCERPT_WORDS = 30
WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Group:
    key: str  # « questions-frequentes »: the `type` filter of the address
    name: str  # « Questions fréquentes »
    position: int
    content_types: tuple[int, ...]


def groups() -> list[Group]:
    """The groups of results, in the order they are shown, with their content types."""
    by_name: dict[str, list] = {}
    for model, spec in REGISTRY.items():
        by_name.setdefault(spec.group, []).append((model, spec))
    types = ContentType.objects.get_for_models(*REGISTRY)  # cached after the first time
    found = [
        Group(
            slugify(name),
            name,
            min(spec.position for _, spec in entries),
            tuple(types[model].pk for model, _ in entries),
        )
        for name, entries in by_name.items()
    ]
    return sorted(found, key=lambda group: (group.position, group.name))


def spec_for(content_type_id: int) -> Searchable | None:
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    return REGISTRY.get(model)


def results(query: Query, only: Group | None = None, by_group: bool = True):
    """The live, public pages matching `query`, of `only` group or all, as generic pages with
    their search document; ordered by group (unless not `by_group`: the suggestions), then as
    the catalogue ranks."""
    all_groups = groups()
    chosen = [only] if only else all_groups
    pages = (
        Page.objects.live()
        .public()
        .filter(content_type__in=[pk for group in chosen for pk in group.content_types])
    )
    ordered = ranked(pages, query, "path").select_related("search_document")
    if not by_group:
        return ordered
    group_order = Case(
        *[
            When(content_type__in=group.content_types, then=Value(index))
            for index, group in enumerate(all_groups)
        ],
        output_field=IntegerField(),
    )
    return ordered.select_related("search_document").order_by(group_order, *ordered.query.order_by)


def counts(query: Query) -> list[tuple[Group, int]]:
    """Each group with how many pages match `query` in it (the empty ones left out)."""
    every_type = [pk for group in groups() for pk in group.content_types]
    pages = ranked(Page.objects.live().public().filter(content_type__in=every_type), query)
    per_type = dict(
        pages.order_by()
        .values_list("content_type")
        .annotate(total=Count("pk"))
        .values_list("content_type", "total")
    )
    found = []
    for group in groups():
        total = sum(per_type.get(pk, 0) for pk in group.content_types)
        if total:
            found.append((group, total))
    return found


def matches(word: str, query: Query) -> bool:
    """Whether `word` (as written in a page) is one the visitor searched for, or a form of it."""
    word = normalise_text(word)
    for term in query.terms:
        for alternative in term.alternatives:
            if len(alternative) < MIN_PREFIX or len(word) < MIN_PREFIX:
                if word == alternative or singular(word) == alternative:
                    return True
            elif word.startswith(alternative) or (
                alternative.startswith(word) and len(word) >= len(alternative) - 2
            ):
                return True
    return False


def highlight(text: str, query: Query) -> SafeString:
    """`text`, escaped, with the searched words in <mark>."""
    parts, last = [], 0
    for found in WORD.finditer(text):
        if matches(found.group(), query):
            parts.append(
                format_html("{}<mark>{}</mark>", text[last : found.start()], found.group())
            )
            last = found.end()
    parts.append(format_html("{}", text[last:]))
    return format_html_join("", "{}", ((part,) for part in parts))


def excerpt(text: str, query: Query, size: int = EXCERPT_WORDS) -> SafeString:
    """About `size` words of `text` around the first searched word, highlighted; its
    beginning when no searched word is in it."""
    words = text.split()
    first = next(
        (
            index
            for index, word in enumerate(words)
            if any(matches(part, query) for part in WORD.findall(word))
        ),
        0,
    )
    start = max(0, first - size // 3)
    chosen = " ".join(words[start : start + size])
    before = "… " if start > 0 else ""
    after = " …" if start + size < len(words) else ""
    return format_html("{}{}{}", before, highlight(chosen, query), after)
