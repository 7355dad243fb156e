"""What /healthz reports: each dependency of the site, and whether the site can serve.

The site is unhealthy (503) when its database does not answer, or when the task worker has
been silent for longer than WORKER_TIMEOUT while it is needed; Redis down only slows it.
Every check is bounded in time (connect and statement timeouts) so the answer comes in
seconds whatever hangs.
"""

import logging
from contextlib import contextmanager, nullcontext

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, connection, transaction
from django.utils import timezone

from worker import heartbeat

logger = logging.getLogger(__name__)

STATEMENT_TIMEOUT_MS = 1000


@contextmanager
def bounded_queries():
    """On PostgreSQL, every query of the report gives up after STATEMENT_TIMEOUT_MS (a table
    locked by a migration must not hang the check). SQLite's reads take no lock: no
    transaction there, which would wait for the write lock."""
    if connection.vendor != "postgresql":
        yield
        return
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(f"SET LOCAL statement_timeout = {STATEMENT_TIMEOUT_MS}")
        yield


def select_one() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def cache_status() -> str:
    """"ok", or "unreachable" when Redis is down (pages are then served from memory)."""
    redis_answers = getattr(cache, "redis_answers", None)
    if redis_answers is None or redis_answers():
        return "ok"
    return "unreachable"


def uses_task_worker() -> bool:
    """Whether tasks wait for `manage.py db_worker` (production), or run at once."""
    return settings.TASKS["default"]["BACKEND"] == "django_tasks_db.DatabaseBackend"


def tasks_status() -> dict:
    """The queue's backlog, and "ok", "silent" or "not seen yet" for the worker."""
    ready, oldest_seconds = heartbeat.backlog()
    last_seen = heartbeat.last_seen()
    silence = (timezone.now() - last_seen).total_seconds() if last_seen else None
    limit = settings.WORKER_TIMEOUT
    if silence is not None:
        worker = "ok" if silence <= limit else "silent"
    else:
        # Never seen: only a problem once a task has waited longer than a worker would take.
        worker = "silent" if oldest_seconds > limit else "not seen yet"
    return {
        "worker": worker,
        "worker_last_seen_seconds_ago": None if silence is None else round(silence),
        "ready": ready,
        "oldest_ready_seconds": round(oldest_seconds),
    }


def tasks_status_or_unknown() -> dict:
    """The queue's state, or "unknown" when its tables do not answer in time (locked)."""
    # Inside the report's transaction (PostgreSQL), a savepoint keeps it usable after a timeout.
    try:
        with transaction.atomic() if connection.in_atomic_block else nullcontext():
            return tasks_status()
    except DatabaseError as error:
        logger.warning("Health check: the task queue does not answer (%s)", type(error).__name__)
        return {"worker": "unknown"}


def report() -> tuple[bool, dict]:
    """(healthy, what to show) for /healthz."""
    checks: dict = {}
    try:
        with bounded_queries():
            select_one()
            checks["database"] = "ok"
            if uses_task_worker():
                checks["tasks"] = tasks_status_or_unknown()
    except DatabaseError as error:
        logger.warning("Health check: the database does not answer (%s)", type(error).__name__)
        checks = {"database": "unreachable"}
    checks["cache"] = cache_status()
    healthy = checks["database"] == "ok" and checks.get("tasks", {}).get("worker") != "silent"
    return healthy, {"status": "ok" if healthy else "error", **checks}
