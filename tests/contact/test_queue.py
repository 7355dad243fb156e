"""In production the e-mails go through a queue in the database, emptied by `db_worker`:
the response never waits for the mail server, and a failed send is queued again for later."""

import io
import logging

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import override_settings
from django_tasks_db.models import DBTaskResult

from contact.models import CallbackRequest

from .conftest import valid_data

TASK = "contact.tasks.send_callback_notifications"
QUEUED = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
FAILING = "tests.contact.failing_mail.FailingEmailBackend"


@pytest.fixture
def site_content(transactional_db, django_db_serialized_rollback):
    """Real commits (the worker runs its own transactions), the tree restored afterwards."""
    call_command("load_initial_content", stdout=io.StringIO())


def queued_sends():
    return DBTaskResult.objects.filter(task_path=TASK)


def run_worker():
    call_command("db_worker", "--batch", "--interval", "0", stdout=io.StringIO())


@override_settings(TASKS=QUEUED)
def test_the_request_is_answered_before_the_worker_sends_the_emails(
    client, site_content, team_recipients
):
    response = client.post("/contact/", valid_data())
    assert response.status_code == 303
    assert CallbackRequest.objects.count() == 1
    assert mail.outbox == []  # queued, not sent in the request
    assert queued_sends().count() == 1

    run_worker()
    assert len(mail.outbox) == 2


@override_settings(TASKS=QUEUED, CONTACT_MAIL_ATTEMPTS=3, CONTACT_MAIL_RETRY_DELAY=300)
def test_a_failed_send_is_queued_again_for_later(client, site_content, team_recipients, caplog):
    client.post("/contact/", valid_data())
    with override_settings(EMAIL_BACKEND=FAILING), caplog.at_level(logging.ERROR):
        run_worker()
    stored = CallbackRequest.objects.get()
    assert stored.mail_attempts == 1 and stored.mail_error == "SMTPServerDisconnected"
    assert any(
        "e-mails not sent (attempt 1 of 3, SMTPServerDisconnected)" in r.getMessage()
        for r in caplog.records
    )
    retry = queued_sends().order_by("-enqueued_at").first()
    assert queued_sends().count() == 2
    assert retry.run_after is not None and retry.args_kwargs["args"] == [stored.pk, 2]
