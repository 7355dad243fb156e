"""The header's search in a real Chromium: by keyboard alone a visitor reaches it, types, hears
how many suggestions there are, goes down to one and opens it; Enter gives the results page;
both, suggestions open, are accessible (light and dark) and valid; without JavaScript the form
still submits to /recherche/."""

import re

import pytest

from pages.models import FaqEntryPage
from tests.helpers import assert_accessible_and_valid, assert_no_axe_violations

pytestmark = pytest.mark.browser

FIELD = "#recherche-entete-champ"
SUGGESTIONS = "#recherche-suggestions a.site-search-suggestions__link"


def tab_to(page, selector: str, limit: int = 40) -> None:
    """Presses Tab until `selector` has the focus, as a keyboard user would."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("s => document.activeElement?.matches(s)", selector):
            return
    pytest.fail(f"{selector} jamais atteint avec Tab")


def test_keyboard_only_journey_through_the_suggestions_and_the_results(
    live_site, browser_page, html_validator
):
    page = browser_page
    entry = FaqEntryPage.objects.get(title__startswith="Combien")
    page.goto(live_site.url + "/territoires-store/")

    # Tab to the header's field, type: suggestions appear under it and their count is read out.
    tab_to(page, FIELD)
    page.keyboard.type("refinancer", delay=30)
    page.locator(SUGGESTIONS).first.wait_for()
    page.wait_for_function("() => /résultat/.test(document.getElementById('annonces').textContent)")
    assert "Combien ça coûte" in page.locator(SUGGESTIONS).first.inner_text()
    assert page.evaluate("document.activeElement.id") == "recherche-entete-champ"
    assert_no_axe_violations(page, "(suggestions ouvertes)")

    # Escape closes them and leaves the focus in the field; typing again opens them.
    page.keyboard.press("Escape")
    assert page.locator(SUGGESTIONS).count() == 0
    page.keyboard.press("Backspace")
    page.keyboard.type("r", delay=30)
    page.locator(SUGGESTIONS).first.wait_for()

    # Arrow down to the first suggestion, up returns to the field, down again, Enter opens it.
    page.keyboard.press("ArrowDown")
    assert page.evaluate(
        "document.activeElement.classList.contains('site-search-suggestions__link')"
    )
    page.keyboard.press("ArrowUp")
    assert page.evaluate("document.activeElement.id") == "recherche-entete-champ"
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/offre-anct/#{entry.slug}")
    # The page's script opens the answer it leads to.
    page.locator(f"#{entry.slug}").wait_for()

    # From there, Tab to the header's search again, type, Enter: the results page.
    page.locator("body").focus()
    page.evaluate("document.activeElement.blur()")
    tab_to(page, FIELD)
    page.keyboard.type("dispersées", delay=20)
    page.keyboard.press("Enter")
    page.wait_for_url("**/recherche/?q=dispers*")
    assert re.match(r"Recherche « dispersées » — ", page.title())
    first = page.locator("main h3 a").first
    assert first.inner_text() == "Aides-territoires"
    assert page.locator("main mark").first.inner_text().lower().startswith("dispers")
    assert_accessible_and_valid(page, html_validator, "résultats de recherche")

    # Tab through the results page to the first result, Enter opens it.
    tab_to(page, "main h3 a")
    page.keyboard.press("Enter")
    page.wait_for_url("**/territoires-store/aides-territoires/")


def test_without_javascript_the_header_form_submits_to_the_results_page(live_site, chromium):
    context = chromium.new_context(
        java_script_enabled=False, locale="fr-FR", viewport={"width": 1280, "height": 900}
    )
    try:
        page = context.new_page()
        page.goto(live_site.url + "/mentions-legales/")
        page.locator(FIELD).fill("refinancr")
        page.locator(FIELD).press("Enter")
        page.wait_for_url("**/recherche/?q=refinancr")
        main = page.locator("main").inner_text()
        assert "Résultats pour « refinancer » (vous avez cherché « refinancr »)" in main
        assert "Combien ça coûte ?" in main
        assert "Questions fréquentes (1)" in main
        page.get_by_role("link", name="Combien ça coûte ?").click()
        page.wait_for_url("**/offre-anct/#*")
    finally:
        context.close()
