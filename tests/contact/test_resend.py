"""The form's token names one submission: sent twice, even at the same instant, it is stored
once and its e-mails leave once."""

import io
import re
import threading

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connections
from django.test import Client

from contact.models import CallbackRequest

from .conftest import valid_data

HTMX = {"HTTP_HX_REQUEST": "true"}


def open_form(client) -> str:
    page = client.get("/contact/", **HTMX).content.decode()
    return re.search(r'name="jeton" value="([^"]+)"', page).group(1)


def test_two_visitors_opening_the_form_get_tokens_of_their_own(client, site_content):
    assert open_form(client) != open_form(Client())


@pytest.mark.parametrize("headers", [HTMX, {}], ids=["htmx", "plain"])
def test_the_same_submission_sent_twice_is_stored_and_mailed_once(
    client, site_content, team_recipients, django_capture_on_commit_callbacks, headers
):
    data = valid_data(jeton=open_form(client))
    with django_capture_on_commit_callbacks(execute=True):
        first = client.post("/contact/", data, **headers)
        second = client.post("/contact/", data, **headers)

    assert first.status_code == second.status_code == (200 if headers else 303)
    assert first.content == second.content
    assert CallbackRequest.objects.count() == 1
    assert len(mail.outbox) == 2  # one notification, one acknowledgement


def test_the_same_form_sent_with_other_content_is_a_new_request(
    client, site_content, django_capture_on_commit_callbacks
):
    token = open_form(client)
    client.post("/contact/", valid_data(jeton=token), **HTMX)
    client.post("/contact/", valid_data(jeton=token, phone="06 12 34 56 78"), **HTMX)
    assert CallbackRequest.objects.count() == 2


@pytest.fixture
def site_content_committed(transactional_db, django_db_serialized_rollback):
    call_command("load_initial_content", stdout=io.StringIO())


def test_the_same_submission_sent_twice_at_once_is_stored_once(
    site_content_committed, team_recipients
):
    data = valid_data(jeton=open_form(Client()))
    start = threading.Barrier(2)
    answers = []

    def send():
        try:
            start.wait()
            answers.append(Client().post("/contact/", data, **HTMX))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=send) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert [answer.status_code for answer in answers] == [200, 200]
    assert all("Votre demande est enregistrée" in a.content.decode() for a in answers)
    assert CallbackRequest.objects.count() == 1
    assert len(mail.outbox) == 2
