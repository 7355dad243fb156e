"""The Territoires Store: its catalogue page, one page per service, and the thématiques."""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import (
    EmailValidator,
    MaxValueValidator,
    MinValueValidator,
    URLValidator,
)
from django.db import models
from django.db.models import Count, Prefetch, Q
from django.utils.cache import patch_vary_headers
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.api import APIField
from wagtail.images import get_image_model
from wagtail.models import Orderable, Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from pages.markdown import SiteMarkdownField, markdown_help_text
from pages.models import BasePage
from search.backends import ranked
from search.documents import register as register_searchable
from search.query import Query
from search.text import normalise_text, words_of

from .catalogue import CatalogueFilters, catalogue_context, read_filters
from .choices import DEFAULT_PICTOGRAM, ECHELONS, PHASE_BADGES, PHASES, PICTOGRAMS
from .deployments import (
    deployed_in,
    deployment_count,
    deployments_by_region,
    territories_by_slug,
    territory_choices,
    with_deployment_counts,
)
from .fields import ChoiceListField
from .labels import CatalogueLabels
from .serializers import CodeListSerializer, ThematiqueSerializer

CONTACT_ERROR = (
    "Saisissez une adresse électronique (equipe@exemple.fr) ou l'adresse d'une page web "
    "commençant par https:// (ou http://)."
)


def contact_link(contact: str) -> str:
    """Where a service's contact leads: `mailto:` for an e-mail address, the address itself
    for an http(s) page, nothing for anything else (a `javascript:` address, plain text)."""
    contact = contact.strip()
    try:
        EmailValidator()(contact)
        return f"mailto:{contact}"
    except ValidationError:
        pass
    try:
        URLValidator(schemes=["http", "https"])(contact)
        return contact
    except ValidationError:
        return ""


class Thematique(Orderable):
    """A theme of public action a service helps with; editors set the order of the list."""

    name = models.CharField(
        "Nom",
        max_length=80,
        unique=True,
        help_text="Le nom de la thématique, tel qu'il apparaît dans le filtre et sur les "
        "étiquettes, par exemple « Mobilité ».",
    )
    slug = models.SlugField(
        "Identifiant dans l'adresse",
        max_length=80,
        unique=True,
        allow_unicode=False,
        help_text="Utilisé dans l'adresse filtrée du catalogue (?thematique=mobilite) : "
        "minuscules, chiffres et tirets. Le changer casse les liens déjà partagés.",
    )

    pictogram = models.CharField(
        "Pictogramme",
        max_length=60,
        choices=PICTOGRAMS,
        default=DEFAULT_PICTOGRAM,
        blank=True,
        help_text="L'illustration du Système de design de l'État montrée sur la carte et la "
        "page d'un service sans logo dont c'est la première thématique ; sans choix, une "
        "illustration générique.",
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("pictogram")]
    api_fields = [APIField("name"), APIField("slug")]

    class Meta(Orderable.Meta):
        verbose_name = "Thématique"
        verbose_name_plural = "Thématiques"

    def __str__(self) -> str:
        return self.name


NO_DEPLOYMENT_TEXT = (
    "Aucun déploiement public connu à ce jour. Votre collectivité utilise déjà ce service ? "
    "Dites-le-nous avec le formulaire de rappel : nous l'ajouterons à cette liste."
)

CARD_LOGO_SPEC = "max-400x160"  # the one store/includes/service_card.html renders


class ServiceQuerySet(PageQuerySet):
    def for_cards(self):
        """What a card shows (logo rendition, thématiques in the editors' order), fetched in
        a fixed number of queries whatever the number of cards."""
        logos = get_image_model().objects.prefetch_renditions(CARD_LOGO_SPEC)
        return self.prefetch_related(
            Prefetch("logo", queryset=logos),
            Prefetch("thematiques", queryset=Thematique.objects.order_by("sort_order", "name")),
        )

    def serving(self, echelon: str):
        """The services serving `echelon` (a code of ECHELONS)."""
        return self.filter(self.model._meta.get_field("echelons").contains_code(echelon))

    def matching(self, query: Query):
        """The services matching `query` (the site's search, search/): those matching the most
        of its words first, then by name; all of them, by name, when it holds no word."""
        if not query:
            return self.order_by("sort_title", "pk")
        return ranked(self, query, "sort_title", "pk")


class StoreIndexPage(CatalogueLabels, BasePage):
    """The catalogue of services (/territoires-store/), filtered by its query string; its
    « Libellés » tab names the échelons, the phases and the filters (store/labels.py)."""

    intro = models.TextField(
        "Chapeau",
        blank=True,
        help_text="Le paragraphe sous le titre du catalogue : ce qu'est le Territoires Store "
        "et à qui il s'adresse.",
    )

    page_size = models.PositiveSmallIntegerField(
        "Services par page",
        default=12,
        validators=[MinValueValidator(1), MaxValueValidator(60)],
        help_text="Combien de services le catalogue montre à la fois (de 1 à 60) ; les "
        "suivants sont sur les pages 2, 3…",
    )
    purpose_label = models.CharField(
        "Intitulé de ce que permet le service",
        max_length=120,
        default="Ce que le service permet à votre collectivité :",
        help_text="Affiché en gras sur la page de chaque service, devant ce qu'il permet.",
    )
    facts_title = models.CharField(
        "Titre de l'encadré pratique",
        max_length=80,
        default="En pratique",
        help_text="Le titre de l'encadré (logo, échelons, licence, contact) de chaque service.",
    )
    territories_title = models.CharField(
        "Titre des territoires",
        max_length=120,
        default="Territoires où il est déployé",
        help_text="Le titre au-dessus de la liste des territoires de chaque service.",
    )
    no_territories_text = models.CharField(
        "Texte sans territoire",
        max_length=200,
        default=NO_DEPLOYMENT_TEXT,
        help_text="Affiché à la place de la liste quand un service n'a aucun territoire.",
    )
    callback_title = models.CharField(
        "Titre de l'encadré de rappel",
        max_length=120,
        default="Ce service vous intéresse ?",
        help_text="Le titre de l'encadré qui propose d'être recontacté, sur chaque service.",
    )
    callback_text = models.TextField(
        "Texte de l'encadré de rappel",
        blank=True,
        default="L'équipe de l'Incubateur des Territoires vous rappelle pour en parler et vous "
        "aider à l'adopter.",
        help_text="La phrase sous ce titre.",
    )
    callback_label = models.CharField(
        "Texte du bouton de rappel",
        max_length=80,
        default="Être recontacté au sujet de ce service",
        help_text="Le texte du bouton qui ouvre le formulaire de rappel.",
    )
    related_title = models.CharField(
        "Titre des services proches",
        max_length=120,
        default="Services sur les mêmes thématiques",
        help_text="Le titre au-dessus des services qui partagent une thématique.",
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("page_size"),
        MultiFieldPanel(
            [
                FieldPanel("purpose_label"),
                FieldPanel("facts_title"),
                FieldPanel("territories_title"),
                FieldPanel("no_territories_text"),
                FieldPanel("callback_title"),
                FieldPanel("callback_text"),
                FieldPanel("callback_label"),
                FieldPanel("related_title"),
            ],
            heading="Textes communs aux pages des services",
        ),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading="Contenu"),
            ObjectList(CatalogueLabels.labels_panels, heading="Libellés"),
            ObjectList(BasePage.promote_panels, heading="Promotion"),
            ObjectList(Page.settings_panels, heading="Paramètres", classname="settings"),
        ]
    )
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    api_fields = [APIField("intro")]
    parent_page_types = ["pages.HomePage"]
    subpage_types = ["store.StoreItemPage"]
    max_count = 1

    class Meta:
        verbose_name = "Catalogue du Territoires Store"
        verbose_name_plural = "Catalogues du Territoires Store"

    def get_meta_description(self) -> str:
        return self.search_description or self.intro

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        thematiques = list(Thematique.objects.order_by("sort_order", "name"))
        territories = territory_choices()
        filters = read_filters(request.GET, thematiques, territories_by_slug(territories))
        services = self.services(filters)
        context.update(catalogue_context(request, filters, services, thematiques, self))
        context["phase_names"] = self.phase_names()
        context["catalogue"] = self  # as on a service page (store/includes/service_card.html)
        context["territories"] = territories
        return context

    def site_plan_links(self) -> list[dict]:
        """What the site plan shows under the catalogue instead of every service: each
        thématique holding live services, linked to the catalogue filtered on it, with its
        number of services (« Mobilité (23 services) »)."""
        services = StoreItemPage.objects.child_of(self).live().public()
        thematiques = (
            Thematique.objects.annotate(count=Count("services", filter=Q(services__in=services)))
            .filter(count__gt=0)
            .order_by("sort_order", "name")
        )
        filters = CatalogueFilters
        return [
            {
                "url": self.url + filters(thematique=thematique).querystring(),
                "title": thematique.name,
                "detail": self.result_phrase(thematique.count, filtered=False),
            }
            for thematique in thematiques
        ]

    def services(self, filters: CatalogueFilters):
        """The live services of this catalogue matching `filters`, by name, ready for the
        cards."""
        services = StoreItemPage.objects.child_of(self).live().public()
        if filters.thematique:
            services = services.filter(thematiques=filters.thematique)
        if filters.echelon:
            services = services.serving(filters.echelon)
        if filters.territoire:
            services = deployed_in(services, filters.territoire)
        services = with_deployment_counts(services, filters.territoire)
        return services.matching(filters.search).for_cards()

    def get_template(self, request, *args, **kwargs):
        template = super().get_template(request, *args, **kwargs)
        htmx = getattr(request, "htmx", None)
        if htmx and not htmx.history_restore_request:
            return f"{template}#results"
        return template

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        patch_vary_headers(response, ["HX-Request"])
        htmx = getattr(request, "htmx", None)
        context = getattr(response, "context_data", None) or {}
        if htmx and not htmx.history_restore_request and "canonical_url" in context:
            response["HX-Push-Url"] = context["canonical_url"]
        return response


class StoreItemPageForm(WagtailAdminPageForm):
    """A service's edit form: its échelon boxes and phase list read the names of the
    catalogue's « Libellés » tab (one query), not the codes' names of store/choices.py."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        catalogue = StoreIndexPage.objects.first()
        if catalogue is None:
            return
        names = {"echelons": dict(catalogue.echelon_choices()), "phase": catalogue.phase_names()}
        for name, by_code in names.items():
            field = self.fields.get(name)
            if field is not None:
                field.choices = [(code, by_code.get(code, text)) for code, text in field.choices]


class StoreItemPage(BasePage):
    """One service of the catalogue: what it does, for whom, who runs it, how to adopt it."""

    pitch = models.CharField(
        "Accroche",
        max_length=200,
        help_text="Une phrase qui dit ce qu'est le service, affichée sur sa carte dans le "
        "catalogue.",
    )
    # Not `action`: a form field of that name hides the <form>'s own `action` property in the
    # browser, and Wagtail's autosave then posts to "[object HTMLInputElement]".
    purpose = models.CharField(
        "Ce qu'il permet à la collectivité",
        max_length=200,
        help_text="Une action, commençant par un verbe : « Publier les menus de la cantine en "
        "ligne ».",
    )
    description = SiteMarkdownField(
        "Description",
        blank=True,
        help_text=markdown_help_text("Le service en détail."),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="Logo",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Facultatif. Le logo du service, sur fond clair ; il est affiché sans texte "
        "alternatif car le nom du service l'accompagne.",
    )
    thematiques = ParentalManyToManyField(
        Thematique,
        verbose_name="Thématiques",
        blank=True,
        related_name="services",
        help_text="Les thématiques par lesquelles on trouve le service dans le catalogue.",
    )
    echelons = ChoiceListField(
        "Échelons servis",
        choices=ECHELONS,
        max_length=100,
        blank=True,
        help_text="Les collectivités qui peuvent utiliser le service.",
    )
    phase = models.CharField(
        "Phase",
        max_length=20,
        choices=PHASES,
        help_text="La maturité du service, dans le vocabulaire de beta.gouv.fr (le nom de "
        "chaque phase se change dans l'onglet « Libellés » du catalogue). À choisir : il n'y a "
        "pas de valeur par défaut.",
    )
    builder = models.CharField(
        "Conçu et opéré par",
        max_length=255,
        help_text="Qui a construit le service et qui le fait fonctionner aujourd'hui.",
    )
    cost_model = models.TextField(
        "Modèle de coût",
        blank=True,
        help_text="Ce qu'il en coûte à une collectivité : gratuit, adhésion, abonnement, "
        "hébergement à prévoir…",
    )
    service_url = models.URLField(
        "Adresse du service",
        blank=True,
        help_text="L'adresse où l'on découvre ou utilise le service.",
    )
    source_code_url = models.URLField(
        "Adresse du code source",
        blank=True,
        help_text="Le dépôt du code source ouvert (GitHub, GitLab…).",
    )
    licence = models.CharField(
        "Licence",
        max_length=100,
        blank=True,
        help_text="La licence du code source, par exemple « AGPL-3.0 » ou « MIT ».",
    )
    contact = models.CharField(
        "Contact",
        max_length=255,
        blank=True,
        help_text="Une adresse électronique (equipe@exemple.fr) ou l'adresse d'une page de "
        "contact de l'équipe du service, commençant par https://.",
    )
    sort_title = models.CharField(
        "Nom pour le classement",
        max_length=255,
        editable=False,
        default="",
        db_index=True,
        help_text="Le nom sans majuscules ni accents, rempli automatiquement : le catalogue "
        "est classé dans cet ordre.",
    )

    content_panels = Page.content_panels + [
        FieldPanel("pitch"),
        FieldPanel("purpose"),
        FieldPanel("description"),
        FieldPanel("logo"),
        MultiFieldPanel(
            [
                FieldPanel("thematiques", widget=forms.CheckboxSelectMultiple),
                FieldPanel("echelons"),
                FieldPanel("phase"),
            ],
            heading="Classement dans le catalogue",
        ),
        MultiFieldPanel(
            [
                FieldPanel("builder"),
                FieldPanel("cost_model"),
                FieldPanel("service_url"),
                FieldPanel("source_code_url"),
                FieldPanel("licence"),
                FieldPanel("contact"),
            ],
            heading="En pratique",
        ),
        InlinePanel(
            "deployments", heading="Collectivités où le service est déployé", label="Déploiement"
        ),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("pitch", boost=2),
        index.SearchField("purpose"),
        index.SearchField("description"),
        index.SearchField("search_text"),
        index.FilterField("phase"),
    ]
    api_fields = [
        APIField("pitch"),
        APIField("purpose"),
        APIField("description"),
        APIField("logo"),
        APIField("thematiques", serializer=ThematiqueSerializer(many=True, read_only=True)),
        APIField("echelons", serializer=CodeListSerializer(read_only=True)),
        APIField("phase"),
        APIField("builder"),
        APIField("deployments"),
        APIField("cost_model"),
        APIField("service_url"),
        APIField("source_code_url"),
        APIField("licence"),
        APIField("contact"),
    ]
    parent_page_types = ["store.StoreIndexPage"]
    subpage_types: list[str] = []
    base_form_class = StoreItemPageForm

    objects = PageManager.from_queryset(ServiceQuerySet)()

    class Meta:
        verbose_name = "Service du Territoires Store"
        verbose_name_plural = "Services du Territoires Store"

    def get_meta_description(self) -> str:
        return self.search_description or self.pitch

    def clean(self):
        super().clean()
        self.contact = self.contact.strip()
        if self.contact and not contact_link(self.contact):
            raise ValidationError({"contact": CONTACT_ERROR})

    def save(self, *args, **kwargs):
        # Alphabetical order for people: « ma cantine » before « Zéro Logement Vacant ».
        self.sort_title = normalise_text(self.title)[:255]
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "title" in update_fields:
            kwargs["update_fields"] = {*update_fields, "sort_title"}
        return super().save(*args, **kwargs)

    def search_text(self) -> str:
        """Name, pitch, purpose and description without accents, capitals or punctuation, so
        that `demarches` finds « Démarches » on every database (PostgreSQL's French stemmer
        keeps the accents) and `data` finds « transport.data.gouv.fr » (PostgreSQL's parser
        would keep the host name as one word)."""
        return words_of(" ".join([self.title, self.pitch, self.purpose, self.description]))

    @property
    def phase_badge(self) -> str:
        return PHASE_BADGES.get(self.phase, "")

    @property
    def contact_href(self) -> str:
        return contact_link(self.contact)

    @property
    def pictogram(self) -> str:
        """The DSFR pictogram shown instead of a missing logo: the first thématique's (in the
        editors' order, as the cards prefetch them), or a generic one without thématique."""
        thematiques = sorted(self.thematiques.all(), key=lambda t: (t.sort_order or 0, t.name))
        return (thematiques[0].pictogram if thematiques else "") or DEFAULT_PICTOGRAM

    def get_catalogue(self) -> StoreIndexPage | None:
        """The catalogue (there is one: max_count), whose texts every service page shows; found
        without the page's place in the tree, which a new page being previewed lacks."""
        return StoreIndexPage.objects.first()

    def get_related_services(self, limit: int = 3):
        """Other live services sharing a thématique with this one: those sharing the most
        first, then by name; ready for the cards."""
        thematique_ids = [thematique.pk for thematique in self.thematiques.all()]
        if not thematique_ids:
            return StoreItemPage.objects.none()
        return (
            StoreItemPage.objects.live()
            .public()
            .exclude(pk=self.pk)
            .filter(thematiques__in=thematique_ids)
            # Counted over the filtered join: the thématiques in common only.
            .annotate(shared=Count("thematiques"))
            .order_by("-shared", "sort_title", "pk")
            .for_cards()
            # The same cards as in the catalogue, « Déployé dans N collectivités » included.
            .annotate(deployment_count=deployment_count())[:limit]
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["deployments"] = deployments_by_region(self)
        context["related_services"] = self.get_related_services()
        catalogue = self.get_catalogue()
        context["catalogue"] = catalogue
        context["phase_names"] = catalogue.phase_names()
        context["echelon_names"] = catalogue.echelon_names(self.echelons)
        return context


class Deployment(Orderable):
    """A collectivité of the official geography where a service is deployed. Territories
    written as free text before it, and not recognised, keep their text in `unmatched_name`
    until an editor chooses the collectivité (the admin's dashboard lists them)."""

    service = ParentalKey(StoreItemPage, on_delete=models.CASCADE, related_name="deployments")
    collectivite = models.ForeignKey(
        "geography.Collectivite",
        verbose_name="Collectivité",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="deployments",
        help_text="La commune, l'intercommunalité, le département ou la région qui utilise le "
        "service : cherchez-la par son nom ou son code officiel (INSEE ou SIREN).",
    )
    unmatched_name = models.CharField(
        "Territoire à rattacher",
        max_length=150,
        blank=True,
        help_text="Un territoire saisi en texte libre avant la géographie officielle, "
        "qu'aucune collectivité n'a reconnu. Choisissez la collectivité ci-dessus, puis "
        "videz ce champ.",
    )

    panels = [
        FieldPanel("collectivite"),
        FieldPanel("unmatched_name"),
    ]
    api_fields = [APIField("key"), APIField("name")]

    class Meta(Orderable.Meta):
        verbose_name = "Déploiement"
        verbose_name_plural = "Déploiements"

    def __str__(self) -> str:
        return self.name

    def clean(self):
        super().clean()
        self.unmatched_name = self.unmatched_name.strip()
        if self.collectivite_id is None and not self.unmatched_name:
            raise ValidationError({"collectivite": "Choisissez la collectivité."})

    @property
    def key(self) -> str:
        """`kind:code` of the collectivité (as in the exports); empty while unmatched."""
        return self.collectivite.key if self.collectivite else ""

    @property
    def name(self) -> str:
        return self.collectivite.name if self.collectivite else self.unmatched_name


# The site's search (search/) finds a service by its texts and by its thématiques' names,
# which count as much as its title; renaming a thématique rewrites its services' documents.
register_searchable(
    StoreItemPage,
    fields=[("title", "A"), ("pitch", "B"), ("purpose", "B"), ("description", "C")],
    labels=lambda service: [("la thématique", t.name) for t in service.thematiques.all()],
    refresh_on={Thematique: lambda thematique: thematique.services.all()},
    group="Services du Territoires Store",
    position=30,
)
register_searchable(
    StoreIndexPage, fields=[("title", "A"), ("intro", "B")], group="Pages", position=90
)
