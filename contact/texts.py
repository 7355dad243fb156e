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
