"""What editors write in Markdown fits the layout: tables scroll inside a DSFR table, ids
written by hand never take the layout's, images from another site are refused."""

import re

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from wagtailmarkdown.fields import MarkdownField

from pages.markdown import SiteMarkdownField
from pages.models import StandardPage

pytestmark = pytest.mark.django_db

TEXT = """## Cookies {#cookies}

## Nous joindre {#contenu}

<p id="pied-de-page">Écrit à la main.</p>

## Encore des cookies {#cookies}

| Service | Année |
| --- | --- |
| Histologe | 2021 |

<script>alert("non")</script>
"""


@pytest.fixture
def legal_page_html(client, site_content) -> str:
    page = StandardPage.objects.get(slug="mentions-legales")
    page.body = TEXT
    page.save_revision().publish()
    return client.get("/mentions-legales/").content.decode()


def test_a_table_scrolls_inside_a_dsfr_table(legal_page_html):
    assert re.search(
        r'<div class="fr-table"><div class="fr-table__wrapper">'
        r'<div class="fr-table__container" tabindex="0"><div class="fr-table__content">\s*<table>',
        legal_page_html,
    )


def test_ids_written_by_hand_keep_the_layouts_and_stay_unique(legal_page_html):
    ids = re.findall(r'\sid="([^"]+)"', legal_page_html)
    assert ids.count("contenu") == 1 and ids.count("pied-de-page") == 1  # the layout's
    assert '<h2 id="texte-contenu">Nous joindre</h2>' in legal_page_html
    assert '<p id="texte-pied-de-page">' in legal_page_html
    assert '<h2 id="cookies">Cookies</h2>' in legal_page_html  # the footer's link lands there
    assert len(ids) == len(set(ids))
    assert "<script>alert" not in legal_page_html


@pytest.mark.parametrize(
    "text",
    [
        "![Carte](https://images.example.org/carte.png)",
        '<img src="//images.example.org/carte.png" alt="Carte">',
        "![Carte](carte.png)",
    ],
)
def test_an_image_from_elsewhere_is_refused_with_a_french_message(text):
    page = StandardPage(title="Essai", slug="essai", body=f"Avant.\n\n{text}\n")
    with pytest.raises(ValidationError) as refusal:
        page.full_clean()
    assert "Ce texte contient une image qui n’est pas sur ce site" in str(
        refusal.value.message_dict["body"]
    )


def test_an_image_of_this_site_is_accepted():
    page = StandardPage(title="Essai", slug="essai", body="![Logo](/static/logo.png)")
    page.full_clean(exclude=["path", "depth"])  # its place in the tree comes when it is added


def test_every_markdown_field_of_the_site_refuses_images_from_elsewhere():
    markdown_fields = [
        f"{model.__name__}.{field.name}"
        for model in apps.get_models()
        for field in model._meta.get_fields()
        if isinstance(field, MarkdownField) and not isinstance(field, SiteMarkdownField)
    ]
    assert markdown_fields == []


def test_a_question_cannot_take_an_anchor_of_the_layout(site_content):
    from pages.models import AnctOfferPage, FaqEntryPage

    anct = AnctOfferPage.objects.get()
    question = FaqEntryPage(title="Contenu", slug="contenu", answer="Oui.")
    with pytest.raises(ValidationError) as refusal:
        anct.add_child(instance=question)
    assert "réservé à la mise en page" in str(refusal.value.message_dict["slug"])


def test_a_link_to_a_page_of_the_site_follows_the_page_when_it_moves(client, site_content):
    """Markdown is rendered once and remembered by its text, but a link written
    `[texte](page:<numéro>)` shows the page's address of the moment."""
    target = StandardPage.objects.get(slug="accessibilite")
    legal = StandardPage.objects.get(slug="mentions-legales")
    legal.body = f"Voir [la déclaration](page:{target.pk})."
    legal.save_revision().publish()
    assert 'href="/accessibilite/"' in client.get("/mentions-legales/").content.decode()

    target.slug = "declaration-accessibilite"
    target.save_revision().publish()
    html = client.get("/mentions-legales/").content.decode()
    assert 'href="/declaration-accessibilite/"' in html
