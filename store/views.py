"""The catalogue's open data: /territoires-store/donnees.json, donnees.csv and the schema.

Plain views rather than routes of the catalogue page: their addresses stay the same whatever
the page's slug, and Wagtail's page addresses cannot end in `.json`."""

import json

from django.http import Http404, HttpResponse, JsonResponse
from django.urls import reverse
from django.views.decorators.http import require_safe

from .catalogue import read_filters
from .deployments import territories_by_slug, territory_choices
from .exports import catalogue_csv, catalogue_json, catalogue_schema
from .models import StoreIndexPage, Thematique

JSON_OPTIONS = {"ensure_ascii": False, "indent": 2}


def _catalogue() -> StoreIndexPage:
    catalogue = StoreIndexPage.objects.live().public().first()
    if catalogue is None:
        raise Http404("Le catalogue n'est pas publié.")
    return catalogue


def _filtered_services(catalogue: StoreIndexPage, request):
    """The catalogue's services for the query string's filters, as its page lists them, and
    the thématiques."""
    thematiques = list(Thematique.objects.order_by("sort_order", "name"))
    territories = territories_by_slug(territory_choices())
    filters = read_filters(request.GET, thematiques, territories)
    return catalogue.services(filters), thematiques


def _schema_url(catalogue: StoreIndexPage) -> str:
    """On the site's own address, as the services' pages are (Wagtail's Site)."""
    return catalogue.get_site().root_url + reverse("store:open-data-schema")


@require_safe
def open_data_json(request):
    catalogue = _catalogue()
    services, thematiques = _filtered_services(catalogue, request)
    document = catalogue_json(services, thematiques, request, _schema_url(catalogue))
    return JsonResponse(document, json_dumps_params=JSON_OPTIONS)


@require_safe
def open_data_csv(request):
    services, _ = _filtered_services(_catalogue(), request)
    response = HttpResponse(
        catalogue_csv(services, request), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = 'attachment; filename="territoires-store.csv"'
    return response


@require_safe
def open_data_schema(request):
    return HttpResponse(
        json.dumps(catalogue_schema(_schema_url(_catalogue())), **JSON_OPTIONS),
        content_type="application/schema+json",
    )
