"""Hostile requests through real HTTP to the site as production serves it (gunicorn, DEBUG
off): paths, query strings, API parameters, headers, forms, bodies whose length lies.

The corpus is tests/hostile_requests.jsonl, one request per line: method, target, and
optionally headers, body, length (the Content-Length to announce, when it lies) and charset
(of the body). `{csrf}` stands for a valid CSRF token (sent as cookie and field, so that
forms reach the code behind the check), `{repeat N TEXT}` for TEXT written N times.
"""

import json
import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from config.wsgi import BODY_READ_TIMEOUT_SECONDS

from tests.raw_http import Answer, csrf_token, request_bytes, send

CORPUS = Path(__file__).with_name("hostile_requests.jsonl")
REPEAT = re.compile(r"\{repeat (\d+) ([^}]*)\}")
DEBUG_MARKS = ["Traceback (most recent call last)", "DEBUG = True", "Request Method:"]
# What a payload of the corpus looks like when a page lets it through unescaped.
RAW_PAYLOADS = [
    "<script>alert(",
    "<img src=x onerror=alert(",
    "<svg/onload=alert(",
    '" onmouseover="alert(',
]
# Generous: the time includes waiting for one of the two server processes on a loaded machine.
ANSWER_SECONDS = 10


def expand(text: str, token: str) -> str:
    text = text.replace("{csrf}", token)
    return REPEAT.sub(lambda match: match[2] * int(match[1]), text)


def build(entry: dict, host: str, token: str) -> tuple[bytes, bool]:
    """The request's bytes, and whether its body is shorter than it announces."""
    headers = {"Host": host}
    for name, value in entry.get("headers", {}).items():
        headers[name] = expand(value, token)
    body = expand(entry.get("body", ""), token).encode(entry.get("charset", "utf-8"))
    length = entry.get("length")
    target = expand(entry["target"], token).encode()
    raw = request_bytes(entry["method"], target, headers, body, content_length=length)
    return raw, length is not None and length > len(body)


def problems(answer: Answer, limit: float) -> list[str]:
    found = []
    if answer.status >= 500:
        found.append(f"status {answer.status}")
    found += [f"debug page ({mark})" for mark in DEBUG_MARKS if mark in answer.text]
    found += [f"unescaped {payload}" for payload in RAW_PAYLOADS if payload in answer.text]
    if "x-injected" in answer.headers:
        found.append("header injected")
    if answer.seconds > limit:
        found.append(f"{answer.seconds:.1f} s")
    return found


def test_hostile_requests_get_no_error_no_debug_page_nothing_unescaped(live_site):
    token = csrf_token(live_site.url)
    host = urlsplit(live_site.url).netloc
    requests = [(entry, *build(entry, host, token)) for entry in map(json.loads, CORPUS.open())]
    assert len(requests) > 500

    def run(request):
        entry, raw, lies = request
        limit = BODY_READ_TIMEOUT_SECONDS + 3 if lies else ANSWER_SECONDS
        return entry, problems(send(live_site.url, raw), limit)

    # A lying body holds a server process until its read times out: those go last, so that
    # the others are not kept waiting behind them.
    honest = [request for request in requests if not request[2]]
    lying = [request for request in requests if request[2]]
    with ThreadPoolExecutor(2) as pool:
        results = list(pool.map(run, honest))
    with ThreadPoolExecutor(2) as pool:
        results += list(pool.map(run, lying))

    failures = [
        f"{entry['method']} {entry['target'][:120]} {entry.get('headers', '')}"[:300]
        + f" → {', '.join(found)}"
        for entry, found in results
        if found
    ]
    assert not failures, f"{len(failures)} of {len(results)} failed:\n" + "\n".join(failures)


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
