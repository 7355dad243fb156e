"""The Markdown editor of the admin in a real Chromium: everything it needs comes from this
site, its toolbar shows icons and speaks French."""

from urllib.parse import urlsplit

import pytest

from pages.models import AnctOfferPage
from tests.browser.editors import log_in_as_editor, open_editor

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


TABLE = "\n".join(
    [
        "| Collectivité | Service adopté | Année de déploiement | Nombre d’habitants concernés |",
        "| --- | --- | --- | --- |",
        "| Communauté de communes du Haut-Jura | Mes Adresses | 2023 | 22 000 habitants |",
        "| Département du Pas-de-Calais | Histologe | 2021 | 1 470 000 habitants |",
    ]
)
EXTERNAL_IMAGE = "![Carte des territoires](https://images.example.org/carte.png)"
BODY = f"## Nos partenaires {{#contenu}}\n\n{EXTERNAL_IMAGE}\n\n{TABLE}\n"


def set_markdown(page, text: str) -> None:
    """Replace the text of the page's Markdown editor, as pasting it would."""
    page.locator(".CodeMirror").first.evaluate(
        "(editor, text) => editor.CodeMirror.setValue(text)", text
    )


def publish(page) -> None:
    page.get_by_role("button", name="Plus d'actions").click()
    page.get_by_role("button", name="Publier").click()


def test_a_table_an_external_image_and_a_hand_written_id_in_a_published_text(
    live_site, browser_page
):
    from pages.models import StandardPage
    from tests.helpers import assert_no_axe_violations

    page = browser_page
    log_in_as_editor(page, live_site.url)
    legal = StandardPage.objects.get(slug="mentions-legales")
    open_editor(page, f"{live_site.url}/admin/pages/{legal.pk}/edit/")

    set_markdown(page, BODY)
    publish(page)
    page.get_by_text("Ce texte contient une image qui n’est pas sur ce site").wait_for()
    assert "images.example.org" not in StandardPage.objects.get(pk=legal.pk).body

    set_markdown(page, BODY.replace(EXTERNAL_IMAGE, ""))
    publish(page)
    page.get_by_text("La page « Mentions légales » a été publiée.").wait_for()

    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(live_site.url + "/mentions-legales/")
    page.get_by_role("table").wait_for()
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0, f"the page is {overflow}px wider than the phone"
    ids = page.evaluate("[...document.querySelectorAll('[id]')].map(element => element.id)")
    assert len(ids) == len(set(ids))
    assert page.locator("main#contenu").count() == 1
    assert_no_axe_violations(page, "(texte avec un tableau, 375 px)")
