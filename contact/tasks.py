"""After a request is stored: tell the team, and acknowledge it to the person who sent it.

The e-mails leave through django-tasks, after the commit. A failure is logged and counted on
the request; the task queues itself again (later, on a queued backend) up to
CONTACT_MAIL_ATTEMPTS times, and `manage.py retry_callback_notifications` tries again every
request whose e-mails have not all left. A run claims the request's e-mails before sending
and marks each one sent only after the mail server took it: every e-mail leaves at least
once (a claim left by a dead run is taken over), and in practice once (a retry only sends
what is still missing, and two live runs never hold the same claim).
"""

import logging
import math
from datetime import datetime, timedelta

from django.conf import settings
from django.core.mail import EmailMessage
from django.db.models import F, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django_tasks import task

from .models import CallbackFormTexts, CallbackRequest, ContactSettings

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


def team_notification(
    callback: CallbackRequest, contact_settings: ContactSettings, texts: CallbackFormTexts
) -> EmailMessage:
    body = render_to_string(
        "contact/emails/team_notification.txt",
        {
            "callback": callback,
            "admin_url": admin_url(callback),
            "introduction": texts.team_notification_introduction,
        },
    )
    return EmailMessage(
        subject=team_subject(callback),
        body=body,
        to=contact_settings.recipients,
        reply_to=[callback.email],
    )


def acknowledgement(
    callback: CallbackRequest, contact_settings: ContactSettings, texts: CallbackFormTexts
) -> EmailMessage:
    """The editors' texts, the offer's and services' titles: nothing the visitor typed."""
    body = render_to_string(
        "contact/emails/acknowledgement.txt",
        {
            "callback": callback,
            "texts": texts,
            "retention_months": contact_settings.retention_months,
        },
    )
    return EmailMessage(
        subject=one_line(texts.acknowledgement_subject),
        body=body,
        to=[callback.email],
    )


UNSENT = Q(team_notified_at__isnull=True) | Q(acknowledged_at__isnull=True)


def claim_timeout() -> timedelta:
    return timedelta(seconds=settings.CONTACT_MAIL_CLAIM_TIMEOUT)


def unclaimed(now: datetime) -> Q:
    """No live run holds the e-mails: never claimed, or claimed longer ago than
    CONTACT_MAIL_CLAIM_TIMEOUT by a run that died before it finished."""
    return Q(mail_claimed_at__isnull=True) | Q(mail_claimed_at__lt=now - claim_timeout())


def claim(requests) -> datetime | None:
    """Take the request's unsent e-mails for this run: one UPDATE, which only one run wins.

    Two runs at once (the worker and retry_callback_notifications) may both find them unsent:
    only the one whose UPDATE changes the row sends. The claim of a run that died (a worker
    killed while sending) is taken over once it expires: every e-mail leaves at least once.
    """
    now = timezone.now()
    return now if requests.filter(unclaimed(now), UNSENT).update(mail_claimed_at=now) else None


def finish(requests, claimed_at: datetime, error: str = "") -> None:
    """Count the attempt, and give the claim back unless a later run has taken it over."""
    requests.update(mail_attempts=F("mail_attempts") + 1, mail_error=error)
    requests.filter(mail_claimed_at=claimed_at).update(mail_claimed_at=None)


def send_missing(callback: CallbackRequest, requests) -> None:
    """Send each e-mail still missing; each is marked sent only once the server took it."""
    contact_settings = ContactSettings.load()
    texts = CallbackFormTexts.load()
    if callback.team_notified_at is None:
        if contact_settings.recipients:
            team_notification(callback, contact_settings, texts).send()
            requests.update(team_notified_at=timezone.now())
        else:
            # Kept pending: retry_callback_notifications sends it once an address is set.
            logger.warning(
                "Callback request %s: no notification recipient is set "
                "(Paramètres › Demandes de rappel); the team is not notified yet",
                callback.pk,
            )
    if callback.acknowledged_at is None:
        acknowledgement(callback, contact_settings, texts).send()
        requests.update(acknowledged_at=timezone.now())


@task()
def send_callback_notifications(request_id: int, attempt: int = 1) -> str:
    """Send what is still missing of the two e-mails of one callback request."""
    requests = CallbackRequest.objects.filter(pk=request_id)
    claimed_at = claim(requests)
    if claimed_at is None:
        return look_again_later(requests, request_id, attempt)
    callback = requests.select_related("offer").prefetch_related("services").first()
    if callback is None:
        return "deleted"
    try:
        send_missing(callback, requests)
    except Exception as error:
        # The error's class only: its message and traceback may carry the requester's address.
        logger.error(  # noqa: TRY400
            "Callback request %s: e-mails not sent (attempt %s of %s, %s); it stays stored",
            request_id,
            attempt,
            settings.CONTACT_MAIL_ATTEMPTS,
            type(error).__name__,
        )
        finish(requests, claimed_at, type(error).__name__)
    else:
        finish(requests, claimed_at)
        return "sent"
    if attempt < settings.CONTACT_MAIL_ATTEMPTS:
        schedule_notifications(
            request_id, attempt=attempt + 1, delay=settings.CONTACT_MAIL_RETRY_DELAY * attempt
        )
    return "failed"


def look_again_later(requests, request_id: int, attempt: int) -> str:
    """Nothing to claim: the request is gone or its e-mails have left, or another run holds
    them. That run may die before it sends them: come back when its claim expires."""
    held_since = (
        requests.filter(UNSENT, mail_claimed_at__isnull=False)
        .values_list("mail_claimed_at", flat=True)
        .first()
    )
    if held_since is None:
        return "nothing to send"
    # An immediate backend cannot wait: it would run again at once, and again.
    if send_callback_notifications.get_backend().supports_defer:
        wait = (held_since + claim_timeout() - timezone.now()).total_seconds()
        schedule_notifications(request_id, attempt=attempt, delay=max(1, math.ceil(wait)))
    return "being sent by another run"


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
