"""The offers to collectivités: their index page and one page per offer."""

from django.db import models
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.cache import patch_vary_headers
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.search import index

from pages.placeholders import fill
from search.documents import register as register_searchable

from ..markdown import SiteMarkdownField, markdown_help_text
from ..pictograms import DEFAULT_OFFER_PICTOGRAM, OFFER_PICTOGRAMS
from .base import BasePage
from .examples import EXAMPLE_IMAGE_SPEC, Example, example_labels


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
    no_offers_text = models.CharField(
        "Message sans offre",
        max_length=200,
        default="Aucune offre n'est publiée pour le moment.",
        help_text="Affiché à la place des offres tant qu'aucune n'est publiée.",
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("summary_title"),
        FieldPanel("no_offers_text"),
    ]
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
    pictogram = models.CharField(
        "Pictogramme",
        max_length=80,
        choices=OFFER_PICTOGRAMS,
        default=DEFAULT_OFFER_PICTOGRAM,
        help_text="L'illustration du Système de design de l'État affichée avec l'offre, sur "
        "la page d'accueil et la page des offres ; décorative, les lecteurs d'écran l'ignorent.",
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
    examples_title = models.CharField(
        "Titre de la page des exemples",
        max_length=200,
        default="Exemples : {offre}",
        help_text="Le titre de la page qui liste les exemples de l'offre ; {offre} devient le "
        "titre de cette offre.",
    )
    examples_empty_text = models.CharField(
        "Message sans exemple",
        max_length=200,
        default="Aucun exemple n’est encore publié pour cette offre.",
        help_text="Affiché à la place des exemples tant qu'aucun n'est publié pour cette offre.",
    )
    examples_back_label = models.CharField(
        "Lien de retour de la page des exemples",
        max_length=100,
        default="Retour aux offres aux collectivités",
        help_text="En bas de la page des exemples ; ramène à cette offre dans la page des offres.",
    )
    all_offers_label = models.CharField(
        "Lien vers toutes les offres",
        max_length=100,
        default="Toutes les offres aux collectivités",
        help_text="En bas de la page de cette offre ; mène à la page des offres.",
    )

    content_panels = Page.content_panels + [
        FieldPanel("term"),
        FieldPanel("pictogram"),
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
        MultiFieldPanel(
            [
                FieldPanel("examples_title"),
                FieldPanel("examples_intro"),
                FieldPanel("examples_empty_text"),
                FieldPanel("examples_back_label"),
            ],
            heading="Page des exemples",
        ),
        FieldPanel("all_offers_label"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("term"),
        index.SearchField("body"),
    ]
    api_fields = [
        APIField("term"),
        APIField("pictogram"),
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
        context["examples_title"] = fill(self.examples_title, offre=self.title)
        context.update(example_labels(request, context["examples"], self.title))
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


# The site's search (search/): the offers page and each offer.
register_searchable(
    OffersIndexPage, fields=[("title", "A"), ("intro", "B")], group="Offres", position=10
)
register_searchable(
    OfferPage, fields=[("title", "A"), ("term", "A"), ("body", "C")], group="Offres", position=10
)
