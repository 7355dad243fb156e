"""A task left running by a dead worker is queued again; a live worker's task is not."""

from datetime import timedelta

import pytest
from django.test import override_settings
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from worker import heartbeat
from worker.models import WorkerHeartbeat
from worker.recovery import requeue_abandoned_tasks

from .tasks import do_nothing

pytestmark = pytest.mark.django_db
QUEUED = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
TIMEOUT = timedelta(minutes=5)


def running(worker_id: str, started_ago: timedelta, earlier_workers=()) -> str:
    """A task as a worker leaves it once it has claimed it."""
    with override_settings(TASKS=QUEUED):
        result = do_nothing.enqueue()
    DBTaskResult.objects.filter(pk=result.id).update(
        status="RUNNING",
        started_at=timezone.now() - started_ago,
        worker_ids=[*earlier_workers, worker_id],
    )
    return result.id


def seen(worker_id: str, ago: timedelta) -> None:
    heartbeat.beat(worker_id)
    WorkerHeartbeat.objects.filter(worker_id=worker_id).update(last_seen=timezone.now() - ago)


def status(task_id: str) -> str:
    return DBTaskResult.objects.get(pk=task_id).status


def test_only_the_tasks_of_dead_workers_are_queued_again():
    seen("dead", timedelta(minutes=10))
    seen("busy", timedelta(seconds=10))
    abandoned = running("dead", timedelta(minutes=10))
    from_before_heartbeats = running("unknown", timedelta(minutes=10))
    long_but_alive = running("busy", timedelta(minutes=10))
    just_started = running("dead", timedelta(seconds=10))

    assert requeue_abandoned_tasks(TIMEOUT) == 2

    assert status(abandoned) == status(from_before_heartbeats) == "READY"
    assert status(long_but_alive) == status(just_started) == "RUNNING"
    assert DBTaskResult.objects.get(pk=abandoned).worker_ids == ["dead"]  # its history kept


def test_workers_silent_for_a_week_are_forgotten():
    seen("long gone", timedelta(days=8))
    seen("recent", timedelta(days=1))
    requeue_abandoned_tasks(TIMEOUT)
    assert list(WorkerHeartbeat.objects.values_list("worker_id", flat=True)) == ["recent"]


def test_a_task_that_killed_three_workers_is_given_up():
    seen("dead", timedelta(minutes=10))
    killer = running("dead", timedelta(minutes=10), earlier_workers=["first", "second"])
    unlucky = running("dead", timedelta(minutes=10), earlier_workers=["first"])

    assert requeue_abandoned_tasks(TIMEOUT) == 1

    assert status(killer) == "FAILED"
    assert status(unlucky) == "READY"
