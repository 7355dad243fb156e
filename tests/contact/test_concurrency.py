"""Two hundred requests from twenty clients at once, through real HTTP: none lost, none doubled."""

from concurrent.futures import ThreadPoolExecutor

from django.core import mail
from django.test import override_settings

from contact.models import CallbackRequest

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


@override_settings(CONTACT_RATE_LIMIT_COUNT=0)
def test_two_hundred_parallel_requests_store_two_hundred_rows(live_site):
    with ThreadPoolExecutor(max_workers=CLIENTS) as pool:
        results = list(pool.map(lambda n: one_client(live_site.url, n), range(CLIENTS)))

    confirmations = sum(len(confirmed) for confirmed in results)
    assert confirmations == CLIENTS * REQUESTS_PER_CLIENT
    assert CallbackRequest.objects.count() == CLIENTS * REQUESTS_PER_CLIENT
    names = set(CallbackRequest.objects.values_list("name", flat=True))
    assert len(names) == CLIENTS * REQUESTS_PER_CLIENT
    # Every requester got an acknowledgement, once.
    acknowledged = [message.to[0] for message in mail.outbox]
    assert len(acknowledged) == len(set(acknowledged)) == CLIENTS * REQUESTS_PER_CLIENT
