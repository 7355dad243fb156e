"""Texts a visitor reads that once lived in the code are now the editors': in the site
settings for what every page shares, in the page that shows the others."""

import pytest
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from pages.models import HomePage, SiteSettings
from store.models import StoreIndexPage
from tests.pages.offers_helpers import nth_offer

pytestmark = pytest.mark.django_db


def edit_settings(**texts) -> None:
    settings = SiteSettings.objects.get()
    for name, value in texts.items():
        setattr(settings, name, value)
    settings.save()


def publish(page, **texts) -> None:
    for name, value in texts.items():
        setattr(page, name, value)
    page.save_revision().publish()


def test_the_defaults_are_the_texts_the_site_had(client, site_content):
    html = client.get("/").content.decode()
    assert '<p class="fr-header__service-title">Incubateur des Territoires</p>' in html
    assert 'href="https://www.legifrance.gouv.fr" target="_blank"' in html
    assert '<a class="fr-footer__bottom-link" href="/plan-du-site/">Plan du site</a>' in html
    assert "proposés sous <a href=" in html and "licence etalab-2.0</a>" in html


def test_the_header_and_footer_say_what_the_settings_say(client, site_content):
    edit_settings(
        site_name="Incubateur des territoires de l’ANCT",
        footer_links=[("link", {"label": "anct.gouv.fr", "url": "https://anct.gouv.fr"})],
        footer_bottom_links=[("link", {"label": "Nous écrire", "url": "/contact/"})],
        licence_line="Contenus sous [licence ouverte](https://www.etalab.gouv.fr/licence-ouverte)",
    )
    html = client.get("/offre-anct/").content.decode()
    assert '<p class="fr-header__service-title">Incubateur des territoires de l’ANCT</p>' in html
    assert (
        '<a class="fr-footer__content-link" href="https://anct.gouv.fr" target="_blank" '
        'rel="noopener" title="anct.gouv.fr - nouvelle fenêtre">anct.gouv.fr</a>'
    ) in html
    assert "legifrance" not in html
    assert '<a class="fr-footer__bottom-link" href="/contact/">Nous écrire</a>' in html
    assert "Accessibilité : non conforme" in html  # always there, whatever the links
    assert 'Contenus sous <a href="https://www.etalab.gouv.fr/licence-ouverte">' in html


def test_the_page_not_found_says_what_the_settings_say(client, site_content):
    edit_settings(
        not_found_title="Cette page n’existe pas",
        not_found_lead="Elle a peut-être changé d’adresse.",
        not_found_hint="Essayez le plan du site.",
    )
    response = client.get("/une-adresse-inconnue/")
    html = response.content.decode()
    assert response.status_code == 404
    assert "<h1>Cette page n’existe pas</h1>" in html
    assert "Elle a peut-être changé d’adresse." in html and "Essayez le plan du site." in html
    assert "<title>Cette page n’existe pas" in html


def test_example_cards_and_the_examples_page_use_the_editors_words(client, site_content):
    edit_settings(example_problem_label="Au départ :", example_result_label="À l’arrivée :")
    offer = nth_offer(1)
    publish(offer, examples_intro="Trois projets menés avec des communes.")
    html = client.get(offer.url + "exemples/").content.decode()
    assert "<strong>Au départ :</strong>" in html and "<strong>À l’arrivée :</strong>" in html
    assert '<p class="fr-text--lead">Trois projets menés avec des communes.</p>' in html
    fragment = client.get(offer.url + "exemples/", headers={"HX-Request": "true"})
    assert "<strong>Au départ :</strong>" in fragment.content.decode()


def test_the_examples_button_takes_the_editors_hiding_text(client, site_content):
    offer = nth_offer(1)
    publish(offer, examples_hide_label="Refermer les exemples")
    html = client.get(offer.url).content.decode()
    assert 'data-hide-label="Refermer les exemples"' in html


def test_a_home_hero_image(client, site_content):
    image = get_image_model().objects.create(title="Carte", file=get_test_image_file())
    publish(HomePage.objects.get(), hero_image=image)
    html = client.get("/").content.decode()
    assert 'class="fr-col-lg-5 fr-hidden fr-unhidden-lg home-hero__image"><img alt=""' in html


def test_service_pages_and_the_catalogue_use_the_catalogues_texts(client, site_content):
    publish(
        StoreIndexPage.objects.get(),
        page_size=5,
        callback_title="Envie d’essayer ?",
        territories_title="Déjà utilisé à",
        related_title="Dans la même veine",
    )
    catalogue = client.get("/territoires-store/").content.decode()
    assert catalogue.count('class="fr-card__title"') == 5
    service = client.get("/territoires-store/rdv-service-public/").content.decode()
    for heading in ["Envie d’essayer ?", "Déjà utilisé à", "Dans la même veine"]:
        assert heading in service
    assert "Ce service vous intéresse ?" not in service
