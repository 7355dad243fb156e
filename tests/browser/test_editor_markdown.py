"""The Markdown editor of the admin in a real Chromium: everything it needs comes from this
site, its toolbar shows icons and speaks French."""

from urllib.parse import urlsplit

import pytest

from pages.models import AnctOfferPage
from tests.browser.editors import log_in_as_editor

pytestmark = pytest.mark.browser

TOOLBAR_TITLES = [
    "Gras",
    "Italique",
    "Intertitre",
    "Sous-intertitre",
    "Liste à puces",
    "Liste numérotée",
    "Citation",
    "Lien",
    "Tableau",
    "Aperçu du texte mis en forme",
    "Plein écran",
    "Annuler",
    "Rétablir",
]
ICON = """button => {
    const icon = getComputedStyle(button.querySelector('i') || button, '::before');
    return {font: icon.fontFamily, glyph: icon.content};
}"""


def test_the_markdown_editor_asks_nothing_of_another_host_and_has_a_french_toolbar(
    live_site, browser_page
):
    page = browser_page
    log_in_as_editor(page, live_site.url)
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    anct = AnctOfferPage.objects.get()
    page.goto(f"{live_site.url}/admin/pages/{anct.pk}/edit/")
    toolbar = page.locator(".editor-toolbar").first  # the introduction's editor
    toolbar.wait_for()
    page.wait_for_load_state("networkidle")
    page.evaluate("document.fonts.ready")

    buttons = toolbar.locator("button")
    assert [button.get_attribute("title") for button in buttons.all()] == TOOLBAR_TITLES
    for button in buttons.all():
        icon = button.evaluate(ICON)
        assert "Font Awesome" in icon["font"] and icon["glyph"] not in ("none", '""'), icon
    assert page.evaluate("document.fonts.check('900 16px \"Font Awesome 6 Free\"')")
    server = urlsplit(live_site.url).netloc
    assert {urlsplit(url).netloc for url in requested if url.startswith("http")} == {server}
