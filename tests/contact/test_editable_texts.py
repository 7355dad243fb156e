"""The team changes the form's, the confirmation's and the e-mails' texts in
Paramètres › Demandes de rappel, and visitors see them at once."""

import pytest
from django.core import mail

from contact import texts
from contact.models import ContactSettings

from .conftest import settings_form, valid_data

pytestmark = pytest.mark.django_db
HTMX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def team_client(client, team_member):
    client.force_login(team_member)
    return client


def settings_url() -> str:
    return f"/admin/settings/contact/contactsettings/{ContactSettings.load().pk}/"


def edit_settings(team_client, **changes):
    response = team_client.post(settings_url(), settings_form(**changes))
    assert response.status_code == 302, response.content.decode()[:2000]
    team_client.logout()


def test_the_defaults_are_the_texts_visitors_read_until_now(client, site_content):
    html = client.get("/contact/").content.decode()
    assert f'<p class="fr-text--lead">{texts.FORM_INTRODUCTION}</p>' in html
    assert "Collectivité ou organisation" in html
    assert "Par exemple : maire, directrice générale des services" in html


def test_a_changed_label_and_confirmation_reach_the_form_and_its_confirmation(
    team_client, site_content
):
    edit_settings(
        team_client,
        organisation_label="Votre structure",
        role_help_text="Par exemple : chargée de mission numérique",
        form_introduction="Parlons de votre projet.",
        confirmation_title="C’est noté !",
        confirmation_text="Nous vous rappelons vite.\n\nBonne journée.",
    )
    form = team_client.get("/contact/").content.decode()
    assert "Votre structure" in form and "Collectivité ou organisation" not in form
    assert "chargée de mission numérique" in form
    assert "Parlons de votre projet." in form

    fragment = team_client.post("/contact/", valid_data(), **HTMX).content.decode()
    assert "C’est noté !" in fragment
    assert "<p>Nous vous rappelons vite.</p>" in fragment and "<p>Bonne journée.</p>" in fragment
    assert "Votre demande est enregistrée" not in fragment

    page = team_client.get("/contact/merci/").content.decode()
    assert "C’est noté !" in page and "Nous vous rappelons vite." in page


def test_an_error_names_the_field_with_its_changed_label(team_client, site_content):
    edit_settings(team_client, organisation_label="Votre structure")
    html = team_client.post("/contact/", valid_data(organisation="")).content.decode()
    assert "Votre structure : Indiquez votre collectivité ou votre organisation." in html


def test_a_label_cannot_be_emptied(team_client):
    response = team_client.post(settings_url(), settings_form(name_label=""))
    assert response.status_code == 200
    assert ContactSettings.load().name_label == texts.LABELS["name"]


def test_the_changed_emails_carry_the_team_texts_and_nothing_typed_by_the_visitor(
    team_client, site_content, django_capture_on_commit_callbacks
):
    edit_settings(
        team_client,
        notification_recipients="equipe@anct.gouv.fr",
        acknowledgement_subject="Bien reçu",
        acknowledgement_opening="Bonjour,\n\nMerci pour votre message, nous revenons vers vous.",
        acknowledgement_closing="À bientôt,\nLa team",
        team_notification_introduction="Nouvelle demande à traiter.",
    )
    with django_capture_on_commit_callbacks(execute=True):
        team_client.post("/contact/", valid_data(message="Visitez spam.example"))
    notification, acknowledgement = mail.outbox
    assert notification.body.startswith("Nouvelle demande à traiter.\n")
    assert acknowledgement.subject == "Bien reçu"
    assert acknowledgement.body.startswith("Bonjour,\n\nMerci pour votre message")
    assert acknowledgement.body.rstrip().endswith("À bientôt,\nLa team")
    assert "supprimées 12 mois après leur réception" in acknowledgement.body
    for typed in ("spam.example", "Camille", "Exemple-sur-Loire", "01 23 45 67 89"):
        assert typed not in acknowledgement.body
