"""After a request is stored: tell the team, and acknowledge it to the person who sent it.

The e-mails leave through django-tasks, after the commit. A failure is logged and counted on
the request; the task queues itself again (later, on a queued backend) up to
CONTACT_MAIL_ATTEMPTS times, and `manage.py retry_callback_notifications` tries again every
request whose e-mails have not all left. Each e-mail is sent once: a retry only sends what is
still missing.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage
from django.db.models import F
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django_tasks import task

from .models import CallbackRequest, ContactSettings

logger = logging.getLogger(__name__)


def admin_url(callback: CallbackRequest) -> str:
    path = reverse("callback_requests:edit", args=[callback.pk])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def one_line(text: str) -> str:
    return " ".join(text.split())[:120]


def team_subject(callback: CallbackRequest) -> str:
    """The number, and the offer's title from the database: no text typed by the visitor."""
    subject = f"Demande de rappel n° {callback.pk}"
    if callback.offer:
        subject += f" : {callback.offer.title}"
    return one_line(subject)


def team_notification(callback: CallbackRequest, recipients: list[str]) -> EmailMessage:
    body = render_to_string(
        "contact/emails/team_notification.txt",
        {"callback": callback, "admin_url": admin_url(callback)},
    )
    return EmailMessage(
        subject=team_subject(callback),
        body=body,
        to=recipients,
        reply_to=[callback.email],
    )


def acknowledgement(callback: CallbackRequest, retention_months: int) -> EmailMessage:
    body = render_to_string(
        "contact/emails/acknowledgement.txt",
        {"callback": callback, "retention_months": retention_months},
    )
    return EmailMessage(
        subject="Votre demande de rappel à l’Incubateur des Territoires",
        body=body,
        to=[callback.email],
    )


def send_once(requests, sent_field: str, message: EmailMessage) -> bool:
    """Claim the e-mail (one UPDATE that only one run can win), then send it.

    Two runs at once (the worker and retry_callback_notifications) may both see it unsent:
    only the one whose UPDATE changes the row sends. A failed send gives the claim back.
    """
    claimed_at = timezone.now()
    if not requests.filter(**{f"{sent_field}__isnull": True}).update(**{sent_field: claimed_at}):
        return False
    try:
        message.send()
    except Exception:
        requests.filter(**{sent_field: claimed_at}).update(**{sent_field: None})
        raise
    return True


@task()
def send_callback_notifications(request_id: int, attempt: int = 1) -> str:
    """Send what is still missing of the two e-mails of one callback request."""
    callback = (
        CallbackRequest.objects.select_related("offer")
        .prefetch_related("services")
        .filter(pk=request_id)
        .first()
    )
    if callback is None:
        return "deleted"
    contact_settings = ContactSettings.load()
    requests = CallbackRequest.objects.filter(pk=request_id)
    try:
        if callback.team_notified_at is None:
            recipients = contact_settings.recipients
            if recipients:
                send_once(requests, "team_notified_at", team_notification(callback, recipients))
            else:
                # Kept pending: retry_callback_notifications sends it once an address is set.
                logger.warning(
                    "Callback request %s: no notification recipient is set "
                    "(Paramètres › Demandes de rappel); the team is not notified yet",
                    request_id,
                )
        if callback.acknowledged_at is None:
            message = acknowledgement(callback, contact_settings.retention_months)
            send_once(requests, "acknowledged_at", message)
    except Exception as error:
        # The error's class only: its message and traceback may carry the requester's address.
        logger.error(  # noqa: TRY400
            "Callback request %s: e-mails not sent (attempt %s of %s, %s); it stays stored",
            request_id,
            attempt,
            settings.CONTACT_MAIL_ATTEMPTS,
            type(error).__name__,
        )
        requests.update(mail_attempts=F("mail_attempts") + 1, mail_error=type(error).__name__)
    else:
        requests.update(mail_attempts=F("mail_attempts") + 1, mail_error="")
        return "sent"
    if attempt < settings.CONTACT_MAIL_ATTEMPTS:
        schedule_notifications(
            request_id, attempt=attempt + 1, delay=settings.CONTACT_MAIL_RETRY_DELAY * attempt
        )
    return "failed"


def schedule_notifications(request_id: int, attempt: int = 1, delay: int = 0) -> None:
    """Queue the e-mails of a request; never raises, the request is already safe."""
    job = send_callback_notifications
    try:
        if delay and job.get_backend().supports_defer:
            job = job.using(run_after=timezone.now() + timedelta(seconds=delay))
        job.enqueue(request_id, attempt)
    except Exception as error:
        logger.error(  # noqa: TRY400 (no traceback: it may carry personal data)
            "Callback request %s: e-mails could not be queued (%s); "
            "manage.py retry_callback_notifications will send them",
            request_id,
            type(error).__name__,
        )
