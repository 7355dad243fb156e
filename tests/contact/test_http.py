"""How the form's URLs answer HTTP: never cached, and HEAD allowed where GET is."""

import pytest

from .conftest import valid_data

pytestmark = pytest.mark.django_db
HTMX = {"HTTP_HX_REQUEST": "true"}


def assert_not_cached(response):
    cache_control = response.headers.get("Cache-Control", "")
    assert "no-store" in cache_control and "private" in cache_control, cache_control


@pytest.mark.parametrize("headers", [{}, HTMX])
def test_the_form_is_never_cached(client, site_content, headers):
    assert_not_cached(client.get("/contact/?offre=exemple", **headers))


def test_a_refused_form_with_the_visitors_data_is_never_cached(client, site_content):
    response = client.post("/contact/", valid_data(email="pas-une-adresse"), **HTMX)
    assert response.status_code == 422
    assert_not_cached(response)


def test_the_confirmations_are_never_cached(client, site_content):
    assert_not_cached(client.post("/contact/", valid_data(), **HTMX))
    assert_not_cached(client.get("/contact/merci/"))


@pytest.mark.parametrize("url", ["/contact/", "/contact/merci/"])
def test_head_is_answered_like_get(client, site_content, url):
    response = client.head(url)
    assert response.status_code == 200
    assert response.content == b""
