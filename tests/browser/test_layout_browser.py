"""The layout in a real Chromium: accessible in both display modes, valid, and responsive."""

import pytest

from tests.helpers import assert_no_axe_violations, assert_valid_html, set_display_mode

pytestmark = pytest.mark.browser

PAGES = [
    "/",
    "/mentions-legales/",
    "/accessibilite/",
    "/donnees-personnelles/",
    "/plan-du-site/",
    "/page-inconnue/",
]


@pytest.mark.parametrize("path", PAGES)
def test_page_is_accessible_in_light_and_dark_mode_and_valid(
    live_site, browser_page, html_validator, path
):
    response = browser_page.goto(live_site.url + path)
    assert response.status == (404 if path == "/page-inconnue/" else 200)
    for mode in ("light", "dark"):
        set_display_mode(browser_page, mode)
        assert_no_axe_violations(browser_page, f"({mode})")
    assert_valid_html(html_validator, response.text(), path)


@pytest.mark.parametrize("width", [1280, 375])
def test_home_page_fits_the_window(live_site, browser_page, width, tmp_path):
    browser_page.set_viewport_size({"width": width, "height": 900})
    browser_page.goto(live_site.url + "/")
    overflow = browser_page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0, f"the page is {overflow}px wider than a {width}px window"
    browser_page.screenshot(path=tmp_path / f"home-{width}.png", full_page=True)


def test_display_settings_switch_to_dark_mode(live_site, browser_page):
    browser_page.goto(live_site.url + "/")
    browser_page.get_by_role("button", name="Paramètres d’affichage").first.click()
    browser_page.get_by_text("Thème sombre").click()
    theme = browser_page.evaluate("document.documentElement.getAttribute('data-fr-theme')")
    assert theme == "dark"


def test_mobile_menu_opens_with_the_keyboard(live_site, browser_page):
    browser_page.set_viewport_size({"width": 375, "height": 800})
    browser_page.goto(live_site.url + "/")
    menu_button = browser_page.get_by_role("button", name="Menu")
    menu_button.focus()
    browser_page.keyboard.press("Enter")
    assert browser_page.get_by_role("link", name="Accueil").first.is_visible()


def test_skip_link_leads_to_the_content(live_site, browser_page):
    browser_page.goto(live_site.url + "/mentions-legales/")
    browser_page.keyboard.press("Tab")
    focused = browser_page.evaluate("document.activeElement.textContent")
    assert focused == "Contenu"
    browser_page.keyboard.press("Enter")
    assert browser_page.evaluate("document.activeElement.id") == "contenu"
