"""An editor of « Éditeurs » gives offer 2 another DSFR pictogram and rewords a key figure of
the home page, publishes both, and sees them on the home page."""

import pytest

from tests.browser.editors import log_in_as_editor, open_editor, server_errors
from tests.pages.offers_helpers import nth_offer

pytestmark = pytest.mark.browser


def test_an_editor_changes_an_offer_pictogram_and_a_figure_label(live_site, browser_page):
    from pages.models import HomePage

    page = browser_page
    errors = server_errors(page)
    log_in_as_editor(page, live_site.url)

    offer = nth_offer(2)
    open_editor(page, f"{live_site.url}/admin/pages/{offer.pk}/edit/")
    page.get_by_role("combobox", name="Pictogramme").select_option(label="Mairie")
    page.get_by_role("button", name="Plus d'actions").click()
    page.get_by_role("button", name="Publier").click()
    page.get_by_text(f"La page « {offer.title} » a été publiée.").wait_for()

    home = HomePage.objects.get()
    open_editor(page, f"{live_site.url}/admin/pages/{home.pk}/edit/")
    page.get_by_role("textbox", name="Texte après le nombre de services").fill(
        "outils libres prêts à servir"
    )
    page.get_by_role("button", name="Plus d'actions").click()
    page.get_by_role("button", name="Publier").click()
    page.get_by_text(f"La page « {home.title} » a été publiée.").wait_for()

    page.goto(live_site.url + "/")
    figures = page.get_by_role("region", name="L'Incubateur en chiffres")
    figures.get_by_text("outils libres prêts à servir").wait_for()
    assert figures.get_by_text("services prêts à l'emploi").count() == 0
    tile = page.locator(".fr-tile", has_text=offer.title)
    href = tile.locator("svg.fr-artwork use").first.get_attribute("href")
    assert "pictograms/buildings/city-hall." in href
    assert not errors
