"""An editor adds a question to the ANCT offer's FAQ in a real Chromium."""

import pytest

from pages.models import AnctOfferPage
from tests.browser.editors import log_in_as_editor, server_errors

pytestmark = pytest.mark.browser

QUESTION = "Qui décide de la suite après l'investigation ?"
ANCHOR = "qui-decide-de-la-suite-apres-linvestigation"


def test_an_editor_adds_a_question_that_opens_in_the_accordion_at_its_anchor(
    live_site, browser_page
):
    page = browser_page
    errors = server_errors(page)
    log_in_as_editor(page, live_site.url)
    anct = AnctOfferPage.objects.get()
    page.goto(f"{live_site.url}/admin/pages/add/pages/faqentrypage/{anct.pk}/")

    page.get_by_role("textbox", name="Question").fill(QUESTION)
    page.locator(".CodeMirror").click()  # the answer's Markdown editor
    page.keyboard.type("Le comité d'investissement, sur la base du bilan.")
    page.get_by_role("button", name="Plus d'actions").click()
    page.get_by_role("button", name="Publier").click()
    page.get_by_text(f"Page « {QUESTION} » créée et publiée.").wait_for()

    page.goto(f"{live_site.url}/offre-anct/#{ANCHOR}")
    question = page.locator(f"#{ANCHOR}").get_by_role("button", name=QUESTION)
    assert question.get_attribute("aria-expanded") == "true"
    page.locator(f"#reponse-{ANCHOR}").get_by_text("Le comité d'investissement").wait_for(
        state="visible"
    )
    assert not errors
