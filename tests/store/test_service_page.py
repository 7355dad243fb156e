"""A visitor reads a service's page: every fact an agent needs to decide, where it runs,
related services, and the way to be called back about it."""

import pytest
from django.core.exceptions import ValidationError

from geography.models import Collectivite
from store.models import Deployment, StoreItemPage, Thematique

from .conftest import add_service, card_titles, make_logo

pytestmark = pytest.mark.django_db


def test_the_service_page_shows_every_field(client, catalogue):
    service = StoreItemPage.objects.get(slug="zero-logement-vacant")
    response = client.get("/territoires-store/zero-logement-vacant/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Zéro Logement Vacant</h1>" in html
    for text in [
        service.pitch,
        service.purpose,
        "fichiers fiscaux",  # from the Markdown description
        "Phase : Accélération",
        "Logement",
        "Commune, Intercommunalité, Département",
        service.builder,
        service.cost_model,
        "MIT",
        'href="https://zerologementvacant.beta.gouv.fr/"',
        'href="https://github.com/MTES-MCT/zero-logement-vacant"',
        "Eurométropole de Strasbourg",
        "CA Saint-Lô Agglo",
    ]:
        assert text.replace("'", "&#x27;") in html or text in html, text


def test_the_contact_of_a_service_is_a_link(client, catalogue):
    service = StoreItemPage.objects.get(slug="docurba")
    service.contact = "equipe@docurba.example.fr"
    service.save_revision().publish()
    html = client.get("/territoires-store/docurba/").content.decode()
    assert 'href="mailto:equipe@docurba.example.fr"' in html


def test_the_deployments_of_a_region_follow_the_editors_order(client, catalogue):
    service = StoreItemPage.objects.get(slug="docurba")
    service.deployments = [
        Deployment(collectivite=Collectivite.objects.get(kind="commune", code="62893")),
        Deployment(collectivite=Collectivite.objects.get(kind="commune", code="62041")),
    ]
    service.save_revision().publish()
    html = client.get("/territoires-store/docurba/").content.decode()
    assert html.index("Wimereux") < html.index("Arras")


def test_related_services_share_a_thematique_and_exclude_the_service(client, catalogue):
    html = client.get("/territoires-store/transport-data-gouv/").content.decode()
    related = card_titles(html[html.index("Services sur les mêmes thématiques") :])
    assert len(related) == 3 and related[0] == "Impact CO2"  # Mobilité and Données, like it
    assert "transport.data.gouv.fr" not in related
    for title in related:
        service = StoreItemPage.objects.get(title=title)
        assert service.thematiques.filter(slug__in=["mobilite", "donnees"]).exists(), title


def test_the_callback_link_opens_the_form_for_this_service_in_place(client, catalogue):
    html = client.get("/territoires-store/trackdechets/").content.decode()
    assert 'href="/contact/?service=trackdechets"' in html
    assert 'data-hx-get="/contact/?service=trackdechets"' in html
    assert 'data-hx-target="#rappel-service"' in html
    assert '<div id="rappel-service"></div>' in html
    form = client.get("/contact/?service=trackdechets", headers={"HX-Request": "true"})
    assert form.status_code == 200
    assert "Trackdéchets" in form.content.decode()


def test_markdown_in_a_description_cannot_run_script(client, catalogue):
    add_service(
        catalogue,
        "Service piégé",
        description=(
            "Texte <script>alert('x')</script>\n\n<img src=/x onerror=\"alert(1)\">\n\n"
            "[cliquez](javascript:alert(1))"
        ),
        thematiques=[Thematique.objects.get(slug="mobilite")],
    )
    html = client.get("/territoires-store/service-piege/").content.decode()
    body = html[html.index("<main") : html.index("</main>")]
    assert "<script>alert" not in body
    assert "onerror=" not in body
    assert 'href="javascript:' not in body


def test_a_service_page_costs_a_fixed_number_of_queries(
    client, catalogue, django_assert_max_num_queries
):
    client.get("/territoires-store/rdv-service-public/")
    with django_assert_max_num_queries(17):
        assert client.get("/territoires-store/rdv-service-public/").status_code == 200


def test_phases_are_shown_with_illustrative_badges_without_icons(client, catalogue):
    catalogue_html = client.get("/territoires-store/").content.decode()
    service_html = client.get("/territoires-store/zero-logement-vacant/").content.decode()
    for html in (catalogue_html, service_html):
        for system_badge in ("--info", "--new", "--warning", "--success", "--error"):
            assert f"fr-badge{system_badge}" not in html
    assert 'class="fr-badge fr-badge--sm fr-badge--purple-glycine">Accélération</p>' in (
        catalogue_html
    )
    assert 'class="fr-badge fr-badge--sm fr-badge--green-emeraude">Pérennisé</p>' in (
        catalogue_html
    )
    assert 'class="fr-badge fr-badge--purple-glycine">Phase : Accélération</p>' in service_html


@pytest.mark.parametrize(
    ("contact", "href"),
    [
        ("https://docurba.example.fr/contact", "https://docurba.example.fr/contact"),
        ("equipe@docurba.example.fr", "mailto:equipe@docurba.example.fr"),
    ],
)
def test_a_contact_is_a_link_to_a_web_page_or_an_email_address(client, catalogue, contact, href):
    service = StoreItemPage.objects.get(slug="docurba")
    service.contact = contact
    service.save_revision().publish()
    html = client.get("/territoires-store/docurba/").content.decode()
    assert f'<a href="{href}">{contact}</a>' in html


@pytest.mark.parametrize(
    "contact", ["javascript:alert(1)", "Écrire à l'équipe", "ftp://docurba.example.fr/", "a@b"]
)
def test_a_contact_that_is_neither_an_email_nor_a_web_page_is_refused(catalogue, contact):
    service = StoreItemPage.objects.get(slug="docurba")
    service.contact = contact
    with pytest.raises(ValidationError) as error:
        service.full_clean()
    assert "adresse électronique" in error.value.message_dict["contact"][0]


def test_a_contact_stored_before_validation_is_never_a_script_link(client, catalogue):
    StoreItemPage.objects.filter(slug="docurba").update(contact="javascript:alert(1)")
    html = client.get("/territoires-store/docurba/").content.decode()
    assert 'href="javascript:' not in html
    assert "<dd>javascript:alert(1)</dd>" in html


def test_related_services_are_the_same_cards_as_in_the_catalogue(client, catalogue):
    covoiturage = StoreItemPage.objects.get(slug="registre-de-preuve-de-covoiturage")
    covoiturage.logo = make_logo("Logo du covoiturage")
    covoiturage.save_revision().publish()
    catalogue_html = client.get("/territoires-store/", {"thematique": "mobilite"}).content.decode()
    html = client.get("/territoires-store/mes-aides-velo/").content.decode()
    related = html[html.index("Services sur les mêmes thématiques") :]

    def card_of(page_html: str) -> str:
        start = page_html.index('<div class="fr-card', page_html.index("covoiturage/"))
        start = page_html.rindex('<div class="fr-card fr-enlarge-link">', 0, start + 1)
        return page_html[start : page_html.index("\n</div>\n", start)]

    card = card_of(related)
    assert card == card_of(catalogue_html)
    assert '<p class="fr-tag fr-tag--sm">Mobilité</p>' in card
    assert 'class="fr-card__img store-card__logo"><img' in card


def test_related_services_sharing_the_most_thematiques_come_first(client, catalogue):
    mobilite, donnees = Thematique.objects.filter(slug__in=["mobilite", "donnees"])
    add_service(catalogue, "Zénith des données de mobilité", thematiques=[mobilite, donnees])
    html = client.get("/territoires-store/transport-data-gouv/").content.decode()
    related = html[html.index("Services sur les mêmes thématiques") :]
    # Three places for many candidates: those sharing both thématiques first, then by name.
    assert card_titles(related) == ["Impact CO2", "Zénith des données de mobilité", "Acceslibre"]


def test_a_service_without_thematique_has_no_related_services(client, catalogue):
    add_service(catalogue, "Service sans thématique")
    html = client.get("/territoires-store/service-sans-thematique/").content.decode()
    assert "Services sur les mêmes thématiques" not in html
