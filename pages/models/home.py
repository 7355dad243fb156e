"""The home page and its tiles."""

from django.db import models
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from search.documents import register as register_searchable

from ..markdown import SiteMarkdownField, markdown_help_text
from .base import BasePage


class LinkTileBlock(blocks.StructBlock):
    """A DSFR tile on the home page that leads to a page of the site or to an address."""

    title = blocks.CharBlock(label="Titre", help_text="Le titre de la tuile, court (une ligne).")
    description = blocks.TextBlock(
        label="Description",
        required=False,
        help_text="Une ou deux phrases qui disent ce que le visiteur trouvera.",
    )
    page = blocks.PageChooserBlock(
        label="Page du site",
        required=False,
        help_text="La page vers laquelle la tuile mène. Sinon, renseignez une adresse.",
    )
    url = blocks.CharBlock(
        label="Adresse",
        required=False,
        help_text="Adresse utilisée si aucune page n'est choisie, par exemple /offre-anct/.",
    )

    class Meta:
        icon = "link"
        label = "Tuile"
        template = "pages/blocks/link_tile.html"


class HomePage(BasePage):
    """The front door: what the Incubateur is, and the ways into its offers."""

    hero_title = models.CharField(
        "Titre d'accroche",
        max_length=200,
        help_text="La grande phrase en haut de la page d'accueil (le titre principal de la page).",
    )
    hero_text = models.TextField(
        "Texte d'accroche",
        blank=True,
        help_text="Un court paragraphe sous le titre d'accroche.",
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="Image d'accroche",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Facultatif. Une illustration à droite du titre d'accroche (masquée sur "
        "téléphone) ; décorative, elle n'a pas besoin de description.",
    )
    tiles_title = models.CharField(
        "Titre des tuiles",
        max_length=200,
        blank=True,
        help_text="Le titre au-dessus des tuiles, par exemple « Ce que nous proposons ».",
    )
    tiles = StreamField(
        [("tile", LinkTileBlock())],
        blank=True,
        verbose_name="Tuiles",
        help_text="Les tuiles qui mènent aux offres ; faites-les glisser pour les réordonner.",
    )
    body = SiteMarkdownField(
        "Texte complémentaire",
        blank=True,
        help_text=markdown_help_text("Texte libre sous les tuiles."),
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("hero_title"), FieldPanel("hero_text"), FieldPanel("hero_image")],
            heading="Accroche",
        ),
        FieldPanel("tiles_title"),
        FieldPanel("tiles"),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("hero_title"),
        index.SearchField("hero_text"),
        index.SearchField("body"),
    ]
    api_fields = [
        APIField("hero_title"),
        APIField("hero_text"),
        APIField("hero_image"),
        APIField("tiles_title"),
        APIField("tiles"),
        APIField("body"),
    ]
    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    class Meta:
        verbose_name = "Page d'accueil"

    def get_meta_description(self) -> str:
        return self.search_description or self.hero_text

    def get_share_title(self) -> str:
        return self.seo_title or self.hero_title

    def get_share_image(self):
        return self.hero_image


# The site's search (search/): the home page among « Pages ».
register_searchable(
    HomePage,
    fields=[("title", "A"), ("hero_title", "A"), ("hero_text", "B"), ("body", "C")],
    group="Pages",
    position=90,
)
