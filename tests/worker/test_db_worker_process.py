"""`manage.py db_worker` as production runs it, against the test database and a real SMTP
server: killed in the middle of a send, or cut from its database, then started again by its
supervisor (here, the test), it delivers every e-mail, and none twice."""

import asyncio
import email
import email.policy
import io
import subprocess
import sys
import threading
import time
from collections import Counter

import psycopg
import pytest
from aiosmtpd.controller import Controller
from django.core.management import call_command
from django.db import connection
from django.test import Client, override_settings
from django_tasks_db.models import DBTaskResult

from contact.models import CallbackRequest, ContactSettings
from tests import production_server
from worker.models import WorkerHeartbeat

QUEUED = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
TEAM = ["equipe@incubateur.anct.gouv.fr", "chef@anct.gouv.fr"]
ACKNOWLEDGEMENT = "Votre demande de rappel à l’Incubateur des Territoires"
APPLICATION_NAME = "db_worker_under_test"
# Killed (every database); cut from its database (PostgreSQL: its server process
# terminated; SQLite has no connection to cut).
STOPS = ["killed"] + (["cut from its database"] if connection.vendor == "postgresql" else [])


class Sink:
    """An SMTP server that records each message it accepts, by recipient and subject. It can
    hold the next message, as a slow server would, then refuse it: the sender is stopped
    meanwhile, so that message was never delivered."""

    def __init__(self):
        self.accepted: list[tuple[str, str]] = []
        self.hold_next = False
        self.holding = threading.Event()
        self.released = threading.Event()

    def hold_the_next_message(self) -> None:
        self.holding.clear()
        self.released.clear()
        self.hold_next = True

    async def handle_DATA(self, server, session, envelope):
        if self.hold_next:
            self.hold_next = False
            self.holding.set()
            while not self.released.is_set():
                await asyncio.sleep(0.05)
            return "451 Requested action aborted: try again later"
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        subject = message["Subject"].strip()
        self.accepted.extend((recipient, subject) for recipient in envelope.rcpt_tos)
        return "250 Message accepted for delivery"


@pytest.fixture(scope="module")
def sink():
    controller = Controller(Sink(), hostname="127.0.0.1", port=production_server.free_port())
    controller.start()
    yield controller
    controller.stop()


@pytest.fixture
def worker_env(sink, tmp_path, transactional_db, django_db_serialized_rollback):
    """The production settings on the test database, mail to the sink, short timeouts."""
    database = production_server.database_url(connection.settings_dict)
    if connection.vendor == "postgresql":
        database += f"?application_name={APPLICATION_NAME}"
    env = production_server.production_env(
        database, tmp_path / "static", tmp_path / "media", "http://127.0.0.1"
    )
    env.update(
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=str(sink.port),
        EMAIL_USE_TLS="false",
        WORKER_TIMEOUT="2",
        CONTACT_MAIL_CLAIM_TIMEOUT="2",
    )
    sink.handler.accepted.clear()
    return env


class WorkerProcess:
    def __init__(self, env: dict, log_path):
        self.log_path = log_path
        self.process = subprocess.Popen(
            [sys.executable, "manage.py", "db_worker", "--interval", "0.1", "--no-startup-delay"],
            cwd=production_server.ROOT,
            env=env,
            stdout=log_path.open("a"),
            stderr=subprocess.STDOUT,
        )

    def log(self) -> str:
        return self.log_path.read_text()


@pytest.fixture
def start_worker(worker_env, tmp_path):
    started = []

    def start() -> WorkerProcess:
        started.append(WorkerProcess(worker_env, tmp_path / "worker.log"))
        return started[-1]

    yield start
    for worker in started:
        production_server.stop(worker.process)


def queue_two_requests() -> list[int]:
    contact_settings = ContactSettings.load()
    contact_settings.notification_recipients = "\n".join(TEAM)
    contact_settings.save()
    with override_settings(TASKS=QUEUED, CONTACT_RATE_LIMIT_COUNT=0):
        for number in range(2):
            response = Client().post(
                "/contact/",
                {
                    "name": f"Demande n° {number}",
                    "email": f"demande{number}@mairie-exemple.fr",
                    "organisation": "Commune d'Exemple",
                    "subject": "Être recontacté",
                    "consent": "on",
                },
            )
            assert response.status_code == 303
    return list(CallbackRequest.objects.order_by("pk").values_list("pk", flat=True))


def expected_emails(request_ids: list[int]) -> Counter:
    expected = Counter()
    for number, pk in enumerate(request_ids):
        expected.update((address, f"Demande de rappel n° {pk}") for address in TEAM)
        expected[(f"demande{number}@mairie-exemple.fr", ACKNOWLEDGEMENT)] += 1
    return expected


def cut_from_database() -> None:
    """Terminate the worker's PostgreSQL server process, as a failover or a restart would."""
    settings = connection.settings_dict
    with psycopg.connect(
        host=settings["HOST"] or "127.0.0.1",
        port=settings["PORT"] or 5432,
        user=settings["USER"],
        password=settings["PASSWORD"] or None,
        dbname="postgres",
        autocommit=True,
    ) as other:
        terminated = other.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = %s",
            [APPLICATION_NAME],
        ).fetchall()
    assert terminated, "the worker had no connection to cut"


def all_tasks_finished() -> bool:
    return not DBTaskResult.objects.exclude(status__in=["SUCCESSFUL", "FAILED"]).exists()


def wait_for(condition, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, f"still waiting for {what}"
        time.sleep(0.1)


@pytest.mark.parametrize("stop", STOPS)
def test_a_worker_stopped_while_sending_is_restarted_and_every_email_leaves_once(
    sink, start_worker, stop
):
    request_ids = queue_two_requests()
    sink.handler.hold_the_next_message()
    worker = start_worker()
    assert sink.handler.holding.wait(30), f"no message reached the sink:\n{worker.log()}"

    if stop == "killed":
        worker.process.kill()
        worker.process.wait(timeout=10)
        sink.handler.released.set()
    else:
        cut_from_database()
        sink.handler.released.set()
        # It says why in one line and exits non-zero, for its supervisor to restart it.
        assert worker.process.wait(timeout=30) == 1
        lost = [line for line in worker.log().splitlines() if "connection lost" in line]
        assert len(lost) == 1, worker.log()

    # The supervisor starts it again: the task left running is taken back, and done.
    worker = start_worker()
    expected = expected_emails(request_ids)
    wait_for(
        lambda: all_tasks_finished() and len(sink.handler.accepted) >= expected.total(),
        30,
        f"every e-mail; the worker said:\n{worker.log()}",
    )
    assert Counter(sink.handler.accepted) == expected  # every e-mail delivered, none twice
    for request in CallbackRequest.objects.all():
        assert request.team_notified_at and request.acknowledged_at
        assert request.mail_claimed_at is None
    assert DBTaskResult.objects.failed().count() == 0
    nothing_left = io.StringIO()
    call_command("retry_callback_notifications", stdout=nothing_left)
    assert nothing_left.getvalue().startswith("0 demande(s)")


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="SQLite has no server connection to cut"
)
def test_a_connection_cut_while_the_worker_waits_is_replaced_without_a_restart(sink, start_worker):
    worker = start_worker()
    wait_for(lambda: WorkerHeartbeat.objects.exists(), 30, f"a heartbeat:\n{worker.log()}")
    cut_from_database()

    request_ids = queue_two_requests()
    wait_for(
        lambda: all_tasks_finished() and len(sink.handler.accepted) >= 6,
        30,
        f"every e-mail; the worker said:\n{worker.log()}",
    )
    assert Counter(sink.handler.accepted) == expected_emails(request_ids)
    assert worker.process.poll() is None, worker.log()  # still the same process
