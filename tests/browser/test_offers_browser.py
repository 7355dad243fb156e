"""The offers in a real Chromium: « Voir des exemples » opens and hides in place (and is a
plain link without JavaScript), the FAQ opens on click and from its address, every state is
accessible in light and dark modes and valid HTML."""

import pytest

from tests.helpers import assert_accessible_and_valid, assert_valid_html

pytestmark = pytest.mark.browser

OFFERS = "/offres-collectivites/"
OFFER_1 = "/offres-collectivites/chercher-et-tester-une-solution/"
REGION_1 = "#exemples-chercher-et-tester-une-solution"


def test_examples_open_in_place_and_hide_without_a_request(live_site, browser_page, html_validator):
    page = browser_page
    page.goto(live_site.url + OFFERS)
    toggle = page.locator(f'[data-examples-toggle="{REGION_1[1:]}"]')
    assert toggle.get_attribute("aria-expanded") == "false"
    assert toggle.get_attribute("aria-controls") == REGION_1[1:]
    assert_accessible_and_valid(page, html_validator, "offres, exemples fermés")

    toggle.click()
    region = page.locator(REGION_1)
    region.locator(".fr-card").first.wait_for()
    assert page.url == live_site.url + OFFERS  # in place, no navigation
    assert region.locator(".fr-card").count() == 3
    assert toggle.inner_text().strip() == "Masquer les exemples"
    assert toggle.get_attribute("aria-expanded") == "true"
    page.wait_for_function(
        "() => document.getElementById('annonces').textContent.includes('3 exemples')"
    )
    assert page.evaluate("document.activeElement.textContent.trim()") == "3 exemples"
    # The examples sit under their offer, before the next one.
    assert page.evaluate(
        """() => {
            const region = document.querySelector('#exemples-chercher-et-tester-une-solution');
            const next = document.querySelector('#offre-developper-un-service-public-numerique');
            return region.closest('#offre-chercher-et-tester-une-solution') !== null
                && !!(region.compareDocumentPosition(next) & Node.DOCUMENT_POSITION_FOLLOWING);
        }"""
    )
    assert_accessible_and_valid(page, html_validator, "offres, exemples ouverts")

    requests = []
    page.on("request", lambda request: requests.append(request.url))
    # A disclosure button to assistive technologies, it answers Space and Enter.
    assert page.get_by_role("button", name="Masquer les exemples").count() == 1
    toggle.focus()
    page.keyboard.press("Space")
    assert region.is_hidden()
    assert toggle.inner_text().strip() == "Voir des exemples"
    assert toggle.get_attribute("aria-expanded") == "false"
    toggle.focus()
    page.keyboard.press("Enter")
    assert region.locator(".fr-card").first.is_visible()
    assert toggle.inner_text().strip() == "Masquer les exemples"
    assert not [url for url in requests if "exemples" in url]


def test_examples_open_in_place_on_an_offer_page_too(live_site, browser_page, html_validator):
    page = browser_page
    page.goto(live_site.url + OFFER_1)
    page.get_by_role("button", name="Voir des exemples").click()
    page.locator(REGION_1 + " .fr-card").first.wait_for()
    assert page.url == live_site.url + OFFER_1
    assert_accessible_and_valid(page, html_validator, "offre seule, exemples ouverts")


def test_a_failed_request_says_so(live_site, chromium):
    # A tab of its own: htmx logs the failure we cause on purpose to the console.
    context = chromium.new_context(locale="fr-FR")
    page = context.new_page()
    page.goto(live_site.url + OFFERS)
    page.route("**/exemples/**", lambda route: route.fulfill(status=500, body="panne"))
    page.locator(f'[data-examples-toggle="{REGION_1[1:]}"]').click()
    page.locator(REGION_1 + " .fr-alert--error").wait_for()
    assert page.locator(f'[data-examples-toggle="{REGION_1[1:]}"]').inner_text().strip() == (
        "Voir des exemples"
    )
    context.close()


def test_without_javascript_the_link_opens_the_examples_page(live_site, chromium, html_validator):
    context = chromium.new_context(java_script_enabled=False, locale="fr-FR")
    page = context.new_page()
    page.goto(live_site.url + OFFERS)
    page.get_by_role("link", name="Voir des exemples").first.click()
    page.wait_for_url("**/exemples/")
    assert page.url == live_site.url + OFFER_1 + "exemples/"
    assert page.locator("h1").inner_text().startswith("Exemples")
    assert page.locator(".fr-card").count() == 3
    assert_valid_html(html_validator, page.content(), "page des exemples")
    context.close()


def test_the_examples_page_is_accessible(live_site, browser_page, html_validator):
    browser_page.goto(live_site.url + OFFER_1 + "exemples/")
    assert_accessible_and_valid(browser_page, html_validator, "page des exemples")


def test_a_faq_question_opens_on_click_and_the_page_is_accessible(
    live_site, browser_page, html_validator
):
    page = browser_page
    page.goto(live_site.url + "/offre-anct/")
    assert_accessible_and_valid(page, html_validator, "offre ANCT, FAQ fermée")
    button = page.get_by_role("button", name="Combien ça coûte ?")
    button.click()
    answer = page.locator("#reponse-combien-ca-coute")
    answer.get_by_text("200 000 €").wait_for(state="visible")
    assert button.get_attribute("aria-expanded") == "true"
    assert_accessible_and_valid(page, html_validator, "offre ANCT, FAQ ouverte")


def test_a_question_address_arrives_with_its_answer_open(live_site, browser_page):
    page = browser_page
    page.goto(live_site.url + "/offre-anct/combien-ca-coute/")
    assert page.url == live_site.url + "/offre-anct/#combien-ca-coute"
    page.locator("#reponse-combien-ca-coute").get_by_text("200 000 €").wait_for(state="visible")
    assert (
        page.locator("#combien-ca-coute .fr-accordion__btn").get_attribute("aria-expanded")
        == "true"
    )
    # Another question's anchor, followed on the same page, opens that one.
    page.evaluate("window.location.hash = 'dans-quels-cas-en-creer'")
    page.locator("#reponse-dans-quels-cas-en-creer").get_by_text(
        "Il s'agit d'une méthode"
    ).wait_for(state="visible")


@pytest.mark.parametrize("width", [1280, 375])
@pytest.mark.parametrize("path", [OFFERS, "/offre-anct/"])
def test_the_offers_pages_fit_the_window(live_site, browser_page, width, path, tmp_path):
    browser_page.set_viewport_size({"width": width, "height": 900})
    browser_page.goto(live_site.url + path)
    overflow = browser_page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0, f"{path} is {overflow}px wider than a {width}px window"


def test_a_malformed_address_leaves_the_faq_closed_without_error(live_site, browser_page):
    page = browser_page
    page.goto(live_site.url + "/offre-anct/#%E0%A4%A")
    assert page.locator(".fr-accordion__btn[aria-expanded=true]").count() == 0
