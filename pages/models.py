"""Page types of the site's editorial content, and the site-wide settings editors manage."""

from django.db import models
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtailmarkdown.fields import MarkdownField


class BasePage(Page):
    """Plumbing shared by every page type: the SEO fields and what search indexes."""

    search_fields = Page.search_fields + [index.SearchField("search_description")]
    promote_panels = [
        MultiFieldPanel(
            [
                FieldPanel("slug"),
                FieldPanel("seo_title"),
                FieldPanel("search_description"),
                FieldPanel("show_in_menus"),
            ],
            heading="Référencement et menus",
        )
    ]

    class Meta:
        abstract = True

    def get_meta_description(self) -> str:
        """The description search engines show; each page type may offer a better one."""
        return self.search_description


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
    body = MarkdownField(
        "Texte complémentaire",
        blank=True,
        help_text="Texte libre sous les tuiles, en Markdown.",
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel([FieldPanel("hero_title"), FieldPanel("hero_text")], heading="Accroche"),
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


class StandardPage(BasePage):
    """A plain page of text: legal notices, accessibility statement, personal data."""

    intro = models.TextField(
        "Chapeau",
        blank=True,
        help_text="Un paragraphe d'introduction, affiché en plus grand sous le titre.",
    )
    body = MarkdownField(
        "Contenu",
        blank=True,
        help_text="Le texte de la page, en Markdown : ## pour un intertitre, **gras**, *italique*, "
        "- pour une liste, [texte](adresse) pour un lien.",
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    api_fields = [APIField("intro"), APIField("body")]
    parent_page_types = ["pages.HomePage", "pages.StandardPage"]
    subpage_types = ["pages.StandardPage"]

    class Meta:
        verbose_name = "Page simple"
        verbose_name_plural = "Pages simples"

    def get_meta_description(self) -> str:
        return self.search_description or self.intro


class SitePlanPage(BasePage):
    """The site map a State website must offer: the live page tree, kept current by itself."""

    intro = models.TextField(
        "Chapeau",
        blank=True,
        help_text="Un paragraphe affiché au-dessus du plan du site.",
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    api_fields = [APIField("intro")]
    parent_page_types = ["pages.HomePage"]
    subpage_types: list[str] = []
    max_count = 1

    class Meta:
        verbose_name = "Plan du site"
        verbose_name_plural = "Plans du site"

    def get_plan(self) -> list[dict]:
        """The live, public pages under the home page, as nested {page, children} entries."""
        home = self.get_parent()
        pages = list(
            Page.objects.descendant_of(home, inclusive=True).live().public().order_by("path")
        )
        entries = {page.path: {"page": page, "children": []} for page in pages}
        roots = []
        for page in pages:
            parent = entries.get(page.path[: -Page.steplen])
            (parent["children"] if parent else roots).append(entries[page.path])
        return roots


ACCESSIBILITY_STATUSES = [
    ("non", "non conforme"),
    ("partiellement", "partiellement conforme"),
    ("totalement", "totalement conforme"),
]


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """What the header and footer say on every page, editable without a developer."""

    service_tagline = models.CharField(
        "Sous-titre du service",
        max_length=200,
        default="Un programme de l'Agence nationale de la cohésion des territoires",
        help_text="La ligne sous « Incubateur des Territoires » dans l'en-tête.",
    )
    operator_name = models.CharField(
        "Nom de l'opérateur",
        max_length=200,
        default="Agence nationale de la cohésion des territoires",
        help_text="L'opérateur du site, affiché à côté du bloc « République française ».",
    )
    operator_logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="Logo de l'opérateur",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Facultatif. Sans logo, le nom de l'opérateur est écrit en toutes lettres.",
    )
    footer_description = models.TextField(
        "Texte du pied de page",
        blank=True,
        help_text="Une ou deux phrases qui présentent le site, en bas de chaque page.",
    )
    accessibility_status = models.CharField(
        "Conformité au RGAA",
        max_length=20,
        choices=ACCESSIBILITY_STATUSES,
        default="non",
        help_text="Le niveau de conformité établi par le dernier audit d'accessibilité ; "
        "« non conforme » tant qu'aucun audit n'a été mené.",
    )
    social_links = StreamField(
        [
            (
                "link",
                blocks.StructBlock(
                    [
                        (
                            "network",
                            blocks.ChoiceBlock(
                                choices=[
                                    ("linkedin", "LinkedIn"),
                                    ("mastodon", "Mastodon"),
                                    ("bluesky", "Bluesky"),
                                    ("youtube", "YouTube"),
                                    ("github", "GitHub"),
                                ],
                                label="Réseau",
                            ),
                        ),
                        ("url", blocks.URLBlock(label="Adresse du compte")),
                    ],
                    label="Réseau social",
                ),
            )
        ],
        blank=True,
        verbose_name="Réseaux sociaux",
        help_text="Les comptes de l'Incubateur, affichés au-dessus du pied de page.",
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("service_tagline"),
                FieldPanel("operator_name"),
                FieldPanel("operator_logo"),
            ],
            heading="En-tête",
        ),
        MultiFieldPanel(
            [FieldPanel("footer_description"), FieldPanel("accessibility_status")],
            heading="Pied de page",
        ),
        FieldPanel("social_links"),
    ]

    class Meta:
        verbose_name = "Réglages du site"
