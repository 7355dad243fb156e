"""The Territoires Store in the API: the thématiques (/api/v2/thematiques/), in the editors'
order, and the pages endpoint fetching a service's relations in a fixed number of queries."""

from wagtail.api.v2.filters import FieldsFilter, OrderingFilter
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet

from .models import StoreItemPage, Thematique


class ThematiquesAPIViewSet(BaseAPIViewSet):
    model = Thematique
    name = "thematiques"
    filter_backends = [FieldsFilter, OrderingFilter]
    body_fields = BaseAPIViewSet.body_fields + ["name", "slug"]
    listing_default_fields = BaseAPIViewSet.listing_default_fields + ["name", "slug"]
    nested_default_fields = BaseAPIViewSet.nested_default_fields + ["name", "slug"]

    def get_queryset(self):
        return Thematique.objects.order_by("sort_order", "name")


class ServicesAwarePagesAPIViewSet(PagesAPIViewSet):
    """Wagtail's pages endpoint; `?type=store.StoreItemPage` lists services with their logo,
    locale, thématiques and deployments fetched once for the whole list, not once per service."""

    def get_queryset(self):
        queryset = super().get_queryset()
        if queryset.model is StoreItemPage:
            queryset = queryset.select_related("logo", "locale").prefetch_related(
                "thematiques", "deployments__collectivite"
            )
        return queryset
