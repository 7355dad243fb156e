"""Asking to be called back in a real Chromium, with the keyboard alone: the form opens in
place, shows its errors with the focus on the first, then confirms in place; accessible in
light and dark modes and valid HTML in every state."""

import pytest
from django.test import Client

from contact.models import CallbackRequest
from tests.helpers import (
    assert_accessible_and_valid,
    assert_no_axe_violations,
    assert_valid_html,
)

pytestmark = pytest.mark.browser


def focused(page) -> dict:
    return page.evaluate(
        """() => {
            const el = document.activeElement;
            return {tag: el.tagName, id: el.id, name: el.getAttribute('name'),
                    text: (el.textContent || '').trim().slice(0, 80), type: el.type || ''};
        }"""
    )


def tab_until(page, predicate, limit: int = 80) -> dict:
    """Press Tab until the focused element matches, as a keyboard user would."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        current = focused(page)
        if predicate(current):
            return current
    raise AssertionError(f"Tab never reached the element; last focus: {focused(page)}")


def fill_and_send(page, region) -> None:
    """From the first field (focused), type everything and send, with the keyboard alone."""
    assert focused(page)["name"] == "name"
    page.keyboard.type("Camille Martin")
    page.keyboard.press("Tab")
    page.keyboard.type("camille.martin@mairie-exemple.fr")
    page.keyboard.press("Tab")
    page.keyboard.type("06 12 34 56 78")
    page.keyboard.press("Tab")
    page.keyboard.type("Commune d'Exemple-sur-Loire")
    page.keyboard.press("Tab")
    page.keyboard.type("Maire")
    page.keyboard.press("Tab")
    assert focused(page)["name"] == "subject"
    if not page.evaluate("document.activeElement.value"):
        page.keyboard.type("Un projet de gestion des déchets")
    consent = tab_until(page, lambda f: f["name"] == "consent")
    assert consent["type"] == "checkbox"
    page.keyboard.press("Space")
    tab_until(page, lambda f: f["tag"] == "BUTTON" and "Envoyer" in f["text"])
    page.keyboard.press("Enter")
    region.get_by_text("Votre demande est enregistrée").wait_for()


def send_empty_form(page, region) -> None:
    tab_until(page, lambda f: f["tag"] == "BUTTON" and "Envoyer" in f["text"])
    page.keyboard.press("Enter")
    region.get_by_text("erreurs à corriger").wait_for()
    page.wait_for_function("() => document.activeElement && document.activeElement.name === 'name'")


def assert_in_inbox(name: str) -> None:
    from django.contrib.auth import get_user_model

    admin = get_user_model().objects.create_superuser("admin-test", "admin@anct.gouv.fr", None)
    client = Client()
    client.force_login(admin)
    assert name in client.get("/admin/demandes-de-rappel/").content.decode()


def test_the_contact_page_form_works_in_place_with_the_keyboard(
    live_site, browser_page, html_validator
):
    page = browser_page
    page.goto(live_site.url + "/contact/")
    region = page.locator(".contact-callback")
    assert_accessible_and_valid(page, html_validator, "formulaire vide")

    send_empty_form(page, region)
    assert page.url == live_site.url + "/contact/"  # in place, no navigation
    assert region.locator(".fr-input-group--error").count() == 4
    page.wait_for_function(
        "() => document.getElementById('annonces').textContent.includes('erreur')"
    )
    assert_accessible_and_valid(page, html_validator, "erreurs")

    fill_and_send(page, region)
    page.wait_for_function(
        "() => document.activeElement.textContent.trim() === 'Votre demande est enregistrée'"
    )
    page.wait_for_function("() => document.getElementById('annonces').textContent.length > 0")
    assert_accessible_and_valid(page, html_validator, "confirmation")

    stored = CallbackRequest.objects.get()
    assert stored.phone == "06 12 34 56 78" and stored.source_url == "/contact/"
    assert_in_inbox("Camille Martin")


def test_without_javascript_the_form_posts_and_redirects_to_the_confirmation(
    live_site, chromium, html_validator
):
    context = chromium.new_context(java_script_enabled=False, locale="fr-FR")
    page = context.new_page()
    page.goto(live_site.url + "/contact/")
    page.get_by_label("Nom et prénom").fill("Dominique Petit")
    page.get_by_label("Adresse électronique professionnelle").fill("d.petit@mairie.fr")
    page.get_by_label("Collectivité ou organisation").fill("Commune de Petit-Bourg")
    page.get_by_label("Objet de votre demande").fill("Un projet de mobilité")
    page.get_by_label("J’accepte que ces informations").check(force=True)
    page.get_by_role("button", name="Envoyer ma demande").click()
    page.wait_for_url("**/contact/merci/")
    assert page.get_by_role("heading", level=1).inner_text() == "Demande enregistrée"
    assert_valid_html(html_validator, page.content(), "confirmation sans JavaScript")
    assert CallbackRequest.objects.get().name == "Dominique Petit"
    context.close()


INJECT_CONTRACT = """([slug, text]) => {
    const main = document.getElementById('contenu');
    const link = document.createElement('a');
    link.href = '/contact/?offre=' + slug;
    link.setAttribute('hx-get', '/contact/?offre=' + slug);
    link.setAttribute('hx-target', '#rappel-' + slug);
    link.setAttribute('hx-swap', 'innerHTML');
    link.textContent = text;
    const region = document.createElement('div');
    region.id = 'rappel-' + slug;
    const wrapper = document.createElement('div');
    wrapper.className = 'fr-container';
    wrapper.append(link, region);
    main.append(wrapper);
    window.htmx.process(wrapper);
}"""


def test_a_link_of_the_inline_contract_opens_the_form_in_place(live_site, browser_page):
    """The markup offers and services render (see the brief of the pages and store apps),
    placed on a page: the link's GET swaps in the form, focused and announced, and the
    request goes through without leaving the page."""
    page = browser_page
    page.goto(live_site.url + "/")
    page.evaluate(INJECT_CONTRACT, ["essai", "être recontacté"])
    link = tab_until(page, lambda f: f["tag"] == "A" and f["text"] == "être recontacté")
    assert link["text"] == "être recontacté"
    page.keyboard.press("Enter")
    region = page.locator("#rappel-essai")
    region.locator("form").wait_for()
    assert page.url == live_site.url + "/"
    page.wait_for_function("() => document.activeElement.id === 'rappel-essai-titre'")
    page.wait_for_function(
        "() => document.getElementById('annonces').textContent.includes('ouvert')"
    )
    assert_no_axe_violations(page, "(formulaire ouvert sur place)")
    page.keyboard.press("Tab")
    fill_and_send(page, region)
    assert CallbackRequest.objects.get().source_url == "/"


def test_under_the_first_offer_the_callback_form_works_in_place_with_the_keyboard(
    live_site, browser_page, html_validator
):
    from pages.models import OfferPage

    offer = OfferPage.objects.live().order_by("path").first()
    page = browser_page
    page.goto(live_site.url + "/offres-collectivites/")

    link = tab_until(page, lambda f: f["tag"] == "A" and f["text"] == "être recontacté")
    assert page.evaluate("document.activeElement.getAttribute('href')").endswith(offer.slug)
    page.keyboard.press("Enter")
    region = page.locator(f"#rappel-{offer.slug}")
    region.locator("form").wait_for()
    assert link["text"] == "être recontacté"
    assert page.url == live_site.url + "/offres-collectivites/"
    assert offer.title in region.get_by_label("Objet de votre demande").input_value()
    page.wait_for_function(f"() => document.activeElement.id === 'rappel-{offer.slug}-titre'")
    assert_accessible_and_valid(page, html_validator, "formulaire ouvert sous la première offre")

    send_empty_form(page, region)
    assert region.locator(".fr-input-group--error").count() == 3  # the subject is prefilled
    assert_accessible_and_valid(page, html_validator, "erreurs sous la première offre")

    fill_and_send(page, region)
    assert_accessible_and_valid(page, html_validator, "confirmation sous la première offre")
    stored = CallbackRequest.objects.get()
    assert stored.offer_id == offer.pk and stored.source_url == "/offres-collectivites/"
    assert_in_inbox("Camille Martin")
