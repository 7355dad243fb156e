"""`manage.py load_initial_content` builds a real catalogue, and never undoes an editor's work."""

import os

import pytest
from django.core.management import call_command

from geography.loader import read_extract
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
    deployments = {
        page.slug: [deployment.key for deployment in page.deployments.all()]
        for page in StoreItemPage.objects.filter(
            slug__in=["rdv-service-public", "demarches-simplifiees", "zero-logement-vacant"]
        )
    }
    assert deployments["demarches-simplifiees"] == ["epci:200093201"]
    rdv = ["departement:62", "departement:77", "departement:26"]
    assert deployments["rdv-service-public"] == rdv
    assert len(deployments["zero-logement-vacant"]) == 2


def test_every_deployment_names_an_official_collectivite_by_kind_and_code():
    extract = read_extract()
    official = {
        "region": {row[0] for row in extract["regions"]},
        "departement": {row[0] for row in extract["departements"]},
        "epci": {row[0] for row in extract["epci"]},
        "commune": {row[0] for row in extract["communes"]},
    }
    for data in SERVICES:
        for deployment in data["deployments"]:
            kind, _, code = deployment.partition(":")
            assert code in official.get(kind, ()), (data["slug"], deployment)
    with_deployment = [data["slug"] for data in SERVICES if data["deployments"]]
    assert len(with_deployment) >= 5, with_deployment


def test_at_least_thirty_services_are_live(site_content):
    assert StoreItemPage.objects.live().public().count() >= 30


def test_every_service_page_shows_three_related_services_when_its_thematiques_allow(
    client, site_content
):
    services = list(StoreItemPage.objects.live().prefetch_related("thematiques"))
    for service in services:
        shared = {t.pk for t in service.thematiques.all()}
        others = [
            s for s in services if s != service and shared & {t.pk for t in s.thematiques.all()}
        ]
        expected = min(3, len(others))
        html = client.get(service.url).content.decode()
        section = html.partition(StoreIndexPage.objects.get().related_title)[2]
        shown = [s.title for s in others if f'href="{s.url}"' in section]
        assert len(shown) >= expected, (service.title, shown)


def test_each_thematique_has_its_pictogram_and_a_service_without_logo_shows_it(
    client, site_content
):
    pictograms = dict(Thematique.objects.values_list("slug", "pictogram"))
    assert pictograms["logement"] == "buildings/house" and all(pictograms.values())
    html = client.get("/territoires-store/zero-logement-vacant/").content.decode()
    assert "artwork/pictograms/buildings/house.svg#artwork-major" in html
    Thematique.objects.filter(slug="logement").update(pictogram="")
    html = client.get("/territoires-store/zero-logement-vacant/").content.decode()
    assert "artwork/pictograms/digital/application.svg#artwork-major" in html
