"""What /healthz reads about the worker: cheap, and calm on an empty database."""

import io
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from worker import heartbeat
from worker.models import WorkerHeartbeat

from .tasks import do_nothing

pytestmark = pytest.mark.django_db
QUEUED = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}


def test_with_no_worker_and_no_task_each_answer_is_empty_in_one_query(
    django_assert_num_queries,
):
    with django_assert_num_queries(1):
        assert heartbeat.last_seen() is None
    with django_assert_num_queries(1):
        assert heartbeat.backlog() == (0, 0.0)


def test_last_seen_is_the_latest_sign_of_life_of_any_worker():
    heartbeat.beat("worker-a")
    heartbeat.beat("worker-b")
    WorkerHeartbeat.objects.filter(worker_id="worker-a").update(
        last_seen=timezone.now() - timedelta(hours=1)
    )
    heartbeat.beat("worker-b")
    assert WorkerHeartbeat.objects.count() == 2  # one row per worker, updated in place
    assert timezone.now() - heartbeat.last_seen() < timedelta(seconds=5)


@override_settings(TASKS=QUEUED)
def test_the_backlog_counts_the_ready_tasks_and_the_wait_of_the_oldest(
    django_assert_num_queries,
):
    waiting = do_nothing.enqueue()
    do_nothing.enqueue()
    do_nothing.using(run_after=timezone.now() + timedelta(hours=1)).enqueue()  # not yet due
    retry = do_nothing.using(run_after=timezone.now() - timedelta(seconds=30)).enqueue()
    DBTaskResult.objects.filter(pk=waiting.id).update(
        enqueued_at=timezone.now() - timedelta(seconds=120)
    )
    # Queued an hour ago, due 30 s ago: it has waited 30 s, not an hour.
    DBTaskResult.objects.filter(pk=retry.id).update(enqueued_at=timezone.now() - timedelta(hours=1))

    with django_assert_num_queries(1):
        ready, oldest = heartbeat.backlog()
    assert ready == 3
    assert 120 <= oldest < 130


@override_settings(TASKS=QUEUED)
def test_manage_py_db_worker_is_the_worker_that_leaves_a_sign_of_life(
    transactional_db, django_db_serialized_rollback
):
    do_nothing.enqueue()
    call_command("db_worker", "--batch", "--interval", "0", stdout=io.StringIO())
    assert heartbeat.backlog() == (0, 0.0)
    assert timezone.now() - heartbeat.last_seen() < timedelta(seconds=5)
