"""`manage.py db_worker`: django-tasks-db's worker, made to recover from what stops it.

- Before its first task, and then every tenth of WORKER_TIMEOUT, it queues again the tasks
  that a dead worker left running, and leaves a sign of life that /healthz reads
  (worker.heartbeat).
- When its database connection is lost during a task, it logs one line and exits with
  status 1, so that its supervisor (compose or systemd restart policy) starts it again; the
  task it was running is queued again by that recovery, and done then. A connection lost
  while it waits is replaced before the next round (CONN_HEALTH_CHECKS).
"""

import logging
import os
import sys
import time
from datetime import timedelta

from django.conf import settings
from django.core.management.base import CommandError
from django.db import InterfaceError, OperationalError, close_old_connections
from django.utils.autoreload import DJANGO_AUTORELOAD_ENV, run_with_reloader
from django_tasks_db.management.commands import db_worker

from worker import heartbeat
from worker.recovery import requeue_abandoned_tasks

logger = logging.getLogger("worker")


class Worker(db_worker.Worker):
    """Empties the queue with django-tasks-db's own loop (in batch mode, which returns once
    no task is ready), and keeps house between two tasks and two rounds."""

    def __init__(self, *, batch: bool, **options):
        super().__init__(batch=True, **options)
        self.stop_when_empty = batch
        self.timeout = timedelta(seconds=settings.WORKER_TIMEOUT)
        self.next_housekeeping = 0.0

    def run(self) -> None:
        logger.info("db_worker %s started", self.worker_id)
        try:
            while True:
                close_old_connections()  # a connection cut while idle is replaced, not fatal
                self.keep_house()
                super().run()
                self.startup_delay = False  # only before the first round
                if self.stop_when_empty or not self.running or self.reached_max_tasks():
                    return
                time.sleep(self.interval)
        except (OperationalError, InterfaceError) as error:
            lines = str(error).strip().splitlines()
            logger.error(  # noqa: TRY400 (one line: the supervisor's log shows the restart)
                "db_worker %s: database connection lost (%s: %s); exiting for the supervisor "
                "to start it again",
                self.worker_id,
                type(error).__name__,
                lines[0] if lines else "",
            )
            sys.exit(1)

    def run_task(self, db_task_result) -> None:
        self.keep_house()
        super().run_task(db_task_result)

    def reached_max_tasks(self) -> bool:
        return self.max_tasks is not None and self._run_tasks >= self.max_tasks

    def keep_house(self) -> None:
        """A sign of life, and the tasks of dead workers queued again; at most ten times per
        WORKER_TIMEOUT, so that an idle worker barely touches the database."""
        if time.monotonic() < self.next_housekeeping:
            return
        heartbeat.beat(self.worker_id)
        requeue_abandoned_tasks(self.timeout)
        self.next_housekeeping = time.monotonic() + settings.WORKER_TIMEOUT / 10


class Command(db_worker.Command):
    help = (
        "Exécute les tâches en file (e-mails des demandes de rappel, index de recherche). "
        "Reprend les tâches laissées en cours par un processus arrêté ; s'arrête avec le "
        "code 1 s'il perd la base de données, pour que son superviseur le relance."
    )

    def configure_logging(self, verbosity: int) -> None:
        if verbosity > 1:
            super().configure_logging(verbosity)
        else:
            # django-tasks-db's loop logs its start and end at INFO: here, every round.
            logging.getLogger("django_tasks_db").setLevel(logging.WARNING)

    def handle(self, *, verbosity, queue_name, exclude_queues, reload, batch, **options):
        self.configure_logging(verbosity)
        queue_names = queue_name.split(",")
        excluded_queue_names = exclude_queues.split(",") if exclude_queues else []
        if excluded_queue_names and "*" not in queue_names:
            raise CommandError("--exclude-queues ne s'emploie qu'avec --queue-name=*")
        worker = Worker(
            queue_names=queue_names,
            excluded_queue_names=excluded_queue_names,
            batch=batch,
            interval=options["interval"],
            backend_name=options["backend_name"],
            startup_delay=options["startup_delay"],
            max_tasks=options["max_tasks"],
            worker_id=options["worker_id"],
        )
        if reload and not batch:
            if os.environ.get(DJANGO_AUTORELOAD_ENV) == "true":  # the reloaded child only
                worker.configure_signals()
            run_with_reloader(worker.run)
        else:
            worker.configure_signals()
            worker.run()
