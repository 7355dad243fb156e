"""The catalogue's filters: reading them from the query string, counting, paging. The
queries that apply them are named methods of the models (StoreIndexPage.services).

Anything a visitor can put in the address is read defensively: unknown values are ignored,
the search text is cut short and stripped of what the databases refuse (NUL bytes), and the
search itself only ever receives plain words.
"""

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.http import QueryDict
from django.utils.functional import cached_property

from search.query import Query, parse
from search.text import clean_query, search_terms

from .choices import ECHELONS

if TYPE_CHECKING:  # models.py imports this module: no import back at run time
    from geography.models import Collectivite

    from .models import StoreIndexPage, Thematique

SLUG = re.compile(r"^[-a-z0-9]{1,80}$")


@dataclass(frozen=True)
class CatalogueFilters:
    """What the visitor asked for, cleaned: a thématique, an échelon, words to search."""

    thematique: "Thematique | None" = None
    echelon: str = ""
    q: str = ""
    unknown_thematique: bool = False
    territoire: "Collectivite | None" = None  # a département or a région: « près de chez moi »

    @cached_property
    def search(self) -> Query:
        """`q` understood by the site's search (corrected, widened to its synonyms)."""
        return parse(self.q)

    @property
    def active(self) -> bool:
        return bool(self.thematique or self.echelon or self.q or self.territoire)

    def querystring(self, **extra) -> str:
        """`?thematique=…&echelon=…&q=…` (and `extra`), without the empty ones."""
        params = {
            "thematique": self.thematique.slug if self.thematique else "",
            "echelon": self.echelon,
            "territoire": self.territoire.slug if self.territoire else "",
            "q": self.q,
            **extra,
        }
        query = urlencode({key: value for key, value in params.items() if value})
        return f"?{query}" if query else ""


def read_filters(
    params: QueryDict, thematiques: list["Thematique"], territories: dict | None = None
) -> CatalogueFilters:
    """The filters of a query string; a repeated parameter counts once (its last value).
    `territories` maps the slugs of the départements and régions to them."""
    slug = params.get("thematique", "")
    thematique = None
    if slug:
        by_slug = {item.slug: item for item in thematiques}
        thematique = by_slug.get(slug) if SLUG.fullmatch(slug) else None
    echelon = params.get("echelon", "")
    q = clean_query(params.get("q", ""))
    return CatalogueFilters(
        thematique=thematique,
        echelon=echelon if echelon in dict(ECHELONS) else "",
        # Punctuation or stop-words only (`!!!`, `de la`): no search, as if the field were
        # empty, so the count does not say « trouvés » and the address does not keep it.
        q=q if search_terms(q) else "",
        unknown_thematique=bool(slug) and thematique is None,
        territoire=(territories or {}).get(params.get("territoire", "")),
    )


def pagination(path: str, page_obj, filters: CatalogueFilters) -> dict:
    """The DSFR pagination's links: first, previous, the numbers (with gaps), next, last."""
    paginator = page_obj.paginator

    def url(number: int) -> str:
        return path + (filters.querystring(page=number) if number > 1 else filters.querystring())

    def control(key: str, label: str, number: int | None, extra: str = "") -> dict:
        return {
            "id": f"pagination-{key}",
            "label": label,
            "classes": f"fr-pagination__link--{key.split('-')[0]} {extra}".strip(),
            "url": url(number) if number else "",
        }

    numbers = paginator.get_elided_page_range(page_obj.number, on_each_side=1, on_ends=1)
    return {
        "before": [
            control("first", "Première page", 1 if page_obj.has_previous() else None),
            control(
                "prev",
                "Page précédente",
                page_obj.previous_page_number() if page_obj.has_previous() else None,
                "fr-pagination__link--lg-label",
            ),
        ],
        "pages": [
            {
                "number": number,
                "id": f"pagination-{number}",
                "url": url(number),
                "current": number == page_obj.number,
            }
            if isinstance(number, int)
            else {"number": None}
            for number in numbers
        ],
        "after": [
            control(
                "next",
                "Page suivante",
                page_obj.next_page_number() if page_obj.has_next() else None,
                "fr-pagination__link--lg-label",
            ),
            control("last", "Dernière page", paginator.num_pages if page_obj.has_next() else None),
        ],
    }


def catalogue_context(
    request, filters: CatalogueFilters, services, thematiques: list, catalogue: "StoreIndexPage"
) -> dict:
    """What the catalogue's template shows: the form's choices, one page of `services`
    (as many as `catalogue` says), the count in its words, the pagination."""
    paginator = Paginator(services, catalogue.page_size)
    page_obj = paginator.get_page(request.GET.get("page"))
    htmx = getattr(request, "htmx", None)
    trigger = (htmx.trigger or "") if htmx else ""
    return {
        "thematiques": thematiques,
        "echelons": catalogue.echelon_choices(),
        "filters": filters,
        "services": page_obj.object_list,
        "page_obj": page_obj,
        "pagination": pagination(request.path, page_obj, filters),
        "result_phrase": catalogue.result_phrase(paginator.count, filters.active),
        # The address htmx puts in the history: the filters as understood, not as typed.
        "canonical_url": request.path
        + filters.querystring(**({"page": page_obj.number} if page_obj.number > 1 else {})),
        # After a click in the pagination, the focus goes to the new list's heading; while
        # filtering or typing it stays in the form.
        "focus_results": trigger.startswith("pagination-"),
    }
