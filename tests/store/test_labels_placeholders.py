"""The texts of « Près de chez moi », of the paging, of a corrected or fruitless search, of the
cards' deployments and of a service page's map are edited in the catalogue's « Libellés » tab,
some with placeholders (« {nombre} », « {région} »…) that a typo never turns into an error; a
service's edit form names the échelons and phases as that tab does."""

import re

import pytest
from django.utils.html import escape

from geography.models import Collectivite
from pages.placeholders import fill
from store.models import Deployment, StoreIndexPage, StoreItemPage, Thematique

from .conftest import add_service

pytestmark = pytest.mark.django_db
URL = "/territoires-store/"

EDITED = {
    "filter_territoire": "Autour de vous",
    "filter_territoire_hint": "Là où des collectivités l'utilisent déjà",
    "filter_territoire_all": "Toute la France",
    "filter_territoire_region": "{Région} (région entière)",
    "filter_form_label": "Choisir les outils montrés",
    "result_page": "(écran {page}/{pages})",
    "pagination_label": "Écrans du catalogue",
    "search_corrected": "Nous avons compris « {correction} » au lieu de « {recherche} ».",
    "closest_thematiques": "Essayez plutôt ces thèmes :",
    "card_deployed_one": "Utilisé par une collectivité",
    "card_deployed_many": "Utilisé par {nombre} collectivités",
    "card_local_departement": "(dont {nombre} chez vous)",
    "card_local_region": ", {nombre} dans la région",
    "other_territories": "Territoires à préciser",
    "map_label": "Où trouver {service} en France",
    "map_legend": "En hachures : les départements qui l'utilisent.",
    "map_area_one": "{département}, une collectivité",
    "map_area_many": "{département}, {nombre} collectivités",
}
HOSTILE = ["{inconnu}", "{0}", "%", "%(nombre)s {", "}{nombre", "{{nombre}}", "{}", "{0!r:>{1}}"]


def text_of(html: str) -> str:
    return re.sub(r"\s+", " ", html)


def publish(catalogue: StoreIndexPage, labels: dict) -> StoreIndexPage:
    for field, text in labels.items():
        setattr(catalogue, field, text)
    catalogue.save_revision().publish()
    return StoreIndexPage.objects.get(pk=catalogue.pk)


def place(kind: str, code: str) -> Collectivite:
    return Collectivite.objects.get(kind=kind, code=code)


@pytest.fixture
def deployed(catalogue) -> dict[str, StoreItemPage]:
    """Three services deployed in and around the Pas-de-Calais (62, Hauts-de-France), one of
    them also in a territory never matched to a collectivité."""
    shared = [Thematique.objects.order_by("sort_order").first()]
    services = {
        "twice": add_service(catalogue, "Outil deux fois déployé", thematiques=shared),
        "once": add_service(catalogue, "Outil une fois déployé", thematiques=shared),
        "lille": add_service(catalogue, "Outil lillois", thematiques=shared),
    }
    rows = [
        (services["twice"], place("commune", "62510")),  # Liévin
        (services["twice"], place("commune", "69123")),  # Lyon
        (services["once"], place("departement", "62")),
        (services["lille"], place("commune", "59350")),
    ]
    Deployment.objects.bulk_create(
        Deployment(service=service, collectivite=where, sort_order=number)
        for number, (service, where) in enumerate(rows)
    )
    Deployment.objects.create(service=services["twice"], unmatched_name="Île imaginaire")
    return services


def test_a_new_catalogue_has_todays_texts():
    catalogue = StoreIndexPage(title="Catalogue")
    assert (
        catalogue.filter_territoire,
        catalogue.filter_territoire_hint,
        catalogue.filter_territoire_all,
        catalogue.region_choice("Hauts-de-France"),
    ) == (
        "Près de chez moi",
        "Les services déjà déployés dans ce territoire",
        "Partout en France",
        "Toute la région Hauts-de-France",
    )
    assert catalogue.page_of(2, 3) == "— page 2 sur 3"
    assert catalogue.filter_form_label == "Filtrer les services"
    assert catalogue.pagination_label == "Pagination du catalogue"
    assert catalogue.corrected_search("covoiturage", "covoitrage") == (
        "Résultats pour « covoiturage » (vous avez cherché « covoitrage »)."
    )
    assert catalogue.closest_thematiques == "Les thématiques les plus proches de votre recherche :"
    assert catalogue.deployment_phrase(1, None) == "Déployé dans 1 collectivité"
    assert catalogue.deployment_phrase(3, 1, "departement") == (
        "Déployé dans 3 collectivités, dont 1 dans votre département"
    )
    assert catalogue.deployment_phrase(3, 2, "region") == (
        "Déployé dans 3 collectivités, dont 2 dans votre région"
    )
    assert catalogue.other_territories == "Autres territoires"
    assert fill(catalogue.map_label, service="Docurba") == (
        "Carte de France des départements où Docurba est déployé"
    )
    assert catalogue.map_legend == (
        "Départements hachurés : le service y est déployé (liste ci-contre, outre-mer compris)."
    )
    assert catalogue.map_area_label("Drôme", 1) == "Drôme : 1 déploiement (voir la liste)"
    assert catalogue.map_area_label("Nord", 2) == "Nord : 2 déploiements (voir la liste)"


def test_the_near_me_filter_and_the_cards_show_the_edited_texts(client, catalogue, deployed):
    publish(catalogue, EDITED)
    html = client.get(URL, {"territoire": "departement-62"}).content.decode()
    assert 'for="filtre-territoire">Autour de vous' in html
    assert '<span class="fr-hint-text">Là où des collectivités l&#x27;utilisent déjà</span>' in html
    assert '<option value="">Toute la France</option>' in html
    assert '<option value="region-32">Hauts-de-France (région entière)</option>' in html
    text = text_of(html)
    assert "Utilisé par 2 collectivités (dont 1 chez vous)</p>" in text
    assert "Utilisé par une collectivité (dont 1 chez vous)</p>" in text
    for old in ["Près de chez moi", "Partout en France", "Toute la région", "Déployé dans"]:
        assert old not in html

    region = text_of(client.get(URL, {"territoire": "region-32"}).content.decode())
    assert "Utilisé par une collectivité, 1 dans la région</p>" in region
    everywhere = text_of(client.get(URL).content.decode())
    assert "Utilisé par 2 collectivités</p>" in everywhere


def test_the_paging_and_the_search_show_the_edited_texts(client, twelve_per_page):
    publish(twelve_per_page, EDITED)
    pages = -(-twelve_per_page.get_children().live().count() // 12)
    html = client.get(URL, {"page": "2"}).content.decode()
    assert f'<span class="fr-text--md fr-text--regular"> (écran 2/{pages})</span>' in html
    assert "— page" not in html
    assert 'role="search"\n          aria-label="Choisir les outils montrés"' in html
    assert '<nav class="fr-pagination fr-mt-4w" aria-label="Écrans du catalogue">' in html

    typo = client.get(URL, {"q": "covoitrage"}).content.decode()
    assert "Nous avons compris « covoiturage » au lieu de « covoitrage »." in typo
    assert "vous avez cherché" not in typo

    nothing = client.get(URL, {"q": "covoiturage", "thematique": "agriculture"}).content.decode()
    assert '<p class="fr-callout__text fr-mt-2w">Essayez plutôt ces thèmes :</p>' in nothing
    assert "Les thématiques les plus proches" not in nothing


def test_a_service_page_shows_the_edited_territories_and_map_texts(client, catalogue, deployed):
    publish(catalogue, EDITED)
    html = client.get(deployed["twice"].url).content.decode()
    assert '<h3 class="fr-h6 fr-mb-1w">Territoires à préciser</h3>' in html
    assert 'aria-label="Où trouver Outil deux fois déployé en France"' in html
    assert "</span> En hachures : les départements qui l&#x27;utilisent. Fond de carte" in html
    assert 'aria-label="Pas-de-Calais, une collectivité"' in html
    for old in ["Autres territoires", "Carte de France", "hachurés", "(voir la liste)"]:
        assert old not in html
    # The cards of its related services speak as the catalogue's.
    once = text_of(client.get(deployed["once"].url).content.decode())
    assert "Utilisé par 2 collectivités</p>" in once


def test_the_map_counts_several_deployments_in_a_departement(client, catalogue, deployed):
    Deployment.objects.create(service=deployed["once"], collectivite=place("commune", "62510"))
    publish(catalogue, EDITED)
    html = client.get(deployed["once"].url).content.decode()
    assert 'aria-label="Pas-de-Calais, 2 collectivités"' in html


def test_a_services_edit_form_names_the_echelons_and_phases_as_the_labels_tab(
    editor_client, catalogue
):
    publish(catalogue, {"phase_perennise": "Installé durablement", "echelon_region": "Régions"})
    service = catalogue.get_children().get(slug="zero-logement-vacant")
    html = editor_client.get(f"/admin/pages/{service.pk}/edit/").content.decode()
    assert '<option value="perennise">Installé durablement</option>' in html
    assert re.search(r'value="region"[^>]*>\s*Régions\s*</label>', html), "échelon box"
    assert ">Pérennisé<" not in html
    # A new service's form too.
    html = editor_client.get(
        f"/admin/pages/add/store/storeitempage/{catalogue.pk}/"
    ).content.decode()
    assert '<option value="perennise">Installé durablement</option>' in html


@pytest.mark.parametrize("hostile", HOSTILE)
def test_a_placeholder_typo_never_breaks_a_page(client, catalogue, deployed, hostile):
    """Whatever an editor types, the pages answer and show it as typed (escaped)."""
    fields = [field for field in EDITED if field != "closest_thematiques"]
    publish(catalogue, {field: f"Texte {hostile}" for field in fields})
    StoreIndexPage.objects.update(page_size=2)
    pages = [
        client.get(URL, {"territoire": "departement-62"}),
        client.get(URL, {"territoire": "region-32", "page": "2"}),
        client.get(URL, {"q": "covoitrage"}),
        client.get(deployed["twice"].url),
    ]
    for response in pages:
        assert response.status_code == 200
    catalogue_html = pages[0].content.decode()
    assert f'for="filtre-territoire">Texte {escape(hostile)}' in catalogue_html
    shown = escape(hostile.split("{nombre}")[0])  # « {{nombre}} » reads « {2} »: a number in braces
    assert f'<p class="fr-card__detail fr-icon-map-pin-2-line fr-mt-1w">Texte {shown}' in (
        catalogue_html
    )
    # A missing {région} never makes the régions' choices alike: the name is added.
    assert '<option value="region-32">Texte ' in catalogue_html
    assert "Hauts-de-France</option>" in catalogue_html


def test_fill_replaces_known_placeholders_only():
    assert fill("{nombre} services", nombre=3) == "3 services"
    assert fill("{ Nombre } et {NOMBRE}", nombre=3) == "3 et 3"
    assert fill("Toute la {region}", region="Bretagne") == "Toute la Bretagne"
    assert fill("Toute la {Région}", region="Bretagne") == "Toute la Bretagne"
    for hostile in HOSTILE:
        assert fill(hostile, nombre=3) == hostile.replace("{nombre}", "3")
    assert fill("Toute la région", append="region", region="Corse") == "Toute la région Corse"
    # A value is never read again as a placeholder.
    assert fill("« {recherche} »", recherche="{recherche}") == "« {recherche} »"
