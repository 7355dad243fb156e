"""The site-wide search (/recherche/, the header's search field on every page): every page
type is found by a word of its text, accents and a mistyped letter do not matter, results are
grouped by type with excerpts where the searched words are marked, hostile input never breaks
it, and its cost does not grow with the site."""

import re
from html import unescape

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from pages.models import FaqEntryPage, HomePage, StandardPage
from tests.helpers import assert_hostile_query_answered_safely

URL = "/recherche/"
pytestmark = pytest.mark.django_db

RESULT = re.compile(r'<h3 class="fr-h6 fr-mb-1v"><a href="([^"]*)">(.*?)</a></h3>', re.S)
GROUP = re.compile(r'<h2 class="fr-h4">(.*?) <span[^>]*>\((\d+)\)</span></h2>')
SUGGESTION = re.compile(
    r'class="site-search-suggestions__link" href="([^"]*)">'
    r'<span class="site-search-suggestions__title">(.*?)</span>'
)
FAQ_QUESTION = "Combien ça coûte ?"
SERVICE = "Aides-territoires"


def text(html: str) -> str:
    return unescape(re.sub(r"<[^>]+>", "", html))


def results(client, q, **params) -> list[tuple[str, str]]:
    """(address, title as read) of each result of the results page, in order."""
    html = client.get(URL, {"q": q, **params}).content.decode()
    return [(unescape(url), text(title)) for url, title in RESULT.findall(html)]


def titles(client, q, **params) -> list[str]:
    return [title for _, title in results(client, q, **params)]


def test_every_page_has_the_header_search_form_submitting_to_recherche(client, site_content):
    for path in [
        "/",
        "/offre-anct/",
        "/offres-collectivites/",
        "/territoires-store/",
        "/mentions-legales/",
        "/contact/",
    ]:
        html = client.get(path).content.decode()
        form = re.search(r'<form class="fr-search-bar" id="recherche-entete"[^>]*>', html)
        assert form, path
        assert 'action="/recherche/"' in form.group() and 'method="get"' in form.group()
        assert 'name="q"' in html


def test_a_word_of_a_faq_answer_finds_the_question_linked_to_its_answer(client, site_content):
    found = results(client, "refinancer")
    assert found, "aucun résultat"
    url, title = found[0]
    entry = FaqEntryPage.objects.get(title__startswith="Combien")
    assert title == FAQ_QUESTION
    assert url == f"/offre-anct/#{entry.slug}"
    # The anchor is the answer's in the FAQ page.
    assert f'id="{entry.slug}"' in client.get("/offre-anct/").content.decode()


def test_a_word_of_a_service_description_finds_the_service(client, site_content):
    found = results(client, "dispersées")
    assert ("/territoires-store/aides-territoires/", SERVICE) in found


def test_offers_legal_pages_and_the_home_page_are_found_too(client, site_content):
    assert "Offres aux collectivités territoriales" in titles(client, "collectivités")
    assert "Mentions légales" in titles(client, "mentions légales")
    home = HomePage.objects.get()
    assert home.title in titles(client, home.hero_title, type="pages")


@pytest.mark.parametrize("query", ["dispersees", "DISPERSÉES", "Dispersees"])
def test_accents_and_capitals_do_not_matter(client, site_content, query):
    assert SERVICE in titles(client, query)


def test_a_mistyped_word_is_corrected_and_said_so(client, site_content):
    # One letter wrong, after the first: both databases correct it.
    html = client.get(URL, {"q": "refinancr"}).content.decode()
    assert "Résultats pour « refinancer » (vous avez cherché « refinancr »)" in unescape(html)
    assert FAQ_QUESTION in [text(t) for _, t in RESULT.findall(html)]


def test_a_wrong_first_letter_is_found_on_postgresql_only(client, site_content):
    # Only pg_trgm's similarity finds it; SQLite's correction keeps the first letter (README).
    found = FAQ_QUESTION in titles(client, "vefinancer")
    if connection.vendor == "postgresql":
        assert found
        assert SERVICE in titles(client, "dispersées".replace("p", "b"))
    else:
        assert not found


def test_results_are_grouped_by_type_with_counts(client, site_content):
    html = client.get(URL, {"q": "territoire"}).content.decode()
    tags = re.findall(r'class="fr-tag" href="[^"]*type=[^"]*"[^>]*>(.*?) \((\d+)\)</a>', html)
    groups = [(unescape(name), int(count)) for name, count in tags]
    names = [unescape(name) for name, _ in GROUP.findall(html)]
    assert len(names) == len(set(names)), "un type apparaît deux fois"
    assert "Questions fréquentes" in names and "Services du Territoires Store" in names
    assert names.index("Offres") < names.index("Questions fréquentes")
    # Each count is the number of results under it, over every page, and the tags say so.
    pages = [html, client.get(URL, {"q": "territoire", "page": 2}).content.decode()]
    under: dict[str, int] = {}
    for page in pages:
        for section in re.split(r'<h2 class="fr-h4">', page)[1:]:
            name = unescape(section.split(" <span", 1)[0])
            under[name] = under.get(name, 0) + len(RESULT.findall(section))
    assert under == dict(groups)
    assert f"Tous les types ({sum(under.values())})" in unescape(html)


def test_a_type_tag_limits_the_results_to_that_type(client, site_content):
    found = titles(client, "territoire", type="questions-frequentes")
    assert found and set(found) <= set(FaqEntryPage.objects.values_list("title", flat=True))


def test_excerpts_mark_the_searched_words_and_titles_too(client, site_content):
    html = client.get(URL, {"q": "refinancer"}).content.decode()
    assert "<mark>refinancer</mark>" in html
    html = client.get(URL, {"q": "dispersees"}).content.decode()
    assert "<mark>dispersées</mark>" in html
    html = client.get(URL, {"q": "coûte"}).content.decode()
    assert "Combien ça <mark>coûte</mark> ?" in html


def test_the_title_says_what_was_searched(client, site_content):
    html = client.get(URL, {"q": "refinancer"}).content.decode()
    assert re.search(r"<title>Recherche « refinancer » — ", html)
    assert html.count("<h1") == 1


def test_no_result_says_so_in_french_and_offers_close_words(client, site_content):
    html = unescape(client.get(URL, {"q": "xqzwv"}).content.decode())
    assert "Aucun résultat pour « xqzwv »" in html
    assert not RESULT.findall(html)
    html = unescape(client.get(URL, {"q": "territoirezz"}).content.decode())
    assert "Aucun résultat" not in html or "territoire" in html


def test_an_empty_search_shows_the_form(client, site_content):
    for q in ["", "le de la", "!!!"]:
        response = client.get(URL, {"q": q})
        assert response.status_code == 200
        assert not RESULT.findall(response.content.decode())


def test_a_draft_or_private_page_is_not_found(client, site_content):
    entry = FaqEntryPage.objects.get(title__startswith="Combien")
    entry.unpublish()
    assert FAQ_QUESTION not in titles(client, "refinancer")


class TestSuggestions:
    def test_htmx_gets_the_first_results_as_suggestions_without_the_layout(
        self, client, site_content
    ):
        response = client.get(URL, {"q": "territoire"}, headers={"HX-Request": "true"})
        html = response.content.decode()
        assert "<html" not in html and "<header" not in html
        found = SUGGESTION.findall(html)
        assert 1 <= len(found) <= 5
        assert "data-announce=" in html and "résultats" in unescape(html)
        assert "HX-Request" in response["Vary"]
        assert 'href="/recherche/?q=territoire"' in html

    def test_a_faq_suggestion_leads_to_its_answer(self, client, site_content):
        html = client.get(URL, {"q": "refinancer"}, headers={"HX-Request": "true"}).content
        url, title = SUGGESTION.findall(html.decode())[0]
        assert url.startswith("/offre-anct/#") and text(title) == FAQ_QUESTION

    def test_a_history_restore_gets_the_full_page(self, client, site_content):
        headers = {"HX-Request": "true", "HX-History-Restore-Request": "true"}
        html = client.get(URL, {"q": "territoire"}, headers=headers).content.decode()
        assert "<html" in html and RESULT.findall(html)

    def test_nothing_typed_empties_the_suggestions(self, client, site_content):
        html = client.get(URL, {"q": ""}, headers={"HX-Request": "true"}).content.decode()
        assert not html.strip()


HOSTILE = {
    "q de 10 000 caractères": "q=" + "a" * 10_000,
    "q avec <script>": "q=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "q avec des guillemets": "q=%22onmouseover%3Dalert(1)%20x%3D%22%27",
    "q SQL": "q=%27%3B%20DROP%20TABLE%20wagtailcore_page%3B--",
    "q avec % et _": "q=d%25m_rches%25",
    "q avec un octet nul": "q=refi%00nancer",
    "q avec un demi-caractère (surrogate)": "q=%ED%A0%80abc",
    "q avec des opérateurs FTS": "q=NEAR(a%20b)%20OR%20%22x%22%20AND%20*%20%21%3A%26",
    "q d'emoji et d'arabe": "q=%F0%9F%9A%B2%20%D9%85%D8%B1%D8%AD%D8%A8%D8%A7",
    "type inconnu": "q=territoire&type=%3Cscript%3E",
    "q répété": "q=a&q=territoire",
    "page=abc": "q=territoire&page=abc",
    "page=99999": "q=territoire&page=99999",
    "page négative": "q=territoire&page=-3",
}


@pytest.mark.parametrize("query", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_queries_never_break_the_search(client, site_content, query):
    assert_hostile_query_answered_safely(client, f"{URL}?{query}")


def test_a_broken_character_in_the_query_does_not_stop_the_search(client, site_content):
    response = client.get(URL + "?q=refinancer%ED%A0%80")
    assert response.status_code == 200
    assert FAQ_QUESTION in [text(t) for _, t in RESULT.findall(response.content.decode())]


def test_markup_in_the_search_comes_back_escaped(client, site_content):
    html = client.get(URL, {"q": '<script>alert(1)</script>"'}).content.decode()
    assert 'value="&lt;script&gt;alert(1)&lt;/script&gt;&quot;"' in html


def test_a_long_list_is_paged_and_keeps_the_query(client, site_content):
    add_pages(25, "zorglub")
    html = client.get(URL, {"q": "zorglub"}).content.decode()
    assert len(RESULT.findall(html)) == 20
    assert "25 résultats" in html and "Page 1 sur 2" in html
    assert 'href="?q=zorglub&amp;page=2"' in html
    second = client.get(URL, {"q": "zorglub", "page": 2}).content.decode()
    assert len(RESULT.findall(second)) == 5
    assert "— page 2" in second


def add_pages(count: int, word: str, start: int = 0) -> None:
    home = HomePage.objects.get()
    for number in range(start, start + count):
        home.add_child(
            instance=StandardPage(
                title=f"Page {word} {number}",
                slug=f"page-{word}-{number}",
                body=f"Un texte qui parle de {word}, numéro {number}.",
            )
        )


def test_the_results_page_costs_the_same_queries_with_3_or_40_matching_pages(
    client, site_content, django_assert_num_queries
):
    add_pages(3, "zorglub")
    client.get(URL, {"q": "zorglub refinancer"})  # caches (content types, site) warm
    with CaptureQueriesContext(connection) as few:
        client.get(URL, {"q": "zorglub refinancer"})
    add_pages(37, "zorglub", start=3)
    with django_assert_num_queries(len(few.captured_queries)):
        response = client.get(URL, {"q": "zorglub refinancer"})
    assert len(RESULT.findall(response.content.decode())) == 20
    with CaptureQueriesContext(connection) as suggestions:
        client.get(URL, {"q": "zorglub"}, headers={"HX-Request": "true"})
    assert len(suggestions.captured_queries) <= len(few.captured_queries)
