"""An editor works on a Territoires Store service in a real Chromium."""

import re
import subprocess
import time

import pytest

from store.models import StoreIndexPage, StoreItemPage
from tests import production_server
from tests.browser.editors import (
    choose_uploaded_image,
    log_in_as_editor,
    open_editor,
    png_file,
    requests_elsewhere,
    serve_media_as_nginx_does,
    server_errors,
)

pytestmark = pytest.mark.browser

TITLE = "Vélos des villages"


@pytest.fixture(scope="module")
def search_worker(production_site, tmp_path_factory):
    """The task worker beside the server, as in production: it updates the search index
    after a publication. For this module only, so that it takes no task from the worker's
    own tests."""
    log = tmp_path_factory.mktemp("worker") / "db_worker.log"
    worker = production_site.manage(
        "db_worker", "--interval", "0.2", "--no-startup-delay",
        stdout=log.open("w"), stderr=subprocess.STDOUT,
    )  # fmt: skip
    yield worker, log
    production_server.stop(worker)


AUTOSAVE_STATE = "document.getElementById('w-autosave-indicator')?.dataset.wAutosaveStateValue"
AUTOSAVE_WAIT = 30_000  # ms; Wagtail saves half a second after a change, on a busy machine


def test_typing_in_a_service_is_saved_automatically_without_error(live_site, browser_page):
    page = browser_page
    errors = server_errors(page)
    log_in_as_editor(page, live_site.url)
    service = StoreItemPage.objects.get(slug="docurba")
    open_editor(page, f"{live_site.url}/admin/pages/{service.pk}/edit/")

    page.get_by_role("textbox", name="Accroche").fill("Une accroche réécrite, enregistrée seule.")
    page.wait_for_function(f"{AUTOSAVE_STATE} === 'saved'", polling=250, timeout=AUTOSAVE_WAIT)

    assert page.evaluate(AUTOSAVE_STATE) == "saved"
    assert not errors
    draft = StoreItemPage.objects.get(pk=service.pk).get_latest_revision_as_object()
    assert draft.pitch == "Une accroche réécrite, enregistrée seule."
    assert draft.purpose == service.purpose


def test_an_editor_adds_a_service_with_a_logo_and_two_thematiques_then_finds_it(
    live_site, search_worker, browser_page, tmp_path
):
    page = browser_page
    errors = server_errors(page)
    elsewhere = requests_elsewhere(page, live_site.url)
    serve_media_as_nginx_does(page, live_site)
    log_in_as_editor(page, live_site.url)
    catalogue = StoreIndexPage.objects.get()
    open_editor(page, f"{live_site.url}/admin/pages/add/store/storeitempage/{catalogue.pk}/")

    page.locator("#id_title").fill(TITLE)
    page.get_by_role("textbox", name="Accroche").fill("Des vélos prêtés par la mairie.")
    page.get_by_role("textbox", name="Ce qu'il permet à la collectivité").fill(
        "Prêter des vélos aux habitants"
    )
    choose_uploaded_image(
        page, png_file(tmp_path, "velos-des-villages.png"), "Logo de Vélos des villages"
    )
    page.get_by_role("checkbox", name="Mobilité").check()
    page.get_by_role("checkbox", name="Solidarité").check()
    page.get_by_label("Phase").select_option(label="Construction")
    page.get_by_role("textbox", name="Conçu et opéré par").fill("La commune de Test")
    page.wait_for_function(f"{AUTOSAVE_STATE} === 'saved'", polling=250, timeout=AUTOSAVE_WAIT)
    draft = StoreItemPage.objects.get(title=TITLE)  # created by autosave, not yet public
    assert not draft.live

    page.get_by_role("button", name="Plus d'actions").click()
    page.get_by_role("button", name="Publier").click()
    page.get_by_text(re.compile(f"{TITLE}.*publiée")).wait_for()

    for thematique in ["mobilite", "solidarite"]:
        page.goto(f"{live_site.url}/territoires-store/?thematique={thematique}")
        assert page.locator(".fr-card__title", has_text=TITLE).count() == 1
    worker, log = search_worker
    assert worker.poll() is None, log.read_text()[-3000:]
    card = found_by_search(page, live_site.url, TITLE)
    published = StoreItemPage.objects.get(pk=draft.pk)
    assert published.logo is not None
    assert sorted(published.thematiques.values_list("slug", flat=True)) == [
        "mobilite",
        "solidarite",
    ]
    logo = card.locator("img")
    assert logo.evaluate("img => img.complete && img.naturalWidth") > 0
    assert "/media/images/velos-des-villages" in logo.get_attribute("src")
    assert not errors
    assert not elsewhere


def found_by_search(page, base_url: str, words: str):
    """The card the catalogue's search field gives for `words`, as the list updates while
    one types; the search index is updated by the task worker, a moment after publishing."""
    deadline = time.monotonic() + 30
    while True:
        page.goto(f"{base_url}/territoires-store/")
        page.get_by_label("Rechercher").fill(words)
        page.wait_for_url("**q=*")  # the list was replaced, its address pushed
        card = page.locator(".fr-card", has=page.locator(".fr-card__title", has_text=words))
        if card.count() == 1 or time.monotonic() > deadline:
            assert card.count() == 1, f"« {words} » introuvable par la recherche"
            return card
        time.sleep(1)
