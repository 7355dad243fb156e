"""The sign of life each db_worker process leaves in the database."""

from django.db import models


class WorkerHeartbeat(models.Model):
    """When one db_worker process was last seen at work: /healthz reads it, and a worker
    silent for longer than WORKER_TIMEOUT is taken for dead (its running tasks are queued
    again)."""

    worker_id = models.CharField("Identifiant du processus", max_length=64, unique=True)
    last_seen = models.DateTimeField("Vu pour la dernière fois le", db_index=True)

    class Meta:
        verbose_name = "Signe de vie d'un processus db_worker"
        verbose_name_plural = "Signes de vie des processus db_worker"

    def __str__(self) -> str:
        return f"db_worker {self.worker_id}"
