"""The Territoires Store in a real Chromium: filters and search update the list in place, the
address follows and Back restores the previous list; without JavaScript the form still works;
accessible in light and dark modes, valid HTML."""

import math

import pytest

from tests.helpers import assert_accessible_and_valid, assert_valid_html

pytestmark = pytest.mark.browser

CARD_TITLES = "#resultats .fr-card__title"
MOBILITE = [
    "Impact CO2",
    "Mes Aides Vélo",
    "Registre de preuve de covoiturage",
    "transport.data.gouv.fr",
]


def titles(page) -> list[str]:
    return [title.strip() for title in page.locator(CARD_TITLES).all_inner_texts()]


def wait_for_results(page, expected_heading: str) -> None:
    page.wait_for_function(
        "text => document.getElementById('resultats-titre')?.textContent.includes(text)"
        " && !document.getElementById('resultats').hasAttribute('aria-busy')",
        arg=expected_heading,
    )


def test_picking_a_thematique_updates_the_list_in_place_and_back_restores_it(
    live_site, browser_page
):
    page = browser_page
    page.goto(live_site.url + "/territoires-store/")
    everything = titles(page)
    assert len(everything) >= 10
    everything_heading = page.locator("#resultats-titre").text_content()
    page.evaluate("window.pasDeRechargement = true")

    page.get_by_label("Thématique").select_option(label="Mobilité")
    page.wait_for_url("**/territoires-store/?thematique=mobilite")
    wait_for_results(page, "4 services trouvés")
    assert sorted(titles(page)) == MOBILITE
    assert page.evaluate("window.pasDeRechargement") is True  # no reload
    page.wait_for_function(
        "() => document.getElementById('annonces').textContent.includes('4 services trouvés')"
    )

    page.get_by_label("Échelon").select_option(label="Région")
    page.wait_for_url("**/territoires-store/?thematique=mobilite&echelon=region")
    wait_for_results(page, "services trouvés")
    assert page.evaluate("window.pasDeRechargement") is True

    page.go_back()
    page.wait_for_url("**/territoires-store/?thematique=mobilite")
    wait_for_results(page, "4 services trouvés")
    assert sorted(titles(page)) == MOBILITE
    assert page.get_by_label("Échelon").input_value() == ""

    page.go_back()
    page.wait_for_url("**/territoires-store/")
    wait_for_results(page, everything_heading)
    assert titles(page) == everything


def test_typing_a_search_updates_the_list(live_site, browser_page, html_validator):
    page = browser_page
    page.goto(live_site.url + "/territoires-store/")
    page.evaluate("window.pasDeRechargement = true")
    page.get_by_label("Rechercher").press_sequentially("demarches", delay=40)
    page.wait_for_url("**/territoires-store/?q=demarches")
    wait_for_results(page, "services trouvés")
    # The service named so first, then those filed under « Démarches administratives ».
    assert titles(page)[0] == "Démarches simplifiées"
    assert page.evaluate("window.pasDeRechargement") is True
    # Focus stays in the field while typing.
    assert page.evaluate("document.activeElement.id") == "filtre-q"

    # A typo is corrected, and the page says so; a card found by its thématique says why.
    page.get_by_label("Rechercher").fill("")
    page.get_by_label("Rechercher").press_sequentially("mobilté", delay=40)
    page.wait_for_url("**/territoires-store/?q=mobilt%C3%A9")
    wait_for_results(page, "services trouvés")
    correction = "Résultats pour « mobilité » (vous avez cherché « mobilté »)"
    assert page.get_by_text(correction).is_visible()
    assert "Registre de preuve de covoiturage" in titles(page)
    assert page.get_by_text("Correspond à la thématique Mobilité").first.is_visible()
    assert_accessible_and_valid(page, html_validator, "catalogue, recherche corrigée")

    page.get_by_label("Rechercher").fill("")
    page.get_by_label("Rechercher").press_sequentially("zzzrien", delay=20)
    wait_for_results(page, "Aucun service trouvé")
    assert page.get_by_role("link", name="Réinitialiser les filtres").is_visible()


def test_pressing_enter_while_the_list_updates_cancels_nothing(live_site, browser_page):
    """Enter right after typing, while the typed search is on its way: the two requests
    follow each other instead of the second aborting the first (htmx logs an abort as a
    console error, which the fixture fails on); the list shows the search."""
    page = browser_page
    page.goto(live_site.url + "/territoires-store/")
    page.get_by_label("Rechercher").press_sequentially("cantine", delay=20)
    page.wait_for_timeout(420)  # the field's 400 ms delay has passed: its request is sent
    page.get_by_label("Rechercher").press("Enter")
    page.wait_for_url("**/territoires-store/?q=cantine")
    wait_for_results(page, "trouvé")
    assert titles(page)[0] == "ma cantine"


def test_paging_updates_the_list_in_place_moves_the_focus_and_back_returns(
    live_site, browser_page, html_validator
):
    from store.models import StoreIndexPage, StoreItemPage
    from tests.store.conftest import add_many_services

    add_many_services(StoreIndexPage.objects.get(), 14, with_logos=False)
    pages = math.ceil(StoreItemPage.objects.live().count() / 12)
    page = browser_page
    page.goto(live_site.url + "/territoires-store/")
    first = titles(page)
    assert len(first) == 12
    page.evaluate("window.pasDeRechargement = true")
    page.get_by_role("link", name="Page suivante").click()
    page.wait_for_url("**/territoires-store/?page=2")
    wait_for_results(page, f"page 2 sur {pages}")
    assert not set(titles(page)) & set(first)
    # The focus moves once htmx has settled the swap, a moment after the new list shows.
    page.wait_for_function("document.activeElement.id === 'resultats-titre'", timeout=5000)
    assert page.evaluate("window.pasDeRechargement") is True
    assert_accessible_and_valid(page, html_validator, "catalogue, page 2")
    page.go_back()
    page.wait_for_url("**/territoires-store/")
    wait_for_results(page, "services")
    assert titles(page) == first


def test_without_javascript_the_filters_work_by_submitting(live_site, chromium):
    context = chromium.new_context(java_script_enabled=False, locale="fr-FR")
    page = context.new_page()
    page.goto(live_site.url + "/territoires-store/")
    page.get_by_label("Thématique").select_option(label="Solidarité")
    page.get_by_label("Échelon").select_option(label="Département")
    page.get_by_role("button", name="Filtrer").click()
    page.wait_for_url(
        "**/territoires-store/?thematique=solidarite&echelon=departement&territoire=&q="
    )
    from store.models import StoreItemPage

    expected = StoreItemPage.objects.live().filter(thematiques__slug="solidarite")
    assert sorted(titles(page)) == sorted(
        expected.serving("departement").values_list("title", flat=True)
    )
    assert "RDV Service Public" in titles(page)
    page.get_by_label("Rechercher").fill("rendez-vous")
    page.get_by_role("button", name="Filtrer").click()
    page.wait_for_url("**q=rendez-vous")
    assert titles(page) == ["RDV Service Public"]
    context.close()


def test_the_filtered_catalogue_is_accessible_and_valid(live_site, browser_page, html_validator):
    page = browser_page
    response = page.goto(live_site.url + "/territoires-store/?thematique=donnees&echelon=commune")
    assert_valid_html(html_validator, response.text(), "catalogue filtré (serveur)")
    assert_accessible_and_valid(page, html_validator, "catalogue filtré")
    page.get_by_label("Rechercher").press_sequentially("zzz", delay=20)
    wait_for_results(page, "Aucun service trouvé")
    assert_accessible_and_valid(page, html_validator, "catalogue vide")


def test_a_service_page_is_accessible_and_valid_with_the_callback_form_open(
    live_site, browser_page, html_validator
):
    page = browser_page
    response = page.goto(live_site.url + "/territoires-store/zero-logement-vacant/")
    assert_valid_html(html_validator, response.text(), "page d'un service (serveur)")
    assert_accessible_and_valid(page, html_validator, "page d'un service")
    page.get_by_role("link", name="Être recontacté au sujet de ce service").click()
    page.locator("#rappel-service form").wait_for()
    assert page.url.endswith("/territoires-store/zero-logement-vacant/")
    assert_accessible_and_valid(page, html_validator, "page d'un service, formulaire ouvert")


@pytest.mark.parametrize("width", [1280, 375])
def test_the_catalogue_and_a_service_fit_the_window(live_site, browser_page, width, tmp_path):
    browser_page.set_viewport_size({"width": width, "height": 900})
    for path in ["/territoires-store/", "/territoires-store/rdv-service-public/"]:
        browser_page.goto(live_site.url + path)
        overflow = browser_page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"{path} is {overflow}px wider than a {width}px window"
