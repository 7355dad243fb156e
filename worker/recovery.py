"""Taking back the tasks a dead worker left running (killed, or cut from its database)."""

import logging
from datetime import timedelta

from django.utils import timezone
from django_tasks_db.compat import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from .models import WorkerHeartbeat

logger = logging.getLogger(__name__)
FORGET_AFTER = timedelta(days=7)
# A task that several workers died running is what kills them: given up, not retried for ever
# (callback e-mails it was sending are still tried by retry_callback_notifications).
MAX_WORKERS_PER_TASK = 3


def requeue_abandoned_tasks(timeout: timedelta) -> int:
    """Queue again each task running for longer than `timeout` whose worker has not been seen
    for as long: that worker is dead and will never finish it. Returns how many."""
    now = timezone.now()
    limit = now - timeout
    alive = set(
        WorkerHeartbeat.objects.filter(last_seen__gte=limit).values_list("worker_id", flat=True)
    )
    running = DBTaskResult.objects.running().filter(started_at__lt=limit)
    abandoned = {
        pk: len(worker_ids)
        for pk, worker_ids in running.values_list("pk", "worker_ids")
        if not worker_ids or worker_ids[-1] not in alive
    }
    WorkerHeartbeat.objects.filter(last_seen__lt=now - FORGET_AFTER).delete()
    given_up = [pk for pk, workers in abandoned.items() if workers >= MAX_WORKERS_PER_TASK]
    if given_up:
        running.filter(pk__in=given_up).update(
            status=TaskResultStatus.FAILED,
            finished_at=now,
            exception_class_path="worker.recovery.AbandonedTask",
            traceback=f"Abandoned by {MAX_WORKERS_PER_TASK} workers that died running it",
        )
        logger.error("%s task(s) given up: each killed the workers running it", len(given_up))
    retried = [pk for pk in abandoned if pk not in given_up]
    count = running.filter(pk__in=retried).update(status=TaskResultStatus.READY, started_at=None)
    if count:
        logger.warning("%s task(s) left running by a dead worker queued again", count)
    return count
