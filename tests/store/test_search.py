"""The catalogue's search answers the same query the same way on SQLite and PostgreSQL:
host names and hyphenated words are split into words, and a query made only of words too
common to search (« de », « le la les ») is no search at all."""

import pytest

from store.models import StoreItemPage
from store.normalise import search_terms

from .conftest import card_titles

URL = "/territoires-store/"
pytestmark = pytest.mark.django_db

EVERY_SERVICE = object()

SAME_ON_BOTH_DATABASES = {
    "transport.data.gouv.fr": ["transport.data.gouv.fr"],
    "data": ["transport.data.gouv.fr"],
    "gouv": ["transport.data.gouv.fr"],
    "Data.Gouv": ["transport.data.gouv.fr"],
    "l'inclusion": ["Les emplois de l'inclusion"],
    "d'urbanisme": ["Docurba"],
    "EGalim": ["ma cantine"],
    "démarches": ["Démarches simplifiées"],
    "de": EVERY_SERVICE,
    "le la les": EVERY_SERVICE,
    "à été de": EVERY_SERVICE,
}


@pytest.mark.parametrize("query", SAME_ON_BOTH_DATABASES)
def test_a_query_finds_the_same_services_on_every_database(client, catalogue, query):
    expected = SAME_ON_BOTH_DATABASES[query]
    html = client.get(URL, {"q": query}).content.decode()
    titles = card_titles(html)
    if expected is EVERY_SERVICE:
        assert sorted(titles) == sorted(
            StoreItemPage.objects.live().values_list("title", flat=True)
        )
    else:
        assert titles == expected


def test_stop_words_repeats_and_punctuation_are_not_searched():
    assert search_terms("Le vélo, LE VÉLO !") == "velo"
    assert search_terms("de la") == ""
    assert search_terms("transport.data.gouv.fr") == "transport data gouv fr"


@pytest.mark.parametrize("query", ["!!!", "\"'", "de la", " - "])
def test_a_query_without_a_word_is_no_search(client, catalogue, query):
    html = client.get(URL, {"q": query}).content.decode()
    count = StoreItemPage.objects.live().count()
    assert f">{count} services</h2>" in html  # not « services trouvés »
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
    assert card_titles(client.get(URL, {"q": words}).content.decode()) == ["Démarches simplifiées"]
    eleven = words + " milliers etat collectivites lampadaires"
    assert card_titles(client.get(URL, {"q": eleven}).content.decode()) == []
