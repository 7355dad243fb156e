"""A visitor asks to be called back: on the /contact/ page, or in place through htmx."""

import pytest
from django.core import mail
from django.core.cache import cache
from django.test import Client

from contact.models import CallbackRequest

from .conftest import valid_data

pytestmark = pytest.mark.django_db

HTMX = {"HTTP_HX_REQUEST": "true", "HTTP_HX_CURRENT_URL": "http://testserver/offres-collectivites/"}


def test_the_contact_page_shows_the_form_in_the_layout(client, site_content):
    response = client.get("/contact/")
    html = response.content.decode()
    assert response.status_code == 200
    assert response["Vary"].find("HX-Request") >= 0
    assert "<html" in html and "<h1>Être recontacté</h1>" in html
    assert 'hx-post="/contact/"' in html and 'action="/contact/"' in html
    assert "Les champs marqués d’un astérisque (*) sont obligatoires." in html
    # The information the law requires at collection, with the form.
    assert "supprimées 12 mois après leur réception" in html
    assert 'href="/donnees-personnelles/"' in html
    assert "J’accepte que ces informations servent à me recontacter" in html


def test_with_htmx_the_same_url_answers_only_the_form_fragment(client, site_content):
    response = client.get("/contact/", **HTMX)
    html = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in html and "<h1" not in html
    assert html.strip().startswith('<div class="contact-callback')
    assert 'hx-target="closest .contact-callback"' in html
    assert "data-announce=" in html and "data-focus" in html
    assert "HX-Request" in response["Vary"]


def test_a_history_restore_request_gets_the_full_page(client, site_content):
    response = client.get("/contact/", HTTP_HX_HISTORY_RESTORE_REQUEST="true", **HTMX)
    assert "<html" in response.content.decode()


def test_a_plain_post_is_stored_then_redirected_to_the_confirmation(client, site_content):
    response = client.post("/contact/", valid_data())
    assert response.status_code == 303
    assert response["Location"] == "/contact/merci/"
    callback = CallbackRequest.objects.get()
    assert callback.name == "Camille Martin"
    assert callback.status == CallbackRequest.Status.NEW
    assert callback.consent is True
    page = client.get(response["Location"])
    assert page.status_code == 200
    assert "Votre demande est enregistrée" in page.content.decode()


def test_a_post_with_htmx_is_stored_and_answered_with_the_confirmation_fragment(
    client, site_content
):
    response = client.post("/contact/", valid_data(), **HTMX)
    html = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in html
    assert "Votre demande est enregistrée" in html
    assert "data-announce=" in html and "data-focus" in html
    assert "vous recontactera" in html
    assert CallbackRequest.objects.count() == 1


def test_french_phone_formats_are_accepted_and_normalised(client, site_content):
    for given, stored in [
        ("0123456789", "01 23 45 67 89"),
        ("01.23.45.67.89", "01 23 45 67 89"),
        ("+33 6 12 34 56 78", "06 12 34 56 78"),
        ("+33 (0)6 12 34 56 78", "06 12 34 56 78"),
        ("0033612345678", "06 12 34 56 78"),
        ("", ""),
    ]:
        CallbackRequest.objects.all().delete()
        cache.clear()  # six requests from one client: the rate limit is not under test here
        response = client.post("/contact/", valid_data(phone=given))
        assert response.status_code == 303, given
        assert CallbackRequest.objects.get().phone == stored


def test_the_source_page_is_kept_from_htmx_current_url(client, site_content):
    client.post("/contact/", valid_data(page="/offres-collectivites/"), **HTMX)
    assert CallbackRequest.objects.get().source_url == "/offres-collectivites/"


def test_a_post_without_a_csrf_token_is_refused_in_the_layout(site_content):
    strict = Client(enforce_csrf_checks=True)
    response = strict.post("/contact/", valid_data())
    html = response.content.decode()
    assert response.status_code == 403
    assert "<html" in html and "Votre formulaire n’a pas pu être envoyé" in html
    assert CallbackRequest.objects.count() == 0


def test_a_post_with_the_token_from_the_form_is_accepted(
    site_content, django_capture_on_commit_callbacks
):
    strict = Client(enforce_csrf_checks=True)
    strict.get("/contact/")
    token = strict.cookies["csrftoken"].value
    with django_capture_on_commit_callbacks(execute=True):
        response = strict.post("/contact/", valid_data(csrfmiddlewaretoken=token))
    assert response.status_code == 303
    assert CallbackRequest.objects.count() == 1
    assert len(mail.outbox) == 1  # the acknowledgement; no team recipient is set here


def test_the_personal_data_page_states_purpose_recipients_retention_and_rights(
    client, site_content
):
    html = client.get("/donnees-personnelles/").content.decode()
    for words in [
        "Responsable du traitement",
        "uniquement à vous",
        "Destinataires",
        "supprimées automatiquement 12 mois après leur réception",
        "rectification, d",
        "CNIL",
    ]:
        assert words in html, words
