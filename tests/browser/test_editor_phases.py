"""An editor reorders the phases of the ANCT offer's method in a real Chromium."""

import pytest

from pages.models import AnctOfferPage
from tests.browser.editors import (
    log_in_as_editor,
    open_editor,
    requests_elsewhere,
    server_errors,
)

pytestmark = pytest.mark.browser


def public_phase_names(page) -> list[str]:
    return [name.strip() for name in page.locator(".anct-phases__name").all_inner_texts()]


def test_an_editor_moves_the_first_phase_down_and_visitors_see_the_new_order(
    live_site, browser_page
):
    page = browser_page
    errors = server_errors(page)
    elsewhere = requests_elsewhere(page, live_site.url)
    log_in_as_editor(page, live_site.url)
    anct = AnctOfferPage.objects.get()
    page.goto(live_site.url + anct.url)
    before = public_phase_names(page)
    assert len(before) == 4

    open_editor(page, f"{live_site.url}/admin/pages/{anct.pk}/edit/")
    first_phase = page.locator("[data-streamfield-child]").first
    first_phase.get_by_role("button", name="Descendre").click()
    page.get_by_role("button", name="Plus d'actions").click()
    page.get_by_role("button", name="Publier").click()
    page.get_by_text(f"La page « {anct.title} » a été publiée.").wait_for()

    page.goto(live_site.url + anct.url)
    assert public_phase_names(page) == [before[1], before[0], before[2], before[3]]
    assert page.locator(".anct-phases__step").first.inner_text().strip() == "Phase 1 sur 4"
    assert not errors
    assert not elsewhere
