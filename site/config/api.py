"""Wagtail's read-only API v2: the site's content as JSON, at /api/v2/."""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from pages.api import ExamplesAPIViewSet, with_words_only_search
from store.api import ServicesAwarePagesAPIViewSet, ThematiquesAPIViewSet

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", with_words_only_search(ServicesAwarePagesAPIViewSet))
api_router.register_endpoint("images", with_words_only_search(ImagesAPIViewSet))
api_router.register_endpoint("documents", with_words_only_search(DocumentsAPIViewSet))
api_router.register_endpoint("thematiques", ThematiquesAPIViewSet)
api_router.register_endpoint("examples", ExamplesAPIViewSet)
