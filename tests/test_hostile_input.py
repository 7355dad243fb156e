"""Hostile requests through real HTTP to the site as production serves it (gunicorn, DEBUG
off): bodies that do not arrive whole, forms in a charset the site cannot read."""

from urllib.parse import urlsplit

import pytest
from config.wsgi import BODY_READ_TIMEOUT_SECONDS

from tests.raw_http import Answer, csrf_token, request_bytes, send


def post_form(live_site, body: bytes, content_type: str, **options) -> Answer:
    token = csrf_token(live_site.url)
    headers = {
        "Host": urlsplit(live_site.url).netloc,
        "Cookie": f"csrftoken={token}",
        "X-CSRFToken": token,  # as htmx sends it: the body is not needed for the CSRF check
        "Content-Type": content_type,
    }
    return send(live_site.url, request_bytes("POST", b"/contact/", headers, body, **options))


def assert_unreadable(answer: Answer):
    assert answer.status == 400
    assert "Votre demande n’a pas pu être lue" in answer.text


def test_a_body_shorter_than_announced_answers_400_without_holding_the_server(live_site):
    answer = post_form(
        live_site, b"name=Camille", "application/x-www-form-urlencoded", content_length=10_000
    )
    assert_unreadable(answer)
    assert answer.seconds < BODY_READ_TIMEOUT_SECONDS + 3


def test_a_client_that_stops_mid_body_gets_a_400(live_site):
    token = csrf_token(live_site.url)
    headers = {
        "Host": urlsplit(live_site.url).netloc,
        "Cookie": f"csrftoken={token}",
        "X-CSRFToken": token,
        "Content-Type": "multipart/form-data; boundary=xyz",
    }
    raw = request_bytes(
        "POST", b"/contact/", headers, b'--xyz\r\nContent-Disposition: form-data; name="n', 5_000
    )
    answer = send(live_site.url, raw, stop_sending=True)
    assert_unreadable(answer)
    assert answer.seconds < 3


@pytest.mark.parametrize("charset", ["latin-1", "klingon"])
def test_a_form_in_another_charset_than_utf8_answers_400(live_site, charset):
    answer = post_form(
        live_site,
        "name=Élodie".encode("latin-1"),
        f"application/x-www-form-urlencoded; charset={charset}",
    )
    assert_unreadable(answer)
