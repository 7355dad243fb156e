"""An editor of « Éditeurs » works the catalogue's tools in a real Chromium, against the
production server: the search's synonyms, the « Libellés » tab of the catalogue page, a
thématique's pictogram, the site's share image and a deployment chosen in the collectivité
chooser; each time, a visitor sees the change. One journey per test: the server's content is
reloaded for each, which is the main cost."""

import re

import pytest
from wagtail.models import Site

from store.models import StoreIndexPage, StoreItemPage, Thematique
from tests.browser.editors import (
    choose_uploaded_image,
    log_in_as_editor,
    open_editor,
    png_file,
    requests_elsewhere,
    serve_media_as_nginx_does,
    server_errors,
)
from tests.browser.test_store_pictograms import assert_pictogram_drawn

pytestmark = pytest.mark.browser

CARD_TITLES = "#resultats .fr-card__title"


def card_titles(page) -> list[str]:
    return [title.strip() for title in page.locator(CARD_TITLES).all_inner_texts()]


def publish(page, title: str) -> None:
    page.get_by_role("button", name="Plus d'actions").click()
    page.get_by_role("button", name="Publier").click()
    page.get_by_text(re.compile(f"{re.escape(title)}.*publiée")).wait_for()


def test_a_synonym_an_editor_adds_lets_visitors_find_a_service(live_site, browser_page):
    page = browser_page
    errors = server_errors(page)
    elsewhere = requests_elsewhere(page, live_site.url)
    search = f"{live_site.url}/territoires-store/?q=chauffage"
    page.goto(search)
    assert card_titles(page) == []  # no service says « chauffage »

    log_in_as_editor(page, live_site.url)
    page.goto(f"{live_site.url}/admin/snippets/search/synonymgroup/add/")
    page.get_by_role("textbox", name="Mots équivalents").fill("chauffage, chaleur")
    page.get_by_role("button", name="Enregistrer").click()
    page.get_by_text(re.compile("chauffage, chaleur.*(créé|ajouté)")).wait_for()

    page.goto(search)
    assert "France Chaleur Urbaine" in card_titles(page)
    assert not errors
    assert not elsewhere


def test_an_editor_renames_a_phase_and_a_filter_in_the_libelles_tab(live_site, browser_page):
    page = browser_page
    errors = server_errors(page)
    elsewhere = requests_elsewhere(page, live_site.url)
    log_in_as_editor(page, live_site.url)
    catalogue = StoreIndexPage.objects.get()
    open_editor(page, f"{live_site.url}/admin/pages/{catalogue.pk}/edit/")

    page.get_by_role("tab", name="Libellés").click()
    page.get_by_role("textbox", name="Phase « Pérennisé »").fill("Service installé")
    page.get_by_role("textbox", name="Titre du filtre par thématique").fill("Domaine d'action")
    publish(page, catalogue.title)

    page.goto(f"{live_site.url}/territoires-store/")
    assert page.get_by_label("Domaine d'action").count() == 1  # the thématique filter
    assert page.get_by_label("Thématique", exact=True).count() == 0
    badges = page.locator("#resultats .fr-badge")
    assert "Service installé" in badges.all_text_contents()
    assert "Pérennisé" not in badges.all_text_contents()
    assert not errors
    assert not elsewhere


def test_an_editor_changes_a_thematique_pictogram_shown_on_cards_without_logo(
    live_site, browser_page
):
    page = browser_page
    errors = server_errors(page)
    elsewhere = requests_elsewhere(page, live_site.url)
    service = StoreItemPage.objects.get(slug="docurba")
    assert service.logo is None
    thematique = min(service.thematiques.all(), key=lambda t: (t.sort_order or 0, t.name))
    assert thematique.pictogram != "environment/tree"
    card = page.locator("#resultats .fr-card", has_text=service.title)
    picture = card.locator("svg.store-pictogram use").first
    page.goto(f"{live_site.url}/territoires-store/?q=docurba")
    assert f"pictograms/{thematique.pictogram}." in picture.get_attribute("href")

    log_in_as_editor(page, live_site.url)
    page.goto(f"{live_site.url}/admin/snippets/store/thematique/edit/{thematique.pk}/")
    page.get_by_role("combobox", name="Pictogramme").select_option(label="Arbre")
    page.get_by_role("button", name="Enregistrer").click()
    page.get_by_text(f"Thématique « {thematique.name} » modifié").wait_for()

    page.goto(f"{live_site.url}/territoires-store/?q=docurba")
    href = picture.get_attribute("href")
    assert "pictograms/environment/tree." in href, href
    assert_pictogram_drawn(page, card.locator("svg.store-pictogram"), live_site.url)
    assert Thematique.objects.get(pk=thematique.pk).pictogram == "environment/tree"
    assert not errors
    assert not elsewhere


def test_an_editor_uploads_the_share_image_that_links_to_the_home_page_show(
    live_site, browser_page, tmp_path
):
    page = browser_page
    errors = server_errors(page)
    elsewhere = requests_elsewhere(page, live_site.url)
    serve_media_as_nginx_does(page, live_site)
    log_in_as_editor(page, live_site.url)
    site = Site.objects.get(is_default_site=True)
    page.goto(f"{live_site.url}/admin/settings/pages/sitesettings/{site.pk}/")

    choose_uploaded_image(
        page, png_file(tmp_path, "equipe-partage.png"), "Équipe au travail", "Image de partage"
    )
    page.get_by_role("textbox", name="Description de l'image de partage").fill(
        "L'équipe de l'Incubateur autour d'une carte de France"
    )
    page.get_by_role("button", name="Enregistrer").click()
    page.get_by_text("mis à jour").first.wait_for()

    page.goto(live_site.url + "/")
    image_url = page.locator('meta[property="og:image"]').get_attribute("content")
    assert re.fullmatch(
        r"https?://[^/]+/media/images/equipe-partage\.[^/]*1200x630\.png", image_url
    ), image_url
    assert page.locator('meta[property="og:image:alt"]').get_attribute("content") == (
        "L'équipe de l'Incubateur autour d'une carte de France"
    )
    path = re.sub(r"^https?://[^/]+", "", image_url)
    rendition = page.goto(live_site.url + path)  # as nginx serves it in production
    assert rendition.status == 200
    assert rendition.headers["content-type"] == "image/png"
    assert not errors
    assert not elsewhere


def test_an_editor_adds_a_deployment_with_the_collectivite_chooser(live_site, browser_page):
    page = browser_page
    errors = server_errors(page)
    elsewhere = requests_elsewhere(page, live_site.url)
    service = StoreItemPage.objects.get(slug="docurba")
    page.goto(f"{live_site.url}{service.url}")
    assert page.locator("#deploiements-region-32").count() == 0  # none in Hauts-de-France

    log_in_as_editor(page, live_site.url)
    open_editor(page, f"{live_site.url}/admin/pages/{service.pk}/edit/")
    page.get_by_role("button", name="Ajouter un(e) Déploiement").click()
    page.get_by_role("button", name="Choisir une collectivité").last.click()
    dialog = page.get_by_role("dialog")
    search = dialog.get_by_role("textbox", name="Nom ou code officiel")
    search.fill("62041")  # the official code finds it too
    rows = dialog.locator("tbody tr")
    rows.filter(has_text="62041").wait_for()
    assert rows.count() == 1 and "Arras (62)" in rows.inner_text()
    search.fill("arras")
    dialog.get_by_text("CU d'Arras").wait_for()
    dialog.get_by_role("link", name="Arras (62)", exact=True).click()
    dialog.wait_for(state="hidden")
    publish(page, service.title)

    page.goto(f"{live_site.url}{service.url}")
    region = page.locator("#deploiements-region-32")
    assert region.inner_text() == "Hauts-de-France"
    communes = region.locator("xpath=following-sibling::ul[1]/li").all_inner_texts()
    assert communes == ["Arras (commune, 62)"]
    assert not errors
    assert not elsewhere
