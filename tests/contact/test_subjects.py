"""A request made from an offer or from services of the Territoires Store names them: the
form opens with its subject written, and the stored request links to those pages."""

import pytest
from django.utils.html import escape

from contact.models import CallbackRequest
from pages.models import OfferPage
from store.models import StoreItemPage

from .conftest import valid_data

pytestmark = pytest.mark.django_db


def first_offer() -> OfferPage:
    return OfferPage.objects.live().order_by("path").first()


def two_services() -> list[StoreItemPage]:
    return list(StoreItemPage.objects.live().order_by("title")[:2])


def subject_field(html: str) -> str:
    start = html.index('name="subject"')
    return html[start : html.index(">", start)]


def test_an_offer_prefills_the_subject_and_is_linked_to_the_request(client, site_content):
    offer = first_offer()
    html = client.get(f"/contact/?offre={offer.slug}").content.decode()
    assert escape(offer.title) in subject_field(html)

    client.post("/contact/", valid_data(offre=offer.slug))
    assert CallbackRequest.objects.get().offer.specific == offer


def test_several_services_are_named_in_one_request(client, site_content):
    first, second = two_services()
    html = client.get(f"/contact/?service={first.slug}&service={second.slug}").content.decode()
    subject = subject_field(html)
    assert escape(first.title) in subject and escape(second.title) in subject

    client.post("/contact/", valid_data(services=[first.slug, second.slug]))
    stored = CallbackRequest.objects.get()
    assert {page.pk for page in stored.services.all()} == {first.pk, second.pk}


def test_a_service_taken_offline_can_no_longer_be_named(client, site_content):
    service = two_services()[0]
    service.unpublish()
    html = client.get(f"/contact/?service={service.slug}").content.decode()
    assert escape(service.title) not in subject_field(html)

    response = client.post("/contact/", valid_data(services=[service.slug]))
    assert response.status_code == 422
    assert "Ce service n’existe pas ou plus" in response.content.decode()
    assert not CallbackRequest.objects.exists()


@pytest.mark.parametrize(
    "query",
    [
        "offre=offre-inconnue",
        "service=service-inconnu&service=autre-inconnu",
        "offre=%3Cscript%3Ealert(1)%3C/script%3E",
        "service=%00",
        "offre=a%22%20onfocus%3D%22alert(1)",
    ],
)
def test_unknown_or_hostile_slugs_open_a_blank_form_and_echo_nothing(client, site_content, query):
    response = client.get(f"/contact/?{query}")
    html = response.content.decode()
    assert response.status_code == 200
    assert 'value=""' in subject_field(html) or "value=" not in subject_field(html)
    assert "<script>alert" not in html and 'onfocus="alert' not in html
