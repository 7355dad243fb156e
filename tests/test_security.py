"""What the site refuses, and how: malformed API parameters, guessed admin passwords, browser
features it never uses."""

import pytest

pytestmark = pytest.mark.django_db

API_ENDPOINTS = ["pages", "examples", "thematiques", "images", "documents"]
MALFORMED_API_QUERIES = {
    "offset beyond 64 bits": "offset=99999999999999999999",
    "offset beyond the bound": "offset=1000000001",
    "negative offset": "offset=-1",
    "offset not a number": "offset=abc",
    "decimal offset": "offset=1.5",
    "negative limit": "limit=-1",
    "limit not a number": "limit=abc",
    "huge limit": "limit=99999999999999999999",
    "NUL byte": "order=id%00",
}


@pytest.mark.parametrize("query", MALFORMED_API_QUERIES.values(), ids=MALFORMED_API_QUERIES.keys())
@pytest.mark.parametrize("endpoint", API_ENDPOINTS)
def test_a_malformed_api_parameter_is_a_400_with_a_json_message(client, endpoint, query):
    response = client.get(f"/api/v2/{endpoint}/?{query}")
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert response.json()["message"]


@pytest.mark.parametrize("endpoint", ["pages", "examples", "images", "documents"])
def test_an_unknown_search_operator_is_a_400(client, endpoint):
    response = client.get(f"/api/v2/{endpoint}/?search=a&search_operator=garbage")
    assert response.status_code == 400
    assert response.json() == {"message": "search_operator must be 'and' or 'or'"}


@pytest.mark.parametrize("endpoint", API_ENDPOINTS)
def test_a_malformed_id_to_find_is_a_400(client, endpoint):
    response = client.get(f"/api/v2/{endpoint}/find/?id=abc")
    assert response.status_code == 400
    assert response.json() == {"message": "id must be a positive integer"}


def test_a_value_a_field_cannot_hold_is_a_400(client):
    response = client.get("/api/v2/pages/?type=store.StoreItemPage&thematiques=abc")
    assert response.status_code == 400
    assert response.json()["message"].startswith("field filter error")


def test_an_echoed_parameter_cannot_form_a_tag_in_the_api(client):
    response = client.get("/api/v2/pages/?order=%3Csvg%20onload%3Dalert(1)%3E")
    assert response.status_code == 400
    assert b"<svg" not in response.content
    assert response.json()["message"] == "cannot order by '<svg onload=alert(1)>' (unknown field)"


def test_the_api_answers_json_only(client):
    response = client.get("/api/v2/pages/", headers={"Accept": "text/html,*/*;q=0.8"})
    assert response["Content-Type"] == "application/json"
    assert client.get("/api/v2/pages/?format=api")["Content-Type"] == "application/json"


def test_the_api_says_why_it_refuses_an_offset(client):
    assert client.get("/api/v2/pages/?offset=99999999999999999999").json() == {
        "message": "offset cannot be higher than 1000000000"
    }


def test_valid_api_parameters_still_answer(client, site_content):
    legal = client.get("/api/v2/pages/?search=mentions&search_operator=or").json()
    assert "mentions-legales" in [item["meta"]["slug"] for item in legal["items"]]
    far = client.get("/api/v2/pages/?offset=1000000000")
    assert far.status_code == 200 and far.json()["items"] == []


def test_every_page_refuses_the_browser_features_the_site_never_uses(client, site_content):
    for url in ["/", "/contact/", "/admin/login/", "/api/v2/pages/"]:
        policy = client.get(url)["Permissions-Policy"]
        for feature in ["camera", "microphone", "geolocation", "payment", "usb"]:
            assert f"{feature}=()" in policy, url


PASSWORD = "un mot de passe assez long"  # noqa: S105
LOGIN = "/admin/login/"


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("camille", "camille@example.fr", PASSWORD)


@pytest.fixture
def other_editor(django_user_model):
    return django_user_model.objects.create_superuser("dominique", "d@example.fr", PASSWORD)


def sign_in(client, username, password, address="203.0.113.7"):
    return client.post(LOGIN, {"username": username, "password": password}, REMOTE_ADDR=address)


def assert_signed_in(response):
    assert response.status_code == 302 and response["Location"] == "/admin/"


def assert_locked_out(response):
    assert response.status_code == 429
    assert response["Retry-After"] == "900"
    html = response.content.decode()
    assert 'lang="fr"' in html
    assert "Connexion suspendue" in html
    assert "Trop de tentatives de connexion ont échoué : réessayez à partir de" in html
    assert "pendant 15 minutes" in html


def test_five_wrong_passwords_lock_the_account_even_with_the_right_one(client, editor):
    for _ in range(4):
        assert sign_in(client, "camille", "devine").status_code == 200
    assert_locked_out(sign_in(client, "camille", "devine"))
    assert_locked_out(sign_in(client, "camille", PASSWORD))
    assert client.get("/admin/").status_code == 302  # still signed out


def test_the_account_stays_locked_from_another_client(client, editor):
    for _ in range(5):
        sign_in(client, "camille", "devine")
    assert_locked_out(sign_in(client, "camille", PASSWORD, address="198.51.100.20"))


def test_the_client_stays_locked_for_another_account(client, editor, other_editor):
    for attempt in range(5):
        sign_in(client, f"inconnu{attempt}", "devine")
    assert_locked_out(sign_in(client, "dominique", PASSWORD))


def test_another_account_from_another_client_signs_in(client, editor, other_editor):
    for _ in range(5):
        sign_in(client, "camille", "devine")
    assert_signed_in(sign_in(client, "dominique", PASSWORD, address="198.51.100.20"))


def test_a_successful_sign_in_clears_the_count(client, editor):
    for _ in range(4):
        sign_in(client, "camille", "devine")
    assert_signed_in(sign_in(client, "camille", PASSWORD))
    client.logout()
    for _ in range(4):
        assert sign_in(client, "camille", "devine").status_code == 200
    assert_signed_in(sign_in(client, "camille", PASSWORD))
