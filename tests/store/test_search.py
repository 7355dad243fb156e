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
