"""Endpoints for machines: health, crawlers, the API, and the admin's door."""


import pytest


def test_healthz_answers_ok_when_the_database_answers(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    # Tasks run at once under these settings: there is no worker to report on.
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}
    assert "no-cache" in response["Cache-Control"]


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
