"""The callback form's and e-mails' texts as first written: the defaults of CallbackFormTexts,
which the editors then change in Paramètres › Textes du formulaire de rappel."""

FORM_TITLE = "Être recontacté par l’équipe de l’Incubateur des Territoires"
FORM_INTRODUCTION = (
    "Vous êtes élu ou agent d’une collectivité ? Laissez vos coordonnées : l’équipe de "
    "l’Incubateur des Territoires vous rappelle pour parler de votre besoin, d’une offre ou "
    "d’un service du Territoires Store."
)

# (form field, label, help text): the help text "" where the field has none.
FIELDS = [
    ("name", "Nom et prénom", ""),
    ("email", "Adresse électronique professionnelle", "Format attendu : nom@collectivite.fr"),
    (
        "phone",
        "Téléphone",
        "Facultatif. Format attendu : 01 23 45 67 89 ou +33 1 23 45 67 89",
    ),
    (
        "organisation",
        "Collectivité ou organisation",
        "Par exemple : Commune de Lavaur, Communauté de communes du Pays de Gex",
    ),
    ("role", "Fonction", "Facultatif. Par exemple : maire, directrice générale des services"),
    ("subject", "Objet de votre demande", ""),
    (
        "message",
        "Message",
        "Facultatif. Votre besoin, vos disponibilités ; 2000 caractères au plus.",
    ),
    (
        "services",
        "Services du Territoires Store concernés",
        "Facultatif. Cochez chaque service dont vous voulez parler.",
    ),
    (
        "consent",
        "J’accepte que ces informations servent à me recontacter au sujet de ma demande.",
        "",
    ),
]
LABELS = {name: label for name, label, _ in FIELDS}
HELP_TEXTS = {name: help_text for name, _, help_text in FIELDS if help_text}

PAGE_TITLE = "Être recontacté"
ERROR_SUMMARY_ONE = "Votre demande n’a pas été envoyée : {nombre} erreur à corriger"
ERROR_SUMMARY_MANY = "Votre demande n’a pas été envoyée : {nombre} erreurs à corriger"
FORM_OPENED_ANNOUNCE = "Le formulaire de demande de rappel est ouvert."
REFUSAL_TITLE = "Demande refusée"
REQUIRED_FIELDS_NOTE = "Les champs marqués d’un astérisque (*) sont obligatoires."
PERSONAL_DATA = (
    "Vos informations servent uniquement à vous recontacter au sujet de votre demande. Le "
    "responsable du traitement est l’Agence nationale de la cohésion des territoires (ANCT) ; "
    "il repose sur votre consentement, que vous pouvez retirer à tout moment.\n\n"
    "Seule l’équipe de l’Incubateur des Territoires qui traite les demandes y a accès. Elles "
    "sont supprimées {durée} mois après leur réception. Vous pouvez y accéder, les faire "
    "corriger ou effacer et vous opposer à leur traitement ; voir la page "
    "[Données personnelles](/donnees-personnelles/), qui dit aussi comment saisir la CNIL."
)
SUBMIT_LABEL = "Envoyer ma demande"
CONFIRMATION_PAGE_TITLE = "Demande enregistrée"
CONFIRMATION_OFFERS_LINK = "Voir les offres aux collectivités"
CONFIRMATION_HOME_LINK = "Page d’accueil"

CONFIRMATION_TITLE = "Votre demande est enregistrée"
CONFIRMATION_TEXT = (
    "Merci. Un accusé de réception part à l’adresse électronique que vous avez indiquée. Un "
    "membre de l’équipe de l’Incubateur des Territoires vous recontactera, en général sous "
    "cinq jours ouvrés, par e-mail ou par téléphone."
)

ACKNOWLEDGEMENT_SUBJECT = "Votre demande de rappel à l’Incubateur des Territoires"
ACKNOWLEDGEMENT_OPENING = (
    "Bonjour,\n\n"
    "Nous avons bien reçu votre demande à être recontacté par l’équipe de l’Incubateur des "
    "Territoires (Agence nationale de la cohésion des territoires).\n\n"
    "Un membre de l’équipe vous recontactera dans les meilleurs délais, en général sous cinq "
    "jours ouvrés, par e-mail ou par téléphone."
)
ACKNOWLEDGEMENT_CLOSING = (
    "Si vous n’êtes pas à l’origine de cette demande, ignorez ce message.\n\n"
    "L’équipe de l’Incubateur des Territoires"
)
TEAM_NOTIFICATION_INTRODUCTION = (
    "Une nouvelle demande de rappel vient d’arriver sur le site de l’Incubateur des Territoires."
)
