"""« Près de chez moi » and the map of a service's deployments, in a real Chromium: the
filter updates the list in place and Back restores it, works without JavaScript, and the map
is reachable with the keyboard and accessible in light and dark modes."""

import pytest

from tests.helpers import assert_accessible_and_valid

pytestmark = pytest.mark.browser

CARD_TITLES = "#resultats .fr-card__title"


def titles(page) -> list[str]:
    return [title.strip() for title in page.locator(CARD_TITLES).all_inner_texts()]


def test_choosing_a_departement_lists_its_services_and_back_restores_the_list(
    live_site, browser_page
):
    page = browser_page
    page.goto(live_site.url + "/territoires-store/")
    everything = titles(page)
    page.evaluate("window.pasDeRechargement = true")

    page.get_by_label("Près de chez moi").select_option(label="62 – Pas-de-Calais")
    page.wait_for_url("**/territoires-store/?territoire=departement-62")
    page.wait_for_function(
        "n => !document.getElementById('resultats').hasAttribute('aria-busy')"
        " && document.querySelectorAll('#resultats .fr-card').length < n",
        arg=len(everything),
    )
    assert "RDV Service Public" in titles(page)
    assert "Aides-territoires" not in titles(page)
    card = page.locator(".fr-card", has_text="RDV Service Public")
    assert "Déployé dans 3 collectivités, dont 1 dans votre département" in card.inner_text()
    assert page.evaluate("window.pasDeRechargement") is True

    page.go_back()
    page.wait_for_url("**/territoires-store/")
    page.wait_for_function(
        "n => document.querySelectorAll('#resultats .fr-card').length === n", arg=len(everything)
    )
    assert titles(page) == everything
    assert page.get_by_label("Près de chez moi").input_value() == ""


def test_without_javascript_the_territory_filter_works_by_submitting(live_site, chromium):
    context = chromium.new_context(java_script_enabled=False, locale="fr-FR")
    page = context.new_page()
    page.goto(live_site.url + "/territoires-store/")
    page.get_by_label("Près de chez moi").select_option(label="26 – Drôme")
    page.get_by_role("button", name="Filtrer").click()
    page.wait_for_url("**territoire=departement-26**")
    assert titles(page) == ["RDV Service Public"]
    context.close()


def test_the_map_marks_each_departement_reachable_by_keyboard_in_both_themes(
    live_site, browser_page, html_validator
):
    page = browser_page
    page.goto(live_site.url + "/territoires-store/rdv-service-public/")
    marked = page.locator(".store-map__marked")
    assert marked.count() == 3
    # The text equivalent: the same deployments, by région.
    listing = page.locator(".store-deployments").inner_text()
    for name in ["Hauts-de-France", "Pas-de-Calais", "Île-de-France", "Seine-et-Marne"]:
        assert name in listing
    assert "Auvergne-Rhône-Alpes" in listing and "Drôme" in listing

    # From the last région of the list, Tab goes through each marked area, each named.
    page.locator(".store-deployments h3").last.focus()
    names = []
    for _ in range(3):
        page.keyboard.press("Tab")
        names.append(page.evaluate("document.activeElement.getAttribute('aria-label')"))
    assert names == [
        "Drôme : 1 déploiement (voir la liste)",
        "Pas-de-Calais : 1 déploiement (voir la liste)",
        "Seine-et-Marne : 1 déploiement (voir la liste)",
    ]  # in the map's order, by code
    # Following one leads to its région in the list.
    page.keyboard.press("Enter")
    page.wait_for_url("**#deploiements-region-**")
    assert_accessible_and_valid(page, html_validator, "carte des déploiements")
