"""The examples (real investigations and startups) shown under the offers: a snippet with
drafts, revisions, preview and locking."""

from django import forms
from django.contrib.contenttypes.fields import GenericRelation
from django.core.validators import MaxValueValidator, MinValueValidator, URLValidator
from django.db import models
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.api import APIField
from wagtail.models import DraftStateMixin, LockableMixin, PreviewableMixin, RevisionMixin
from wagtail.search import index

from ..placeholders import fill
from .settings import SiteSettings

# The one size of an example's image on its card: the query prefetches exactly this rendition.
EXAMPLE_IMAGE_SPEC = "fill-600x338"


def example_labels(request, examples: list, offer_title: str) -> dict:
    """The examples' heading, their screen-reader announcement and the words before each
    one's problem and result, as editors set them."""
    texts = SiteSettings.for_request(request)
    one = len(examples) == 1
    return {
        "examples_heading": fill(
            texts.examples_count_one if one else texts.examples_count_many, nombre=len(examples)
        ),
        "examples_announce": fill(
            texts.examples_announce_one if one else texts.examples_announce_many,
            nombre=len(examples),
            offre=offer_title,
        ),
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
        first_offer = self.offers.first()
        context.update(example_labels(request, [self], first_offer.title if first_offer else ""))
        return context
