"""The API's search, made safe for any input, and the published examples
(/api/v2/examples/) in the editors' order.

Offers and FAQ entries are pages: the pages endpoint gives them with their fields
(`?type=pages.OfferPage&fields=*`, `?type=pages.FaqEntryPage&fields=answer`).
"""

import re

from wagtail.api.v2.filters import FieldsFilter, OrderingFilter, SearchFilter
from wagtail.api.v2.views import BaseAPIViewSet

from .models import Example

WORD = re.compile(r"\w+")
MAX_SEARCH_WORDS = 20


class WordsOnlySearchFilter(SearchFilter):
    """Wagtail's `?search=`, given only its words: the database search backends answer a
    stray quote or a NUL byte with a 500 (it is query syntax to SQLite's full-text engine)."""

    def filter_queryset(self, request, queryset, view):
        if "search" not in request.GET:
            return super().filter_queryset(request, queryset, view)
        words = WORD.findall(request.GET["search"])[:MAX_SEARCH_WORDS]
        if not words:
            return queryset.none()
        query = request.GET.copy()
        query["search"] = " ".join(words)
        request._request.GET = query
        return super().filter_queryset(request, queryset, view)


def with_words_only_search(viewset):
    """The same endpoint, its search filter replaced by WordsOnlySearchFilter."""
    backends = [
        WordsOnlySearchFilter if backend is SearchFilter else backend
        for backend in viewset.filter_backends
    ]
    return type(viewset.__name__, (viewset,), {"filter_backends": backends})


EXAMPLE_FIELDS = ["title", "collectivite", "territory", "year", "offer_slugs"]


class ExamplesAPIViewSet(BaseAPIViewSet):
    model = Example
    name = "examples"
    filter_backends = [FieldsFilter, OrderingFilter, WordsOnlySearchFilter]
    listing_default_fields = BaseAPIViewSet.listing_default_fields + EXAMPLE_FIELDS
    nested_default_fields = BaseAPIViewSet.nested_default_fields + ["title"]

    def get_queryset(self):
        return (
            Example.objects.filter(live=True)
            .select_related("image")
            .prefetch_related("offers")
            .order_by("sort_order", "pk")
        )
