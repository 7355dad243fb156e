"""Wagtail's read-only API v2: the site's content as JSON, at /api/v2/. Every endpoint answers
a malformed parameter with a 400 and a JSON message, never a 500 (see pages.api)."""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from pages.api import ExamplesAPIViewSet, for_any_input
from store.api import ServicesAwarePagesAPIViewSet, ThematiquesAPIViewSet

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", for_any_input(ServicesAwarePagesAPIViewSet))
api_router.register_endpoint("images", for_any_input(ImagesAPIViewSet))
api_router.register_endpoint("documents", for_any_input(DocumentsAPIViewSet))
api_router.register_endpoint("thematiques", for_any_input(ThematiquesAPIViewSet))
api_router.register_endpoint("examples", for_any_input(ExamplesAPIViewSet))
