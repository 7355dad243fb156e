"""The API made safe for any input, and the published examples (/api/v2/examples/) in the
editors' order.

Offers and FAQ entries are pages: the pages endpoint gives them with their fields
(`?type=pages.OfferPage&fields=*`, `?type=pages.FaqEntryPage&fields=answer`).
"""

import re

from django.core.exceptions import ValidationError
from rest_framework.renderers import JSONRenderer
from wagtail.api.v2.filters import FieldsFilter, OrderingFilter, SearchFilter
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import BaseAPIViewSet

from .models import Example

WORD = re.compile(r"\w+")
MAX_SEARCH_WORDS = 20
SEARCH_OPERATORS = ("and", "or")
# Far beyond any list the site will hold, and far below the 64-bit integers in which the
# databases take an OFFSET: a larger one is a database error (bigint out of range), not a page.
MAX_OFFSET = 1_000_000_000


class WordsOnlySearchFilter(SearchFilter):
    """Wagtail's `?search=`, given only its words: the database search backends answer a
    stray quote or a NUL byte with a 500 (it is query syntax to SQLite's full-text engine),
    and an unknown `?search_operator=` with a ValueError."""

    def filter_queryset(self, request, queryset, view):
        if "search" not in request.GET:
            return super().filter_queryset(request, queryset, view)
        if request.GET.get("search_operator", "and") not in SEARCH_OPERATORS:
            raise BadRequestError("search_operator must be 'and' or 'or'")
        words = WORD.findall(request.GET["search"])[:MAX_SEARCH_WORDS]
        if not words:
            return queryset.none()
        query = request.GET.copy()
        query["search"] = " ".join(words)
        request._request.GET = query
        return super().filter_queryset(request, queryset, view)


class CheckedFieldsFilter(FieldsFilter):
    """Wagtail's field filters, refusing a value its field cannot hold, which Wagtail only
    checks for some field types (`?thematiques=abc` reached the database)."""

    def filter_queryset(self, request, queryset, view):
        try:
            return super().filter_queryset(request, queryset, view)
        except (ValueError, ValidationError) as error:
            raise BadRequestError(f"field filter error: {error}") from error


class BoundedPagination(WagtailPagination):
    """Wagtail's `?offset=` and `?limit=`, with an offset the database can take."""

    def paginate_queryset(self, queryset, request, view=None):
        try:
            offset = int(request.GET.get("offset", 0))
        except ValueError:
            offset = 0  # Wagtail's own check words the error
        if offset > MAX_OFFSET:
            raise BadRequestError(f"offset cannot be higher than {MAX_OFFSET}")
        return super().paginate_queryset(queryset, request, view)


class MalformedParametersMixin:
    """A NUL byte in any parameter (PostgreSQL cannot even compare it), or `/find/?id=abc`,
    is a malformed request, not a server error."""

    def initial(self, request, *args, **kwargs):
        for name, values in request.GET.lists():
            if any("\x00" in value for value in values):
                raise BadRequestError(f"null characters are not allowed in {name}")
        super().initial(request, *args, **kwargs)

    def find_object(self, queryset, request):
        try:
            return super().find_object(queryset, request)
        except (ValueError, ValidationError) as error:
            raise BadRequestError("id must be a positive integer") from error


class HtmlSafeJSONRenderer(JSONRenderer):
    """JSON in which an echoed parameter (`?order=<svg onload=…>` in an error message)
    cannot form a tag, whatever reads it: <, > and & are written as \\u escapes."""

    def render(self, data, accepted_media_type=None, renderer_context=None):
        rendered = super().render(data, accepted_media_type, renderer_context)
        return (
            rendered.replace(b"<", b"\\u003c").replace(b">", b"\\u003e").replace(b"&", b"\\u0026")
        )


SAFE_FILTERS = {SearchFilter: WordsOnlySearchFilter, FieldsFilter: CheckedFieldsFilter}


def for_any_input(viewset):
    """The same endpoint, answering 400 with a JSON message to whatever parameters it is
    given (words-only search, checked field filters, bounded offset, NUL bytes and malformed
    ids refused), in JSON only: not DRF's browsable pages, in English and outside the site."""
    backends = [SAFE_FILTERS.get(backend, backend) for backend in viewset.filter_backends]
    return type(
        viewset.__name__,
        (MalformedParametersMixin, viewset),
        {
            "filter_backends": backends,
            "pagination_class": BoundedPagination,
            "renderer_classes": [HtmlSafeJSONRenderer],
        },
    )


EXAMPLE_FIELDS = ["title", "collectivite", "territory", "year", "offer_slugs"]


class ExamplesAPIViewSet(BaseAPIViewSet):
    model = Example
    name = "examples"
    filter_backends = [FieldsFilter, OrderingFilter, SearchFilter]
    listing_default_fields = BaseAPIViewSet.listing_default_fields + EXAMPLE_FIELDS
    nested_default_fields = BaseAPIViewSet.nested_default_fields + ["title"]

    def get_queryset(self):
        return (
            Example.objects.filter(live=True)
            .select_related("image")
            .prefetch_related("offers")
            .order_by("sort_order", "pk")
        )
