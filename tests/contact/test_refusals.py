"""Invalid, hostile or automated input: refused with a clear French message, nothing stored,
never a 500."""

import re
import time

import pytest
from django.core import signing
from django.test import override_settings

from contact.models import CallbackRequest

from .conftest import valid_data

pytestmark = pytest.mark.django_db
HTMX = {"HTTP_HX_REQUEST": "true"}


def test_an_empty_form_shows_each_error_at_its_field_with_a_summary(client, site_content):
    response = client.post("/contact/", {}, **HTMX)
    html = response.content.decode()
    assert response.status_code == 422
    assert "<html" not in html and html.lstrip().startswith("<form")
    assert "5 erreurs à corriger" in html
    for message in [
        "Indiquez votre nom et votre prénom.",
        "Indiquez votre adresse électronique.",
        "Indiquez votre collectivité ou votre organisation.",
        "Indiquez l’objet de votre demande.",
        "Cochez cette case pour que nous puissions vous recontacter.",
    ]:
        assert html.count(message) >= 2, message  # in the summary and next to the field
    assert 'href="#rappel-contact-name"' in html
    assert 'class="fr-input-group fr-input-group--error"' in html
    assert '<p class="fr-error-text" id="rappel-contact-name-erreur">' in html
    assert 'aria-describedby="rappel-contact-name-erreur"' in html
    assert 'aria-invalid="true"' in html
    # The first field in error takes the focus once swapped in.
    name_input = html[
        html.index('id="rappel-contact-name"') - 200 : html.index('id="rappel-contact-name"')
    ]
    assert "data-focus" in name_input
    assert CallbackRequest.objects.count() == 0


def test_without_javascript_errors_come_back_in_the_full_page(client, site_content):
    response = client.post("/contact/", valid_data(email="pas-une-adresse"))
    html = response.content.decode()
    assert response.status_code == 422
    assert "<html" in html and "<h1>Être recontacté</h1>" in html
    assert "Saisissez une adresse électronique valide" in html
    assert 'value="Camille Martin"' in html  # what was typed is kept
    assert CallbackRequest.objects.count() == 0


@pytest.mark.parametrize(
    "overrides, message",
    [
        ({"email": "camille@"}, "Saisissez une adresse électronique valide"),
        ({"name": "Camille\x00Martin"}, "caractère nul n’est pas autorisé"),
        ({"phone": "12"}, "Saisissez un numéro de téléphone valide"),
        ({"phone": "<script>alert(1)</script>"}, "Saisissez un numéro de téléphone valide"),
        ({"consent": ""}, "Cochez cette case"),
        ({"services": ["inconnu"]}, "Ce service n’existe pas ou plus"),
        ({"services": ["\x00"]}, "Ce service n’existe pas ou plus"),
    ],
)
def test_invalid_input_is_refused_at_its_field(client, site_content, overrides, message):
    response = client.post("/contact/", valid_data(**overrides), **HTMX)
    assert response.status_code == 422
    assert message in response.content.decode()
    assert CallbackRequest.objects.count() == 0


def test_a_100000_character_message_is_refused_at_the_message_field(client, site_content):
    response = client.post("/contact/", valid_data(message="x" * 100_000), **HTMX)
    assert response.status_code == 422
    error = re.search(
        r'<p class="fr-error-text" id="rappel-contact-message-erreur">([^<]*)</p>',
        response.content.decode(),
    )
    assert error, "no error element at the message field"
    assert "2000" in error.group(1) and "(actuellement 100000)" in error.group(1)
    assert CallbackRequest.objects.count() == 0


def test_markup_in_every_field_is_stored_as_text_and_shown_escaped(client, site_content):
    hostile = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    data = valid_data(
        name=hostile,
        organisation=hostile,
        role=hostile,
        subject=hostile,
        message=hostile,
        offre=hostile,
        page=hostile,
        jeton=hostile,
    )
    response = client.post("/contact/", data, **HTMX)
    assert response.status_code == 200
    stored = CallbackRequest.objects.get()
    assert stored.message == hostile and stored.offer is None and stored.source_url == ""
    # Re-shown with errors, the markup is escaped.
    response = client.post("/contact/", {**data, "email": "x"}, **HTMX)
    html = response.content.decode()
    assert "<script>alert" not in html and "&lt;script&gt;" in html


@pytest.mark.parametrize(
    "query",
    [
        "?offre=inconnue",
        "?service=inconnu&service=autre",
        "?offre=%00",
        "?offre=<script>",
        "?service=" + "x" * 5000,
    ],
)
def test_unknown_or_hostile_offer_and_service_slugs_are_ignored(client, site_content, query):
    response = client.get("/contact/" + query)
    assert response.status_code == 200
    assert "<script>" not in response.content.decode().split("<main", 1)[1]


def test_an_unknown_offer_slug_in_a_post_is_ignored(client, site_content):
    response = client.post("/contact/", valid_data(offre="inconnue"))
    assert response.status_code == 303
    assert CallbackRequest.objects.get().offer is None


def test_a_wrong_content_type_stores_nothing_and_shows_the_errors(client, site_content):
    response = client.post("/contact/", data='{"name": "Camille"}', content_type="application/json")
    assert response.status_code == 422
    assert "Indiquez votre nom et votre prénom." in response.content.decode()
    assert CallbackRequest.objects.count() == 0


@pytest.mark.parametrize("method", ["put", "patch", "delete"])
def test_other_methods_are_not_allowed(client, site_content, method):
    response = getattr(client, method)("/contact/", data="name=x")
    assert response.status_code == 405
    assert CallbackRequest.objects.count() == 0


def test_the_confirmation_page_only_answers_get(client, site_content):
    assert client.post("/contact/merci/", valid_data()).status_code == 405


def test_the_honeypot_refuses_with_its_message(client, site_content):
    response = client.post("/contact/", valid_data(site_web="http://spam.example"), **HTMX)
    html = response.content.decode()
    assert response.status_code == 422
    assert "ressemble à un envoi automatique" in html and "renvoyez le formulaire" in html
    assert CallbackRequest.objects.count() == 0


def test_after_a_honeypot_refusal_a_person_can_resend_the_form(client, site_content):
    """Autofill may fill the hidden field: the refusal empties it, so resending works."""
    response = client.post("/contact/", valid_data(site_web="Camille Martin"), **HTMX)
    assert response.status_code == 422
    html = response.content.decode()
    honeypot = re.search(r'<input[^>]*name="site_web"[^>]*>', html).group(0)
    assert 'value="' not in honeypot
    resent = valid_data(site_web="")
    resent["jeton"] = re.search(r'name="jeton" value="([^"]+)"', html).group(1)
    assert client.post("/contact/", resent, **HTMX).status_code == 200
    assert CallbackRequest.objects.count() == 1


def test_line_breaks_count_once_as_the_browser_counts_them(client, site_content):
    """A textarea's maxlength counts a line break as one character; it is sent as CRLF."""
    lines = ["x" * 9] * 200  # 200 lines of 9 characters + 199 line breaks = 1999
    message = "\r\n".join(lines)
    assert len(message.replace("\r\n", "\n")) <= 2000 < len(message)
    response = client.post("/contact/", valid_data(message=message), **HTMX)
    assert response.status_code == 200
    assert CallbackRequest.objects.get().message == "\n".join(lines)


@override_settings(CONTACT_MIN_FILL_SECONDS=3)
def test_a_form_sent_too_fast_is_refused_with_its_message(client, site_content):
    page = client.get("/contact/", **HTMX).content.decode()
    token = page.split('name="jeton" value="', 1)[1].split('"', 1)[0]
    response = client.post("/contact/", valid_data(jeton=token), **HTMX)
    html = response.content.decode()
    assert response.status_code == 422
    assert "envoyé trop vite" in html and "patientez quelques secondes" in html
    assert CallbackRequest.objects.count() == 0

    opened_earlier = signing.dumps(time.time() - 5, salt="contact.form-opened")
    response = client.post("/contact/", valid_data(jeton=opened_earlier), **HTMX)
    assert response.status_code == 200
    assert CallbackRequest.objects.count() == 1


@override_settings(CONTACT_MIN_FILL_SECONDS=3)
def test_a_missing_or_forged_timestamp_is_refused_as_expired(client, site_content):
    for token in ["", "forged:token"]:
        response = client.post("/contact/", valid_data(jeton=token), **HTMX)
        assert response.status_code == 422
        assert "ce formulaire a expiré" in response.content.decode()
    assert CallbackRequest.objects.count() == 0


@override_settings(CONTACT_RATE_LIMIT_COUNT=5, CONTACT_RATE_LIMIT_WINDOW=600)
def test_the_sixth_request_in_ten_minutes_is_refused_with_a_429(client, site_content):
    for _ in range(5):
        assert client.post("/contact/", valid_data(), **HTMX).status_code == 200
    response = client.post("/contact/", valid_data(), **HTMX)
    html = response.content.decode()
    assert response.status_code == 429
    assert "trop de demandes ont été envoyées depuis votre connexion" in html
    assert "Patientez une dizaine de minutes" in html
    assert CallbackRequest.objects.count() == 5
    # A client (or a proxy) is told when it may send again: what is left of the window.
    assert 590 <= int(response["Retry-After"]) <= 600
    # Another client is not affected.
    other = client.post("/contact/", valid_data(), REMOTE_ADDR="203.0.113.9", **HTMX)
    assert other.status_code == 200


def test_the_client_address_is_never_stored(client, site_content):
    client.post("/contact/", valid_data(), REMOTE_ADDR="198.51.100.23")
    stored = CallbackRequest.objects.values()[0]
    assert "198.51.100.23" not in repr(stored)


def test_a_get_with_the_form_data_stores_nothing(client, site_content):
    response = client.get("/contact/", valid_data())
    assert response.status_code == 200
    assert CallbackRequest.objects.count() == 0


def test_the_error_summary_reads_without_double_punctuation(client, site_content):
    response = client.post("/contact/", valid_data(consent=""), **HTMX)
    html = response.content.decode()
    assert "de ma demande : Cochez cette case" in html
    assert ". :" not in html


@override_settings(CONTACT_RATE_LIMIT_COUNT=1, CONTACT_RATE_LIMIT_WINDOW=60)
def test_retry_after_counts_down_the_seconds_left_in_the_window(client, site_content):
    assert client.post("/contact/", valid_data(), **HTMX).status_code == 200
    time.sleep(1.1)
    response = client.post("/contact/", valid_data(), **HTMX)
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) < 60  # what is left, not the whole window
