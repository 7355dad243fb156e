"""Fixtures every test can use: the site with its content, a real Chromium, the Nu checker."""

import contextlib
import os
import shutil
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest
from django.core.management import call_command

from tests import production_server
from tests.content_snapshot import INITIAL_CONTENT

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SUBRESOURCES = {"script", "stylesheet", "image", "font", "manifest"}
VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"

# Playwright's synchronous API runs an event loop in the test thread; the ORM calls the
# tests make around it are still synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def missing_tool(reason: str):
    """Outside CI a missing browser or checker skips, loudly; in CI (CI=true) it fails."""
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{reason} (CI=true: the test cannot be skipped)", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(autouse=True)
def empty_process_cache():
    """Each test starts with an empty cache in this process: database ids are reused from
    one test to the next, and a rendition or site root cached under an old id would leak."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def site_content(db):
    """The site as `make run` builds it: home page, mandatory pages and every app's content
    (loaded once per run, see tests/content_snapshot.py)."""
    INITIAL_CONTENT.restore()


@contextlib.contextmanager
def keep_geography():
    """Django's flush, between transactional tests, empties every table but the
    geography's: reloading it each time would cost seconds per test."""
    from django.core.management.commands import flush

    def sql_flush_but_geography(style, connection, **options):
        tables = connection.introspection.django_table_names(
            only_existing=True, include_views=False
        )
        kept = [table for table in tables if not table.startswith("geography_")]
        if connection.vendor == "postgresql":
            # Emptying these few hundred rows with DELETE takes a tenth of the time TRUNCATE
            # takes (it creates new files for every table); foreign keys are checked at the
            # end of the flush's transaction.
            return [f"DELETE FROM {connection.ops.quote_name(table)};" for table in kept]
        return connection.ops.sql_flush(style, kept, **options)

    original = flush.sql_flush
    flush.sql_flush = sql_flush_but_geography
    try:
        yield
    finally:
        flush.sql_flush = original


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The test database, with the snapshot of what migrations put in it (root page, groups)
    kept on the connection class, not only on today's connection object.

    Playwright's synchronous API runs an event loop in the test thread, and Django then
    hands out new connection objects; serialized rollback restores from whichever one the
    test gets, so every one of them must see the snapshot.
    """
    from django.db import DEFAULT_DB_ALIAS, connections

    connection = connections[DEFAULT_DB_ALIAS]
    snapshot = getattr(connection, "_test_serialized_contents", None)
    if snapshot is not None:
        type(connection)._test_serialized_contents = snapshot
    test_database = Path(connection.settings_dict["NAME"])
    # The official geography (36 000 rows, read-only) is loaded once per test database, and
    # the flush after each transactional test keeps it (see keep_geography); so is the
    # initial content, which the tests that want it copy back.
    with django_db_blocker.unblock():
        call_command("load_geography", stdout=open(os.devnull, "w"))
        INITIAL_CONTENT.load_once(stdout=open(os.devnull, "w"))
    with keep_geography():
        yield
    if connection.vendor == "sqlite":
        # Django deletes the test database file, not the journal files WAL mode keeps beside it.
        for journal in ("-wal", "-shm"):
            test_database.with_name(test_database.name + journal).unlink(missing_ok=True)


@pytest.fixture(scope="session")
def production_site(django_db_setup, tmp_path_factory):
    """gunicorn serving the production settings in front of the test database, for the
    whole session (see tests/production_server.py)."""
    from django.db import connection

    if not production_server.answers("127.0.0.1", 6379):
        missing_tool("Redis ne répond pas sur 127.0.0.1:6379 (apt-get install redis-server)")
    server = production_server.start(
        production_server.database_url(connection.settings_dict),
        tmp_path_factory.mktemp("production"),
    )
    yield server
    production_server.stop(server.process)


@pytest.fixture
def live_site(production_site, transactional_db, django_db_serialized_rollback):
    """The production server, holding the initial content, for tests through real HTTP."""
    INITIAL_CONTENT.restore()
    production_server.flush_cache()
    return production_site


@pytest.fixture(scope="session")
def chromium(django_db_setup):
    """One Chromium for the session, started once the test database exists (see above)."""
    if not os.path.exists(CHROMIUM):
        missing_tool(f"Chromium introuvable à {CHROMIUM} (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def browser_page(chromium):
    """A fresh browser tab (desktop size) that fails the test on any JavaScript error, or
    on any script, style or image the page asks for and does not get."""
    context = chromium.new_context(viewport={"width": 1280, "height": 900}, locale="fr-FR")
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))

    def on_console(message):
        # A missing resource is reported below with its address; a page answered 404 on
        # purpose (the 404 page itself, a failed htmx request under test) is not an error.
        if message.type == "error" and not message.text.startswith("Failed to load resource"):
            errors.append(message.text)

    def on_response(response):
        if response.status >= 400 and response.request.resource_type in SUBRESOURCES:
            errors.append(f"{response.status} {response.url}")

    page.on("console", on_console)
    page.on("response", on_response)
    yield page
    context.close()
    assert not errors, f"Errors in the page: {errors}"


@pytest.fixture(scope="session")
def html_validator():
    """The Nu HTML Checker (vnu-jar), served once for the whole session."""
    java = shutil.which("java")
    if not java or not VNU_JAR.exists():
        missing_tool("Java ou vnu-jar manquant (make test installe vnu-jar avec npm)")
    port = production_server.free_port()
    process = subprocess.Popen(
        [java, "-cp", str(VNU_JAR), "nu.validator.servlet.Main", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/?out=json"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2)
            break
        except OSError:
            if time.monotonic() > deadline or process.poll() is not None:
                process.kill()
                pytest.fail("The Nu HTML Checker did not start", pytrace=False)
            time.sleep(0.3)
    yield url
    process.terminate()
    process.wait(timeout=10)
