"""The thématiques in the API (/api/v2/thematiques/), in the editors' order."""

from wagtail.api.v2.filters import FieldsFilter, OrderingFilter
from wagtail.api.v2.views import BaseAPIViewSet

from .models import Thematique


class ThematiquesAPIViewSet(BaseAPIViewSet):
    model = Thematique
    name = "thematiques"
    filter_backends = [FieldsFilter, OrderingFilter]
    body_fields = BaseAPIViewSet.body_fields + ["name", "slug"]
    listing_default_fields = BaseAPIViewSet.listing_default_fields + ["name", "slug"]
    nested_default_fields = BaseAPIViewSet.nested_default_fields + ["name", "slug"]

    def get_queryset(self):
        return Thematique.objects.order_by("sort_order", "name")
