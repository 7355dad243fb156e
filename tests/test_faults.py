"""Faults as production meets them, through gunicorn with the production settings: Redis
that does not answer only slows the site; a database that refuses connections, or accepts
them and never answers, gives a French 503 with Retry-After within seconds, never a 500."""

import json
import socket
import sqlite3
import threading
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from datetime import timedelta

import psycopg
import pytest
from django.conf import settings
from django.db import connection
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from contact.models import CallbackRequest
from tests.contact.conftest import valid_data
from tests.contact.visitor import Visitor
from tests.helpers import assert_dsfr_styled
from tests.production_server import database_url, free_port
from worker import heartbeat
from worker.models import WorkerHeartbeat

OUTAGE_ANSWER_SECONDS = 3
PAGES = ["/", "/offres-collectivites/", "/territoires-store/", "/contact/", "/offre-anct/"]


def fetch(url: str) -> tuple[int, dict, str]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode()


@contextmanager
def silent_database_port():
    """A port that accepts connections and never says a word, as a hung database does."""
    listener = socket.create_server(("127.0.0.1", 0))
    held: list[socket.socket] = []
    stopping = threading.Event()

    def accept_and_hold():
        listener.settimeout(0.2)
        while not stopping.is_set():
            try:
                held.append(listener.accept()[0])
            except TimeoutError:
                continue

    thread = threading.Thread(target=accept_and_hold, daemon=True)
    thread.start()
    try:
        yield listener.getsockname()[1]
    finally:
        stopping.set()
        thread.join()
        for connection in held:
            connection.close()
        listener.close()


@contextmanager
def unreachable_database(kind: str, tmp_path):
    if kind == "postgresql-refused":
        yield f"postgres://postgres@127.0.0.1:{free_port()}/incubateur"
    elif kind == "postgresql-hung":
        with silent_database_port() as port:
            yield f"postgres://postgres@127.0.0.1:{port}/incubateur"
    else:  # a SQLite file that cannot be opened
        yield f"sqlite:///{tmp_path}/dossier-absent/db.sqlite3"


def test_redis_down_pages_and_the_callback_form_still_work(live_site, tmp_path):
    with live_site.variant(tmp_path, REDIS_URL=f"redis://127.0.0.1:{free_port()}/0") as server:
        for path in PAGES:
            status, _, body = fetch(server.url + path)
            assert status == 200, f"{path} answered {status} with Redis down"
        status, _, body = fetch(server.url + "/healthz")
        assert status == 200
        assert json.loads(body)["cache"] == "unreachable"

        status, html = Visitor(server.url).send(valid_data())
        assert status == 200
        assert "Votre demande est enregistrée" in html
    assert CallbackRequest.objects.count() == 1


@pytest.mark.parametrize("kind", ["postgresql-refused", "postgresql-hung", "sqlite-missing"])
def test_database_outage_answers_a_french_503_within_seconds(production_site, tmp_path, kind):
    with (
        unreachable_database(kind, tmp_path) as database,
        production_site.variant(tmp_path, DATABASE_URL=database) as server,
    ):
        for path in [*PAGES, "/healthz"]:
            started = time.monotonic()
            status, headers, body = fetch(server.url + path)
            elapsed = time.monotonic() - started
            assert status == 503, f"{path} answered {status}"
            assert elapsed < OUTAGE_ANSWER_SECONDS, f"{path} took {elapsed:.1f} s"
            assert int(headers["Retry-After"]) > 0
            if path == "/healthz":
                assert json.loads(body)["database"] == "unreachable"
            else:
                assert '<html lang="fr"' in body
                assert "Service momentanément indisponible" in body
                assert "Internal Server Error" not in body


@pytest.mark.browser
def test_the_outage_page_is_styled_without_console_error(production_site, browser_page, tmp_path):
    database = f"postgres://postgres@127.0.0.1:{free_port()}/incubateur"
    with production_site.variant(tmp_path, DATABASE_URL=database) as server:
        response = browser_page.goto(server.url + "/territoires-store/")
        assert response.status == 503
        assert_dsfr_styled(browser_page)
        heading = browser_page.get_by_role("heading", level=1).inner_text()
        assert heading == "Service momentanément indisponible"


def test_healthz_turns_503_when_the_worker_has_gone_silent(live_site):
    status, _, body = fetch(live_site.url + "/healthz")
    assert status == 200
    assert json.loads(body)["tasks"]["worker"] == "not seen yet"

    long_ago = timezone.now() - timedelta(seconds=settings.WORKER_TIMEOUT + 60)
    WorkerHeartbeat.objects.create(worker_id="worker-disparu", last_seen=long_ago)
    status, headers, body = fetch(live_site.url + "/healthz")
    assert status == 503
    assert json.loads(body)["tasks"]["worker"] == "silent"
    assert int(headers["Retry-After"]) > 0

    heartbeat.beat("worker-disparu")
    status, _, body = fetch(live_site.url + "/healthz")
    assert status == 200
    assert json.loads(body)["tasks"]["worker"] == "ok"


@contextmanager
def database_locked_by_another_connection():
    """What a migration or a VACUUM FULL does to the site's database: on PostgreSQL the task
    queue's table locked; on SQLite the write lock held. Yields the vendor."""
    if connection.vendor == "postgresql":
        blocker = psycopg.connect(database_url(connection.settings_dict), autocommit=False)
        blocker.execute(f"LOCK TABLE {DBTaskResult._meta.db_table} IN ACCESS EXCLUSIVE MODE")
        rollback = blocker.rollback
    else:
        blocker = sqlite3.connect(connection.settings_dict["NAME"], isolation_level=None)
        blocker.execute("BEGIN IMMEDIATE")
        rollback = blocker.rollback
    try:
        yield connection.vendor
    finally:
        rollback()
        blocker.close()


def test_healthz_answers_in_seconds_while_the_database_is_locked(live_site):
    """A lock held elsewhere must not hang the check (nor make it take a writer's wait)."""
    with database_locked_by_another_connection() as vendor:
        started = time.monotonic()
        status, _, body = fetch(live_site.url + "/healthz")
        assert time.monotonic() - started < OUTAGE_ANSWER_SECONDS
        assert status == 200
        assert json.loads(body)["database"] == "ok"
        if vendor == "postgresql":
            assert json.loads(body)["tasks"] == {"worker": "unknown"}
