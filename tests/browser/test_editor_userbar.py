"""A signed-in editor finds Wagtail's user bar on the public pages, and goes from a page to its
editing form in two clicks."""

import pytest

from pages.models import AnctOfferPage
from tests.browser.editors import log_in_as_editor

pytestmark = pytest.mark.browser


def test_an_editor_goes_from_a_public_page_to_its_form(live_site, browser_page):
    page = browser_page
    log_in_as_editor(page, live_site.url)
    page.goto(live_site.url + "/offre-anct/")
    page.locator("wagtail-userbar").get_by_role("button").first.click()
    edit = page.get_by_role("menuitem", name="Modifier cette page")
    edit.wait_for()
    edit.press("Enter")  # the menu keeps moving while it opens: no mouse click
    page.wait_for_url(f"{live_site.url}/admin/pages/{AnctOfferPage.objects.get().pk}/edit/")
