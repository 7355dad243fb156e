"""« Près de chez moi »: the catalogue filtered by a département or a région lists exactly
the services deployed there, each card saying how many collectivités use it; a service page
lists its deployments by région."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from geography.models import Collectivite
from store.models import Deployment, StoreItemPage

from .conftest import add_many_services, add_service, card_titles

pytestmark = pytest.mark.django_db
URL = "/territoires-store/"


def place(kind: str, code: str) -> Collectivite:
    return Collectivite.objects.get(kind=kind, code=code)


def deploy(service: StoreItemPage, *places: Collectivite, unmatched: str = "") -> None:
    rows = [Deployment(service=service, collectivite=p, sort_order=i) for i, p in enumerate(places)]
    if unmatched:
        rows.append(Deployment(service=service, unmatched_name=unmatched, sort_order=len(rows)))
    Deployment.objects.bulk_create(rows)


@pytest.fixture
def near_arras(catalogue):
    """Services deployed in, around and far from the Pas-de-Calais (62, Hauts-de-France)."""
    StoreItemPage.objects.all().delete()
    services = {
        title: add_service(catalogue, title)
        for title in [
            "Dans une commune",
            "Dans une intercommunalité",
            "Dans le département",
            "Dans la région",
            "Dans le Nord",
            "À Lyon",
            "Texte libre seulement",
            "Nulle part",
        ]
    }
    deploy(services["Dans une commune"], place("commune", "62510"))  # Liévin
    deploy(services["Dans une intercommunalité"], place("epci", "200033579"))  # CU d'Arras
    deploy(services["Dans le département"], place("departement", "62"))
    deploy(services["Dans la région"], place("region", "32"), place("commune", "69123"))
    deploy(services["Dans le Nord"], place("commune", "59350"))  # Lille
    deploy(services["À Lyon"], place("commune", "69123"), place("epci", "200046977"))
    deploy(services["Texte libre seulement"], unmatched="Pas-de-Calais (62)")
    return services


IN_62 = ["Dans la région", "Dans le département", "Dans une commune", "Dans une intercommunalité"]


def test_a_departement_lists_the_services_deployed_in_it_or_its_region(client, near_arras):
    html = client.get(URL, {"territoire": "departement-62"}).content.decode()
    assert sorted(card_titles(html)) == IN_62
    assert "4 services" in html


def test_a_region_lists_the_services_deployed_in_any_of_its_departements(client, near_arras):
    html = client.get(URL, {"territoire": "region-32"}).content.decode()
    assert sorted(card_titles(html)) == sorted([*IN_62, "Dans le Nord"])


def test_each_card_counts_the_collectivites_and_those_in_the_chosen_departement(client, near_arras):
    html = client.get(URL, {"territoire": "departement-62"}).content.decode()
    text = re.sub(r"\s+", " ", html)
    assert "Déployé dans 2 collectivités, dont 1 dans votre département" in text
    assert "Déployé dans 1 collectivité, dont 1 dans votre département" in text
    everywhere = re.sub(r"\s+", " ", client.get(URL).content.decode())
    assert "Déployé dans 2 collectivités</p>" in everywhere
    assert "dans votre département" not in everywhere


def test_the_address_keeps_the_choice_and_the_form_shows_it(client, near_arras):
    response = client.get(
        URL, {"territoire": "departement-62", "q": ""}, headers={"HX-Request": "true"}
    )
    assert response["HX-Push-Url"] == "/territoires-store/?territoire=departement-62"
    page = client.get(URL, {"territoire": "departement-62"}).content.decode()
    assert '<option value="departement-62" selected>62 – Pas-de-Calais</option>' in page
    assert '<option value="region-32">Toute la région Hauts-de-France</option>' in page
    assert 'name="territoire"' in page and 'id="filtre-territoire"' in page


@pytest.mark.parametrize(
    "value", ["99", "departement-999", "commune-62041", "region-", "'; drop table", "\x00"]
)
def test_an_unknown_territory_is_ignored(client, near_arras, value):
    response = client.get(URL, {"territoire": value})
    assert response.status_code == 200
    assert len(card_titles(response.content.decode())) == 8


def test_the_filter_combines_with_the_others(client, near_arras):
    html = client.get(URL, {"territoire": "departement-62", "q": "intercommunalité"})
    assert card_titles(html.content.decode()) == ["Dans une intercommunalité"]


class TestQueryCount:
    PARAMS = {
        "all": {},
        "département": {"territoire": "departement-62"},
        "région": {"territoire": "region-32"},
        "département and thématique": {"territoire": "departement-62", "thematique": "mobilite"},
        "page 2": {"territoire": "region-32", "page": "2"},
    }

    def counts(self, client) -> dict[str, int]:
        counts = {}
        for name, params in self.PARAMS.items():
            client.get(URL, params)  # warm up: renditions, caches
            with CaptureQueriesContext(connection) as queries:
                response = client.get(URL, params)
            assert response.status_code == 200
            assert "dans votre" in response.content.decode() or not params
            counts[name] = len(queries)
        return counts

    @staticmethod
    def deploy_all():
        places = [
            place("commune", "62510"),
            place("epci", "200033579"),
            place("departement", "62"),
            place("region", "32"),
            place("commune", "69123"),
        ]
        services = StoreItemPage.objects.filter(deployments__isnull=True)
        for number, service in enumerate(services):
            deploy(service, *places[number % 3 : number % 3 + 3])

    def test_the_catalogue_costs_the_same_queries_with_30_and_300_deployed_services(
        self, client, catalogue
    ):
        StoreItemPage.objects.all().delete()
        add_many_services(catalogue, 30, thematique_slug="mobilite", with_logos=False)
        self.deploy_all()
        with_30 = self.counts(client)
        add_many_services(catalogue, 270, start=30, thematique_slug="mobilite", with_logos=False)
        self.deploy_all()
        assert Deployment.objects.count() == 900
        with_300 = self.counts(client)
        assert with_30 == with_300
