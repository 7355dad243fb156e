"""Page types of the site's editorial content, and the site-wide settings editors manage."""

import json

from django import forms
from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, URLValidator
from django.db import models
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.cache import patch_vary_headers
from django.utils.html import strip_tags
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, TitleFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Page,
    PreviewableMixin,
    RevisionMixin,
)
from wagtail.search import index

from .markdown import SiteMarkdownField, layout_safe_id, markdown_help_text, render


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


class StandardPage(BasePage):
    """A plain page of text: legal notices, accessibility statement, personal data."""

    intro = models.TextField(
        "Chapeau",
        blank=True,
        help_text="Un paragraphe d'introduction, affiché en plus grand sous le titre.",
    )
    body = SiteMarkdownField(
        "Contenu",
        blank=True,
        help_text=markdown_help_text("Le texte de la page."),
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


class FooterLinkBlock(blocks.StructBlock):
    """A link of the footer: its text and where it leads."""

    label = blocks.CharBlock(label="Texte du lien", help_text="Par exemple « Mentions légales ».")
    url = blocks.CharBlock(
        label="Adresse",
        help_text="Une page du site (/mentions-legales/) ou une adresse complète "
        "(https://www.info.gouv.fr) ; un lien vers un autre site s'ouvre dans une nouvelle "
        "fenêtre.",
    )

    class Meta:
        icon = "link"
        label = "Lien"


# The links the DSFR asks of a State website's footer, before editors change them.
INSTITUTIONAL_LINKS = [
    ("link", {"label": label, "url": f"https://www.{label}"})
    for label in ["info.gouv.fr", "service-public.gouv.fr", "legifrance.gouv.fr", "data.gouv.fr"]
]
BOTTOM_LINKS = [
    ("link", {"label": label, "url": url})
    for label, url in [
        ("Plan du site", "/plan-du-site/"),
        ("Mentions légales", "/mentions-legales/"),
        ("Données personnelles", "/donnees-personnelles/"),
        ("Gestion des cookies", "/donnees-personnelles/#cookies"),
    ]
]
LICENCE_LINE = (
    "Sauf mention explicite de propriété intellectuelle détenue par des tiers, les contenus de "
    "ce site sont proposés sous [licence etalab-2.0]"
    "(https://github.com/etalab/licence-ouverte/blob/master/LO.md)"
)


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """What the header and footer say on every page, and the texts pages share (the examples'
    labels, the « page not found » page), editable without a developer."""

    site_name = models.CharField(
        "Nom du site",
        max_length=100,
        default="Incubateur des Territoires",
        help_text="Le nom affiché en grand dans l'en-tête de chaque page.",
    )
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
    footer_links = StreamField(
        [("link", FooterLinkBlock())],
        blank=True,
        default=INSTITUTIONAL_LINKS,
        verbose_name="Liens institutionnels",
        help_text="Les liens à droite du texte du pied de page (info.gouv.fr, "
        "service-public.gouv.fr…) ; faites-les glisser pour les réordonner.",
    )
    footer_bottom_links = StreamField(
        [("link", FooterLinkBlock())],
        blank=True,
        default=BOTTOM_LINKS,
        verbose_name="Liens du bas de page",
        help_text="Les liens de la dernière ligne du pied de page (plan du site, mentions "
        "légales…). Le lien « Accessibilité » suit toujours le niveau de conformité choisi "
        "ci-dessus.",
    )
    licence_line = SiteMarkdownField(
        "Ligne de licence",
        blank=True,
        default=LICENCE_LINE,
        help_text="La dernière phrase du pied de page, sur la licence des contenus ; un lien "
        "s'écrit [texte du lien](adresse).",
    )
    example_problem_label = models.CharField(
        "Intitulé du problème",
        max_length=60,
        default="Le problème :",
        help_text="Affiché en gras devant le problème de chaque exemple.",
    )
    example_result_label = models.CharField(
        "Intitulé du résultat",
        max_length=60,
        default="Le résultat :",
        help_text="Affiché en gras devant le résultat de chaque exemple.",
    )
    not_found_title = models.CharField(
        "Titre",
        max_length=100,
        default="Page non trouvée",
        help_text="Le titre de la page affichée pour une adresse qui n'existe pas (erreur 404).",
    )
    not_found_lead = models.TextField(
        "Message",
        default="La page que vous cherchez est introuvable. Excusez-nous pour la gêne occasionnée.",
        help_text="La phrase mise en avant sous le titre.",
    )
    not_found_hint = models.TextField(
        "Conseil",
        blank=True,
        default="Si vous avez tapé l’adresse web dans le navigateur, vérifiez qu’elle est "
        "correcte. La page n’est peut-être plus disponible.\nDans ce cas, pour continuer votre "
        "visite, vous pouvez consulter notre page d’accueil ou le plan du site.",
        help_text="Ce que le visiteur peut faire ; les boutons « Page d’accueil » et « Plan du "
        "site » suivent.",
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("site_name"),
                FieldPanel("service_tagline"),
                FieldPanel("operator_name"),
                FieldPanel("operator_logo"),
            ],
            heading="En-tête",
        ),
        MultiFieldPanel(
            [
                FieldPanel("footer_description"),
                FieldPanel("footer_links"),
                FieldPanel("accessibility_status"),
                FieldPanel("footer_bottom_links"),
                FieldPanel("licence_line"),
            ],
            heading="Pied de page",
        ),
        FieldPanel("social_links"),
        MultiFieldPanel(
            [FieldPanel("example_problem_label"), FieldPanel("example_result_label")],
            heading="Cartes des exemples",
        ),
        MultiFieldPanel(
            [
                FieldPanel("not_found_title"),
                FieldPanel("not_found_lead"),
                FieldPanel("not_found_hint"),
            ],
            heading="Page introuvable (erreur 404)",
        ),
    ]

    class Meta:
        verbose_name = "Réglages du site"


# --- The offers to collectivités, the offer to ANCT agents and its FAQ -----------------------


class OffersIndexPage(BasePage):
    """« Offres aux collectivités territoriales »: the intro, then every offer, in tree order."""

    intro = models.TextField(
        "Introduction",
        blank=True,
        help_text="La phrase mise en avant au-dessus des offres, par exemple « Les collectivités "
        "peuvent à tout moment solliciter l'Incubateur des Territoires pour : ».",
    )

    summary_title = models.CharField(
        "Titre du sommaire",
        max_length=80,
        default="Les offres",
        help_text="Le titre de l'encadré qui liste les offres en haut de la page.",
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("summary_title")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    api_fields = [APIField("intro")]
    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.OfferPage"]
    max_count = 1

    class Meta:
        verbose_name = "Page des offres aux collectivités"
        verbose_name_plural = "Pages des offres aux collectivités"

    def get_meta_description(self) -> str:
        return self.search_description or self.intro

    def get_offers(self):
        """The live offers, in the order editors gave them, each knowing if it has examples."""
        return (
            OfferPage.objects.child_of(self)
            .live()
            .public()
            .annotate(
                with_examples=models.Exists(Example.objects.published_for(models.OuterRef("pk")))
            )
            .order_by("path")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["offers"] = list(self.get_offers())
        return context


# The one size of an example's image on its card: the query prefetches exactly this rendition.
EXAMPLE_IMAGE_SPEC = "fill-600x338"


class OfferPage(RoutablePageMixin, BasePage):
    """One offer to collectivités: its title, text, the term it introduces, and the calls to
    action shown under it; its number is its place among the offers. Its examples are at
    `exemples/`."""

    term = models.CharField(
        "Terme introduit",
        max_length=100,
        blank=True,
        help_text="Le nom que porte cette offre, par exemple « investigation », « startup de "
        "territoire » ou « Territoires Store » ; affiché en étiquette au-dessus du titre.",
    )
    body = SiteMarkdownField(
        "Description de l'offre",
        blank=True,
        help_text=markdown_help_text("Le texte de l'offre."),
    )
    show_callback = models.BooleanField(
        "Bouton « être recontacté »",
        default=True,
        help_text="Affiche le bouton qui ouvre le formulaire de rappel, avec cette offre pour "
        "objet.",
    )
    show_examples = models.BooleanField(
        "Bouton « Voir des exemples »",
        default=True,
        help_text="Affiche le bouton qui déplie les exemples publiés de cette offre (s'il y en a).",
    )
    show_store_link = models.BooleanField(
        "Lien « Découvrir les services disponibles »",
        default=False,
        help_text="Affiche le lien vers le catalogue Territoires Store.",
    )
    callback_label = models.CharField(
        "Texte du bouton de rappel",
        max_length=80,
        default="être recontacté",
        help_text="Le texte du bouton qui ouvre le formulaire de rappel.",
    )
    examples_label = models.CharField(
        "Texte du bouton des exemples",
        max_length=80,
        default="Voir des exemples",
        help_text="Le texte du bouton qui déplie les exemples ; une fois ouverts, il devient "
        "« Masquer les exemples ».",
    )
    store_link_label = models.CharField(
        "Texte du lien vers le Territoires Store",
        max_length=80,
        default="Découvrir les services disponibles",
        help_text="Le texte du lien vers le catalogue.",
    )
    examples_hide_label = models.CharField(
        "Texte du bouton des exemples ouverts",
        max_length=80,
        default="Masquer les exemples",
        help_text="Le texte du bouton des exemples une fois qu'ils sont dépliés.",
    )
    examples_intro = models.TextField(
        "Chapeau de la page des exemples",
        blank=True,
        default="Des projets réels, menés avec des collectivités dans le cadre de cette offre.",
        help_text="Le paragraphe sous le titre de la page qui liste les exemples de l'offre "
        "(adresse /exemples/ de l'offre, utilisée sans JavaScript).",
    )

    content_panels = Page.content_panels + [
        FieldPanel("term"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("show_callback"), FieldPanel("callback_label")]),
                FieldRowPanel(
                    [
                        FieldPanel("show_examples"),
                        FieldPanel("examples_label"),
                        FieldPanel("examples_hide_label"),
                    ]
                ),
                FieldRowPanel([FieldPanel("show_store_link"), FieldPanel("store_link_label")]),
            ],
            heading="Boutons d'action",
        ),
        FieldPanel("examples_intro"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("term"),
        index.SearchField("body"),
    ]
    api_fields = [
        APIField("term"),
        APIField("body"),
        APIField("show_callback"),
        APIField("show_examples"),
        APIField("show_store_link"),
        APIField("callback_label"),
        APIField("examples_label"),
        APIField("store_link_label"),
        APIField("examples_hide_label"),
        APIField("examples_intro"),
    ]
    parent_page_types = ["pages.OffersIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = "Offre aux collectivités"
        verbose_name_plural = "Offres aux collectivités"

    def get_meta_description(self) -> str:
        return self.search_description or self.title

    def get_examples(self):
        """The published examples of this offer, in the order editors gave them."""
        image_model = get_image_model()
        return (
            Example.objects.published_for(self)
            .prefetch_related(
                models.Prefetch(
                    "image",
                    queryset=image_model.objects.prefetch_renditions(EXAMPLE_IMAGE_SPEC),
                )
            )
            .order_by("sort_order", "pk")
        )

    def has_examples(self) -> bool:
        return Example.objects.published_for(self).exists()

    def get_number(self) -> int:
        """Its place among the live offers: reordering the offers in the admin renumbers them."""
        return self.get_prev_siblings().live().type(OfferPage).count() + 1

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["offer_has_examples"] = self.has_examples()
        context["offer_number"] = self.get_number()
        return context

    @path("exemples/", name="examples")
    def examples_view(self, request):
        """The examples of this offer: the fragment for htmx, else the whole page.

        The fragment's headings fit where it lands: `?niveau=3` under an offer of the offers
        page (an h2), else just under the page's h1.
        """
        if not self.show_examples:
            raise Http404("Cette offre ne présente pas d'exemples.")
        context = super().get_context(request)
        context["examples"] = list(self.get_examples())
        context.update(example_labels(request))
        template = "pages/offer_examples.html"
        level = 2
        if request.htmx and not request.htmx.history_restore_request:
            template += "#examples"
            level = 3 if request.GET.get("niveau") == "3" else 2
        context["heading_tag"] = f"h{level}"
        context["card_heading_tag"] = f"h{level + 1}"
        response = TemplateResponse(request, template, context)
        patch_vary_headers(response, ["HX-Request"])
        return response


def example_labels(request) -> dict:
    """The words before an example's problem and result, as editors set them."""
    texts = SiteSettings.for_request(request)
    return {
        "problem_label": texts.example_problem_label,
        "result_label": texts.example_result_label,
    }


class ExampleQuerySet(models.QuerySet):
    def published_for(self, offer):
        """The live examples shown under `offer` (a page, or an OuterRef to one)."""
        return self.filter(live=True, offers=offer)


class Example(
    PreviewableMixin, LockableMixin, DraftStateMixin, RevisionMixin, index.Indexed, ClusterableModel
):
    """A real investigation or startup de territoire, shown under « Voir des exemples »."""

    title = models.CharField(
        "Titre",
        max_length=200,
        help_text="Le nom du projet ou du service, par exemple « Histologe ».",
    )
    collectivite = models.CharField(
        "Collectivité",
        max_length=200,
        help_text="La collectivité qui a porté le projet, par exemple « Département du "
        "Pas-de-Calais ».",
    )
    territory = models.CharField(
        "Territoire",
        max_length=200,
        blank=True,
        help_text="Le territoire concerné (ville, département, région), si différent ou utile.",
    )
    year = models.PositiveSmallIntegerField(
        "Année",
        null=True,
        blank=True,
        validators=[MinValueValidator(2000), MaxValueValidator(2100)],
        help_text="L'année où le projet a commencé.",
    )
    problem = models.TextField(
        "Problème",
        help_text="Le problème de départ, en deux ou trois phrases, du point de vue des usagers.",
    )
    result = models.TextField(
        "Résultat",
        blank=True,
        help_text="Ce que le projet a produit ou changé, avec des chiffres quand il y en a.",
    )
    link = models.URLField(
        "Lien",
        blank=True,
        validators=[
            URLValidator(
                schemes=["http", "https"],
                message="Saisissez une adresse web qui commence par https:// ou http://.",
            )
        ],
        help_text="L'adresse du service ou d'une page qui présente le projet (facultatif).",
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Une illustration (facultative), affichée en haut de la carte.",
    )
    offers = ParentalManyToManyField(
        "pages.OfferPage",
        verbose_name="Offres",
        related_name="examples",
        blank=True,
        help_text="Les offres sous lesquelles cet exemple apparaît (une ou plusieurs).",
    )
    sort_order = models.IntegerField("Ordre", null=True, blank=True, editable=False)
    revisions = GenericRelation("wagtailcore.Revision", related_query_name="example")

    objects = ExampleQuerySet.as_manager()

    panels = [
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("collectivite"), FieldPanel("territory"), FieldPanel("year")]),
        FieldPanel("problem"),
        FieldPanel("result"),
        FieldPanel("link"),
        FieldPanel("image"),
        FieldPanel("offers", widget=forms.CheckboxSelectMultiple),
    ]
    search_fields = [
        index.SearchField("title"),
        index.SearchField("collectivite"),
        index.SearchField("territory"),
        index.SearchField("problem"),
        index.SearchField("result"),
        index.FilterField("live"),
    ]
    api_fields = [
        APIField("title"),
        APIField("collectivite"),
        APIField("territory"),
        APIField("year"),
        APIField("problem"),
        APIField("result"),
        APIField("link"),
        APIField("image"),
        APIField("offer_slugs"),
    ]
    sort_order_field = "sort_order"

    class Meta:
        verbose_name = "Exemple"
        verbose_name_plural = "Exemples"
        ordering = ["sort_order", "pk"]
        permissions = [
            ("publish_example", "Can publish exemple"),
            ("lock_example", "Can lock exemple"),
            ("unlock_example", "Can unlock exemple"),
        ]

    def __str__(self) -> str:
        return self.title

    def with_content_json(self, content):
        """A revision restores everything but the place in the list: the reorder view sets
        it on the row alone, and publishing an older draft must not undo a reorder."""
        example = super().with_content_json(content)
        example.sort_order = self.sort_order
        return example

    @property
    def web_link(self) -> str:
        """The link when it is a web address; anything else (a row written outside the
        admin's validation) never becomes a link."""
        return self.link if self.link.startswith(("https://", "http://")) else ""

    def card_image(self):
        """The image at its card size, from the renditions prefetched with the list."""
        return self.image.get_rendition(EXAMPLE_IMAGE_SPEC) if self.image else None

    @property
    def offer_slugs(self) -> list[str]:
        return [offer.slug for offer in self.offers.all()]

    @property
    def details(self) -> str:
        """Who, where and when, on one line: « Département du Pas-de-Calais · 2018 »."""
        parts = [self.collectivite]
        if self.territory and self.territory not in self.collectivite:
            parts.append(self.territory)
        if self.year:
            parts.append(str(self.year))
        return " · ".join(part for part in parts if part)

    def get_preview_template(self, request, mode_name):
        return "pages/example_preview.html"

    def get_preview_context(self, request, mode_name):
        context = super().get_preview_context(request, mode_name)
        context.update(examples=[self], heading_tag="h2", card_heading_tag="h3")
        context.update(example_labels(request))
        return context


class PhaseBlock(blocks.StructBlock):
    """One phase of the Incubateur's method: its name, how long it lasts, what it is for."""

    name = blocks.CharBlock(
        label="Nom",
        help_text="Le nom de la phase, par exemple « une phase d’investigation ».",
    )
    duration = blocks.CharBlock(
        label="Durée",
        help_text="Combien de temps elle dure, par exemple « 6 à 9 semaines ».",
    )
    description = blocks.TextBlock(
        label="Description",
        help_text="À quoi sert cette phase, en une ou deux phrases.",
    )

    class Meta:
        icon = "time"
        label = "Phase"


class AnctOfferPage(BasePage):
    """« L'offre pour les agents de l'ANCT »: the method in phases, then its FAQ (child pages)."""

    intro = SiteMarkdownField(
        "Introduction",
        blank=True,
        help_text=markdown_help_text("Le texte avant les phases."),
    )
    phases = StreamField(
        [("phase", PhaseBlock())],
        blank=True,
        verbose_name="Phases",
        help_text="Les phases de la démarche, dans l'ordre ; faites-les glisser pour les "
        "réordonner.",
    )
    closing = SiteMarkdownField(
        "Texte après les phases",
        blank=True,
        help_text=markdown_help_text(
            "Le texte affiché sous les phases, par exemple la phrase sur le comité "
            "d'investissement."
        ),
    )
    faq_title = models.CharField(
        "Titre de la foire aux questions",
        max_length=200,
        default="Foire aux questions",
        help_text="L'intertitre au-dessus des questions. Les questions sont les sous-pages de "
        "cette page : ajoutez-en, réordonnez-les dans l'arborescence.",
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("phases"),
        FieldPanel("closing"),
        FieldPanel("faq_title"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("closing"),
    ]
    api_fields = [
        APIField("intro"),
        APIField("phases"),
        APIField("closing"),
        APIField("faq_title"),
    ]
    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.FaqEntryPage"]
    max_count = 1

    class Meta:
        verbose_name = "Page de l'offre pour les agents de l'ANCT"
        verbose_name_plural = "Pages de l'offre pour les agents de l'ANCT"

    def get_meta_description(self) -> str:
        return self.search_description or strip_tags(render(self.intro)).strip()

    def get_faq_entries(self):
        """The live questions of the FAQ, in the order of the page tree."""
        return FaqEntryPage.objects.child_of(self).live().public().order_by("path")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        entries = list(self.get_faq_entries())
        context["faq_entries"] = entries
        context["faq_json_ld"] = faq_json_ld(entries)
        return context


def faq_json_ld(entries) -> str:
    """FAQPage structured data (schema.org) for search engines, safe inside a <script>."""
    data = {
        "@context": "https://schema.org",
        "@type": "FAQPage",
        "mainEntity": [
            {
                "@type": "Question",
                "name": entry.title,
                "acceptedAnswer": {"@type": "Answer", "text": str(render(entry.answer))},
            }
            for entry in entries
        ],
    }
    text = json.dumps(data, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


class FaqEntryPage(BasePage):
    """One question of a FAQ and its answer; shown in its parent page's accordion. Its own
    address leads there, with this answer open."""

    answer = SiteMarkdownField(
        "Réponse",
        help_text=markdown_help_text("La réponse à la question."),
    )

    content_panels = [
        # Like a page's title, it fills the slug (the answer's anchor) while it is a draft.
        TitleFieldPanel(
            "title",
            heading="Question",
            placeholder=False,
            help_text="La question, telle que le visiteur la poserait ; elle donne aussi "
            "l'ancre de la réponse dans l'adresse (onglet « Promotion »).",
        ),
        FieldPanel("answer"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("answer")]
    api_fields = [APIField("answer")]
    parent_page_types = ["pages.AnctOfferPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = "Question de la foire aux questions"
        verbose_name_plural = "Questions de la foire aux questions"

    def get_meta_description(self) -> str:
        return self.search_description or self.title

    def clean(self):
        super().clean()
        # The slug is the answer's id in its parent's page: it must not take the layout's.
        if self.slug and layout_safe_id(self.slug) != self.slug:
            raise ValidationError(
                {
                    "slug": f"« {self.slug} » est réservé à la mise en page du site : "
                    "choisissez une autre ancre pour cette question."
                }
            )

    def get_anchor_url(self, request=None) -> str:
        parent = self.get_parent()
        return f"{parent.get_url(request=request)}#{self.slug}"

    def serve(self, request, *args, **kwargs):
        """The FAQ page, scrolled to this question, whose answer the page's script opens."""
        return redirect(self.get_anchor_url(request))

    def serve_preview(self, request, mode_name):
        """Editors preview the question and its answer as they will read in the accordion."""
        return TemplateResponse(request, "pages/faq_entry_page.html", self.get_context(request))

    def get_sitemap_urls(self, request=None):
        return []  # the question lives in its parent's page, which the sitemap lists
