"""An editor rewrites offer 1 in a real Chromium: its text and its « être recontacté » button,
previewed, then published."""

import pytest

from tests.browser.editors import log_in_as_editor, open_editor, server_errors
from tests.pages.offers_helpers import nth_offer

pytestmark = pytest.mark.browser

NEW_TEXT = "Nous cherchons avec vous **la bonne solution**, en quelques semaines."


def test_an_editor_rewrites_offer_1_previews_and_publishes_it(live_site, browser_page):
    page = browser_page
    errors = server_errors(page)
    log_in_as_editor(page, live_site.url)
    offer = nth_offer(1)
    open_editor(page, f"{live_site.url}/admin/pages/{offer.pk}/edit/")

    page.locator(".CodeMirror").first.evaluate(
        "(editor, text) => editor.CodeMirror.setValue(text)", NEW_TEXT
    )
    page.get_by_role("textbox", name="Texte du bouton de rappel").fill("Parlons-en")
    page.get_by_role("button", name="Afficher/masquer la prévisualisation").click()
    preview = page.frame_locator("iframe#w-preview-iframe")
    preview.get_by_text("la bonne solution").wait_for()
    assert preview.get_by_role("link", name="Parlons-en").count() == 1

    page.get_by_role("button", name="Plus d'actions").click()
    page.get_by_role("button", name="Publier").click()
    page.get_by_text(f"La page « {offer.title} » a été publiée.").wait_for()

    page.goto(live_site.url + offer.url)
    assert page.locator("main strong", has_text="la bonne solution").count() == 1
    page.get_by_role("link", name="Parlons-en").click()
    page.locator(f"#rappel-{offer.slug} form").wait_for()
    assert not errors
