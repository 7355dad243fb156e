"""A stored request is confirmed even if the database connection is lost right after the
commit, and sending the same submission again adds nothing: one row, one confirmation."""

import io
import re
from contextlib import ExitStack

import psycopg
import pytest
from django.core import mail
from django.core.management import call_command
from django.db import OperationalError, connection, transaction
from django.db.models.signals import post_save

from contact.models import CallbackRequest

from .conftest import valid_data

HTMX = {"HTTP_HX_REQUEST": "true"}
# Every query fails from the commit on (both databases); on PostgreSQL also a real cut: the
# request's own server process terminated from another connection.
CUTS = ["every query fails"] + (
    ["connection terminated"] if connection.vendor == "postgresql" else []
)


@pytest.fixture
def site_content(transactional_db, django_db_serialized_rollback):
    """Real commits, so that on_commit hooks run when the view commits."""
    call_command("load_initial_content", stdout=io.StringIO())


def refuse_every_query(execute, sql, params, many, context):
    raise OperationalError("the connection is closed")


def terminate(pid: int) -> None:
    settings = connection.settings_dict
    with psycopg.connect(
        host=settings["HOST"] or "127.0.0.1",
        port=settings["PORT"] or 5432,
        user=settings["USER"],
        password=settings["PASSWORD"] or None,
        dbname=settings["NAME"],
        autocommit=True,
    ) as other:
        other.execute("SELECT pg_terminate_backend(%s)", [pid])


class ConnectionCut:
    """Loses the database connection at the commit of the next stored request."""

    def __init__(self):
        self.hooks = ExitStack()

    def at_next_commit(self, kind: str) -> None:
        def lose_database():
            if kind == "every query fails":
                self.hooks.enter_context(connection.execute_wrapper(refuse_every_query))
            else:
                terminate(connection.connection.info.backend_pid)

        def on_save(sender, created, **kwargs):
            if created:
                transaction.on_commit(lose_database)

        post_save.connect(on_save, sender=CallbackRequest, weak=False)
        self.hooks.callback(post_save.disconnect, on_save, sender=CallbackRequest)

    def restore(self) -> None:
        self.hooks.close()
        connection.close()  # a terminated connection is opened again by the next query


@pytest.fixture
def connection_cut():
    cut = ConnectionCut()
    yield cut
    cut.restore()


def open_form(client) -> str:
    page = client.get("/contact/", **HTMX).content.decode()
    return re.search(r'name="jeton" value="([^"]+)"', page).group(1)


@pytest.mark.parametrize("kind", CUTS)
@pytest.mark.parametrize("headers", [HTMX, {}], ids=["htmx", "plain"])
def test_a_connection_lost_after_the_commit_still_confirms_and_a_resend_adds_nothing(
    client, site_content, team_recipients, connection_cut, kind, headers
):
    data = valid_data(jeton=open_form(client))
    connection_cut.at_next_commit(kind)
    response = client.post("/contact/", data, **headers)
    connection_cut.restore()

    if headers:
        assert response.status_code == 200
        assert "Votre demande est enregistrée" in response.content.decode()
    else:
        assert response.status_code == 303
        assert response["Location"] == "/contact/merci/"
    assert CallbackRequest.objects.count() == 1

    # The visitor, unsure, sends it again: the same confirmation, nothing more stored.
    again = client.post("/contact/", data, **headers)
    assert again.status_code == response.status_code
    assert again.content == response.content
    assert CallbackRequest.objects.count() == 1
    # The e-mails could not be queued through the lost connection: the retry sends them,
    # once; the resend queued none.
    assert mail.outbox == []
    call_command("retry_callback_notifications", stdout=io.StringIO())
    assert sorted(message.to[0] for message in mail.outbox) == sorted(
        [team_recipients[0], "camille.martin@mairie-exemple.fr"]
    )
