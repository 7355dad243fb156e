"""Migrating the free-text territories to deployments loses none: those naming exactly one
collectivité are attached to it, the others keep their text and are listed on the admin's
dashboard for an editor."""

import os

from django.core.management import call_command

from store.models import Deployment, StoreItemPage
from tests.helpers import migrate, migrated_back_to

BEFORE = [("store", "0010_thematique_pictogram")]
AFTER = [("store", "0012_match_territories")]
TERRITORIES = {
    "Métropole européenne de Lille (59)": "epci:200093201",
    "Département du Pas-de-Calais (62)": "departement:62",
    "Saint-Lô Agglo (50)": "epci:200066389",
    "Ville de Lyon (69)": "commune:69123",
    "Paris": None,  # the commune or the département: ambiguous
    "Les villages du Haut-Pays": None,
}


def test_free_text_territories_become_deployments_or_stay_for_an_editor(
    transactional_db, django_db_serialized_rollback, admin_client
):
    call_command("load_initial_content", stdout=open(os.devnull, "w"))
    service = StoreItemPage.objects.get(slug="docurba")
    with migrated_back_to(BEFORE) as old_apps:
        Territory = old_apps.get_model("store", "StoreItemTerritory")
        Territory.objects.filter(service_id=service.pk).delete()
        for order, name in enumerate(TERRITORIES):
            Territory.objects.create(service_id=service.pk, name=name, sort_order=order)
        migrate(AFTER)

    deployments = Deployment.objects.filter(service=service).order_by("sort_order")
    assert [(d.key or None) for d in deployments] == list(TERRITORIES.values())
    unmatched = [d.unmatched_name for d in deployments if d.collectivite is None]
    assert unmatched == ["Paris", "Les villages du Haut-Pays"]

    html = admin_client.get("/territoires-store/docurba/").content.decode()
    assert "Les villages du Haut-Pays" in html and "Lyon" in html
    dashboard = admin_client.get("/admin/").content.decode()
    assert "Territoires à rattacher à une collectivité" in dashboard
    assert "Les villages du Haut-Pays" in dashboard
    assert f"/admin/pages/{service.pk}/edit/" in dashboard
