"""An editor changes the footer in the site settings, in a real Chromium."""

import pytest
from wagtail.models import Site

from tests.browser.editors import log_in_as_editor, server_errors

pytestmark = pytest.mark.browser


def test_an_editor_renames_a_footer_link_and_visitors_see_it(live_site, browser_page):
    page = browser_page
    errors = server_errors(page)
    log_in_as_editor(page, live_site.url)
    site = Site.objects.get(is_default_site=True)
    page.goto(f"{live_site.url}/admin/settings/pages/sitesettings/{site.pk}/")

    page.locator('input[name="footer_bottom_links-0-value-label"]').fill("Plan complet du site")
    page.locator('input[name="site_name"]').fill("Incubateur des Territoires de l’ANCT")
    page.get_by_role("button", name="Enregistrer").click()
    page.get_by_text("mis à jour").first.wait_for()

    page.goto(live_site.url + "/")
    footer = page.get_by_role("contentinfo")
    assert footer.get_by_role("link", name="Plan complet du site").get_attribute("href") == (
        "/plan-du-site/"
    )
    assert page.get_by_role("banner").get_by_text("Incubateur des Territoires de l’ANCT").count()
    assert not errors
