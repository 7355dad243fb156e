"""`manage.py load_initial_content` builds a real catalogue, and never undoes an editor's work."""

import os

import pytest
from django.core.management import call_command

from store.initial_content import SERVICES, THEMATIQUES
from store.models import StoreIndexPage, StoreItemPage, Thematique

pytestmark = pytest.mark.django_db


def load():
    call_command("load_initial_content", stdout=open(os.devnull, "w"))


def test_the_catalogue_is_under_the_home_page_and_in_the_menu(client, site_content):
    index = StoreIndexPage.objects.get()
    assert index.url == "/territoires-store/" and index.live and index.show_in_menus
    html = client.get("/").content.decode()
    assert 'href="/territoires-store/"' in html


def test_the_eleven_thematiques_exist_in_order(site_content):
    names = list(Thematique.objects.order_by("sort_order").values_list("name", flat=True))
    assert names == [
        "Mobilité",
        "Déchets",
        "Logement",
        "Démarches administratives",
        "Aides pour collectivités",
        "Accessibilité",
        "Emploi et Entreprise",
        "Données",
        "Urbanisme",
        "Solidarité",
        "Agriculture",
    ]
    assert len(THEMATIQUES) == 11


def test_at_least_ten_real_services_are_published_with_their_addresses(site_content):
    services = StoreItemPage.objects.live()
    assert services.count() >= 10
    for service in services:
        assert service.service_url.startswith("https://"), service.title
        assert service.source_code_url.startswith("https://"), service.title
        assert service.thematiques.exists(), service.title
        assert service.echelons and service.pitch and service.purpose and service.builder
    used = set(Thematique.objects.filter(services__isnull=False).values_list("slug", flat=True))
    assert used == {slug for slug, _ in THEMATIQUES}


def test_loading_twice_changes_nothing_and_keeps_editors_changes(site_content):
    service = StoreItemPage.objects.get(slug="trackdechets")
    service.pitch = "Texte réécrit par un éditeur."
    service.save_revision().publish()
    thematique = Thematique.objects.get(slug="mobilite")
    thematique.name = "Mobilités"
    thematique.save()
    before = (StoreItemPage.objects.count(), Thematique.objects.count())
    load()
    assert (StoreItemPage.objects.count(), Thematique.objects.count()) == before
    assert StoreItemPage.objects.get(slug="trackdechets").pitch == "Texte réécrit par un éditeur."
    assert Thematique.objects.get(slug="mobilite").name == "Mobilités"


@pytest.mark.parametrize(
    ("slug", "licence"),
    [
        # From each repository's LICENSE file or README.
        ("aides-territoires", "MIT"),
        ("rdv-service-public", "AGPL-3.0"),
        ("demarches-simplifiees", "AGPL-3.0"),
        ("zero-logement-vacant", "MIT"),
        ("trackdechets", "AGPL-3.0-or-later"),
    ],
)
def test_the_licences_we_could_check_are_given(site_content, slug, licence):
    assert StoreItemPage.objects.get(slug=slug).licence == licence


def test_services_with_a_known_deployment_name_it(site_content):
    territories = {
        page.slug: [territory.name for territory in page.territories.all()]
        for page in StoreItemPage.objects.filter(
            slug__in=["rdv-service-public", "demarches-simplifiees", "zero-logement-vacant"]
        )
    }
    assert territories["demarches-simplifiees"] == ["Métropole européenne de Lille (59)"]
    assert territories["rdv-service-public"] == ["Département du Pas-de-Calais (62)"]
    assert len(territories["zero-logement-vacant"]) == 2


def test_every_deployment_names_an_official_collectivite_by_kind_and_code():
    kinds = {"commune": 5, "departement": (2, 3), "region": (2, 3), "epci": 9}
    for data in SERVICES:
        assert isinstance(data["deployments"], list), data["slug"]
        for deployment in data["deployments"]:
            kind, _, code = deployment.partition(":")
            assert kind in kinds, deployment
            lengths = kinds[kind] if isinstance(kinds[kind], tuple) else (kinds[kind],)
            assert len(code) in lengths and code[:2].isalnum(), deployment
