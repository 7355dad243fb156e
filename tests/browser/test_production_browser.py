"""Every page type as production serves it (gunicorn, DEBUG off, hashed static files):
styled by the DSFR, with no error in the browser's console, the 404 in the site's layout."""

import pytest

from tests.helpers import assert_dsfr_styled

pytestmark = pytest.mark.browser

PAGES = {
    "/": 200,
    "/offres-collectivites/": 200,
    "/offres-collectivites/chercher-et-tester-une-solution/": 200,
    "/offres-collectivites/chercher-et-tester-une-solution/exemples/": 200,
    "/offre-anct/": 200,
    "/territoires-store/": 200,
    "/territoires-store/?thematique=mobilite&q=covoiturage": 200,
    "/territoires-store/demarches-simplifiees/": 200,
    "/contact/": 200,
    "/contact/merci/": 200,
    "/mentions-legales/": 200,
    "/plan-du-site/": 200,
    "/une-page-qui-n-existe-pas/": 404,
}


@pytest.mark.parametrize("path", PAGES)
def test_page_is_styled_by_the_dsfr_without_console_error(live_site, browser_page, path):
    response = browser_page.goto(live_site.url + path)
    assert response.status == PAGES[path]
    assert_dsfr_styled(browser_page)
    # Hashed names from the manifest storage, which whitenoise lets browsers keep for ever.
    stylesheets = browser_page.evaluate(
        "[...document.styleSheets].map(sheet => sheet.href).filter(Boolean)"
    )
    dsfr = [href for href in stylesheets if "/dsfr/" in href]
    assert dsfr and all(href.count(".") >= 3 for href in dsfr), dsfr
    # browser_page fails the test on any console error (an integrity refusal is one).


def test_not_found_page_is_the_sites_own(live_site, browser_page):
    response = browser_page.goto(live_site.url + "/nulle-part/")
    assert response.status == 404
    assert browser_page.get_by_role("heading", level=1).inner_text() == "Page non trouvée"
    assert browser_page.get_by_role("link", name="Plan du site").first.is_visible()
    assert "Traceback" not in browser_page.content()
