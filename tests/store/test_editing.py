"""The "Éditeurs" group adds, edits, previews and publishes services, and adds and reorders
the thématiques, in the Wagtail admin."""

import pytest

from geography.models import Collectivite
from store.models import StoreIndexPage, StoreItemPage, Thematique

pytestmark = pytest.mark.django_db


def service_form(**overrides) -> dict:
    mobilite = Thematique.objects.get(slug="mobilite")
    arras = Collectivite.objects.get(kind="commune", code="62041")
    data = {
        "title": "Vélo partagé des villages",
        "slug": "velo-partage-des-villages",
        "pitch": "Des vélos à assistance électrique prêtés par la mairie.",
        "purpose": "Prêter des vélos aux habitants",
        "description": "## Comment ça marche\n\nLes habitants réservent en ligne.",
        "thematiques": [str(mobilite.pk)],
        "echelons": ["commune", "intercommunalite"],
        "phase": "construction",
        "builder": "La commune de Test",
        "cost_model": "Gratuit",
        "service_url": "https://velo.example.fr/",
        "source_code_url": "https://github.com/example/velo",
        "licence": "EUPL-1.2",
        "contact": "velo@example.fr",
        "deployments-TOTAL_FORMS": "1",
        "deployments-INITIAL_FORMS": "0",
        "deployments-MIN_NUM_FORMS": "0",
        "deployments-MAX_NUM_FORMS": "1000",
        "deployments-0-collectivite": str(arras.pk),
        "deployments-0-unmatched_name": "",
        "deployments-0-ORDER": "1",
        "deployments-0-id": "",
        "deployments-0-DELETE": "",
        "seo_title": "",
        "search_description": "",
        "action-publish": "action-publish",
    }
    data.update(overrides)
    return data


def test_an_editor_publishes_a_new_service_that_the_catalogue_then_finds(editor_client):
    index = StoreIndexPage.objects.get()
    add_url = f"/admin/pages/add/store/storeitempage/{index.pk}/"
    assert editor_client.get(add_url).status_code == 200
    response = editor_client.post(add_url, service_form())
    assert response.status_code == 302, response.content.decode()[:2000]
    service = StoreItemPage.objects.get(slug="velo-partage-des-villages")
    assert service.live
    assert service.echelons == ["commune", "intercommunalite"]
    assert [t.slug for t in service.thematiques.all()] == ["mobilite"]
    assert [d.key for d in service.deployments.all()] == ["commune:62041"]
    html = editor_client.get("/territoires-store/", {"q": "villages", "echelon": "commune"})
    assert "Vélo partagé des villages" in html.content.decode()


def test_an_editor_previews_and_edits_a_service(editor_client):
    service = StoreItemPage.objects.get(slug="docurba")
    edit_url = f"/admin/pages/{service.pk}/edit/"
    assert editor_client.get(edit_url).status_code == 200
    preview_url = f"/admin/pages/{service.pk}/edit/preview/"
    data = service_form(title="Docurba", slug="docurba", pitch="Aperçu avant publication.")
    data.pop("action-publish")
    assert editor_client.post(preview_url, data).json()["is_valid"]
    preview = editor_client.get(preview_url)
    assert "Aperçu avant publication." in preview.content.decode()
    assert StoreItemPage.objects.get(pk=service.pk).pitch != "Aperçu avant publication."
    public = editor_client.get("/territoires-store/docurba/").content.decode()
    assert "Aperçu avant publication." not in public

    data = service_form(title="Docurba", slug="docurba", pitch="Publié après relecture.")
    response = editor_client.post(edit_url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    live = StoreItemPage.objects.get(pk=service.pk)
    assert live.live and live.pitch == "Publié après relecture."
    assert not live.has_unpublished_changes
    html = editor_client.get("/territoires-store/docurba/").content.decode()
    assert "Publié après relecture." in html and "Arras" in html


def test_an_unknown_echelon_is_refused_by_the_form(editor_client):
    index = StoreIndexPage.objects.get()
    response = editor_client.post(
        f"/admin/pages/add/store/storeitempage/{index.pk}/",
        service_form(echelons=["planete"]),
    )
    assert response.status_code == 200
    assert not StoreItemPage.objects.filter(slug="velo-partage-des-villages").exists()


def test_a_script_address_as_contact_is_refused_with_a_french_message(editor_client):
    index = StoreIndexPage.objects.get()
    response = editor_client.post(
        f"/admin/pages/add/store/storeitempage/{index.pk}/",
        service_form(contact="javascript:alert(document.cookie)"),
    )
    assert response.status_code == 200
    assert "Saisissez une adresse électronique" in response.content.decode()
    assert not StoreItemPage.objects.filter(slug="velo-partage-des-villages").exists()


def test_the_phase_has_no_default_the_editor_chooses_it(editor_client):
    assert StoreItemPage().phase == ""
    index = StoreIndexPage.objects.get()
    response = editor_client.post(
        f"/admin/pages/add/store/storeitempage/{index.pk}/", service_form(phase="")
    )
    assert response.status_code == 200
    assert not StoreItemPage.objects.filter(slug="velo-partage-des-villages").exists()


def test_an_editor_finds_a_thematique_in_the_admin_list(editor_client):
    from wagtail.search.index import class_is_indexed

    assert not class_is_indexed(Thematique)  # the admin filters the table itself
    html = editor_client.get("/admin/snippets/store/thematique/", {"q": "agri"}).content.decode()
    assert "Agriculture" in html and "Mobilité" not in html


def test_an_editor_adds_and_reorders_thematiques(editor_client):
    listing = editor_client.get("/admin/snippets/store/thematique/")
    assert listing.status_code == 200 and "Agriculture" in listing.content.decode()
    response = editor_client.post(
        "/admin/snippets/store/thematique/add/", {"name": "Culture", "slug": "culture"}
    )
    assert response.status_code == 302
    assert Thematique.objects.filter(slug="culture").exists()

    agriculture = Thematique.objects.get(slug="agriculture")
    response = editor_client.post(
        f"/admin/snippets/store/thematique/reorder/{agriculture.pk}/?position=0"
    )
    assert response.status_code == 200
    first = Thematique.objects.order_by("sort_order").first()
    assert first.slug == "agriculture"
    html = editor_client.get("/territoires-store/").content.decode()
    assert html.index(">Agriculture</option>") < html.index(">Mobilité</option>")


def test_an_editor_previews_the_catalogue_page(editor_client):
    index = StoreIndexPage.objects.get()
    preview_url = f"/admin/pages/{index.pk}/edit/preview/"
    data = {
        "title": "Territoires Store",
        "slug": "territoires-store",
        "intro": "Un chapeau en cours de relecture.",
        "seo_title": "",
        "search_description": "",
        "show_in_menus": "on",
    }
    shared_texts = ["page_size", "purpose_label", "facts_title", "territories_title"]
    shared_texts += ["no_territories_text", "callback_title", "callback_text", "callback_label"]
    data.update({name: getattr(index, name) for name in [*shared_texts, "related_title"]})
    assert editor_client.post(preview_url, data).json()["is_valid"]
    preview = editor_client.get(preview_url).content.decode()
    assert "Un chapeau en cours de relecture." in preview
    assert "Acceslibre" in preview  # the first service by name
