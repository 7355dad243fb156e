"""Assertions shared by the suite: what a user, a screen reader or a validator would notice."""

import json
import re
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from html.parser import HTMLParser

from axe_playwright_python.sync_playwright import Axe
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

_axe = Axe()


def migrate(targets):
    """Move the test database to these migrations; the models as they were there."""
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@contextmanager
def migrated_back_to(targets) -> Iterator:
    """The database at these earlier migrations for the block, then at the latest again
    whatever happens, so that the tests after it meet the schema they expect."""
    try:
        yield migrate(targets)
    finally:
        executor = MigrationExecutor(connection)
        executor.migrate(executor.loader.graph.leaf_nodes())


def assert_hostile_query_answered_safely(client, url: str, *unsafe: str) -> None:
    """A hostile query string gets a page or a 400, as a full page and as an htmx fragment,
    never a 500, never an injected script or a NUL byte sent back, nor any of `unsafe`."""
    for headers in ({}, {"HX-Request": "true"}):
        response = client.get(url, headers=headers)
        assert response.status_code in (200, 400)
        html = response.content.decode()
        for marker in ("<script>alert(1)", '"onmouseover=alert(1)', "\x00", *unsafe):
            assert marker not in html


def assert_no_axe_violations(page, context: str = "") -> None:
    """axe-core, run in the real browser on the page as it is now, finds nothing to fix."""
    results = _axe.run(page)
    violations = results.response["violations"]
    summary = [
        f"{v['id']} ({v['impact']}): {v['help']} — "
        + "; ".join(node["target"][0] for node in v["nodes"][:5])
        for v in violations
    ]
    assert not violations, f"axe-core violations {context} on {page.url}:\n" + "\n".join(summary)


def assert_valid_html(validator_url: str, html: str, context: str = "") -> None:
    """The Nu HTML Checker reports no error (warnings and infos are allowed)."""
    request = urllib.request.Request(
        validator_url,
        data=html.encode("utf-8"),
        headers={"Content-Type": "text/html; charset=utf-8"},
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        messages = json.load(response)["messages"]
    errors = [
        f"line {m.get('lastLine')}: {m['message']} — {m.get('extract', '').strip()[:120]}"
        for m in messages
        if m["type"] in {"error", "non-document-error"}
    ]
    assert not errors, f"HTML errors {context}:\n" + "\n".join(errors)


def set_display_mode(page, mode: str) -> None:
    """Choose light or dark in the DSFR display settings, as a visitor's system would."""
    page.emulate_media(color_scheme=mode)
    page.wait_for_function(
        "mode => document.documentElement.getAttribute('data-fr-theme') === mode", arg=mode
    )


def assert_accessible_and_valid(page, validator_url: str, context: str) -> None:
    """The page as it is now: no axe-core violation in light then dark mode, and valid HTML."""
    page.mouse.move(0, 0)  # no hover state left over from a click
    for mode in ("light", "dark"):
        set_display_mode(page, mode)
        page.wait_for_timeout(400)  # the DSFR's colour transitions end
        assert_no_axe_violations(page, f"({context}, {mode})")
    set_display_mode(page, "light")
    assert_valid_html(validator_url, page.content(), context)


def assert_dsfr_styled(page) -> None:
    """The DSFR stylesheet applied: its Marianne font loaded and computed, its header drawn."""
    page.wait_for_load_state("load")
    page.evaluate("document.fonts.ready.then(() => true)")
    style = page.evaluate(
        """() => ({
            font: getComputedStyle(document.body).fontFamily,
            marianne: document.fonts.check('1rem Marianne'),
            logo: getComputedStyle(document.querySelector('.fr-logo')).textTransform,
        })"""
    )
    assert style["font"].startswith("Marianne"), f"not the DSFR font on {page.url}: {style}"
    assert style["marianne"], f"the Marianne font did not load on {page.url}"
    assert style["logo"] == "uppercase", f"the DSFR header is not styled on {page.url}"


class _Outline(HTMLParser):
    def __init__(self):
        super().__init__()
        self.h1 = 0
        self.title = ""
        self._in_title = False
        self.lang = None

    def handle_starttag(self, tag, attrs):
        if tag == "html":
            self.lang = dict(attrs).get("lang")
        elif tag == "h1":
            self.h1 += 1
        elif tag == "title":
            self._in_title = True

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.title += data


def page_outline(html: str) -> _Outline:
    """The facts a State website checklist asks of every page: lang, title, number of h1."""
    outline = _Outline()
    outline.feed(html)
    outline.title = re.sub(r"\s+", " ", outline.title).strip()
    return outline
