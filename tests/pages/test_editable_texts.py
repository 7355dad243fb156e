"""Texts a visitor reads that once lived in the code are now the editors': in the site
settings for what every page shares, in the page that shows the others."""

from html import escape

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from pages.groups import EDITORS
from pages.models import (
    AnctOfferPage,
    Example,
    FaqEntryPage,
    HomePage,
    OfferPage,
    OffersIndexPage,
    SiteSettings,
)
from store.models import StoreIndexPage
from tests.pages.offers_helpers import nth_offer
from tests.pages.test_offers_editing import edit_form

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


SOCIAL = [("link", {"network": "linkedin", "url": "https://www.linkedin.com/company/anct"})]


def test_the_last_texts_default_to_what_the_site_said(client, site_content):
    """Offers, examples, phases, footer and 404: the editable texts start as the code's were."""
    edit_settings(social_links=SOCIAL)
    anct = client.get("/offre-anct/").content.decode()
    assert '<p class="anct-phases__step fr-text--sm fr-mb-1w">Phase 1 sur 4</p>' in anct
    assert '<h2 class="fr-h5">Suivez-nous sur les réseaux sociaux</h2>' in anct

    offer = nth_offer(1)
    page = client.get(offer.url).content.decode()
    assert ">Toutes les offres aux collectivités</a>" in page
    examples = client.get(offer.url + "exemples/").content.decode()
    assert f"<title>Exemples : {offer.title}" in examples
    assert f"<h1>Exemples : {offer.title}</h1>" in examples
    assert ">Retour aux offres aux collectivités</a>" in examples
    Example.objects.update(live=False)
    empty = client.get(offer.url + "exemples/").content.decode()
    assert "<p>Aucun exemple n’est encore publié pour cette offre.</p>" in empty

    OfferPage.objects.update(live=False)
    offers = client.get("/offres-collectivites/").content.decode()
    assert "<p>Aucune offre n&#x27;est publiée pour le moment.</p>" in offers

    missing = client.get("/une-adresse-inconnue/").content.decode()
    assert 'href="/">Page d’accueil</a>' in missing
    assert 'href="/plan-du-site/">Plan du site</a>' in missing


def test_offers_examples_and_phases_say_what_their_pages_say(client, site_content):
    offer = nth_offer(1)
    publish(
        offer,
        all_offers_label="Revenir à la liste des offres",
        examples_title="Réalisations de l’offre « {Offre} »",
        examples_back_label="Revenir à l’offre",
        examples_empty_text="Les premiers exemples arrivent bientôt.",
    )
    page = client.get(offer.url).content.decode()
    assert ">Revenir à la liste des offres</a>" in page
    assert "Toutes les offres aux collectivités" not in page
    examples = client.get(offer.url + "exemples/").content.decode()
    assert f"<h1>Réalisations de l’offre « {offer.title} »</h1>" in examples
    assert f"<title>Réalisations de l’offre « {offer.title} »" in examples
    assert ">Revenir à l’offre</a>" in examples and "Exemples :" not in examples
    Example.objects.update(live=False)
    fragment = client.get(offer.url + "exemples/?niveau=3", headers={"HX-Request": "true"})
    assert "<p>Les premiers exemples arrivent bientôt.</p>" in fragment.content.decode()

    index = OffersIndexPage.objects.get()
    publish(index, no_offers_text="Nos offres seront bientôt en ligne.")
    OfferPage.objects.update(live=False)
    offers = client.get("/offres-collectivites/").content.decode()
    assert "<p>Nos offres seront bientôt en ligne.</p>" in offers

    publish(AnctOfferPage.objects.get(), phase_step_label="Étape {numéro}/{total} {inconnu}")
    anct = client.get("/offre-anct/").content.decode()
    assert ">Étape 1/4 {inconnu}</p>" in anct and ">Étape 4/4 {inconnu}</p>" in anct
    assert "Phase 1 sur 4" not in anct


def test_a_typo_in_a_placeholder_never_breaks_the_page(client, site_content):
    offer = nth_offer(1)
    publish(offer, examples_title="Exemples {0} % {offre")
    response = client.get(offer.url + "exemples/")
    assert response.status_code == 200
    assert "<h1>Exemples {0} % {offre</h1>" in response.content.decode()


def test_the_footer_and_the_404_buttons_say_what_the_settings_say(client, site_content):
    edit_settings(
        social_links=SOCIAL,
        social_links_title="Retrouvez-nous en ligne",
        not_found_home_label="Retour à l’accueil",
        not_found_site_plan_label="Toutes les pages du site",
    )
    home = client.get("/").content.decode()
    assert '<h2 class="fr-h5">Retrouvez-nous en ligne</h2>' in home
    missing = client.get("/une-adresse-inconnue/")
    assert missing.status_code == 404
    html = missing.content.decode()
    assert 'href="/">Retour à l’accueil</a>' in html
    assert 'href="/plan-du-site/">Toutes les pages du site</a>' in html


def test_a_questions_preview_takes_its_faq_pages_words(client, site_content):
    editor = get_user_model().objects.create_user("camille-com", "camille@anct.gouv.fr")
    editor.groups.add(Group.objects.get(name=EDITORS))
    client.force_login(editor)
    publish(
        AnctOfferPage.objects.get(),
        faq_entry_context="Questions fréquentes — {page}",
        faq_entry_back_label="Revenir aux questions",
    )
    entry = FaqEntryPage.objects.order_by("path").first()
    url = f"/admin/pages/{entry.pk}/edit/preview/"
    data = edit_form(client.get(f"/admin/pages/{entry.pk}/edit/").content.decode())
    assert client.post(url, data).json()["is_valid"]
    shown = client.get(url).content.decode()
    anct = AnctOfferPage.objects.get()
    context = f"Questions fréquentes — {escape(anct.title)}"
    assert f'<p class="fr-text--sm fr-mb-1w">{context}</p>' in shown
    assert f'href="{anct.url}#{entry.slug}">Revenir aux questions</a>' in shown


def test_the_examples_count_and_announcement_and_the_404_code_are_the_editors(
    client, site_content
):
    offer = nth_offer(1)
    title = escape(offer.title)

    def examples_fragment() -> str:
        return client.get(offer.url + "exemples/", headers={"HX-Request": "true"}).content.decode()

    fragment = examples_fragment()
    count = fragment.count('class="fr-card__title"')
    assert count > 1  # the initial content shows several examples under offer 1
    assert f">{count} exemples</h2>" in fragment
    assert f'data-announce="{count} exemples affichés sous l’offre « {title} »."' in fragment
    edit_settings(
        examples_count_many="{Nombre} réalisations",
        examples_announce_many="{nombre} réalisations sous « {offre} » {inconnu}",
        not_found_code_line="Code 404",
    )
    fragment = examples_fragment()
    assert f">{count} réalisations</h2>" in fragment and "exemples</h2>" not in fragment
    assert f'data-announce="{count} réalisations sous « {title} » {{inconnu}}"' in fragment
    not_found = client.get("/une-adresse-inconnue/").content.decode()
    assert '<p class="fr-text--sm fr-mb-3w">Code 404</p>' in not_found
    assert "Erreur 404" not in not_found
