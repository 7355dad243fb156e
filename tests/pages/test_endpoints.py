"""Endpoints for machines: health, crawlers, the API, and the admin's door."""

import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest

from tests.conftest import ROOT
from tests.production_server import free_port


def test_healthz_answers_ok_when_the_database_answers(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_healthz_answers_503_when_the_database_is_unreachable(tmp_path):
    """A real server process whose database cannot be opened."""
    port = free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": f"sqlite:///{tmp_path}/missing-folder/db.sqlite3",
    }
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "--pythonpath",
            "site",
            "config.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "1",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5)
                raise AssertionError("healthz answered 200 without a database")
            except urllib.error.HTTPError as error:
                assert error.code == 503
                assert json.load(error) == {"status": "error", "database": "unreachable"}
                break
            except urllib.error.URLError:
                assert time.monotonic() < deadline, "the server did not start"
                time.sleep(0.3)
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_robots_txt_points_to_the_sitemap(client, db):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    body = response.content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body


def test_sitemap_lists_the_pages(client, site_content):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    body = response.content.decode()
    assert "/mentions-legales/</loc>" in body
    assert "/plan-du-site/</loc>" in body


def test_api_lists_the_pages(client, site_content):
    response = client.get("/api/v2/pages/?type=pages.StandardPage&fields=body")
    assert response.status_code == 200
    items = {item["meta"]["slug"]: item for item in response.json()["items"]}
    assert "mentions-legales" in items
    assert "Directeur de la publication" in items["mentions-legales"]["body"]
    assert client.get("/api/v2/images/").status_code == 200
    assert client.get("/api/v2/documents/").status_code == 200


@pytest.mark.parametrize("endpoint", ["pages", "images", "documents", "examples"])
@pytest.mark.parametrize("search", ['"', 'a"b', "\x00", "*", "(", "NOT", "-", "x" * 10_000])
def test_the_api_search_answers_hostile_input_without_a_500(client, site_content, endpoint, search):
    response = client.get(f"/api/v2/{endpoint}/", {"search": search})
    assert response.status_code in {200, 400}, response.content[:300]


def test_the_api_search_still_finds_pages_by_their_words(client, site_content):
    found = client.get("/api/v2/pages/", {"search": "« mentions légales »"}).json()
    assert "mentions-legales" in [item["meta"]["slug"] for item in found["items"]]


def test_admin_login_is_in_french(client, db):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'lang="fr"' in html
    assert "S'identifier" in html
    assert "Mot de passe" in html
