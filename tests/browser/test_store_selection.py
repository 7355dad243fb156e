"""Several services at once, in a real Chromium: a visitor ticks two services in the
catalogue, asks to be called back about both, and one request holds both; the selection
survives filtering; accessible with the selection shown."""

import pytest
from playwright.sync_api import expect

from contact.models import CallbackRequest
from tests.helpers import assert_accessible_and_valid

pytestmark = pytest.mark.browser

SUBMIT = "button[data-selection-submit]"


def tick(page, service: str) -> None:
    """Tick a service's box by clicking its label, as a visitor does (the DSFR draws the box
    on the label), and check that the box is the one named after the service."""
    box = page.get_by_role("checkbox", name=f"Sélectionner ce service : {service}")
    page.locator(f"label[for='{box.get_attribute('id')}']").click()
    assert box.is_checked()


def test_ticking_two_services_asks_for_a_callback_about_both(
    live_site, browser_page, html_validator
):
    page = browser_page
    page.goto(live_site.url + "/territoires-store/")
    expect(page.locator(SUBMIT)).to_be_in_viewport()  # sticks to the bottom of the window
    tick(page, "Camino")
    keyboard_box = page.get_by_role("checkbox", name="Sélectionner ce service : CartoBio")
    keyboard_box.focus()
    page.keyboard.press("Space")
    assert keyboard_box.is_checked()
    label = page.locator("label[for='selection-cartobio']").bounding_box()
    bar = page.locator("[data-store-selection]").bounding_box()
    assert label["y"] + label["height"] <= bar["y"], "the focused box is not under the bar"
    assert page.locator(SUBMIT).inner_text() == "Être recontacté au sujet de 2 services"
    assert page.locator("[data-selection-status]").inner_text() == "2 services sélectionnés."
    assert_accessible_and_valid(page, html_validator, "catalogue, deux services sélectionnés")

    page.locator(SUBMIT).click()
    page.wait_for_url("**/contact/?service=camino&service=cartobio")
    assert page.get_by_role("checkbox", name="Camino").is_checked()
    assert page.get_by_role("checkbox", name="CartoBio").is_checked()
    assert not page.get_by_role("checkbox", name="Acceslibre").is_checked()

    page.get_by_label("Nom et prénom").fill("Camille Martin")
    page.get_by_label("Adresse électronique professionnelle").fill("c.martin@mairie-exemple.fr")
    page.get_by_label("Collectivité ou organisation").fill("Commune d'Exemple")
    page.get_by_label("Objet de votre demande").fill("Titres miniers et agriculture biologique")
    page.get_by_label("J’accepte que ces informations").check(force=True)
    page.get_by_role("button", name="Envoyer ma demande").click()
    page.get_by_text("Votre demande est enregistrée").wait_for()

    stored = CallbackRequest.objects.get()
    assert sorted(service.slug for service in stored.services.all()) == [
        "camino",
        "cartobio",
    ]


def test_a_ticked_service_stays_selected_while_filtering(live_site, browser_page):
    page = browser_page
    page.goto(live_site.url + "/territoires-store/")
    tick(page, "Camino")
    page.get_by_label("Thématique").select_option(label="Mobilité")
    page.wait_for_url("**/territoires-store/?thematique=mobilite")
    tick(page, "transport.data.gouv.fr")
    assert page.locator(SUBMIT).inner_text() == "Être recontacté au sujet de 2 services"

    page.get_by_label("Thématique").select_option(label="Toutes les thématiques")
    page.wait_for_url("**/territoires-store/")
    page.get_by_role("checkbox", name="Sélectionner ce service : Camino").wait_for()
    assert page.get_by_role("checkbox", name="Sélectionner ce service : Camino").is_checked()
    page.locator(SUBMIT).click()
    page.wait_for_url("**/contact/?service=*")
    assert page.get_by_role("checkbox", name="Camino").is_checked()
    assert page.get_by_role("checkbox", name="transport.data.gouv.fr").is_checked()


def test_without_javascript_the_selection_is_a_plain_form(live_site, chromium):
    context = chromium.new_context(java_script_enabled=False, locale="fr-FR")
    page = context.new_page()
    page.goto(live_site.url + "/territoires-store/")
    tick(page, "Acceslibre")
    tick(page, "Aides-territoires")
    page.get_by_role("button", name="Être recontacté au sujet des services sélectionnés").click()
    page.wait_for_url("**/contact/?service=acceslibre&service=aides-territoires")
    assert page.get_by_role("checkbox", name="Acceslibre").is_checked()
    assert page.get_by_role("checkbox", name="Aides-territoires").is_checked()
    context.close()
