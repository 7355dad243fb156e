"""A service without a logo shows its first thématique's DSFR pictogram, served by this site,
on its card and on its page: never a broken or empty box, and the cards of a row stay even."""

import pytest

pytestmark = pytest.mark.browser

DRAWN = """svg => [...svg.querySelectorAll('use')].map(use => {
    const box = use.getBBox();
    return box.width > 0 && box.height > 0;
})"""


def assert_pictogram_drawn(page, svg, base_url: str) -> None:
    assert svg.get_attribute("aria-hidden") == "true"
    href = svg.locator("use").first.get_attribute("href")
    address, _, symbol = href.partition("#")
    assert address.startswith("/static/") and symbol == "artwork-decorative", href
    response = page.request.get(base_url + address)
    assert response.ok and 'id="artwork-major"' in response.text(), address
    # The browser drew the three layers of the symbol: the file loaded and holds them.
    page.wait_for_function(f"svg => ({DRAWN})(svg).every(Boolean)", arg=svg.element_handle())


def test_cards_without_logo_show_their_thematique_pictogram_and_stay_even(live_site, browser_page):
    page = browser_page
    page.goto(live_site.url + "/territoires-store/")
    cards = page.locator("#resultats .fr-card")
    assert cards.count() >= 12
    assert page.locator("#resultats .fr-card img").count() == 0  # no logo in the content
    for index in range(cards.count()):
        card = cards.nth(index)
        svg = card.locator(".fr-card__header svg.store-pictogram")
        assert svg.count() == 1, card.inner_text()
        assert_pictogram_drawn(page, svg, live_site.url)
    aids = page.locator(".fr-card", has_text="Aides-territoires")
    assert "pictograms/institutions/money." in aids.locator("use").first.get_attribute("href")

    rows: dict[int, set[int]] = {}
    for box in (cards.nth(i).bounding_box() for i in range(cards.count())):
        rows.setdefault(round(box["y"]), set()).add(round(box["height"]))
    assert len(rows) >= 4 and all(len(heights) == 1 for heights in rows.values()), rows


def test_a_service_page_without_logo_shows_the_pictogram_in_light_and_dark(live_site, browser_page):
    page = browser_page
    page.goto(live_site.url + "/territoires-store/docurba/")
    svg = page.locator(".store-facts__logo svg.store-pictogram")
    assert_pictogram_drawn(page, svg, live_site.url)
    assert "pictograms/buildings/city-hall." in svg.locator("use").first.get_attribute("href")
    major = svg.locator("use.fr-artwork-major")
    light = major.evaluate("use => getComputedStyle(use).fill")
    page.evaluate("document.documentElement.setAttribute('data-fr-theme', 'dark')")
    page.wait_for_function(
        "([use, light]) => getComputedStyle(use).fill !== light",
        arg=[major.element_handle(), light],
    )
