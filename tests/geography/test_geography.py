"""The official geography: loaded once per database from the extract kept in the repository,
with each collectivité's parents, and updated in place when the extract changes."""

import socket

import pytest
from django.core.management import call_command

from geography import loader
from geography.models import Collectivite, collectivites_by_key

pytestmark = pytest.mark.django_db


def test_the_extract_holds_every_commune_epci_departement_and_region():
    assert Collectivite.objects.filter(kind="region").count() == 18
    assert Collectivite.objects.filter(kind="departement").count() == 101
    assert Collectivite.objects.filter(kind="epci").count() > 1200
    assert Collectivite.objects.filter(kind="commune").count() > 34000


def test_a_commune_knows_its_departement_region_and_epci():
    lievin = Collectivite.objects.get(kind="commune", code="62510")
    assert lievin.name == "Liévin"
    assert (lievin.departement.code, lievin.departement.name) == ("62", "Pas-de-Calais")
    assert (lievin.region.code, lievin.region.name) == ("32", "Hauts-de-France")
    assert (lievin.epci.code, lievin.epci.name) == ("246200364", "CA de Lens - Liévin")
    assert [d.code for d in lievin.departements.all()] == ["62"]


def test_an_epci_across_several_departements_covers_each():
    grand_paris = Collectivite.objects.get(kind="epci", code="200054781")
    covered = {d.code for d in grand_paris.departements.all()}
    assert {"75", "92", "93", "94"} <= covered


def test_a_region_covers_its_departements():
    hauts_de_france = Collectivite.objects.get(kind="region", code="32")
    assert sorted(d.code for d in hauts_de_france.departements.all()) == [
        "02",
        "59",
        "60",
        "62",
        "80",
    ]


def test_collectivites_are_named_by_kind_and_code():
    found = collectivites_by_key(["departement:62", "commune:62041", "epci:200033579"])
    assert [c.name for c in found] == ["Pas-de-Calais", "Arras", "CU d'Arras"]
    with pytest.raises(ValueError, match="commune:99999"):
        collectivites_by_key(["commune:99999", "region:32"])


def test_loading_again_writes_nothing_and_never_opens_a_connection(
    monkeypatch, django_assert_max_num_queries
):
    def no_network(*args, **kwargs):
        raise AssertionError("load_geography opened a network connection")

    monkeypatch.setattr(socket, "create_connection", no_network)
    with django_assert_max_num_queries(2):
        call_command("load_geography", stdout=open("/dev/null", "w"))


def test_a_new_extract_renames_adds_and_removes_but_keeps_what_a_deployment_uses(
    monkeypatch, site_content
):
    from store.models import Deployment, StoreItemPage

    document = loader.read_extract()
    document["source"] = "@etalab/decoupage-administratif 99.0.0"
    communes = document["communes"]
    arras = next(row for row in communes if row[0] == "62041")
    arras[1] = "Arras-sur-Scarpe"
    gone = [row for row in communes if row[0] in {"62001", "62893"}]
    document["communes"] = [row for row in communes if row not in gone]
    document["communes"].append(["62999", "Nouvelle-Commune", "62", ""])
    wimereux = Collectivite.objects.get(kind="commune", code="62893")
    Deployment.objects.create(service=StoreItemPage.objects.first(), collectivite=wimereux)
    monkeypatch.setattr(loader, "read_extract", lambda: document)

    assert "99.0.0" in loader.load()

    assert Collectivite.objects.get(kind="commune", code="62041").name == "Arras-sur-Scarpe"
    nouvelle = Collectivite.objects.get(kind="commune", code="62999")
    assert nouvelle.region.code == "32" and nouvelle.epci is None
    assert not Collectivite.objects.filter(kind="commune", code="62001").exists()
    assert Collectivite.objects.filter(kind="commune", code="62893").exists()  # still deployed
