"""Whatever a visitor (or a robot) puts in the catalogue's address, the site answers 200 or
400, never 500, and nothing it sent comes back unescaped."""

from html import unescape

import pytest

from tests.helpers import assert_hostile_query_answered_safely

from .conftest import card_titles

URL = "/territoires-store/"
pytestmark = pytest.mark.django_db

HOSTILE = {
    "q de 10 000 caractères": "q=" + "a" * 10_000,
    "q avec <script>": "q=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "q avec des guillemets": "q=%22onmouseover%3Dalert(1)%20x%3D%22%27",
    "q avec %": "q=%25",
    "q avec _": "q=_",
    "q avec %_ et mots": "q=d%25m_rches%25",
    "q avec un octet nul": "q=d%00emarches",
    "q avec des opérateurs FTS": "q=NEAR(a%20b)%20OR%20%22x%22%20AND%20*",
    "q fait de mots vides": "q=le%20de%20la",
    "q avec des emoji et de l'arabe": "q=%F0%9F%9A%B2%20%D9%85%D8%B1%D8%AD%D8%A8%D8%A7",
    "thématique inconnue": "thematique=nexiste-pas",
    "thématique malformée": "thematique=%3Cscript%3E%00",
    "échelon inconnu": "echelon=%3Cb%3Eplanete%3C%2Fb%3E",
    "paramètre répété": "thematique=mobilite&thematique=dechets&q=a&q=b",
    "page=abc": "page=abc",
    "page=99999": "page=99999",
    "page négative": "page=-3",
    "page avec un octet nul": "page=1%00",
}


@pytest.mark.parametrize("query", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_query_strings_never_break_the_catalogue(client, catalogue, query):
    assert_hostile_query_answered_safely(client, f"{URL}?{query}", "<b>planete</b>")


def test_a_very_long_search_is_cut_short(client, catalogue):
    html = client.get(URL, {"q": "a" * 10_000}).content.decode()
    assert "a" * 200 in html and "a" * 201 not in html


def test_markup_in_the_search_is_shown_escaped_in_the_field(client, catalogue):
    html = client.get(URL, {"q": '<script>alert(1)</script>"'}).content.decode()
    assert 'value="&lt;script&gt;alert(1)&lt;/script&gt;&quot;"' in html


def test_an_unknown_thematique_is_ignored_and_said_so(client, catalogue):
    html = client.get(URL, {"thematique": "nexiste-pas"}).content.decode()
    assert "Cette thématique n'existe pas ou plus" in unescape(html)
    assert len(card_titles(html)) == len(card_titles(client.get(URL).content.decode()))


def test_a_repeated_parameter_counts_once(client, catalogue):
    html = client.get(URL + "?thematique=mobilite&thematique=dechets").content.decode()
    assert card_titles(html) == ["Longue vie aux objets", "ma cantine", "Trackdéchets"]


@pytest.mark.parametrize("page", ["abc", "99999", "0", "-1"])
def test_an_impossible_page_number_shows_a_real_page(client, catalogue, page):
    response = client.get(URL, {"page": page})
    assert response.status_code == 200
    assert card_titles(response.content.decode())
