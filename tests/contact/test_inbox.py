"""The team works through the callback requests in the admin: "Demandes de rappel"."""

import csv
import io
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from contact.models import CallbackRequest, ContactSettings

from .conftest import settings_form

pytestmark = pytest.mark.django_db
INBOX = "/admin/demandes-de-rappel/"
HOSTILE = '<script>alert("x")</script>'


def a_request(**fields) -> CallbackRequest:
    values = {
        "name": "Camille Martin",
        "email": "camille@mairie-exemple.fr",
        "organisation": "Commune d'Exemple",
        "subject": "Être recontacté",
        "consent": True,
    }
    values.update(fields)
    return CallbackRequest.objects.create(**values)


def test_an_editor_does_not_see_the_inbox(client, editor):
    a_request()
    client.force_login(editor)
    dashboard = client.get("/admin/").content.decode()
    assert "Demandes de rappel" not in dashboard
    assert client.get(INBOX).status_code in {302, 403}
    assert client.get(INBOX + "export/").status_code in {302, 403}
    callback = CallbackRequest.objects.get()
    assert client.get(f"{INBOX}edit/{callback.pk}/").status_code in {302, 403}
    assert "Camille Martin" not in client.get(INBOX, follow=True).content.decode()


def test_the_contact_team_sees_the_inbox_and_changes_a_status(client, team_member):
    callback = a_request()
    client.force_login(team_member)
    assert "Demandes de rappel" in client.get("/admin/").content.decode()
    listing = client.get(INBOX)
    assert listing.status_code == 200
    assert "Camille Martin" in listing.content.decode()

    edit_url = f"{INBOX}edit/{callback.pk}/"
    assert client.get(edit_url).status_code == 200
    response = client.post(
        edit_url,
        {"status": "en_cours", "assignee": team_member.pk, "internal_notes": "Rappel mardi"},
    )
    assert response.status_code == 302
    callback.refresh_from_db()
    assert callback.status == "en_cours"
    assert callback.assignee == team_member
    assert callback.internal_notes == "Rappel mardi"
    # What the visitor wrote cannot be changed from the admin.
    assert callback.name == "Camille Martin"


def test_the_inbox_filters_by_status_and_searches(client, team_member):
    a_request(name="Alice Nouvelle")
    a_request(name="Bruno Traité", status="traitee", organisation="Département du Gers")
    client.force_login(team_member)
    html = client.get(INBOX, {"status": "traitee"}).content.decode()
    assert "Bruno Traité" in html and "Alice Nouvelle" not in html
    html = client.get(INBOX, {"q": "Gers"}).content.decode()
    assert "Bruno Traité" in html and "Alice Nouvelle" not in html


def test_hostile_input_is_escaped_in_the_admin(client, team_member):
    callback = a_request(name=HOSTILE, message=HOSTILE, organisation=HOSTILE)
    client.force_login(team_member)
    for url in [INBOX, f"{INBOX}edit/{callback.pk}/", f"{INBOX}inspect/{callback.pk}/"]:
        html = client.get(url).content.decode()
        assert HOSTILE not in html, url
        assert "&lt;script&gt;" in html, url


def test_the_team_exports_a_csv_that_spreadsheets_open_safely(client, team_member):
    a_request(name="Émilie Château", organisation='=HYPERLINK("http://x")', role="+33")
    a_request(name="@SUM(1)", message="-2+3", subject="\tonglet", status="traitee")
    client.force_login(team_member)
    listing = client.get(INBOX).content.decode()
    assert f"{INBOX}export/" in listing

    response = client.get(f"{INBOX}export/")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    raw = response.content
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 byte order mark
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:3] == ["Reçue le", "Statut", "Nom et prénom"]
    cells = [cell for row in rows[1:] for cell in row]
    assert "Émilie Château" in cells
    assert '\'=HYPERLINK("http://x")' in cells
    assert "'+33" in cells and "'@SUM(1)" in cells and "'-2+3" in cells and "'\tonglet" in cells
    assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in cells)

    filtered = client.get(f"{INBOX}export/", {"status": "traitee"}).content.decode("utf-8-sig")
    assert "'@SUM(1)" in filtered and "Émilie" not in filtered


def test_the_contact_settings_are_editable_by_the_team(client, team_member):
    client.force_login(team_member)
    response = client.get("/admin/settings/contact/contactsettings/", follow=True)
    assert response.status_code == 200
    assert "Destinataires des notifications" in response.content.decode()
    url = response.redirect_chain[-1][0]
    response = client.post(
        url,
        settings_form(notification_recipients="a@anct.gouv.fr\nb@anct.gouv.fr", retention_months=6),
    )
    assert response.status_code == 302
    assert ContactSettings.load().recipients == ["a@anct.gouv.fr", "b@anct.gouv.fr"]
    response = client.post(url, settings_form(notification_recipients="pas une adresse"))
    assert "n’est pas une adresse électronique" in response.content.decode()


def test_the_purge_command_deletes_requests_older_than_the_retention_period(db):
    contact_settings = ContactSettings.load()
    contact_settings.retention_months = 12
    contact_settings.save()
    recent = a_request(name="Récente")
    old = a_request(name="Ancienne")
    CallbackRequest.objects.filter(pk=old.pk).update(
        created_at=timezone.now() - timedelta(days=370)
    )
    out = io.StringIO()
    call_command("purge_callback_requests", "--dry-run", stdout=out)
    assert "1 demande(s)" in out.getvalue()
    assert CallbackRequest.objects.count() == 2
    call_command("purge_callback_requests", stdout=out)
    assert list(CallbackRequest.objects.all()) == [recent]


def test_a_request_is_assigned_only_to_someone_who_may_handle_it(client, team_member, editor):
    callback = a_request()
    client.force_login(team_member)
    html = client.get(f"{INBOX}edit/{callback.pk}/").content.decode()
    assert f'value="{team_member.pk}"' in html
    assert f'value="{editor.pk}"' not in html
    response = client.post(
        f"{INBOX}edit/{callback.pk}/", {"status": "nouvelle", "assignee": editor.pk}
    )
    assert response.status_code == 200  # refused, with the form again
    callback.refresh_from_db()
    assert callback.assignee is None


def test_requests_cannot_be_created_from_the_admin(client, team_member):
    client.force_login(team_member)
    assert "Ajouter un(e) Demande" not in client.get(INBOX).content.decode()
    assert client.get(f"{INBOX}new/").status_code in {302, 403}


def queries_to_get(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_inbox_costs_the_same_queries_with_few_or_many_requests(client, team_member):
    """Given 2 then 20 requests, the list and the export cost the same, small, number of
    queries: no query per row."""
    client.force_login(team_member)
    counts = []
    for total in (2, 20):
        while CallbackRequest.objects.count() < total:
            a_request(name="Personne", assignee=team_member, status="en_cours")
        client.get(INBOX)  # warm the session and the permission caches
        counts.append((queries_to_get(client, INBOX), queries_to_get(client, f"{INBOX}export/")))
    assert counts[0] == counts[1]
    inbox, export = counts[0]
    assert inbox <= INBOX_QUERY_BUDGET and export <= EXPORT_QUERY_BUDGET, counts


INBOX_QUERY_BUDGET = 15
EXPORT_QUERY_BUDGET = 10


@pytest.mark.parametrize("query", [{"status": "inconnu"}, {"status": ["traitee", "<script>"]}])
def test_an_export_with_an_invalid_filter_exports_nothing(client, team_member, query):
    a_request(name="Personne Exportée", status="nouvelle")
    client.force_login(team_member)
    response = client.get(f"{INBOX}export/", query)
    body = response.content.decode()
    assert response.status_code == 400
    assert "Export refusé : filtre invalide" in body
    assert "Personne Exportée" not in body
    assert not response.has_header("Content-Disposition")
