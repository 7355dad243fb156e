"""What the contact team sees in the admin beyond the inbox's list: each request's detail
without « None », the newest requests on the dashboard, and a warning while nobody is told."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from contact.models import ContactSettings

from .test_inbox import INBOX, a_request

pytestmark = pytest.mark.django_db
PANEL = "Dernières demandes de rappel"
WARNING = "Personne n’est prévenu des nouvelles demandes de rappel."
SETTINGS_LINK = 'href="/admin/settings/contact/contactsettings/"'


def set_recipients(addresses: str) -> None:
    contact_settings = ContactSettings.load()
    contact_settings.notification_recipients = addresses
    contact_settings.save()


def detail(html: str) -> dict[str, str]:
    """The detail view's fields: label -> the text shown for it."""
    fields = re.findall(r"<dt>(.*?)</dt>\s*<dd>(.*?)</dd>", html, re.DOTALL)
    return {label.strip(): " ".join(value.split()) for label, value in fields}


def test_the_detail_view_says_what_is_empty_instead_of_none(client, team_member):
    callback = a_request(phone="", role="", message="")
    client.force_login(team_member)
    fields = detail(client.get(f"{INBOX}inspect/{callback.pk}/").content.decode())
    assert fields["Offre"] == "Aucune"
    assert fields["Services"] == "Aucun"
    assert fields["Équipe prévenue le"] == "Pas encore"
    assert fields["Accusé de réception envoyé le"] == "Pas encore"
    assert fields["Téléphone"] == "Non indiqué"
    assert fields["Traitée par"] == "Personne pour l’instant"
    assert fields["Nom et prénom"] == "Camille Martin"
    assert "None" not in fields.values()
    assert "Empreinte de l’envoi" not in fields and "Empreinte de l'envoi" not in fields


def read_only_fields(html: str) -> dict[str, str]:
    """The edit view's read-only fields: field name -> the text shown for it."""
    outputs = re.findall(
        r'aria-labelledby="panel-child-[a-z_]+-child-(\w+)-label"[^>]*>(.*?)</div>', html, re.DOTALL
    )
    return {name: " ".join(value.split()) for name, value in outputs}


def test_the_edit_view_says_what_is_empty_instead_of_none(client, team_member):
    callback = a_request(phone="")
    client.force_login(team_member)
    fields = read_only_fields(client.get(f"{INBOX}edit/{callback.pk}/").content.decode())
    assert fields["offer"] == "Aucune"
    assert fields["services"] == "Aucun"
    assert fields["team_notified_at"] == "Pas encore"
    assert fields["mail_claimed_at"] == "Aucun envoi en cours"
    assert fields["phone"] == "Non indiqué"
    assert fields["name"] == "Camille Martin"


def test_the_team_sees_the_five_newest_requests_on_the_dashboard(client, team_member):
    requests = [a_request(organisation=f"Commune n{number}") for number in range(6)]
    client.force_login(team_member)
    html = client.get("/admin/").content.decode()
    assert PANEL in html
    for callback in requests[1:]:
        assert f'href="{INBOX}edit/{callback.pk}/"' in html
        assert callback.organisation in html
    assert requests[0].organisation not in html
    assert "Nouvelle" in html


def queries_for_dashboard(client) -> int:
    client.get("/admin/")  # warm the session and the permission caches
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/admin/").status_code == 200
    return len(queries)


def test_the_dashboard_panel_costs_the_same_queries_with_few_or_many_requests(client, team_member):
    client.force_login(team_member)
    a_request()
    few = queries_for_dashboard(client)
    for _ in range(7):
        a_request()
    assert queries_for_dashboard(client) == few


def test_while_no_address_is_notified_the_dashboard_and_the_inbox_warn_the_team(
    client, team_member
):
    client.force_login(team_member)
    for url in ("/admin/", INBOX):
        html = client.get(url).content.decode()
        assert WARNING in html and SETTINGS_LINK in html
    set_recipients("equipe@anct.gouv.fr")
    for url in ("/admin/", INBOX):
        assert WARNING not in client.get(url).content.decode()


def test_editors_see_neither_the_panel_nor_the_warning(client, editor):
    a_request(organisation="Commune secrète")
    client.force_login(editor)
    html = client.get("/admin/").content.decode()
    assert PANEL not in html and WARNING not in html and "Commune secrète" not in html
