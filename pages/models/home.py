"""The home page and its tiles."""

from django.db import models
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from search.documents import register as register_searchable

from ..figures import home_figures, offers_with_example_counts
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
    show_figures = models.BooleanField(
        "Afficher les chiffres clés",
        default=True,
        help_text="Affiche sous l'accroche le nombre de services, de collectivités, "
        "d'investigations et de startups de territoire. Ces nombres sont comptés par le site à "
        "partir du contenu publié, jamais saisis : seuls leurs textes se modifient ici.",
    )
    figures_title = models.CharField(
        "Titre des chiffres clés",
        max_length=100,
        default="L'Incubateur en chiffres",
        help_text="Le titre du bloc des chiffres clés (lu par les lecteurs d'écran et affiché).",
    )
    figures_services_label = models.CharField(
        "Texte après le nombre de services",
        max_length=100,
        default="services prêts à l'emploi",
        help_text="Suit le nombre de services publiés dans le Territoires Store.",
    )
    figures_collectivites_label = models.CharField(
        "Texte après le nombre de collectivités",
        max_length=100,
        default="collectivités qui les utilisent",
        help_text="Suit le nombre de collectivités différentes où au moins un service publié "
        "est déployé (y compris les territoires encore à rattacher, chacun compté une fois).",
    )
    figures_investigations_label = models.CharField(
        "Texte après le nombre d'investigations",
        max_length=100,
        default="investigations menées",
        help_text="Suit le nombre d'exemples publiés de la première offre (l'investigation).",
    )
    figures_startups_label = models.CharField(
        "Texte après le nombre de startups de territoire",
        max_length=100,
        default="startups de territoire",
        help_text="Suit le nombre d'exemples publiés de la deuxième offre (la startup de "
        "territoire).",
    )
    show_offers = models.BooleanField(
        "Afficher les offres",
        default=True,
        help_text="Affiche les offres aux collectivités publiées, chacune avec son pictogramme "
        "(choisi sur la page de l'offre) et un lien vers elle.",
    )
    offers_title = models.CharField(
        "Titre des offres",
        max_length=100,
        default="Nos offres aux collectivités",
        help_text="Le titre au-dessus des offres.",
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
        MultiFieldPanel(
            [
                FieldPanel("show_figures"),
                FieldPanel("figures_title"),
                FieldPanel("figures_services_label"),
                FieldPanel("figures_collectivites_label"),
                FieldPanel("figures_investigations_label"),
                FieldPanel("figures_startups_label"),
            ],
            heading="Chiffres clés",
        ),
        MultiFieldPanel(
            [FieldPanel("show_offers"), FieldPanel("offers_title")],
            heading="Offres aux collectivités",
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

    def get_offers(self) -> list:
        """The live offers to collectivités, in the order of the offers page, with the number
        of their live examples (the figures count them)."""
        return list(offers_with_example_counts())

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        offers = self.get_offers() if self.show_figures or self.show_offers else []
        context["figures"] = home_figures(self, offers) if self.show_figures else []
        context["offers"] = offers if self.show_offers else []
        return context

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
