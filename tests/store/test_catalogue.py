"""A visitor browses the Territoires Store: filters by thématique and échelon, searches
(accents and capitals ignored), combines them, pages through, and gets the results fragment
when htmx asks; the same on SQLite and PostgreSQL."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from store.models import StoreItemPage

from .conftest import add_many_services, add_service, card_titles, titles_of

URL = "/territoires-store/"
pytestmark = pytest.mark.django_db


def live_services():
    return StoreItemPage.objects.live()


def test_the_catalogue_lists_every_live_service_with_its_count(client, catalogue):
    response = client.get(URL)
    html = response.content.decode()
    assert response.status_code == 200
    assert sorted(card_titles(html)) == titles_of(live_services())
    assert f"{live_services().count()} services" in html
    assert 'id="resultats-titre"' in html and "data-announce=" in html


def test_the_catalogue_is_in_alphabetical_order_ignoring_capitals_and_accents(client, catalogue):
    add_service(catalogue, "Élan vert")
    add_service(catalogue, "écoles numériques")
    titles = card_titles(client.get(URL).content.decode())
    assert len(titles) == live_services().count()
    assert titles[:3] == ["Acceslibre", "Aidants Connect", "Aides-territoires"]
    assert titles.index("Docurba") < titles.index("écoles numériques") < titles.index("Élan vert")
    assert titles.index("Élan vert") < titles.index("Les emplois de l'inclusion")
    assert titles.index("Mes Adresses") > titles.index("ma cantine")
    assert titles.index("transport.data.gouv.fr") < titles.index("Zéro Logement Vacant")
    assert titles[-1] == "Zéro Logement Vacant"


@pytest.mark.usefixtures("twelve_per_page")
def test_services_with_the_same_name_keep_a_stable_order_across_pages(client, catalogue):
    for number in range(14):
        add_service(catalogue, "Service homonyme", slug=f"service-homonyme-{number}")
    slugs = []
    for page in ("1", "2"):
        html = client.get(URL, {"q": "homonyme", "page": page}).content.decode()
        slugs += re.findall(r'href="/territoires-store/(service-homonyme-\d+)/"', html)
    assert slugs == [f"service-homonyme-{number}" for number in range(14)]


@pytest.mark.parametrize("slug", ["mobilite", "donnees", "solidarite", "agriculture"])
def test_filtering_by_a_thematique_lists_exactly_the_services_that_have_it(client, catalogue, slug):
    html = client.get(URL, {"thematique": slug}).content.decode()
    expected = titles_of(live_services().filter(thematiques__slug=slug))
    assert expected, f"the initial content has no service for {slug}"
    assert sorted(card_titles(html)) == expected


@pytest.mark.parametrize("echelon", ["commune", "intercommunalite", "departement", "region"])
def test_filtering_by_an_echelon_lists_exactly_the_services_serving_it(client, catalogue, echelon):
    html = client.get(URL, {"echelon": echelon}).content.decode()
    expected = sorted(page.title for page in live_services() if echelon in page.echelons)
    assert expected
    assert sorted(card_titles(html)) == expected


def test_the_echelon_filter_does_not_confuse_codes_that_share_letters(client, catalogue):
    add_service(catalogue, "Service intercommunal seul", echelons=["intercommunalite"])
    add_service(catalogue, "Service régional et communal", echelons=["region", "commune"])
    titles = card_titles(client.get(URL, {"echelon": "commune"}).content.decode())
    assert "Service régional et communal" in titles
    assert "Service intercommunal seul" not in titles


@pytest.mark.parametrize("query", ["demarches", "DÉMARCHES", "Demarches", "démarches"])
def test_search_ignores_accents_and_capitals(client, catalogue, query):
    titles = card_titles(client.get(URL, {"q": query}).content.decode())
    assert "Démarches simplifiées" in titles


def test_search_finds_a_service_by_a_word_of_its_description_only(client, catalogue):
    # « déchetteries » is only in Trackdéchets' description, neither in a name nor a pitch.
    assert card_titles(client.get(URL, {"q": "déchetteries"}).content.decode()) == ["Trackdéchets"]
    add_service(catalogue, "Outil sans rapport", description="Il compte les lampadaires.")
    assert card_titles(client.get(URL, {"q": "lampadaires"}).content.decode()) == [
        "Outil sans rapport"
    ]


def test_a_search_lists_first_the_services_matching_the_most_words(client, catalogue):
    titles = card_titles(client.get(URL, {"q": "logements vacants"}).content.decode())
    assert titles[0] == "Zéro Logement Vacant"
    assert card_titles(client.get(URL, {"q": "lampadaires"}).content.decode()) == []


def test_combined_filters_narrow_further(client, catalogue):
    by_thematique = card_titles(client.get(URL, {"thematique": "solidarite"}).content.decode())
    both = card_titles(
        client.get(URL, {"thematique": "solidarite", "echelon": "commune"}).content.decode()
    )
    expected = sorted(
        page.title
        for page in live_services().filter(thematiques__slug="solidarite")
        if "commune" in page.echelons
    )
    assert sorted(both) == expected
    assert set(both) < set(by_thematique)
    searched = card_titles(
        client.get(
            URL, {"thematique": "solidarite", "echelon": "commune", "q": "agendas"}
        ).content.decode()
    )
    assert searched == ["RDV Service Public"]
    assert (
        card_titles(client.get(URL, {"thematique": "dechets", "q": "agendas"}).content.decode())
        == []
    )


def test_a_search_with_no_result_shows_the_empty_state_and_a_way_back(client, catalogue):
    html = client.get(URL, {"q": "zzzquinexistepas"}).content.decode()
    assert card_titles(html) == []
    assert "Aucun service trouvé" in html and "Aucun service ne correspond à ces critères" in html
    assert 'href="/territoires-store/">Réinitialiser les filtres</a>' in html


def test_the_form_shows_the_chosen_filters(client, catalogue):
    html = client.get(
        URL, {"thematique": "mobilite", "echelon": "region", "q": "vélo"}
    ).content.decode()
    assert '<option value="mobilite" selected>' in html
    assert '<option value="region" selected>' in html
    assert 'name="q" value="vélo"' in html


def test_the_index_is_kept_current_when_a_service_is_published(client, catalogue):
    service = StoreItemPage.objects.get(slug="docurba")
    assert card_titles(client.get(URL, {"q": "ornithologie"}).content.decode()) == []
    service.description += "\n\nIl sert aussi aux amateurs d'ornithologie."
    service.save_revision().publish()
    assert card_titles(client.get(URL, {"q": "ornithologie"}).content.decode()) == ["Docurba"]


def test_a_draft_or_unpublished_service_is_not_listed(client, catalogue):
    service = StoreItemPage.objects.get(slug="docurba")
    service.unpublish()
    assert "Docurba" not in card_titles(client.get(URL).content.decode())
    assert "Docurba" not in card_titles(client.get(URL, {"q": "docurba"}).content.decode())


class TestFragment:
    def test_htmx_gets_the_results_fragment_with_the_same_services(self, client, catalogue):
        params = {"thematique": "mobilite"}
        page = client.get(URL, params)
        fragment = client.get(URL, params, headers={"HX-Request": "true"})
        assert fragment.status_code == 200
        body = fragment.content.decode()
        assert "<html" not in body and "<form" not in body and "<header" not in body
        assert 'id="resultats-titre"' in body
        assert card_titles(body) == card_titles(page.content.decode())
        assert "<html" in page.content.decode()

    def test_responses_vary_on_hx_request(self, client, catalogue):
        for headers in ({}, {"HX-Request": "true"}):
            response = client.get(URL, headers=headers)
            assert "HX-Request" in response.headers["Vary"]

    def test_a_history_restore_gets_the_full_page(self, client, catalogue):
        response = client.get(
            URL,
            {"thematique": "mobilite"},
            headers={"HX-Request": "true", "HX-History-Restore-Request": "true"},
        )
        assert "<html" in response.content.decode()


@pytest.mark.usefixtures("twelve_per_page")
class TestPagination:
    def test_a_long_list_is_paged_by_twelve_and_keeps_the_filters(self, client, catalogue):
        add_many_services(catalogue, 30, with_logos=False)
        total = live_services().count()
        first = client.get(URL).content.decode()
        assert len(card_titles(first)) == 12
        assert 'class="fr-pagination' in first
        assert 'aria-current="page"' in first
        second = client.get(URL, {"page": "2"}).content.decode()
        assert len(card_titles(second)) == 12
        assert not set(card_titles(first)) & set(card_titles(second))
        everything = []
        for number in range(1, (total + 11) // 12 + 1):
            everything += card_titles(client.get(URL, {"page": number}).content.decode())
        assert sorted(everything) == titles_of(live_services())

        filtered = client.get(URL, {"q": "demonstration"}).content.decode()
        assert 'href="/territoires-store/?q=demonstration&amp;page=2"' in filtered

    def test_the_first_page_link_clears_the_page_without_a_bare_question_mark(
        self, client, catalogue
    ):
        add_many_services(catalogue, 15, with_logos=False)
        second = client.get(URL, {"page": "2"}).content.decode()
        assert 'id="pagination-first" href="/territoires-store/"' in second
        assert 'id="pagination-1" href="/territoires-store/"' in second
        assert '/territoires-store/?"' not in second
        filtered = client.get(URL, {"q": "demonstration", "page": "2"}).content.decode()
        assert 'id="pagination-first" href="/territoires-store/?q=demonstration"' in filtered

    def test_paging_with_htmx_moves_the_focus_to_the_new_list_but_filtering_does_not(
        self, client, catalogue
    ):
        add_many_services(catalogue, 15, with_logos=False)
        paged = client.get(
            URL, {"page": "2"}, headers={"HX-Request": "true", "HX-Trigger": "pagination-next"}
        ).content.decode()
        assert "<html" not in paged
        assert 'id="resultats-titre" class="fr-h4"' in paged and "data-focus" in paged
        pages = -(-live_services().count() // 12)
        assert f"page 2 sur {pages}" in paged
        assert 'data-hx-get="/territoires-store/?page=3"' in paged
        filtered = client.get(
            URL, {"q": "service"}, headers={"HX-Request": "true", "HX-Trigger": "filtre-q"}
        ).content.decode()
        assert "data-focus" not in filtered


class TestQueryBudget:
    PARAMS = {
        "tout": {},
        "thématique": {"thematique": "mobilite"},
        "échelon et recherche": {"echelon": "region", "q": "service"},
        "page 2": {"page": "2"},
    }

    def counts(self, client) -> dict[str, int]:
        counts = {}
        for name, params in self.PARAMS.items():
            client.get(URL, params)  # warm up: renditions of the logos, caches
            with CaptureQueriesContext(connection) as queries:
                response = client.get(URL, params)
            assert response.status_code == 200
            assert 'class="fr-card__img store-card__logo"><img' in response.content.decode()
            counts[name] = len(queries)
        return counts

    def test_the_catalogue_costs_the_same_queries_with_10_and_200_services(self, client, catalogue):
        StoreItemPage.objects.all().delete()
        add_many_services(catalogue, 10, thematique_slug="mobilite")
        with_ten = self.counts(client)
        add_many_services(catalogue, 190, start=10, thematique_slug="mobilite")
        assert StoreItemPage.objects.live().count() == 200
        with_two_hundred = self.counts(client)
        assert with_ten == with_two_hundred
        assert max(with_two_hundred.values()) <= 20, with_two_hundred


def test_the_site_plan_leads_to_the_services_by_thematique_whatever_their_number(
    client, catalogue
):
    """The plan lists every page of the site but not each service: under the catalogue, each
    thématique holding services links to the catalogue filtered on it, with its count."""
    StoreItemPage.objects.all().delete()
    add_many_services(catalogue, 10, with_logos=False, thematique_slug="mobilite")
    client.get("/plan-du-site/")  # warm up: caches
    with CaptureQueriesContext(connection) as with_ten:
        html = client.get("/plan-du-site/").content.decode()
    plan = html.split("<h1>")[1].split('id="pied-de-page"')[0]
    assert '<a href="/territoires-store/">Territoires Store</a>' in plan
    assert '<a href="/territoires-store/?thematique=mobilite">Mobilité</a> (10 services)' in plan
    assert "Service numéro" not in plan and "/territoires-store/service-" not in plan
    assert 'href="/mentions-legales/"' in plan  # the other pages are all there

    add_many_services(catalogue, 30, start=10, with_logos=False, thematique_slug="mobilite")
    with CaptureQueriesContext(connection) as with_forty:
        plan = client.get("/plan-du-site/").content.decode()
    assert "(40 services)" in plan
    assert len(with_forty) == len(with_ten)
    response = client.get("/territoires-store/", {"thematique": "mobilite"})
    assert "40 services trouvés" in response.content.decode()
