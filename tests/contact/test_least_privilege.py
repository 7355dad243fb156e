"""« Éditeurs » edit the offers and services visitors ask about, but never see the requests:
not even their number in a page's usage tab (« Utilisation »)."""

import pytest

from contact.models import CallbackRequest
from pages.models import OfferPage
from store.models import StoreItemPage

pytestmark = pytest.mark.django_db


def test_an_editor_sees_no_trace_of_requests_in_a_page_usage_tab(client, editor, site_content):
    client.force_login(editor)
    # The admin registers the models it lists with the reference index when its URLs load:
    # the request below is stored as on a running site.
    client.get("/admin/")
    offer = OfferPage.objects.live().first()
    service = StoreItemPage.objects.live().first()
    callback = CallbackRequest.objects.create(
        name="Camille Martin",
        email="camille@mairie-exemple.fr",
        organisation="Commune d'Exemple",
        subject="Être recontacté",
        consent=True,
        offer=offer,
    )
    callback.services.set([service])

    for page in (offer, service):
        response = client.get(f"/admin/pages/{page.pk}/usage/")
        html = response.content.decode()
        assert response.status_code == 200
        assert "Demande de rappel" not in html and "demandes-de-rappel" not in html
        assert "Il n&#x27;y a pas de résultats." in html
        edit = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
        assert "Demande de rappel" not in edit
