"""Editors (and the contact team) change the form's, the confirmation's and the e-mails' texts in
Paramètres › Textes du formulaire de rappel, and visitors see them at once; who is notified of
the requests stays the contact team's alone."""

import pytest
from django.core import mail

from contact import texts
from contact.models import CallbackFormTexts, ContactSettings

from .conftest import settings_form, valid_data

pytestmark = pytest.mark.django_db
HTMX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


def texts_url() -> str:
    return f"/admin/settings/contact/callbackformtexts/{CallbackFormTexts.load().pk}/"


def edit_texts(client, **changes):
    response = client.post(texts_url(), settings_form(CallbackFormTexts, **changes))
    assert response.status_code == 302, response.content.decode()[:2000]
    client.logout()


def test_the_defaults_are_the_texts_visitors_read_until_now(client, site_content):
    html = client.get("/contact/").content.decode()
    assert f'<p class="fr-text--lead">{texts.FORM_INTRODUCTION}</p>' in html
    assert "Collectivité ou organisation" in html
    assert "Par exemple : maire, directrice générale des services" in html


def test_a_changed_label_and_confirmation_reach_the_form_and_its_confirmation(
    editor_client, site_content
):
    edit_texts(
        editor_client,
        organisation_label="Votre structure",
        role_help_text="Par exemple : chargée de mission numérique",
        form_introduction="Parlons de votre projet.",
        confirmation_title="C’est noté !",
        confirmation_text="Nous vous rappelons vite.\n\nBonne journée.",
    )
    form = editor_client.get("/contact/").content.decode()
    assert "Votre structure" in form and "Collectivité ou organisation" not in form
    assert "chargée de mission numérique" in form
    assert "Parlons de votre projet." in form

    fragment = editor_client.post("/contact/", valid_data(), **HTMX).content.decode()
    assert "C’est noté !" in fragment
    assert "<p>Nous vous rappelons vite.</p>" in fragment and "<p>Bonne journée.</p>" in fragment
    assert "Votre demande est enregistrée" not in fragment

    page = editor_client.get("/contact/merci/").content.decode()
    assert "C’est noté !" in page and "Nous vous rappelons vite." in page


def test_an_error_names_the_field_with_its_changed_label(editor_client, site_content):
    edit_texts(editor_client, organisation_label="Votre structure")
    html = editor_client.post("/contact/", valid_data(organisation="")).content.decode()
    assert "Votre structure : Indiquez votre collectivité ou votre organisation." in html


def test_a_label_cannot_be_emptied(editor_client):
    response = editor_client.post(texts_url(), settings_form(CallbackFormTexts, name_label=""))
    assert response.status_code == 200
    assert CallbackFormTexts.load().name_label == texts.LABELS["name"]


def test_the_changed_emails_carry_the_texts_and_nothing_typed_by_the_visitor(
    client, team_member, site_content, team_recipients, django_capture_on_commit_callbacks
):
    client.force_login(team_member)  # the contact team may change the texts too
    edit_texts(
        client,
        acknowledgement_subject="Bien reçu",
        acknowledgement_opening="Bonjour,\n\nMerci pour votre message, nous revenons vers vous.",
        acknowledgement_closing="À bientôt,\nLa team",
        team_notification_introduction="Nouvelle demande à traiter.",
    )
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/contact/", valid_data(message="Visitez spam.example"))
    notification, acknowledgement = mail.outbox
    assert notification.body.startswith("Nouvelle demande à traiter.\n")
    assert acknowledgement.subject == "Bien reçu"
    assert acknowledgement.body.startswith("Bonjour,\n\nMerci pour votre message")
    assert acknowledgement.body.rstrip().endswith("À bientôt,\nLa team")
    assert "supprimées 12 mois après leur réception" in acknowledgement.body
    for typed in ("spam.example", "Camille", "Exemple-sur-Loire", "01 23 45 67 89"):
        assert typed not in acknowledgement.body


def test_editors_find_the_texts_but_not_the_recipients_in_their_settings_menu(editor_client):
    menu = editor_client.get("/admin/").content.decode()
    assert "/admin/settings/contact/callbackformtexts/" in menu
    assert "/admin/settings/contact/contactsettings/" not in menu


def test_editors_can_neither_read_nor_change_who_is_notified(editor_client, team_recipients):
    url = f"/admin/settings/contact/contactsettings/{ContactSettings.load().pk}/"
    page = editor_client.get(url, follow=True).content.decode()
    assert "Destinataires des notifications" not in page
    assert "equipe@incubateur.anct.gouv.fr" not in page
    editor_client.post(url, settings_form(notification_recipients="pirate@example.com"))
    assert ContactSettings.load().recipients == team_recipients


def test_the_pages_words_default_to_what_they_said(client, site_content):
    form = client.get("/contact/").content.decode()
    assert "<title>Être recontacté" in form and "<h1>Être recontacté</h1>" in form
    assert "Les champs marqués d’un astérisque (*) sont obligatoires." in form
    assert (
        "<p>Vos informations servent uniquement à vous recontacter au sujet de votre demande."
    ) in form
    assert "supprimées 12 mois après leur réception" in form
    assert '<a href="/donnees-personnelles/">Données personnelles</a>' in form
    assert '<button type="submit" class="fr-btn">Envoyer ma demande</button>' in form
    one = client.post("/contact/", valid_data(organisation="")).content.decode()
    assert "Votre demande n’a pas été envoyée : 1 erreur à corriger</p>" in one
    two = client.post("/contact/", valid_data(organisation="", name="")).content.decode()
    assert "Votre demande n’a pas été envoyée : 2 erreurs à corriger</p>" in two
    thanks = client.get("/contact/merci/").content.decode()
    assert "<h1>Demande enregistrée</h1>" in thanks
    assert ">Voir les offres aux collectivités</a>" in thanks
    assert 'href="/">Page d’accueil</a>' in thanks


def test_the_pages_words_are_the_editors(editor_client, site_content):
    edit_texts(
        editor_client,
        page_title="Parler à l’équipe",
        required_fields_note="Tout ce qui porte une * est à remplir.",
        personal_data_text="Gardées {Durée} mois {inconnu} ; [nos règles](/donnees-personnelles/).",
        submit_label="Demander un rappel",
        error_summary_one="Il manque {nombre} information",
        error_summary_many="Il manque {nombre} informations",
        confirmation_page_title="Merci !",
        confirmation_offers_link="Découvrir nos offres",
        confirmation_home_link="Revenir à l’accueil",
    )
    form = editor_client.get("/contact/").content.decode()
    assert "<title>Parler à l’équipe" in form and "<h1>Parler à l’équipe</h1>" in form
    assert "Tout ce qui porte une * est à remplir." in form
    assert (
        '<p>Gardées 12 mois {inconnu} ; <a href="/donnees-personnelles/">nos règles</a>.</p>'
    ) in form
    assert '<button type="submit" class="fr-btn">Demander un rappel</button>' in form
    assert "Être recontacté<" not in form and "Envoyer ma demande" not in form
    one = editor_client.post("/contact/", valid_data(organisation="")).content.decode()
    assert '<p class="fr-alert__title">Il manque 1 information</p>' in one
    two = editor_client.post("/contact/", valid_data(organisation="", name=""), **HTMX)
    assert '<p class="fr-alert__title">Il manque 2 informations</p>' in two.content.decode()
    thanks = editor_client.get("/contact/merci/").content.decode()
    assert "<h1>Merci !</h1>" in thanks and "<title>Merci !" in thanks
    assert 'href="/contact/">Parler à l’équipe</a>' in thanks
    assert ">Découvrir nos offres</a>" in thanks and ">Revenir à l’accueil</a>" in thanks


def test_the_refusal_title_and_the_opened_form_announcement_are_the_editors(
    editor_client, site_content
):
    fragment = editor_client.get("/contact/", **HTMX).content.decode()
    assert f'data-announce="{texts.FORM_OPENED_ANNOUNCE}"' in fragment
    edit_texts(
        editor_client,
        form_opened_announce="Formulaire de rappel ouvert, premier champ : nom.",
        refusal_title="Nous n’avons pas pu prendre votre demande",
    )
    fragment = editor_client.get("/contact/", **HTMX).content.decode()
    assert 'data-announce="Formulaire de rappel ouvert, premier champ : nom."' in fragment
    refused = editor_client.post("/contact/", valid_data(site_web="https://spam.example"), **HTMX)
    html = refused.content.decode()
    assert '<p class="fr-alert__title">Nous n’avons pas pu prendre votre demande</p>' in html
    assert "Demande refusée" not in html
