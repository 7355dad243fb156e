"""Which page types are searchable, and their search documents, kept in step on each save.

An app registers a page type with the fields to search (and their weight) and the names of
what the page is filed under (its « labels »: thématiques, tags), which count as much as its
title; the site-wide search (/recherche/) lists its results under the type's `group` name and
links them to `link(page, request)` (the page's own address unless said otherwise). A new page
type is searchable in one line: `register(NewsPage, fields=[("title", "A"), ("body", "C")],
group="Actualités")`.

The document is rewritten when the page is saved in full (publishing, creating), not when
Wagtail saves a draft (it then saves a few fields only): the live text is what is found.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.db import connection
from django.db.models import Func, TextField, Value

from .models import SearchDocument, SearchWord, SynonymGroup
from .text import NON_WORD, normalise_text, plain_text, split_words, words_of

WEIGHTS = ("A", "B", "C", "D")  # PostgreSQL's: A counts most
TEXT = TextField()


@dataclass(frozen=True)
class Searchable:
    fields: tuple[tuple[str, str], ...]  # (attribute, weight)
    labels: Callable[[object], list[tuple[str, str]]] | None = None
    refresh_on: dict[type, Callable[[object], Iterable]] = field(default_factory=dict)
    group: str = ""  # « Questions fréquentes »: the heading of its results on /recherche/
    link: Callable[[object, object], str] | None = None  # (page, request) -> its address
    position: int = 50  # groups are listed by position: the lowest first

    def url(self, page, request) -> str:
        """Where a result leads: `link(page, request)`, or the page's own address."""
        return self.link(page, request) if self.link else page.get_url(request=request)

    def own_text(self, page) -> str:
        return " ".join(str(getattr(page, name) or "") for name, _ in self.fields)

    def label_list(self, page) -> list[tuple[str, str]]:
        """[(« la thématique », « Mobilité »), …]: what `page` is filed under."""
        return self.labels(page) if self.labels else []


REGISTRY: dict[type, Searchable] = {}


def register(
    model, *, fields, labels=None, refresh_on=None, group="", link=None, position=50
) -> None:
    """Make `model` (a page type) searchable. `labels(page)` lists what it is filed under;
    `refresh_on` maps another model to the pages to re-index when one of its rows is saved
    (a renamed thématique); `group` names its results on /recherche/ (its verbose name
    plural by default); `link(page, request)` is where a result leads (a generic `Page`,
    not the specific one: it must not need another query); `position` orders the groups."""
    REGISTRY[model] = Searchable(
        tuple(fields),
        labels,
        refresh_on or {},
        group or str(model._meta.verbose_name_plural),
        link,
        position,
    )


def index_page(page) -> None:
    spec = REGISTRY[type(page)]
    labels = " ".join(name for _, name in spec.label_list(page))
    by_weight = {weight: [] for weight in WEIGHTS}
    by_weight["A"].append(labels)
    for name, weight in spec.fields:
        by_weight[weight].append(str(getattr(page, name) or ""))
    everything = " ".join(" ".join(texts) for texts in by_weight.values())
    heading = " ".join(str(getattr(page, name) or "") for name, w in spec.fields if w == "A")
    body = " ".join(
        plain_text(str(getattr(page, name) or "")) for name, w in spec.fields if w != "A"
    )
    SearchDocument.objects.update_or_create(
        page_id=page.pk,
        defaults={
            "text": f" {words_of(everything)} ",
            "heading": f" {words_of(heading)} ",
            "body": " ".join(body.split()),
        },
    )
    if connection.vendor == "postgresql":
        SearchDocument.objects.filter(pk=page.pk).update(vector=_weighted_vector(by_weight))
    remember_words(everything)


def _weighted_vector(by_weight: dict[str, list[str]]):
    """to_tsvector('french', unaccent(…)) of each weight's text, weighted, concatenated."""
    from django.contrib.postgres.search import SearchVector

    vectors = [
        SearchVector(
            Func(Value(split_words(" ".join(texts))), function="unaccent", output_field=TEXT),
            config="french",
            weight=weight,
        )
        for weight, texts in by_weight.items()
        if any(texts)
    ]
    combined = vectors[0]
    for vector in vectors[1:]:
        combined = combined + vector
    return combined


def remember_words(text: str) -> None:
    """Adds the words of `text` (three letters or more) to the vocabulary typos are corrected
    against, as written (lower case, accents kept) and normalised."""
    words = {}
    for written in NON_WORD.sub(" ", text.lower()).split():
        if 3 <= len(written) <= 100 and not written.isdigit():
            words.setdefault(normalise_text(written), written)
    SearchWord.objects.bulk_create(
        [SearchWord(word=word, label=label) for word, label in words.items()],
        ignore_conflicts=True,
    )


def index_all() -> int:
    """Rewrites every searchable page's document and the vocabulary; returns the count."""
    SearchWord.objects.all().delete()
    count = 0
    for model in REGISTRY:
        for page in model.objects.all().iterator(chunk_size=200):
            index_page(page)
            count += 1
    for group in SynonymGroup.objects.all():
        remember_words(group.words)
    return count


def index_missing() -> None:
    """Indexes the searchable pages that have no document yet (after a migration)."""
    for model in REGISTRY:
        for page in model.objects.filter(search_document__isnull=True).iterator():
            index_page(page)


def on_save(sender, instance, raw=False, update_fields=None, **kwargs) -> None:
    if raw:  # loading fixtures: the related rows may not be there yet
        return
    if sender is SynonymGroup:  # a mistyped synonym is corrected too
        remember_words(instance.words)
    spec = REGISTRY.get(sender)
    indexed = {name for name, _ in spec.fields} if spec else set()
    if spec and (update_fields is None or indexed & set(update_fields)):
        index_page(instance)
    for searchable in REGISTRY.values():
        pages_of = searchable.refresh_on.get(sender)
        if pages_of:
            for page in pages_of(instance):
                index_page(page)
