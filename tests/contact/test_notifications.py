"""Stored first, then notified: the e-mails leave after the commit, and a mail failure loses
nothing, blocks nothing and hides nothing."""

import io
import logging
from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from contact.models import CallbackRequest
from contact.tasks import send_callback_notifications

from .conftest import valid_data
from .failing_mail import FailingEmailBackend

pytestmark = pytest.mark.django_db
HTMX = {"HTTP_HX_REQUEST": "true"}
FAILING = "tests.contact.failing_mail.FailingEmailBackend"


@pytest.mark.parametrize("headers", [{}, HTMX], ids=["plain", "htmx"])
def test_one_notification_and_one_acknowledgement_leave_after_the_commit(
    client, site_content, team_recipients, django_capture_on_commit_callbacks, headers
):
    with django_capture_on_commit_callbacks() as callbacks:
        client.post("/contact/", valid_data(), **headers)
        # Stored, and nothing sent before the transaction is committed.
        assert CallbackRequest.objects.count() == 1
        assert mail.outbox == []
    for callback in callbacks:
        callback()

    assert len(mail.outbox) == 2
    notification, acknowledgement = mail.outbox
    assert notification.to == team_recipients
    assert notification.reply_to == ["camille.martin@mairie-exemple.fr"]
    assert "Camille Martin" in notification.body and "Maire" in notification.body
    assert "/admin/demandes-de-rappel/edit/" in notification.body
    assert acknowledgement.to == ["camille.martin@mairie-exemple.fr"]
    assert acknowledgement.body.startswith("Bonjour,")
    stored = CallbackRequest.objects.get()
    assert stored.team_notified_at is not None and stored.acknowledged_at is not None


@override_settings(CONTACT_MAIL_ATTEMPTS=3)
def test_a_failing_mail_server_never_loses_or_hides_the_request_and_is_retried(
    client, site_content, team_recipients, django_capture_on_commit_callbacks, caplog
):
    FailingEmailBackend.attempts = 0
    with override_settings(EMAIL_BACKEND=FAILING), caplog.at_level(logging.ERROR):
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post("/contact/", valid_data(), **HTMX)

    # The visitor sees the confirmation; the request is stored.
    assert response.status_code == 200
    assert "Votre demande est enregistrée" in response.content.decode()
    stored = CallbackRequest.objects.get()
    # Logged and retried: three attempts, each logged, and the request says so.
    assert FailingEmailBackend.attempts == 3
    failures = [r for r in caplog.records if "e-mails not sent" in r.getMessage()]
    assert len(failures) == 3
    assert stored.mail_attempts == 3
    assert stored.mail_error == "SMTPServerDisconnected"
    assert stored.team_notified_at is None and stored.acknowledged_at is None

    # Once the mail server is back, the retry command sends what is missing, once.
    call_command("retry_callback_notifications", stdout=open("/dev/null", "w"))
    assert len(mail.outbox) == 2
    stored.refresh_from_db()
    assert stored.team_notified_at is not None and stored.mail_error == ""
    call_command("retry_callback_notifications", stdout=open("/dev/null", "w"))
    assert len(mail.outbox) == 2


@override_settings(EMAIL_BACKEND=FAILING)
def test_a_plain_post_still_redirects_to_the_confirmation_when_mail_fails(
    client, site_content, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/contact/", valid_data())
    assert response.status_code == 303
    assert CallbackRequest.objects.count() == 1


def test_emails_are_plain_text_and_carry_hostile_input_inert(
    client, site_content, team_recipients, django_capture_on_commit_callbacks
):
    hostile = '<script>alert("x")</script><b>gras</b>'
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            "/contact/",
            valid_data(
                name=hostile, organisation="Mairie\r\nBcc: spam@example.com", message=hostile
            ),
        )
    assert len(mail.outbox) == 2
    for message in mail.outbox:
        assert message.content_subtype == "plain"
        assert not getattr(message, "alternatives", [])
        assert "\n" not in message.subject and "Bcc" not in "".join(message.extra_headers)
    assert hostile in mail.outbox[0].body  # shown as text, never as markup


def test_without_recipients_the_team_notification_waits_for_an_address(
    client, site_content, django_capture_on_commit_callbacks
):
    from contact.models import ContactSettings

    with django_capture_on_commit_callbacks(execute=True):
        client.post("/contact/", valid_data())
    assert [message.to for message in mail.outbox] == [["camille.martin@mairie-exemple.fr"]]
    assert CallbackRequest.objects.get().team_notified_at is None

    contact_settings = ContactSettings.load()
    contact_settings.notification_recipients = "equipe@anct.gouv.fr"
    contact_settings.save()
    call_command("retry_callback_notifications", stdout=open("/dev/null", "w"))
    assert [message.to for message in mail.outbox][1:] == [["equipe@anct.gouv.fr"]]


class RefusingRecipientBackend(FailingEmailBackend):
    """A mail server that refuses the requester's address, naming it in the error."""

    def send_messages(self, messages):
        import smtplib

        raise smtplib.SMTPRecipientsRefused({messages[0].to[0]: (550, b"unknown user")})


@override_settings(
    EMAIL_BACKEND="tests.contact.test_notifications.RefusingRecipientBackend",
    CONTACT_MAIL_ATTEMPTS=1,
)
def test_a_mail_failure_is_logged_without_personal_data(
    client, site_content, team_recipients, django_capture_on_commit_callbacks, caplog
):
    with caplog.at_level(logging.DEBUG), django_capture_on_commit_callbacks(execute=True):
        client.post("/contact/", valid_data())
    stored = CallbackRequest.objects.get()
    failures = [r for r in caplog.records if "e-mails not sent" in r.getMessage()]
    assert len(failures) == 1
    assert f"Callback request {stored.pk}" in failures[0].getMessage()
    assert "SMTPRecipientsRefused" in failures[0].getMessage()
    for record in caplog.records:
        logged = record.getMessage() + (caplog.text or "")
        assert "camille.martin@mairie-exemple.fr" not in logged
        assert record.exc_info is None


def test_the_team_subject_carries_no_text_typed_by_the_visitor(
    client, site_content, team_recipients, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/contact/", valid_data(organisation="Achetez des montres sur spam.example"))
    notification = mail.outbox[0]
    assert notification.subject == f"Demande de rappel n° {CallbackRequest.objects.get().pk}"


def test_the_acknowledgement_echoes_no_text_typed_by_the_visitor(
    client, site_content, team_recipients, django_capture_on_commit_callbacks
):
    spam = "Gagnez 1000 euros sur https://spam.example"
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            "/contact/",
            valid_data(name=spam, subject=spam, organisation=spam, role=spam, message=spam),
        )
    acknowledgement = mail.outbox[1]
    assert acknowledgement.to == ["camille.martin@mairie-exemple.fr"]
    assert "spam.example" not in acknowledgement.body + acknowledgement.subject


class RacingBackend(FailingEmailBackend):
    """While one run sends, a second run of the task (the retry command's) starts."""

    def send_messages(self, email_messages):
        from django.core.mail.backends.locmem import EmailBackend

        from contact.tasks import send_callback_notifications

        if not RacingBackend.racing:
            RacingBackend.racing = True
            send_callback_notifications.call(CallbackRequest.objects.get().pk)
        return EmailBackend().send_messages(email_messages)


@override_settings(EMAIL_BACKEND="tests.contact.test_notifications.RacingBackend")
def test_two_runs_at_once_send_each_email_once(
    client, site_content, team_recipients, django_capture_on_commit_callbacks
):
    RacingBackend.racing = False
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/contact/", valid_data())
    recipients = sorted(tuple(message.to) for message in mail.outbox)
    assert recipients == sorted([tuple(team_recipients), ("camille.martin@mairie-exemple.fr",)])


@override_settings(EMAIL_BACKEND=FAILING, CONTACT_MAIL_ATTEMPTS=1)
def test_a_failed_send_gives_its_claim_back(
    client, site_content, team_recipients, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/contact/", valid_data())
    stored = CallbackRequest.objects.get()
    assert stored.team_notified_at is None and stored.acknowledged_at is None
    assert stored.mail_claimed_at is None  # the retry may claim it at once


def stored_unsent(client, django_capture_on_commit_callbacks, claimed_ago: timedelta):
    """A request whose e-mails a run claimed `claimed_ago` and has not sent."""
    with django_capture_on_commit_callbacks(execute=False):
        client.post("/contact/", valid_data())
    CallbackRequest.objects.update(mail_claimed_at=timezone.now() - claimed_ago)
    return CallbackRequest.objects.get()


@override_settings(CONTACT_MAIL_CLAIM_TIMEOUT=300)
def test_a_claim_left_by_a_dead_run_is_taken_over_and_the_emails_leave(
    client, site_content, team_recipients, django_capture_on_commit_callbacks
):
    # A worker killed between claiming and sending: nothing is marked sent.
    stored_unsent(client, django_capture_on_commit_callbacks, timedelta(minutes=6))
    out = io.StringIO()
    call_command("retry_callback_notifications", stdout=out)
    assert out.getvalue().startswith("1 demande(s)")
    assert len(mail.outbox) == 2
    stored = CallbackRequest.objects.get()
    assert stored.team_notified_at and stored.acknowledged_at and stored.mail_claimed_at is None


@override_settings(CONTACT_MAIL_CLAIM_TIMEOUT=300)
def test_a_request_being_sent_is_left_to_the_run_sending_it(
    client, site_content, team_recipients, django_capture_on_commit_callbacks
):
    stored = stored_unsent(client, django_capture_on_commit_callbacks, timedelta(minutes=1))
    out = io.StringIO()
    call_command("retry_callback_notifications", stdout=out)
    assert out.getvalue().startswith("0 demande(s)")
    assert send_callback_notifications.call(stored.pk) == "being sent by another run"
    assert mail.outbox == []


class WorkerKilled(BaseException):
    """A process killed while sending, seen from inside: no `except Exception` stops it."""


class DyingBackend(FailingEmailBackend):
    def send_messages(self, email_messages):
        raise WorkerKilled


@override_settings(EMAIL_BACKEND="tests.contact.test_notifications.DyingBackend")
def test_an_email_is_marked_sent_only_once_the_server_took_it(
    client, site_content, team_recipients, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False):
        client.post("/contact/", valid_data())
    stored = CallbackRequest.objects.get()
    with pytest.raises(WorkerKilled):
        send_callback_notifications.call(stored.pk)
    stored.refresh_from_db()
    assert stored.team_notified_at is None and stored.acknowledged_at is None
    assert stored.mail_claimed_at is not None  # taken over once CONTACT_MAIL_CLAIM_TIMEOUT passes
