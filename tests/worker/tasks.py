"""A task for the tests of the queue: it does nothing, and says so."""

from django_tasks import task


@task()
def do_nothing() -> str:
    return "done"
