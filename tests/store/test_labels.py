"""The names of the échelons and phases, the filters' labels, the result sentence, the
selection and open-data texts and the service pages' practical box are edited in the catalogue
page's « Libellés » tab; visitors read them, codes stay codes."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command

from store.labels import CatalogueLabels
from store.models import StoreIndexPage
from tests import production_server

pytestmark = pytest.mark.django_db

EDITED = {
    "echelon_commune": "Communes et communes nouvelles",
    "phase_acceleration": "En plein essor",
    "filter_thematique": "Domaine d'action",
    "filter_echelon_all": "Toutes les collectivités",
    "filter_search": "Chercher un service",
    "filter_button": "Appliquer",
    "result_many": "outils au catalogue",
    "result_found_one": "outil correspond",
    "result_none": "Rien pour l'instant",
    "empty_reset": "Revoir tous les outils",
    "unknown_thematique_text": "Ce thème a disparu, on montre tout.",
    "select_label": "Ajouter à ma liste",
    "selection_hint": "Ajoutez des outils à votre liste.",
    "selection_none": "Liste vide.",
    "selection_one": "Un outil dans la liste.",
    "selection_many": "{nombre} outils dans la liste.",
    "selection_button": "Être rappelé",
    "selection_button_one": "Être rappelé pour cet outil",
    "selection_button_many": "Être rappelé pour ces {nombre} outils",
    "open_data_title": "Télécharger ces outils",
    "open_data_csv": "Tableur",
    "open_data_json": "Fichier pour développeurs",
    "open_data_schema": "Que contient chaque colonne ?",
    "phase_prefix": "Étape :",
    "facts_echelons": "Destiné aux",
    "facts_builder": "Fabriqué par",
    "facts_cost_model": "Combien ça coûte",
    "facts_licence": "Conditions de réutilisation",
    "facts_contact": "Écrire à l'équipe",
    "facts_unknown": "À venir",
    "facts_unknown_licence": "À venir aussi",
    "service_button": "Aller sur le site",
    "source_code_button": "Lire le code",
}


@pytest.fixture
def edited_catalogue(catalogue) -> StoreIndexPage:
    for field, text in EDITED.items():
        setattr(catalogue, field, text)
    catalogue.save_revision().publish()
    return StoreIndexPage.objects.get(pk=catalogue.pk)


def test_the_catalogue_shows_the_edited_labels_and_keeps_the_codes(client, edited_catalogue):
    count = edited_catalogue.get_children().live().count()
    html = client.get("/territoires-store/").content.decode()
    assert f'data-announce="{count} outils au catalogue"' in html
    assert '<option value="commune">Communes et communes nouvelles</option>' in html
    assert '<option value="">Toutes les collectivités</option>' in html
    assert 'for="filtre-thematique">Domaine d&#x27;action</label>' in html
    assert 'for="filtre-q">Chercher un service' in html
    assert 'type="submit">Appliquer</button>' in html
    # Zéro Logement Vacant is in acceleration: its card's badge has the new name.
    assert 'fr-badge--purple-glycine">En plein essor</p>' in html
    assert ">Accélération<" not in html

    filtered = client.get("/territoires-store/", {"q": "Docurba"}).content.decode()
    assert 'data-announce="1 outil correspond"' in filtered
    empty = client.get("/territoires-store/", {"q": "zzzzqqqq"}).content.decode()
    assert 'data-announce="Rien pour l&#x27;instant"' in empty
    assert ">Revoir tous les outils</a>" in empty


def test_the_catalogue_shows_the_edited_selection_open_data_and_alert_texts(
    client, edited_catalogue
):
    html = client.get("/territoires-store/").content.decode()
    assert 'for="selection-docurba">Ajouter à ma liste<span class="fr-sr-only">' in html
    assert "Sélectionner ce service" not in html
    assert 'aria-live="polite">Ajoutez des outils à votre liste.</p>' in html
    assert "data-selection-submit>Être rappelé</button>" in html
    # What the selection bar's script writes as boxes are ticked (store/static/store/catalogue.js).
    for attribute, text in [
        ("data-none", "Liste vide."),
        ("data-one", "Un outil dans la liste."),
        ("data-many", "{nombre} outils dans la liste."),
        ("data-button", "Être rappelé"),
        ("data-button-one", "Être rappelé pour cet outil"),
        ("data-button-many", "Être rappelé pour ces {nombre} outils"),
    ]:
        assert f'{attribute}="{text}"' in html
    assert ">Télécharger ces outils</h3>" in html
    assert "download>Tableur <span" in html
    assert "download>Fichier pour développeurs <span" in html
    assert ">Que contient chaque colonne ?</a>" in html
    assert "Ces résultats en données ouvertes" not in html

    unknown = client.get("/territoires-store/", {"thematique": "n-existe-pas"}).content.decode()
    assert "<p>Ce thème a disparu, on montre tout.</p>" in unknown


def test_a_service_page_shows_the_edited_phase_and_echelon_names(client, edited_catalogue):
    html = client.get("/territoires-store/zero-logement-vacant/").content.decode()
    assert "Étape : En plein essor</p>" in html
    assert (
        "<dt>Destiné aux</dt>\n            <dd>Communes et communes nouvelles, Intercommunalité"
        in html
    )


def test_a_service_page_shows_the_edited_practical_box(client, edited_catalogue):
    html = client.get("/territoires-store/zero-logement-vacant/").content.decode()
    for heading in ["Fabriqué par", "Combien ça coûte", "Conditions de réutilisation"]:
        assert f"<dt>{heading}</dt>" in html
    assert ">Aller sur le site</a>" in html
    for old in ["Pour les collectivités", "Conçu et opéré par", "Modèle de coût", "<dt>Licence"]:
        assert old not in html
    service = edited_catalogue.get_children().get(slug="zero-logement-vacant").specific
    service.cost_model = service.licence = ""
    service.contact = "zlv@beta.gouv.fr"
    service.source_code_url = "https://github.com/MTES-MCT/zero-logement-vacant"
    service.save_revision().publish()
    html = client.get("/territoires-store/zero-logement-vacant/").content.decode()
    assert "<dd>À venir</dd>" in html and "<dd>À venir aussi</dd>" in html
    assert "<dt>Écrire à l&#x27;équipe</dt>" in html
    assert ">Lire le code</a>" in html


def test_the_open_data_keeps_the_codes(client, edited_catalogue):
    document = client.get("/territoires-store/donnees.json").json()
    services = {service["identifiant"]: service for service in document["services"]}
    assert services["zero-logement-vacant"]["phase"] == "acceleration"
    assert "commune" in services["zero-logement-vacant"]["echelons"]


def test_loading_the_initial_content_again_keeps_edited_labels(edited_catalogue):
    call_command("load_initial_content", stdout=open("/dev/null", "w"))
    catalogue = StoreIndexPage.objects.get(pk=edited_catalogue.pk)
    assert catalogue.phase_acceleration == "En plein essor"
    assert catalogue.result_none == "Rien pour l'instant"


def test_a_new_catalogue_has_todays_labels():
    catalogue = StoreIndexPage(title="Catalogue")
    assert catalogue.echelon_choices() == [
        ("commune", "Commune"),
        ("intercommunalite", "Intercommunalité"),
        ("departement", "Département"),
        ("region", "Région"),
    ]
    assert catalogue.phase_names()["perennise"] == "Pérennisé"
    assert catalogue.result_phrase(0, filtered=True) == "Aucun service trouvé"
    assert catalogue.result_phrase(1, filtered=False) == "1 service"
    assert catalogue.result_phrase(14, filtered=False) == "14 services"
    assert catalogue.result_phrase(1, filtered=True) == "1 service trouvé"
    assert catalogue.result_phrase(3, filtered=True) == "3 services trouvés"


def test_a_new_catalogue_has_todays_selection_open_data_and_service_page_texts():
    catalogue = StoreIndexPage(title="Catalogue")
    assert catalogue.unknown_thematique_text == (
        "Cette thématique n'existe pas ou plus : le filtre par thématique est ignoré."
    )
    assert catalogue.select_label == "Sélectionner ce service"
    assert catalogue.selection_hint == (
        "Cochez « Sélectionner ce service » sur les services qui vous intéressent."
    )
    assert catalogue.selection_none == "Aucun service sélectionné."
    assert catalogue.selection_one == "1 service sélectionné."
    assert catalogue.selection_many == "{nombre} services sélectionnés."
    assert catalogue.selection_button == "Être recontacté au sujet des services sélectionnés"
    assert catalogue.selection_button_one == "Être recontacté au sujet de 1 service"
    assert catalogue.selection_button_many == "Être recontacté au sujet de {nombre} services"
    assert catalogue.open_data_title == "Ces résultats en données ouvertes"
    assert catalogue.open_data_csv == "Télécharger la liste au format CSV"
    assert catalogue.open_data_json == "Télécharger la liste au format JSON"
    assert catalogue.open_data_schema == "Schéma JSON des données (description de chaque champ)"
    assert catalogue.phase_prefix == "Phase :"
    assert [
        catalogue.facts_echelons,
        catalogue.facts_builder,
        catalogue.facts_cost_model,
        catalogue.facts_licence,
        catalogue.facts_contact,
    ] == [
        "Pour les collectivités",
        "Conçu et opéré par",
        "Modèle de coût",
        "Licence",
        "Contact de l'équipe",
    ]
    assert (catalogue.facts_unknown, catalogue.facts_unknown_licence) == (
        "Non précisé",
        "Non précisée",
    )
    assert catalogue.service_button == "Découvrir le service"
    assert catalogue.source_code_button == "Voir le code source"


def test_every_label_has_a_french_help_text():
    for field in CatalogueLabels._meta.get_fields():
        assert len(field.help_text) > 20, field.name


def test_an_editor_changes_a_phase_name_in_the_labels_tab(client, catalogue):
    user = get_user_model().objects.create_user("redaction", "redaction@anct.gouv.fr", "x" * 16)
    user.groups.add(Group.objects.get(name="Éditeurs"))
    client.force_login(user)
    url = f"/admin/pages/{catalogue.pk}/edit/"
    response = client.get(url)
    html = response.content.decode()
    assert 'role="tab"' in html and "Libellés" in html and "Phase « Pérennisé »" in html

    form = response.context["form"]  # sent back as it came, but for one label
    data = {name: form[name].value() for name in form.fields}
    data = {name: value for name, value in data.items() if value is not None}
    data.update({"phase_perennise": "Installé durablement", "action-publish": "1"})
    data.update({"comments-TOTAL_FORMS": 0, "comments-INITIAL_FORMS": 0})
    response = client.post(url, data, follow=True)

    messages = [str(message) for message in response.context["messages"]]
    assert len(messages) == 1 and "Territoires Store\xa0» a été publiée." in messages[0]
    assert StoreIndexPage.objects.get(pk=catalogue.pk).phase_perennise == "Installé durablement"
    assert "Installé durablement" in client.get("/territoires-store/").content.decode()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_selection_bar_counts_with_the_edited_texts(live_site, browser_page):
    """In Chromium: the bar's script writes the texts of the « Libellés » tab as boxes are
    ticked and unticked."""
    catalogue = StoreIndexPage.objects.get()
    for field in ["select_label", "selection_none", "selection_one", "selection_many"]:
        setattr(catalogue, field, EDITED[field])
    for field in ["selection_button", "selection_button_one", "selection_button_many"]:
        setattr(catalogue, field, EDITED[field])
    catalogue.save_revision().publish()
    production_server.flush_cache()

    page = browser_page
    page.goto(live_site.url + "/territoires-store/")
    status = page.locator("[data-selection-status]")
    button = page.locator("button[data-selection-submit]")
    labels = page.locator("label", has_text="Ajouter à ma liste")
    labels.nth(0).click()
    assert (status.inner_text(), button.inner_text()) == (
        "Un outil dans la liste.",
        "Être rappelé pour cet outil",
    )
    labels.nth(1).click()
    assert (status.inner_text(), button.inner_text()) == (
        "2 outils dans la liste.",
        "Être rappelé pour ces 2 outils",
    )
    labels.nth(0).click()
    labels.nth(1).click()
    assert (status.inner_text(), button.inner_text()) == ("Liste vide.", "Être rappelé")
