"""The Territoires Store through Wagtail's API v2: services with their fields and thématiques."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from store.models import StoreItemPage

from .conftest import add_many_services

pytestmark = pytest.mark.django_db


def test_services_come_with_their_fields_and_thematiques(client, catalogue):
    response = client.get(
        "/api/v2/pages/",
        {"type": "store.StoreItemPage", "fields": "*", "slug": "transport-data-gouv"},
    )
    assert response.status_code == 200
    (item,) = response.json()["items"]
    assert item["title"] == "transport.data.gouv.fr"
    assert [t["slug"] for t in item["thematiques"]] == ["mobilite", "donnees"]
    assert {t["name"] for t in item["thematiques"]} == {"Mobilité", "Données"}
    assert item["echelons"] == ["intercommunalite", "region"]
    assert item["phase"] == "perennise"
    assert item["source_code_url"] == "https://github.com/etalab/transport-site"
    for field in [
        "pitch",
        "purpose",
        "description",
        "builder",
        "cost_model",
        "service_url",
        "licence",
        "contact",
        "deployments",
        "logo",
    ]:
        assert field in item


def test_all_services_are_listed(client, catalogue):
    response = client.get("/api/v2/pages/", {"type": "store.StoreItemPage", "limit": 20})
    assert response.json()["meta"]["total_count"] >= 10


def test_the_thematiques_endpoint_lists_them_in_order(client, catalogue):
    response = client.get("/api/v2/thematiques/")
    assert response.status_code == 200
    items = response.json()["items"]
    assert len(items) == 11
    assert items[0]["name"] == "Mobilité" and items[-1]["name"] == "Agriculture"
    detail = client.get(f"/api/v2/thematiques/{items[0]['id']}/").json()
    assert detail["slug"] == "mobilite"


def api_queries(client, limit: int) -> int:
    params = {"type": "store.StoreItemPage", "fields": "*", "limit": limit}
    client.get("/api/v2/pages/", params)  # warm up the caches
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/api/v2/pages/", params)
    items = response.json()["items"]
    assert len(items) == limit
    assert all(item["thematiques"] and item["logo"] for item in items)
    return len(queries)


def test_listing_services_costs_the_same_queries_for_2_and_20(client, catalogue):
    StoreItemPage.objects.all().delete()
    add_many_services(catalogue, 20)
    assert api_queries(client, 2) == api_queries(client, 20)
