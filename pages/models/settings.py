"""The site-wide settings editors manage: header, footer and the texts pages share."""

from django.db import models
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField

from ..markdown import SiteMarkdownField

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
    social_links_title = models.CharField(
        "Titre des réseaux sociaux",
        max_length=100,
        default="Suivez-nous sur les réseaux sociaux",
        help_text="L'intertitre au-dessus des boutons des réseaux sociaux (affiché s'il y a au "
        "moins un réseau).",
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
    share_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="Image de partage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="L'image montrée quand on partage un lien vers le site (réseaux sociaux, "
        "messageries), si la page n'a pas la sienne ; recadrée en 1200 × 630 pixels. Sans "
        "image, le site montre son nom sur fond blanc.",
    )
    share_image_alt = models.CharField(
        "Description de l'image de partage",
        max_length=200,
        blank=True,
        help_text="Ce que montre l'image, pour les personnes qui ne la voient pas.",
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
    examples_count_one = models.CharField(
        "Nombre d'exemples : un seul",
        max_length=100,
        default="{nombre} exemple",
        help_text="Le titre au-dessus des exemples quand il n'y en a qu'un ; {nombre} devient 1.",
    )
    examples_count_many = models.CharField(
        "Nombre d'exemples : plusieurs",
        max_length=100,
        default="{nombre} exemples",
        help_text="Le même titre quand il y en a plusieurs (ou aucun) ; {nombre} devient leur "
        "nombre.",
    )
    examples_announce_one = models.CharField(
        "Annonce des exemples ouverts : un seul",
        max_length=200,
        default="{nombre} exemple affiché sous l’offre « {offre} ».",
        help_text="Ce que le lecteur d'écran dit quand un seul exemple s'affiche sous une offre ; "
        "{offre} devient le titre de l'offre.",
    )
    examples_announce_many = models.CharField(
        "Annonce des exemples ouverts : plusieurs",
        max_length=200,
        default="{nombre} exemples affichés sous l’offre « {offre} ».",
        help_text="La même phrase quand il y en a plusieurs (ou aucun) ; {nombre} devient leur "
        "nombre.",
    )
    not_found_code_line = models.CharField(
        "Ligne du code d'erreur",
        max_length=60,
        default="Erreur 404",
        help_text="La petite ligne sous le titre, qui donne le code de l'erreur.",
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
        help_text="Ce que le visiteur peut faire ; les deux boutons ci-dessous suivent.",
    )
    not_found_home_label = models.CharField(
        "Bouton vers l'accueil",
        max_length=60,
        default="Page d’accueil",
        help_text="Le premier bouton, qui mène à la page d'accueil.",
    )
    not_found_site_plan_label = models.CharField(
        "Bouton vers le plan du site",
        max_length=60,
        default="Plan du site",
        help_text="Le second bouton, qui mène au plan du site.",
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
        MultiFieldPanel(
            [FieldPanel("social_links_title"), FieldPanel("social_links")],
            heading="Réseaux sociaux",
        ),
        MultiFieldPanel(
            [FieldPanel("share_image"), FieldPanel("share_image_alt")],
            heading="Partage sur les réseaux sociaux",
        ),
        MultiFieldPanel(
            [
                FieldPanel("example_problem_label"),
                FieldPanel("example_result_label"),
                FieldPanel("examples_count_one"),
                FieldPanel("examples_count_many"),
                FieldPanel("examples_announce_one"),
                FieldPanel("examples_announce_many"),
            ],
            heading="Cartes des exemples",
        ),
        MultiFieldPanel(
            [
                FieldPanel("not_found_title"),
                FieldPanel("not_found_code_line"),
                FieldPanel("not_found_lead"),
                FieldPanel("not_found_hint"),
                FieldPanel("not_found_home_label"),
                FieldPanel("not_found_site_plan_label"),
            ],
            heading="Page introuvable (erreur 404)",
        ),
    ]

    class Meta:
        verbose_name = "Réglages du site"
