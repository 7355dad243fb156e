"""Editors choose a deployment's collectivité in the admin by searching its name (accents and
capitals ignored) or its official code, in this site's own chooser."""

import json
import re

import pytest

from geography.models import Collectivite
from store.models import StoreItemPage

pytestmark = pytest.mark.django_db
RESULTS = "/admin/collectivite_chooser/results/"


def chooser_rows(response) -> str:
    assert response.status_code == 200
    return response.content.decode()


def test_searching_without_accents_finds_the_commune_and_its_intercommunalite(admin_client):
    html = chooser_rows(admin_client.get(RESULTS, {"q": "lievin"}))
    assert "Liévin (62)" in html
    assert "CA de Lens - Liévin (EPCI)" in html
    assert "Arras" not in html


def test_searching_an_official_code_or_filtering_by_type(admin_client):
    assert "Pas-de-Calais (62)" in chooser_rows(admin_client.get(RESULTS, {"q": "62"}))
    html = chooser_rows(admin_client.get(RESULTS, {"q": "arras", "kind": "epci"}))
    assert "CU d&#x27;Arras (EPCI)" in html or "CU d'Arras (EPCI)" in html
    assert "Arras (62)" not in html


def test_choosing_returns_the_collectivite_to_the_form(admin_client):
    arras = Collectivite.objects.get(kind="commune", code="62041")
    response = admin_client.get(f"/admin/collectivite_chooser/chosen/{arras.pk}/")
    assert json.loads(response.content)["result"]["title"] == "Arras (62)"


def test_the_service_form_offers_the_chooser_and_no_other_host(admin_client, site_content):
    service = StoreItemPage.objects.get(slug="docurba")
    html = admin_client.get(f"/admin/pages/{service.pk}/edit/").content.decode()
    assert "Collectivités où le service est déployé" in html
    assert "/admin/collectivite_chooser/" in html
    assert "Choisir une collectivité" in html
    assert not re.findall(r'(?:src|href)="(?:https?:)?//[^"]*\.(?:js|css)', html)
    chooser = admin_client.get("/admin/collectivite_chooser/").content.decode()
    assert "Nom ou code officiel" in chooser
