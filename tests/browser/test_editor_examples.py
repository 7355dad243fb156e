"""An editor adds an example with an image they upload and attaches it to an offer, in a
real Chromium; visitors see it under the offer's « Voir des exemples »."""

import re

import pytest

from tests.browser.editors import (
    choose_uploaded_image,
    log_in_as_editor,
    png_file,
    requests_elsewhere,
    serve_media_as_nginx_does,
    server_errors,
)
from tests.pages.offers_helpers import nth_offer

pytestmark = pytest.mark.browser

TITLE = "Cantine en circuit court"


def test_an_editor_adds_an_example_with_an_image_under_an_offer(live_site, browser_page, tmp_path):
    page = browser_page
    errors = server_errors(page)
    elsewhere = requests_elsewhere(page, live_site.url)
    serve_media_as_nginx_does(page, live_site)
    log_in_as_editor(page, live_site.url)
    offer = nth_offer(1)

    page.goto(f"{live_site.url}/admin/snippets/pages/example/add/")
    page.get_by_role("textbox", name="Titre").fill(TITLE)
    page.get_by_role("textbox", name="Collectivité").fill("Commune de Saint-Test")
    page.get_by_role("textbox", name="Problème").fill(
        "Les repas de la cantine venaient de loin et les producteurs du canton n'y avaient "
        "pas accès."
    )
    choose_uploaded_image(
        page,
        png_file(tmp_path, "cantine-circuit-court.png"),
        "Repas préparés avec les producteurs du canton",
    )
    page.get_by_role("checkbox", name=offer.title).check()
    page.get_by_role("button", name="Plus d'actions").click()
    page.get_by_role("button", name="Publier").click()
    page.get_by_text(re.compile(f"{TITLE}.*publié")).wait_for()

    page.goto(live_site.url + offer.url)
    page.get_by_role("button", name="Voir des exemples").click()
    card = page.locator(".fr-card", has_text=TITLE)
    card.wait_for()
    assert page.url == live_site.url + offer.url  # opened in place
    image = card.locator("img")
    image.wait_for()
    assert image.evaluate("img => img.complete && img.naturalWidth") > 0
    assert "/media/images/cantine-circuit-court" in image.get_attribute("src")
    assert not errors
    assert not elsewhere
