"""The contact team in a real Chromium: the dashboard shows the newest requests and warns that
nobody is notified; they set an address. « Éditeurs » see none of it, but change the
confirmation's text in Paramètres › Textes du formulaire de rappel, and visitors see it."""

import pytest

from contact.models import CallbackRequest, ContactSettings
from tests.browser.editors import log_in_as_editor, log_in_as_member, server_errors

pytestmark = pytest.mark.browser

PANEL = "Dernières demandes de rappel"
WARNING = "Personne n’est prévenu des nouvelles demandes de rappel."
CONFIRMATION = "Merci ! L’équipe vous rappelle sous trois jours ouvrés."


def a_request() -> CallbackRequest:
    return CallbackRequest.objects.create(
        name="Camille Martin",
        email="camille@mairie-exemple.fr",
        organisation="Commune de Lavaur",
        subject="Être recontacté",
        consent=True,
    )


def sidebar_link(page, name: str):
    return page.locator("#wagtail-sidebar").get_by_role("link", name=name, exact=True)


def test_the_contact_team_sets_the_address_that_receives_the_notifications(live_site, browser_page):
    page = browser_page
    errors = server_errors(page)
    callback = a_request()
    log_in_as_member(page, live_site.url, "Équipe contact", "equipe")
    sidebar_link(page, "Demandes de rappel").wait_for()

    panel = page.locator("#dernieres-demandes-de-rappel-section, .w-panel--dashboard").filter(
        has_text=PANEL
    )
    panel.get_by_role("link", name=f"n° {callback.pk}").wait_for()
    assert panel.get_by_text("Commune de Lavaur").is_visible()
    page.get_by_text(WARNING).wait_for()
    page.get_by_role("link", name="Paramètres › Demandes de rappel").click()

    page.get_by_label("Destinataires des notifications").fill("equipe@anct.gouv.fr")
    page.get_by_role("button", name="Enregistrer").click()
    page.locator(".messages .success").wait_for()
    assert ContactSettings.load().recipients == ["equipe@anct.gouv.fr"]
    page.goto(f"{live_site.url}/admin/")
    page.get_by_role("link", name=f"n° {callback.pk}").wait_for()
    assert page.get_by_text(WARNING).count() == 0
    assert not errors


def test_an_editor_changes_the_confirmation_visitors_then_see(live_site, browser_page):
    page = browser_page
    errors = server_errors(page)
    log_in_as_editor(page, live_site.url)
    page.locator("#wagtail-sidebar").get_by_role("button", name="Paramètres").click()
    sidebar_link(page, "Textes du formulaire de rappel").click()

    page.get_by_label("Texte de la confirmation").fill(CONFIRMATION)
    page.get_by_role("button", name="Enregistrer").click()
    page.locator(".messages .success").wait_for()

    page.context.clear_cookies()  # now a visitor
    page.goto(f"{live_site.url}/contact/")
    page.get_by_label("Nom et prénom").fill("Dominique Petit")
    page.get_by_label("Adresse électronique professionnelle").fill("d.petit@mairie.fr")
    page.get_by_label("Collectivité ou organisation").fill("Commune de Petit-Bourg")
    page.get_by_label("Objet de votre demande").fill("Un projet de mobilité")
    page.get_by_text("J’accepte que ces informations servent").click()
    page.get_by_role("button", name="Envoyer ma demande").click()
    page.get_by_text(CONFIRMATION).wait_for()
    assert not errors


def test_editors_see_neither_the_requests_nor_who_is_notified_of_them(live_site, browser_page):
    page = browser_page
    a_request()
    log_in_as_editor(page, live_site.url)
    sidebar_link(page, "Images").wait_for()
    assert sidebar_link(page, "Demandes de rappel").count() == 0
    assert page.get_by_text(PANEL).count() == 0
    assert page.get_by_text(WARNING).count() == 0
    assert "Commune de Lavaur" not in page.content()

    # Neither who is notified (Paramètres › Demandes de rappel) nor the inbox, even by address.
    for path in ("/admin/settings/contact/contactsettings/", "/admin/demandes-de-rappel/"):
        page.goto(live_site.url + path)
        assert page.get_by_label("Destinataires des notifications").count() == 0
        assert "Commune de Lavaur" not in page.content()
        assert page.url.rstrip("/").endswith("/admin")
