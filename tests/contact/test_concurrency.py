"""Two hundred requests from twenty clients at once, through real HTTP: none lost, none doubled."""

from concurrent.futures import ThreadPoolExecutor

import pytest
from django_tasks_db.models import DBTaskResult

from contact.models import CallbackRequest
from tests import production_server

from .visitor import Visitor

CLIENTS = 20
REQUESTS_PER_CLIENT = 10


def one_client(base_url: str, number: int) -> list[int]:
    """A visitor's browser: opens the form once (cookie and token), then sends ten requests."""
    visitor = Visitor(base_url)
    confirmed = []
    for index in range(REQUESTS_PER_CLIENT):
        status, html = visitor.send(
            {
                "name": f"Client {number} demande {index}",
                "email": f"client{number}.{index}@mairie-exemple.fr",
                "organisation": f"Commune n° {number}",
                "subject": "Être recontacté",
                "message": "Envoyée en même temps que beaucoup d'autres.",
                "consent": "on",
            }
        )
        if status == 200 and "Votre demande est enregistrée" in html:
            confirmed.append(index)
    return confirmed


@pytest.fixture(scope="module")
def unlimited_site(production_site, tmp_path_factory):
    """The production server's twin without the rate limit: the twenty clients all come
    from 127.0.0.1."""
    server = production_server.serve(
        {**production_site.env, "CONTACT_RATE_LIMIT_COUNT": "0"},
        production_server.free_port(),
        tmp_path_factory.mktemp("unlimited"),
    )
    yield server
    production_server.stop(server.process)


def test_two_hundred_parallel_requests_store_two_hundred_rows(live_site, unlimited_site):
    with ThreadPoolExecutor(max_workers=CLIENTS) as pool:
        results = list(pool.map(lambda n: one_client(unlimited_site.url, n), range(CLIENTS)))

    confirmations = sum(len(confirmed) for confirmed in results)
    assert confirmations == CLIENTS * REQUESTS_PER_CLIENT
    assert CallbackRequest.objects.count() == CLIENTS * REQUESTS_PER_CLIENT
    names = set(CallbackRequest.objects.values_list("name", flat=True))
    assert len(names) == CLIENTS * REQUESTS_PER_CLIENT
    # The e-mails of every request are queued for the worker, once.
    queued = DBTaskResult.objects.filter(task_path="contact.tasks.send_callback_notifications")
    request_ids = sorted(task.args_kwargs["args"][0] for task in queued)
    assert request_ids == sorted(CallbackRequest.objects.values_list("pk", flat=True))
