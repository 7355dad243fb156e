"""The rate limit holds when one client sends many requests at once, and keys IPv6 on /64."""

from concurrent.futures import ThreadPoolExecutor

from django.test import RequestFactory, override_settings

from contact import guards
from contact.models import CallbackRequest

from .visitor import Visitor

PARALLEL = 20
LIMIT = 5  # the default, which the production server in front of live_site runs with


def post(visitor: Visitor, number: int) -> int:
    status, _ = visitor.send(
        {
            "name": f"Demande parallèle {number}",
            "email": f"parallele.{number}@mairie-exemple.fr",
            "organisation": "Commune d'Exemple",
            "subject": "Être recontacté",
            "consent": "on",
        }
    )
    return status


def test_parallel_requests_from_one_client_cannot_pass_the_limit(live_site):
    visitor = Visitor(live_site.url)
    with ThreadPoolExecutor(max_workers=PARALLEL) as pool:
        statuses = list(pool.map(lambda n: post(visitor, n), range(PARALLEL)))

    assert sorted(statuses) == [200] * LIMIT + [429] * (PARALLEL - LIMIT)
    assert CallbackRequest.objects.count() == LIMIT


def key_for(address: str) -> str:
    return guards.client_key(RequestFactory().post("/contact/", REMOTE_ADDR=address))


def test_ipv6_clients_are_counted_by_their_64_network():
    assert key_for("2001:db8:1:2::1") == key_for("2001:db8:1:2:ffff:ffff:ffff:ffff")
    assert key_for("2001:db8:1:2::1") != key_for("2001:db8:1:3::1")
    assert key_for("192.0.2.1") != key_for("192.0.2.2")
    assert key_for("::ffff:192.0.2.1") == key_for("192.0.2.1")


@override_settings(CONTACT_RATE_LIMIT_COUNT=2, CONTACT_RATE_LIMIT_WINDOW=600)
def test_a_form_sent_back_for_correction_does_not_use_up_the_limit(client, site_content):
    from .conftest import valid_data

    for _ in range(3):
        assert client.post("/contact/", valid_data(email="pas-une-adresse")).status_code == 422
    assert client.post("/contact/", valid_data()).status_code == 303
    assert client.post("/contact/", valid_data()).status_code == 303
    response = client.post("/contact/", valid_data())
    assert response.status_code == 429
    assert CallbackRequest.objects.count() == 2
