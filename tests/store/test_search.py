"""The catalogue's search (the site's search, search/): thématique names and synonyms count,
a mistyped word is corrected, several words rank by how many match, results say why they
matched, an empty result offers the closest thématiques, and the cost does not grow with the
catalogue. What differs between PostgreSQL and SQLite is asserted for each (see README)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from search.initial_content import load as load_synonyms
from search.models import SynonymGroup
from search.text import search_terms
from store.models import StoreItemPage, Thematique

from .conftest import add_many_services, add_service, card_titles

URL = "/territoires-store/"
pytestmark = pytest.mark.django_db

COVOITURAGE = "Registre de preuve de covoiturage"


def search(client, q, **params) -> list[str]:
    return card_titles(client.get(URL, {"q": q, **params}).content.decode())


def mobilite_services() -> set[str]:
    return set(
        StoreItemPage.objects.live()
        .filter(thematiques__slug="mobilite")
        .values_list("title", flat=True)
    )


@pytest.mark.parametrize("query", ["mobilite", "mobilité", "Mobilité", "mobilté", "transport"])
def test_the_thematique_its_synonyms_and_a_typo_find_every_mobilite_service(
    client, catalogue, query
):
    titles = search(client, query)
    assert COVOITURAGE in titles and "transport.data.gouv.fr" in titles
    assert mobilite_services() <= set(titles)


@pytest.mark.parametrize(
    "query, first",
    [
        ("cantine scolaire", "ma cantine"),
        ("logements vacants", "Zéro Logement Vacant"),
        ("transport.data.gouv.fr", "transport.data.gouv.fr"),
        ("covoiturage", COVOITURAGE),
        ("EGalim", "ma cantine"),
    ],
)
def test_the_service_matching_best_comes_first(client, catalogue, query, first):
    assert search(client, query)[0] == first


def test_an_elided_word_is_searched(client, catalogue):
    assert "Docurba" in search(client, "d'urbanisme")


def test_demarche_finds_demarches_simplifiees(client, catalogue):
    for query in ["demarche", "démarches", "DEMARCHES"]:
        assert search(client, query)[0] == "Démarches simplifiées"  # in its name


def test_several_words_rank_by_how_many_match_instead_of_requiring_all(client, catalogue):
    for title, description in [
        ("Menus de la cantine scolaire", "Publier les menus de la cantine scolaire."),
        ("Réservation de la cantine", "Inscrire les enfants à la cantine."),
        ("Transport scolaire", "Organiser le ramassage scolaire."),
    ]:
        add_service(catalogue, title, description=description)
    titles = search(client, "cantine scolaire")
    assert titles[0] == "Menus de la cantine scolaire"  # both words
    assert {"Réservation de la cantine", "Transport scolaire"} <= set(titles)  # one word
    assert "Zéro Logement Vacant" in search(client, "logements lampadaires")


def test_a_short_word_or_synonym_is_searched_whole(client, catalogue):
    add_service(catalogue, "Carnet du PLU", description="Consulter le PLU de la commune.")
    add_service(catalogue, "Outil quelconque", description="Il en fait plus que prévu.")
    titles = search(client, "urbanisme")  # « PLU » is one of its synonyms
    assert "Carnet du PLU" in titles and "Outil quelconque" not in titles


def test_a_typo_says_what_was_searched_instead(client, catalogue):
    html = client.get(URL, {"q": "covoitrage"}).content.decode()
    assert card_titles(html)[0] == COVOITURAGE
    assert "Résultats pour « covoiturage » (vous avez cherché « covoitrage »)" in html
    html = client.get(URL, {"q": "mobilité"}).content.decode()
    assert "Résultats pour" not in html  # nothing was corrected


def test_a_typo_in_the_first_letter_is_corrected_on_postgresql_only(client, catalogue):
    titles = search(client, "nobilité")
    if connection.vendor == "postgresql":  # pg_trgm compares every letter
        assert COVOITURAGE in titles
    else:  # SQLite looks for corrections among words with the same first letter only
        assert titles == []


def test_a_result_found_through_its_thematique_says_so(client, catalogue):
    html = client.get(URL, {"q": "mobilité"}).content.decode()
    cards = html.split('class="fr-card ')[1:]
    covoiturage = next(card for card in cards if COVOITURAGE in card)
    # Its texts speak of « trajets » and « covoiturage », never of « mobilité ».
    assert "Correspond à la thématique Mobilité" in covoiturage
    transport_data = next(card for card in cards if "transport.data.gouv.fr</a>" in card)
    assert "Correspond à" not in transport_data  # « mobilité » is in its own text


def test_an_empty_result_offers_the_closest_thematiques(client, catalogue):
    html = client.get(URL, {"q": "covoiturage", "thematique": "agriculture"}).content.decode()
    assert card_titles(html) == []
    assert "Les thématiques les plus proches de votre recherche" in html
    assert '<a class="fr-link" href="/territoires-store/?thematique=mobilite">Mobilité</a>' in html
    html = client.get(URL, {"q": "zzzquinexistepas"}).content.decode()
    assert "Les thématiques les plus proches" not in html  # nothing is close: no list


def test_synonyms_edited_by_an_editor_count_at_once(client, catalogue):
    assert search(client, "bicyclette") == []
    SynonymGroup.objects.create(words="vélo, bicyclette")
    assert "Mes Aides Vélo" in search(client, "bicyclette")
    assert "Mes Aides Vélo" in search(client, "bicyclete")  # a synonym mistyped


def test_update_index_rewrites_every_document(client, catalogue):
    from django.core.management import call_command

    from search.documents import REGISTRY
    from search.models import SearchDocument, SearchWord

    SearchDocument.objects.all().delete()
    SearchWord.objects.all().delete()
    assert search(client, "covoiturage") == []
    call_command("update_index", verbosity=0)
    # Every searchable page has one: the services and the site search's other page types.
    assert SearchDocument.objects.count() == sum(model.objects.count() for model in REGISTRY)
    assert StoreItemPage in REGISTRY
    assert search(client, "covoitrage")[0] == COVOITURAGE


def test_the_default_synonyms_never_overwrite_an_edit(catalogue):
    group = SynonymGroup.objects.get(words__startswith="mobilité")
    group.words = "mobilité, transport, navette"
    group.save()
    count = SynonymGroup.objects.count()
    load_synonyms()
    assert SynonymGroup.objects.count() == count
    assert SynonymGroup.objects.get(pk=group.pk).words == "mobilité, transport, navette"


def test_a_renamed_thematique_is_found_by_its_new_name(client, catalogue):
    assert search(client, "peregrinations") == []
    mobilite = Thematique.objects.get(slug="mobilite")
    mobilite.name = "Pérégrinations"
    mobilite.save()
    assert COVOITURAGE in search(client, "pérégrinations")


def test_a_draft_is_not_searched_until_it_is_published(client, catalogue):
    service = StoreItemPage.objects.get(slug="docurba")
    service.description += "\n\nIl sert aussi aux amateurs d'ornithologie."
    revision = service.save_revision()
    assert search(client, "ornithologie") == []
    revision.publish()
    assert search(client, "ornithologie") == ["Docurba"]


def test_stop_words_repeats_and_punctuation_are_not_searched():
    assert search_terms("Le vélo, LE VÉLO !") == "velo"
    assert search_terms("de la") == ""
    assert search_terms("transport.data.gouv.fr") == "transport data gouv fr"


@pytest.mark.parametrize("query", ["de", "le la les", "à été de"])
def test_a_query_of_stop_words_lists_every_service(client, catalogue, query):
    count = StoreItemPage.objects.live().count()
    html = client.get(URL, {"q": query}).content.decode()
    assert f'data-announce="{count} services"' in html


@pytest.mark.parametrize("query", ["!!!", "\"'", "de la", " - "])
def test_a_query_without_a_word_is_no_search(client, catalogue, query):
    html = client.get(URL, {"q": query}).content.decode()
    count = StoreItemPage.objects.live().count()
    assert f'data-announce="{count} services"' in html  # not « services trouvés »
    assert 'name="q" value=""' in html


def test_htmx_puts_the_filters_as_understood_in_the_address(client, catalogue):
    def pushed(params):
        response = client.get(URL, params, headers={"HX-Request": "true"})
        return response.headers["HX-Push-Url"]

    assert pushed({"q": "!!!"}) == "/territoires-store/"
    assert pushed({"thematique": "mobilite", "echelon": "", "q": "de"}) == (
        "/territoires-store/?thematique=mobilite"
    )
    assert pushed({"q": "vélo", "thematique": "nexiste-pas"}) == "/territoires-store/?q=v%C3%A9lo"
    restore = client.get(
        URL, {"q": "!!!"}, headers={"HX-Request": "true", "HX-History-Restore-Request": "true"}
    )
    assert "HX-Push-Url" not in restore.headers


def test_every_word_counts_even_after_the_tenth(client, catalogue):
    words = "plateforme formulaire administratif instruire dossiers recus sans developpement"
    eleven = words + " milliers etat collectivites lampadaires"
    assert search(client, eleven)[0] == "Démarches simplifiées"


SEARCHES = {
    "un mot": {"q": "mobilite"},
    "une faute": {"q": "mobilté"},
    "deux mots et une thématique": {"q": "cantine scolaire", "thematique": "agriculture"},
    "page 2": {"q": "service numero", "page": "2"},
    "aucun résultat": {"q": "zzzquinexistepas"},
}


def query_counts(client) -> dict[str, int]:
    counts = {}
    for name, params in SEARCHES.items():
        client.get(URL, params)  # warm up: caches
        with CaptureQueriesContext(connection) as queries:
            assert client.get(URL, params).status_code == 200
        counts[name] = len(queries)
        # The matching services are counted, then one page of them is read: never all.
        searching = [query["sql"] for query in queries if "search_searchdocument" in query["sql"]]
        assert searching and all("COUNT(" in sql or "LIMIT" in sql for sql in searching)
    return counts


@pytest.mark.usefixtures("twelve_per_page")
def test_a_search_costs_the_same_queries_with_30_and_300_services(client, catalogue):
    StoreItemPage.objects.all().delete()
    add_many_services(catalogue, 30, with_logos=False, thematique_slug="mobilite")
    with_30 = query_counts(client)
    assert len(search(client, "service numero")) == 12  # one full page
    add_many_services(catalogue, 270, start=30, with_logos=False, thematique_slug="mobilite")
    assert StoreItemPage.objects.live().count() == 300
    assert with_30 == query_counts(client)
    assert max(with_30.values()) <= 20, with_30


def test_an_editor_adds_synonyms_in_the_admin_and_the_catalogue_uses_them(editor_client):
    listing = editor_client.get("/admin/snippets/search/synonymgroup/").content.decode()
    assert "Synonymes de la recherche" in listing and "mobilité, transport" in listing
    refused = editor_client.post(
        "/admin/snippets/search/synonymgroup/add/", {"words": "vélo, piste cyclable"}
    )
    assert refused.status_code == 200
    assert "chaque synonyme est un seul mot" in refused.content.decode()
    response = editor_client.post(
        "/admin/snippets/search/synonymgroup/add/", {"words": " Vélo ,bicyclette, "}
    )
    assert response.status_code == 302
    assert SynonymGroup.objects.filter(words="Vélo, bicyclette").exists()
    assert "Mes Aides Vélo" in search(editor_client, "bicyclette")
