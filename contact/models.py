"""Callback requests from collectivités, the settings of the team that answers them, and the
texts of the form visitors send them with."""

from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, validate_email
from django.db import models
from django.db.models import Q
from django.utils import timezone
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

from pages.markdown import SiteMarkdownField, render
from pages.placeholders import fill

from . import texts

MESSAGE_MAX_LENGTH = 2000
RETENTION_MIN_MONTHS = 1
RETENTION_MAX_MONTHS = 36
CONTACT_TEAM = "Équipe contact"


class CallbackRequestAdminForm(WagtailAdminModelForm):
    """The admin form: a request is assigned only to someone who may handle it."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "assignee" in self.fields:
            self.fields["assignee"].queryset = (
                get_user_model()
                .objects.filter(is_active=True)
                .filter(Q(groups__name=CONTACT_TEAM) | Q(is_superuser=True))
                .distinct()
                .order_by("first_name", "last_name", "username")
            )


# What the admin says of a field left empty, instead of « None ».
EMPTY = {
    "phone": "Non indiqué",
    "role": "Non indiquée",
    "message": "Pas de message",
    "offer": "Aucune",
    "services": "Aucun",
    "source_url": "Inconnue",
    "assignee": "Personne pour l’instant",
    "internal_notes": "Aucune",
    "team_notified_at": "Pas encore",
    "acknowledged_at": "Pas encore",
    "mail_error": "Aucune",
    "mail_claimed_at": "Aucun envoi en cours",
}


class ReadOnlyPanel(FieldPanel):
    """A field the team reads but never changes, which says in words when it is empty."""

    def __init__(self, field_name, **kwargs):
        kwargs["read_only"] = True
        super().__init__(field_name, **kwargs)

    def format_value_for_display(self, value):
        if callable(getattr(value, "all", None)):  # many-to-many
            value = ", ".join(str(obj) for obj in value.all())
        if value in (None, "") and self.field_name in EMPTY:
            return EMPTY[self.field_name]
        return super().format_value_for_display(value)


class CallbackRequest(models.Model):
    """A request to be called back, as a visitor sent it, and how the team handles it."""

    class Status(models.TextChoices):
        NEW = "nouvelle", "Nouvelle"
        IN_PROGRESS = "en_cours", "En cours"
        DONE = "traitee", "Traitée"

    name = models.CharField("Nom et prénom", max_length=150, help_text="La personne à recontacter.")
    email = models.EmailField(
        "Adresse électronique professionnelle",
        help_text="L'adresse à laquelle répondre ; l'accusé de réception y a été envoyé.",
    )
    phone = models.CharField(
        "Téléphone",
        max_length=20,
        blank=True,
        help_text="Facultatif, au format français normalisé (0X XX XX XX XX ou +…).",
    )
    organisation = models.CharField(
        "Collectivité ou organisation",
        max_length=200,
        help_text="La collectivité ou l'organisation de la personne.",
    )
    role = models.CharField(
        "Fonction", max_length=150, blank=True, help_text="Facultatif : sa fonction."
    )
    subject = models.CharField("Objet", max_length=200, help_text="L'objet de la demande.")
    message = models.TextField(
        "Message",
        max_length=MESSAGE_MAX_LENGTH,
        blank=True,
        help_text="Ce que la personne a écrit, tel quel.",
    )
    offer = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name="Offre",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="L'offre aux collectivités depuis laquelle la demande a été faite.",
    )
    services = models.ManyToManyField(
        "wagtailcore.Page",
        verbose_name="Services",
        blank=True,
        related_name="+",
        help_text="Les services du Territoires Store dont la demande parle.",
    )
    source_url = models.CharField(
        "Page d'origine",
        max_length=500,
        blank=True,
        help_text="L'adresse de la page du site où le formulaire a été ouvert.",
    )
    consent = models.BooleanField(
        "Consentement",
        default=False,
        help_text="La personne a accepté que ses données servent à la recontacter.",
    )
    status = models.CharField(
        "Statut",
        max_length=20,
        choices=Status.choices,
        default=Status.NEW,
        db_index=True,
        help_text="Où en est le traitement de la demande.",
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="Traitée par",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="La personne de l'équipe qui s'occupe de la demande.",
    )
    internal_notes = models.TextField(
        "Notes internes",
        blank=True,
        help_text="Visibles seulement de l'équipe : appels passés, suites données…",
    )
    created_at = models.DateTimeField("Reçue le", auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField("Modifiée le", auto_now=True)
    team_notified_at = models.DateTimeField(
        "Équipe prévenue le",
        null=True,
        blank=True,
        help_text="Quand l'e-mail de notification est parti ; vide s'il n'est pas encore parti.",
    )
    acknowledged_at = models.DateTimeField(
        "Accusé de réception envoyé le",
        null=True,
        blank=True,
        help_text="Quand l'accusé de réception est parti ; vide s'il n'est pas encore parti.",
    )
    mail_attempts = models.PositiveSmallIntegerField(
        "Tentatives d'envoi",
        default=0,
        help_text="Combien de fois l'envoi des e-mails a été tenté.",
    )
    mail_error = models.CharField(
        "Dernière erreur d'envoi",
        max_length=200,
        blank=True,
        help_text="Le type de la dernière erreur du serveur d'e-mails, s'il y en a eu une.",
    )
    mail_claimed_at = models.DateTimeField(
        "Envoi des e-mails commencé le",
        null=True,
        blank=True,
        help_text="Quand un envoi des e-mails a commencé ; vide quand aucun n'est en cours. "
        "Un envoi interrompu est repris quelques minutes plus tard.",
    )
    submission_key = models.CharField(  # noqa: DJ001 (unique: rows without a key must not share "")
        "Empreinte de l'envoi",
        max_length=64,
        unique=True,
        null=True,
        editable=False,
        help_text="Une empreinte du formulaire envoyé : le même envoi reçu deux fois n'est "
        "enregistré qu'une fois.",
    )

    # Not in Wagtail's reference index: a page's usage tab (« Utilisation ») would list the
    # requests made from it, or count them, to anyone who may edit the page.
    wagtail_reference_index_ignore = True

    base_form_class = CallbackRequestAdminForm
    panels = [
        MultiFieldPanel(
            [
                FieldPanel("status"),
                FieldPanel("assignee"),
                FieldPanel("internal_notes"),
            ],
            heading="Traitement",
        ),
        MultiFieldPanel(
            [
                ReadOnlyPanel("name"),
                ReadOnlyPanel("email"),
                ReadOnlyPanel("phone"),
                ReadOnlyPanel("organisation"),
                ReadOnlyPanel("role"),
                ReadOnlyPanel("subject"),
                ReadOnlyPanel("message"),
                ReadOnlyPanel("offer"),
                ReadOnlyPanel("services"),
                ReadOnlyPanel("source_url"),
                ReadOnlyPanel("created_at"),
            ],
            heading="La demande",
        ),
        MultiFieldPanel(
            [
                ReadOnlyPanel("team_notified_at"),
                ReadOnlyPanel("acknowledged_at"),
                ReadOnlyPanel("mail_attempts"),
                ReadOnlyPanel("mail_error"),
                ReadOnlyPanel("mail_claimed_at"),
            ],
            heading="E-mails",
        ),
    ]

    class Meta:
        verbose_name = "Demande de rappel"
        verbose_name_plural = "Demandes de rappel"
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        # No personal data: this label is copied into Wagtail's admin history.
        return f"Demande de rappel n° {self.pk}"


def validate_recipients(value: str) -> None:
    for address in recipient_list(value):
        try:
            validate_email(address)
        except ValidationError as error:
            raise ValidationError(f"« {address} » n’est pas une adresse électronique.") from error


def recipient_list(value: str) -> list[str]:
    return [line.strip() for line in value.replace(",", "\n").splitlines() if line.strip()]


def form_label(field: str, where: str) -> models.CharField:
    return models.CharField(
        f"{where} : libellé",
        max_length=200,
        default=texts.LABELS[field],
        help_text="Le nom du champ, au-dessus de la case à remplir.",
    )


def form_help_text(field: str, where: str) -> models.CharField:
    return models.CharField(
        f"{where} : aide",
        max_length=300,
        blank=True,
        default=texts.HELP_TEXTS.get(field, ""),
        help_text="En petit sous le libellé : un exemple, le format attendu. Facultatif.",
    )


@register_setting(icon="mail")
class ContactSettings(BaseGenericSetting):
    """Who is told about new callback requests and how long the requests are kept: the contact
    team's alone (the texts visitors read are in CallbackFormTexts, which editors change too)."""

    notification_recipients = models.TextField(
        "Destinataires des notifications",
        blank=True,
        validators=[validate_recipients],
        help_text="Les adresses électroniques de l'équipe prévenues de chaque nouvelle demande "
        "de rappel, une par ligne. Tant qu'il n'y en a aucune, les demandes attendent sans que "
        "personne ne soit prévenu.",
    )
    retention_months = models.PositiveSmallIntegerField(
        "Durée de conservation (mois)",
        default=12,
        validators=[
            MinValueValidator(
                RETENTION_MIN_MONTHS, "La durée de conservation est d’au moins un mois."
            ),
            MaxValueValidator(
                RETENTION_MAX_MONTHS, "La durée de conservation est de 36 mois au plus."
            ),
        ],
        help_text="Entre 1 et 36 mois. Les demandes plus anciennes sont supprimées par la "
        "commande purge_callback_requests. Cette durée est annoncée aux visiteurs avec le "
        "formulaire et dans l'accusé de réception.",
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("notification_recipients"), FieldPanel("retention_months")],
            heading="Réception des demandes",
        ),
    ]

    class Meta:
        verbose_name = "Demandes de rappel"

    @property
    def recipients(self) -> list[str]:
        return recipient_list(self.notification_recipients)

    def retention_limit(self):
        """Requests received before this moment are past their retention period."""
        return timezone.now() - timedelta(days=round(self.retention_months * 30.44))


@register_setting(icon="form")
class CallbackFormTexts(BaseGenericSetting):
    """The texts of the callback form, of its confirmation and of the two e-mails, which the
    editors and the contact team change; who receives the requests stays in ContactSettings."""

    form_title = models.CharField(
        "Titre du formulaire",
        max_length=200,
        default=texts.FORM_TITLE,
        help_text="En tête du formulaire, sur la page « Être recontacté » comme sous une offre "
        "ou un service.",
    )
    form_introduction = models.TextField(
        "Introduction de la page « Être recontacté »",
        default=texts.FORM_INTRODUCTION,
        help_text="Le paragraphe sous le titre de la page /contact/, avant le formulaire.",
    )
    form_opened_announce = models.CharField(
        "Annonce du formulaire ouvert",
        max_length=200,
        default=texts.FORM_OPENED_ANNOUNCE,
        help_text="Ce que le lecteur d'écran dit quand le formulaire s'ouvre sous une offre ou "
        "un service.",
    )
    name_label = form_label("name", "Nom et prénom")
    name_help_text = form_help_text("name", "Nom et prénom")
    email_label = form_label("email", "Adresse électronique")
    email_help_text = form_help_text("email", "Adresse électronique")
    phone_label = form_label("phone", "Téléphone")
    phone_help_text = form_help_text("phone", "Téléphone")
    organisation_label = form_label("organisation", "Collectivité")
    organisation_help_text = form_help_text("organisation", "Collectivité")
    role_label = form_label("role", "Fonction")
    role_help_text = form_help_text("role", "Fonction")
    subject_label = form_label("subject", "Objet")
    subject_help_text = form_help_text("subject", "Objet")
    message_label = form_label("message", "Message")
    message_help_text = form_help_text("message", "Message")
    services_label = form_label("services", "Services")
    services_help_text = form_help_text("services", "Services")
    consent_label = models.CharField(
        "Case de consentement : texte",
        max_length=300,
        default=texts.LABELS["consent"],
        help_text="À côté de la case que la personne doit cocher pour envoyer sa demande.",
    )
    page_title = models.CharField(
        "Titre de la page « Être recontacté »",
        max_length=200,
        default=texts.PAGE_TITLE,
        help_text="Le grand titre de la page /contact/, aussi dans l'onglet du navigateur et le "
        "fil d'Ariane.",
    )
    required_fields_note = models.CharField(
        "Mention des champs obligatoires",
        max_length=300,
        default=texts.REQUIRED_FIELDS_NOTE,
        help_text="En petit au début du formulaire.",
    )
    personal_data_text = SiteMarkdownField(
        "Paragraphe sur les données personnelles",
        default=texts.PERSONAL_DATA,
        help_text="En petit sous la case de consentement. {durée} devient la durée de "
        "conservation des demandes, en mois (réglée par l'équipe contact). Une ligne vide "
        "commence un nouveau paragraphe ; un lien s'écrit [texte du lien](adresse).",
    )
    submit_label = models.CharField(
        "Texte du bouton d'envoi",
        max_length=80,
        default=texts.SUBMIT_LABEL,
        help_text="Le bouton qui envoie la demande.",
    )
    refusal_title = models.CharField(
        "Titre du refus",
        max_length=100,
        default=texts.REFUSAL_TITLE,
        help_text="Le titre de l'alerte quand une demande est refusée (trop de demandes à la "
        "suite, formulaire expiré) ; la raison suit, écrite automatiquement.",
    )
    error_summary_one = models.CharField(
        "Erreurs à corriger : une seule",
        max_length=300,
        default=texts.ERROR_SUMMARY_ONE,
        help_text="En tête de la liste des erreurs quand une demande n'est pas envoyée à cause "
        "d'une seule erreur ; {nombre} devient 1.",
    )
    error_summary_many = models.CharField(
        "Erreurs à corriger : plusieurs",
        max_length=300,
        default=texts.ERROR_SUMMARY_MANY,
        help_text="La même phrase quand il y a plusieurs erreurs ; {nombre} devient leur nombre.",
    )

    confirmation_title = models.CharField(
        "Titre de la confirmation",
        max_length=200,
        default=texts.CONFIRMATION_TITLE,
        help_text="Ce que voit la personne, en titre, une fois sa demande envoyée.",
    )
    confirmation_text = models.TextField(
        "Texte de la confirmation",
        default=texts.CONFIRMATION_TEXT,
        help_text="Sous le titre de la confirmation. Une ligne vide commence un nouveau "
        "paragraphe.",
    )
    confirmation_page_title = models.CharField(
        "Titre de la page de confirmation",
        max_length=200,
        default=texts.CONFIRMATION_PAGE_TITLE,
        help_text="Le grand titre de la page où arrive une demande envoyée sans JavaScript, "
        "au-dessus de la confirmation.",
    )
    confirmation_offers_link = models.CharField(
        "Page de confirmation : bouton vers les offres",
        max_length=80,
        default=texts.CONFIRMATION_OFFERS_LINK,
        help_text="Le premier bouton sous la confirmation, vers les offres aux collectivités.",
    )
    confirmation_home_link = models.CharField(
        "Page de confirmation : bouton vers l'accueil",
        max_length=80,
        default=texts.CONFIRMATION_HOME_LINK,
        help_text="Le second bouton sous la confirmation, vers la page d'accueil.",
    )

    acknowledgement_subject = models.CharField(
        "Objet de l'accusé de réception",
        max_length=200,
        default=texts.ACKNOWLEDGEMENT_SUBJECT,
        help_text="L'objet de l'e-mail envoyé à la personne qui a fait la demande.",
    )
    acknowledgement_opening = models.TextField(
        "Accusé de réception : début",
        default=texts.ACKNOWLEDGEMENT_OPENING,
        help_text="Le début de l'e-mail envoyé à la personne. Suivent l'offre et les services "
        "concernés, puis un paragraphe sur ses données (avec la durée de conservation), "
        "écrits automatiquement.",
    )
    acknowledgement_closing = models.TextField(
        "Accusé de réception : fin",
        default=texts.ACKNOWLEDGEMENT_CLOSING,
        help_text="La fin de l'e-mail envoyé à la personne, avec la signature.",
    )
    team_notification_introduction = models.TextField(
        "Notification à l'équipe : introduction",
        default=texts.TEAM_NOTIFICATION_INTRODUCTION,
        help_text="La première phrase de l'e-mail envoyé aux destinataires des notifications ; "
        "le détail de la demande suit, écrit automatiquement.",
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("page_title"),
                FieldPanel("form_title"),
                FieldPanel("form_introduction"),
                FieldPanel("form_opened_announce"),
                FieldPanel("required_fields_note"),
            ],
            heading="Formulaire : titre et introduction",
        ),
        MultiFieldPanel(
            [
                FieldPanel(f"{name}_{part}")
                for name, _, _ in texts.FIELDS
                if name != "consent"
                for part in ("label", "help_text")
            ]
            + [FieldPanel("consent_label")],
            heading="Formulaire : libellés et aides des champs",
        ),
        MultiFieldPanel(
            [
                FieldPanel("personal_data_text"),
                FieldPanel("submit_label"),
                FieldPanel("error_summary_one"),
                FieldPanel("error_summary_many"),
                FieldPanel("refusal_title"),
            ],
            heading="Formulaire : données personnelles, envoi et erreurs",
        ),
        MultiFieldPanel(
            [
                FieldPanel("confirmation_title"),
                FieldPanel("confirmation_text"),
                FieldPanel("confirmation_page_title"),
                FieldPanel("confirmation_offers_link"),
                FieldPanel("confirmation_home_link"),
            ],
            heading="Confirmation affichée après l'envoi",
        ),
        MultiFieldPanel(
            [
                FieldPanel("acknowledgement_subject"),
                FieldPanel("acknowledgement_opening"),
                FieldPanel("acknowledgement_closing"),
            ],
            heading="Accusé de réception (e-mail à la personne)",
        ),
        MultiFieldPanel(
            [FieldPanel("team_notification_introduction")],
            heading="Notification à l'équipe (e-mail)",
        ),
    ]

    class Meta:
        verbose_name = "Textes du formulaire de rappel"

    def field_texts(self) -> dict[str, tuple[str, str]]:
        """Each form field's (label, help text) as the editors wrote them."""
        return {
            name: (
                getattr(self, f"{name}_label"),
                getattr(self, f"{name}_help_text", ""),
            )
            for name, _, _ in texts.FIELDS
        }

    def error_summary_title(self, count: int) -> str:
        """« … : 2 erreurs à corriger », in the editors' words."""
        text = self.error_summary_one if count == 1 else self.error_summary_many
        return fill(text, nombre=count)

    def personal_data(self, retention_months: int):
        """The personal-data paragraphs, with the retention period in place of {durée}."""
        return render(fill(self.personal_data_text, durée=retention_months))
