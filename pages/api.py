"""The published examples in the API (/api/v2/examples/), in the editors' order.

Offers and FAQ entries are pages: the pages endpoint gives them with their fields
(`?type=pages.OfferPage&fields=*`, `?type=pages.FaqEntryPage&fields=answer`).
"""

from wagtail.api.v2.filters import FieldsFilter, OrderingFilter, SearchFilter
from wagtail.api.v2.views import BaseAPIViewSet

from .models import Example

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
