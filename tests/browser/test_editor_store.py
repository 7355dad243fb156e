"""An editor works on a Territoires Store service in a real Chromium."""

import pytest

from store.models import StoreItemPage
from tests.browser.editors import log_in_as_editor, open_editor, server_errors

pytestmark = pytest.mark.browser

AUTOSAVE_STATE = "document.getElementById('w-autosave-indicator')?.dataset.wAutosaveStateValue"


def test_typing_in_a_service_is_saved_automatically_without_error(live_site, browser_page):
    page = browser_page
    errors = server_errors(page)
    log_in_as_editor(page, live_site.url)
    service = StoreItemPage.objects.get(slug="docurba")
    open_editor(page, f"{live_site.url}/admin/pages/{service.pk}/edit/")

    page.get_by_role("textbox", name="Accroche").fill("Une accroche réécrite, enregistrée seule.")
    page.wait_for_function(f"{AUTOSAVE_STATE} === 'saved'", polling=250, timeout=15_000)

    assert page.evaluate(AUTOSAVE_STATE) == "saved"
    assert not errors
    draft = StoreItemPage.objects.get(pk=service.pk).get_latest_revision_as_object()
    assert draft.pitch == "Une accroche réécrite, enregistrée seule."
    assert draft.purpose == service.purpose


def test_an_editor_adds_a_service_with_two_thematiques_ticked(live_site, browser_page):
    from store.models import StoreIndexPage

    page = browser_page
    errors = server_errors(page)
    log_in_as_editor(page, live_site.url)
    catalogue = StoreIndexPage.objects.get()
    page.goto(f"{live_site.url}/admin/pages/add/store/storeitempage/{catalogue.pk}/")

    page.locator("#id_title").fill("Vélos des villages")
    page.get_by_role("textbox", name="Accroche").fill("Des vélos prêtés par la mairie.")
    page.get_by_role("textbox", name="Ce qu'il permet à la collectivité").fill(
        "Prêter des vélos aux habitants"
    )
    page.get_by_role("checkbox", name="Mobilité").check()
    page.get_by_role("checkbox", name="Solidarité").check()
    page.get_by_label("Phase").select_option(label="Construction")
    page.get_by_role("textbox", name="Conçu et opéré par").fill("La commune de Test")
    page.get_by_role("button", name="Plus d'actions").click()
    page.get_by_role("button", name="Publier").click()
    page.get_by_text("« Vélos des villages » créée et publiée.").wait_for()

    for thematique in ["mobilite", "solidarite"]:
        page.goto(f"{live_site.url}/territoires-store/?thematique={thematique}")
        assert page.locator(".fr-card__title", has_text="Vélos des villages").count() == 1
    assert not errors
