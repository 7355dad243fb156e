"""What /healthz asks about the task queue: when a worker was last seen, and what waits.

Each function is one query on an indexed column, and answers on an empty table.
"""

from datetime import datetime

from django.db.models import Case, Count, F, Max, Min, When
from django.utils import timezone
from django_tasks_db.models import DBTaskResult, get_date_max

from .models import WorkerHeartbeat


def beat(worker_id: str) -> None:
    """Record that this worker is alive and looking for work."""
    now = timezone.now()
    if not WorkerHeartbeat.objects.filter(worker_id=worker_id).update(last_seen=now):
        WorkerHeartbeat.objects.create(worker_id=worker_id, last_seen=now)


def last_seen() -> datetime | None:
    """When any worker was last seen at work; None if none ever was."""
    return WorkerHeartbeat.objects.aggregate(latest=Max("last_seen"))["latest"]


def backlog() -> tuple[int, float]:
    """How many tasks are ready to run, and for how many seconds the oldest has waited."""
    # A task queued for later (a retry) waits from its run_after, the others from their queueing.
    ready_since = Case(
        When(run_after=get_date_max(), then=F("enqueued_at")), default=F("run_after")
    )
    stats = DBTaskResult.objects.ready().aggregate(count=Count("pk"), oldest=Min(ready_since))
    if stats["oldest"] is None:
        return 0, 0.0
    return stats["count"], max(0.0, (timezone.now() - stats["oldest"]).total_seconds())
