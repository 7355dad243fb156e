"""The Territoires Store's first content: the catalogue page, the thématiques and some thirty
real services that collectivités can adopt today (public facts, in our own words).

Each service lists its public deployments as "kind:code": `commune:62041` and
`departement:62` (INSEE codes), `region:32` (INSEE), `epci:200069193` (SIREN); all checked
against the `@etalab/decoupage-administratif` data. An empty list means no public deployment
is known to the team.

Run through `manage.py load_initial_content`. Every thématique and page is created only when
its slug is missing: a second run changes nothing and never overwrites an editor's work.
"""

from django.db import transaction

from geography.models import collectivites_by_key
from pages.initial_content import ensure_child, ensure_home

from .models import Deployment, StoreIndexPage, StoreItemPage, Thematique

THEMATIQUES = [
    ("mobilite", "Mobilité"),
    ("dechets", "Déchets"),
    ("logement", "Logement"),
    ("demarches-administratives", "Démarches administratives"),
    ("aides-pour-collectivites", "Aides pour collectivités"),
    ("accessibilite", "Accessibilité"),
    ("emploi-et-entreprise", "Emploi et Entreprise"),
    ("donnees", "Données"),
    ("urbanisme", "Urbanisme"),
    ("solidarite", "Solidarité"),
    ("agriculture", "Agriculture"),
]

# The DSFR pictogram each thématique shows on the services without a logo (store/choices.py).
THEMATIQUE_PICTOGRAMS = {
    "mobilite": "map/map",
    "dechets": "environment/environment",
    "logement": "buildings/house",
    "demarches-administratives": "document/document-signature",
    "aides-pour-collectivites": "institutions/money",
    "accessibilite": "accessibility/accessibility",
    "emploi-et-entreprise": "buildings/companie",
    "donnees": "digital/data-visualization",
    "urbanisme": "buildings/city-hall",
    "solidarite": "environment/human-cooperation",
    "agriculture": "environment/food",
}

INTRO = (
    "Des services publics numériques open source qui ont fait leurs preuves dans d'autres "
    "collectivités et que la vôtre peut adopter à moindre coût. Filtrez par thématique ou par "
    "échelon, cherchez un mot, puis demandez à être recontacté au sujet d'un service."
)

ALL_ECHELONS = ["commune", "intercommunalite", "departement", "region"]

SERVICES = [
    {
        "slug": "aides-territoires",
        "title": "Aides-territoires",
        "pitch": "Le moteur de recherche des aides financières et d'ingénierie ouvertes aux "
        "collectivités.",
        "purpose": "Trouver en quelques minutes les subventions et l'accompagnement qui financent "
        "un projet local",
        "description": (
            "Les aides aux projets locaux sont dispersées entre l'État, ses opérateurs, les "
            "régions, les départements et l'Europe. Aides-territoires les rassemble dans un seul "
            "moteur de recherche, filtrable par territoire, par thème et par type d'aide.\n\n"
            "- Une alerte par e-mail prévient des nouvelles aides correspondant à un projet.\n"
            "- Les porteurs d'aides publient eux-mêmes leurs dispositifs.\n"
            "- Une collectivité peut intégrer la recherche sur son propre site."
        ),
        "thematiques": ["aides-pour-collectivites"],
        "echelons": ALL_ECHELONS,
        "phase": "perennise",
        "builder": "Une startup d'État de beta.gouv.fr, portée par les ministères chargés de la "
        "transition écologique et de la cohésion des territoires",
        "cost_model": "Gratuit pour les collectivités et pour les porteurs d'aides.",
        "service_url": "https://aides-territoires.beta.gouv.fr/",
        "source_code_url": "https://github.com/MTES-MCT/aides-territoires",
        "licence": "MIT",
        "contact": "",
        "deployments": [],
    },
    {
        "slug": "demarches-simplifiees",
        "title": "Démarches simplifiées",
        "pitch": "La plateforme pour mettre en ligne un formulaire administratif et instruire "
        "les dossiers reçus, sans développement.",
        "purpose": "Dématérialiser une démarche (subvention, inscription, autorisation) et "
        "suivre chaque dossier en ligne",
        "description": (
            "Une administration y construit son formulaire en ligne, choisit les pièces "
            "justificatives demandées et désigne les agents qui instruisent. Les usagers "
            "déposent leur dossier et suivent son avancement ; les agents échangent avec eux "
            "par messagerie et prennent leur décision dans le même outil.\n\n"
            "Des milliers de démarches de l'État et des collectivités territoriales y sont "
            "déjà publiées."
        ),
        "thematiques": ["demarches-administratives"],
        "echelons": ALL_ECHELONS,
        "phase": "perennise",
        "builder": "La Direction interministérielle du numérique (DINUM)",
        "cost_model": "Gratuit pour les organismes qui exercent une mission de service public.",
        "service_url": "https://www.demarches-simplifiees.fr/",
        "source_code_url": "https://github.com/demarches-simplifiees/demarches-simplifiees.fr",
        "licence": "AGPL-3.0",
        "contact": "",
        "deployments": ["epci:200093201"],
    },
    {
        "slug": "rdv-service-public",
        "title": "RDV Service Public",
        "pitch": "La prise de rendez-vous en ligne des services publics de proximité, avec "
        "rappels par SMS et e-mail.",
        "purpose": "Proposer des rendez-vous en ligne aux usagers et réduire les rendez-vous "
        "manqués",
        "description": (
            "Né pour réduire les rendez-vous non honorés dans les maisons départementales des "
            "solidarités, le service gère les agendas des agents, la réservation en ligne par "
            "les usagers ou par un agent, et les rappels automatiques avant chaque rendez-vous.\n\n"
            "Il est aujourd'hui proposé par l'Incubateur des Territoires aux départements, aux "
            "communes et à leurs partenaires (conseillers numériques, services sociaux)."
        ),
        "thematiques": ["demarches-administratives", "solidarite"],
        "echelons": ["commune", "intercommunalite", "departement"],
        "phase": "acceleration",
        "builder": "L'Incubateur des Territoires de l'ANCT, avec beta.gouv.fr",
        "cost_model": "Mis à disposition par l'ANCT ; les SMS de rappel peuvent être à la charge "
        "de la collectivité.",
        "service_url": "https://rdv.anct.gouv.fr/",
        "source_code_url": "https://github.com/betagouv/rdv-service-public",
        "licence": "AGPL-3.0",
        "contact": "",
        "deployments": ["departement:62", "departement:77", "departement:26"],
    },
    {
        "slug": "zero-logement-vacant",
        "title": "Zéro Logement Vacant",
        "pitch": "L'outil qui aide les collectivités à repérer les logements vacants et à "
        "mobiliser leurs propriétaires.",
        "purpose": "Remettre sur le marché des logements vides de votre territoire",
        "description": (
            "À partir des fichiers fiscaux des logements vacants, la collectivité voit où se "
            "trouvent les logements vides depuis longtemps, prépare des campagnes de courriers "
            "aux propriétaires et suit chaque échange jusqu'à la remise en location ou en vente."
        ),
        "thematiques": ["logement", "urbanisme"],
        "echelons": ["commune", "intercommunalite", "departement"],
        "phase": "acceleration",
        "builder": "Une startup d'État de beta.gouv.fr, portée par le ministère chargé du logement",
        "cost_model": "Gratuit pour les collectivités.",
        "service_url": "https://zerologementvacant.beta.gouv.fr/",
        "source_code_url": "https://github.com/MTES-MCT/zero-logement-vacant",
        "licence": "MIT",
        "contact": "",
        "deployments": ["epci:246700488", "epci:200066389"],
    },
    {
        "slug": "trackdechets",
        "title": "Trackdéchets",
        "pitch": "La traçabilité numérique des déchets dangereux, du producteur à l'installation "
        "qui les traite.",
        "purpose": "Remplacer les bordereaux papier de suivi des déchets dangereux de vos "
        "déchetteries et services techniques",
        "description": (
            "Chaque déchet dangereux voyage avec un bordereau de suivi. Trackdéchets le rend "
            "numérique : le producteur, le transporteur et l'installation de traitement le "
            "signent en ligne, et chacun voit où en est son déchet.\n\n"
            "Une collectivité qui gère des déchetteries ou des ateliers municipaux y retrouve "
            "son registre, tenu à jour sans ressaisie."
        ),
        "thematiques": ["dechets"],
        "echelons": ["commune", "intercommunalite"],
        "phase": "perennise",
        "builder": "La Fabrique numérique du ministère de la Transition écologique",
        "cost_model": "Gratuit.",
        "service_url": "https://trackdechets.beta.gouv.fr/",
        "source_code_url": "https://github.com/MTES-MCT/trackdechets",
        "licence": "AGPL-3.0-or-later",
        "contact": "",
        "deployments": [],
    },
    {
        "slug": "mes-adresses",
        "title": "Mes Adresses",
        "pitch": "L'éditeur en ligne avec lequel une commune crée et tient à jour sa Base "
        "Adresse Locale.",
        "purpose": "Nommer les voies et numéroter les adresses de la commune, puis les publier "
        "dans la Base Adresse Nationale",
        "description": (
            "Des adresses justes permettent aux secours, aux livreurs et aux opérateurs de la "
            "fibre de trouver chaque habitation. Avec Mes Adresses, la commune, seule ou avec "
            "son intercommunalité, place ses numéros sur une carte, corrige les voies et publie "
            "le résultat, qui alimente ensuite les services de l'État et les GPS."
        ),
        "thematiques": ["donnees", "urbanisme"],
        "echelons": ["commune", "intercommunalite"],
        "phase": "perennise",
        "builder": "L'équipe de la Base Adresse Nationale, à l'ANCT",
        "cost_model": "Gratuit.",
        "service_url": "https://mes-adresses.data.gouv.fr/",
        "source_code_url": "https://github.com/BaseAdresseNationale/mes-adresses",
        "licence": "MIT",
        "contact": "",
        "deployments": [],
    },
    {
        "slug": "ma-cantine",
        "title": "ma cantine",
        "pitch": "Le service qui accompagne la restauration collective vers une alimentation "
        "plus durable et de qualité.",
        "purpose": "Suivre les achats de la cantine et rendre compte des objectifs de la loi "
        "EGalim",
        "description": (
            "Les gestionnaires de cantines y saisissent leurs achats alimentaires, voient leur "
            "part de produits durables et bio, et font leur télédéclaration annuelle. Des "
            "ressources les aident aussi à réduire le gaspillage, à diversifier les menus et à "
            "informer les convives."
        ),
        "thematiques": ["agriculture", "dechets"],
        "echelons": ["commune", "intercommunalite", "departement", "region"],
        "phase": "perennise",
        "builder": "Une startup d'État de beta.gouv.fr, portée par le ministère chargé de "
        "l'agriculture",
        "cost_model": "Gratuit.",
        "service_url": "https://ma-cantine.agriculture.gouv.fr/",
        "source_code_url": "https://github.com/betagouv/ma-cantine",
        "licence": "MIT",
        "contact": "",
        "deployments": [],
    },
    {
        "slug": "acceslibre",
        "title": "Acceslibre",
        "pitch": "La base de données ouverte de l'accessibilité des lieux qui accueillent du "
        "public.",
        "purpose": "Publier l'accessibilité de vos bâtiments publics et la faire connaître aux "
        "personnes handicapées",
        "description": (
            "Mairie, médiathèque, piscine : chaque établissement peut y décrire son accès "
            "(stationnement, entrée, accueil, sanitaires). Les informations sont réutilisées par "
            "d'autres sites et applications, et aident chacun à préparer sa visite."
        ),
        "thematiques": ["accessibilite", "donnees"],
        "echelons": ALL_ECHELONS,
        "phase": "perennise",
        "builder": "Une startup d'État de beta.gouv.fr, portée par le ministère de la Transition "
        "écologique",
        "cost_model": "Gratuit.",
        "service_url": "https://acceslibre.beta.gouv.fr/",
        "source_code_url": "https://github.com/MTES-MCT/acceslibre",
        "licence": "MIT",
        "contact": "",
        "deployments": [],
    },
    {
        "slug": "emplois-de-l-inclusion",
        "title": "Les emplois de l'inclusion",
        "pitch": "La plateforme qui rapproche les personnes éloignées de l'emploi des "
        "employeurs solidaires.",
        "purpose": "Orienter les allocataires du RSA vers les structures d'insertion par "
        "l'activité économique et suivre leurs parcours",
        "description": (
            "Prescripteurs, structures d'insertion et employeurs y partagent les candidatures "
            "et les offres. Un département y suit les orientations de ses allocataires et la "
            "réponse faite à chacune."
        ),
        "thematiques": ["emploi-et-entreprise", "solidarite"],
        "echelons": ["departement"],
        "phase": "perennise",
        "builder": "Le GIP Plateforme de l'inclusion",
        "cost_model": "Gratuit.",
        "service_url": "https://emplois.inclusion.beta.gouv.fr/",
        "source_code_url": "https://github.com/gip-inclusion/les-emplois",
        "licence": "",
        "contact": "",
        "deployments": [],
    },
    {
        "slug": "transport-data-gouv",
        "title": "transport.data.gouv.fr",
        "pitch": "Le point d'accès national aux données ouvertes de transport : horaires, "
        "vélos, bornes de recharge.",
        "purpose": "Publier les horaires et les données de votre réseau de transport pour "
        "qu'ils apparaissent dans les calculateurs d'itinéraires",
        "description": (
            "Les autorités organisatrices de la mobilité y déposent les données de leur réseau "
            "(horaires théoriques et en temps réel, stationnement, vélos en libre-service). Le "
            "service vérifie leur qualité et les met à la disposition de tous les réutilisateurs."
        ),
        "thematiques": ["mobilite", "donnees"],
        "echelons": ["intercommunalite", "region"],
        "phase": "perennise",
        "builder": "La Direction interministérielle du numérique (DINUM) et le ministère chargé "
        "des transports",
        "cost_model": "Gratuit.",
        "service_url": "https://transport.data.gouv.fr/",
        "source_code_url": "https://github.com/etalab/transport-site",
        "licence": "",
        "contact": "",
        "deployments": ["epci:243500139"],
    },
    {
        "slug": "registre-de-preuve-de-covoiturage",
        "title": "Registre de preuve de covoiturage",
        "pitch": "Le registre national des trajets en covoiturage, qui permet aux collectivités "
        "de financer des incitations sans fraude.",
        "purpose": "Verser une prime aux covoitureurs de votre territoire et mesurer l'effet de "
        "votre politique",
        "description": (
            "Les opérateurs de covoiturage y déclarent les trajets réalisés. Une collectivité "
            "qui finance une incitation (par exemple un montant par passager transporté) s'appuie "
            "sur ces preuves pour payer le juste montant, et suit le nombre de trajets sur son "
            "territoire."
        ),
        "thematiques": ["mobilite"],
        "echelons": ["intercommunalite", "departement", "region"],
        "phase": "perennise",
        "builder": "Une startup d'État de beta.gouv.fr, portée par le ministère chargé des "
        "transports",
        "cost_model": "Gratuit pour les collectivités ; les incitations versées restent à leur "
        "charge.",
        "service_url": "https://covoiturage.beta.gouv.fr/",
        "source_code_url": "https://github.com/betagouv/preuve-covoiturage",
        "licence": "Apache-2.0",
        "contact": "",
        "deployments": [],
    },
    {
        "slug": "docurba",
        "title": "Docurba",
        "pitch": "L'outil qui simplifie l'élaboration des documents d'urbanisme (PLU, PLUi, "
        "carte communale).",
        "purpose": "Préparer et suivre la procédure de votre document d'urbanisme avec les "
        "services de l'État",
        "description": (
            "Docurba réunit en un seul endroit ce qu'une collectivité doit savoir pour lancer ou "
            "réviser son document d'urbanisme : les étapes de la procédure, les enjeux que l'État "
            "porte à sa connaissance et les données utiles sur son territoire."
        ),
        "thematiques": ["urbanisme"],
        "echelons": ["commune", "intercommunalite"],
        "phase": "acceleration",
        "builder": "Une startup d'État de beta.gouv.fr, portée par le ministère de la Transition "
        "écologique",
        "cost_model": "Gratuit.",
        "service_url": "https://docurba.beta.gouv.fr/",
        "source_code_url": "https://github.com/MTES-MCT/Docurba",
        "licence": "",
        "contact": "",
        "deployments": [],
    },
    {
        "slug": "histologe",
        "title": "Histologe",
        "pitch": "Le guichet en ligne des signalements de logements indignes, partagé entre la "
        "collectivité et ses partenaires.",
        "purpose": "Recevoir les signalements de logements insalubres ou dangereux et les "
        "traiter avec tous les services concernés",
        "description": (
            "Un locataire, un voisin ou un travailleur social décrit le problème (humidité, "
            "installation électrique, nuisibles) depuis un formulaire simple. Le signalement "
            "arrive aux services qui doivent agir : hygiène de la commune, agence régionale de "
            "santé, caisse d'allocations familiales, opérateur de l'habitat.\n\n"
            "Chacun voit où en est le dossier et ce que les autres ont déjà fait, au lieu de se "
            "transmettre des courriers."
        ),
        "thematiques": ["logement", "solidarite"],
        "echelons": ["commune", "intercommunalite", "departement"],
        "phase": "acceleration",
        "builder": "Né à la communauté d'agglomération Pau Béarn Pyrénées, développé avec "
        "beta.gouv.fr pour le ministère chargé du logement",
        "cost_model": "Gratuit pour les collectivités.",
        "service_url": "https://histologe.beta.gouv.fr/",
        "source_code_url": "https://github.com/MTES-MCT/histologe",
        "licence": "",
        "contact": "",
        "deployments": ["epci:200067254"],
    },
    {
        "slug": "france-chaleur-urbaine",
        "title": "France Chaleur Urbaine",
        "pitch": "Le service qui fait connaître les réseaux de chaleur et aide les habitants à "
        "s'y raccorder.",
        "purpose": "Montrer les réseaux de chaleur de votre territoire et trouver les bâtiments "
        "qui pourraient s'y raccorder",
        "description": (
            "Une carte nationale situe les réseaux de chaleur existants et en projet. Les "
            "copropriétés et les bailleurs testent si leur adresse est proche d'un réseau et "
            "sont mis en relation avec son gestionnaire.\n\n"
            "La collectivité qui porte un réseau y trouve des prospects et des données pour "
            "planifier son extension."
        ),
        "thematiques": ["logement", "urbanisme"],
        "echelons": ["commune", "intercommunalite"],
        "phase": "acceleration",
        "builder": "Une startup d'État de beta.gouv.fr, portée par le ministère de la Transition "
        "écologique",
        "cost_model": "Gratuit.",
        "service_url": "https://france-chaleur-urbaine.beta.gouv.fr/",
        "source_code_url": "https://github.com/betagouv/france-chaleur-urbaine",
        "licence": "",
        "contact": "",
        "deployments": [],
    },
    {
        "slug": "domifa",
        "title": "DomiFa",
        "pitch": "L'outil de gestion de la domiciliation des personnes sans domicile stable.",
        "purpose": "Tenir le registre des personnes domiciliées à votre CCAS et leur remettre "
        "leur courrier",
        "description": (
            "Sans adresse, impossible d'ouvrir des droits. Les centres communaux d'action "
            "sociale et les associations agréées domicilient ces personnes : DomiFa remplace le "
            "registre papier, enregistre le courrier reçu pour chacune et prévient de son "
            "arrivée.\n\n"
            "Les attestations et les renouvellements sont préparés en quelques clics, et les "
            "chiffres d'activité sont disponibles pour le rapport annuel."
        ),
        "thematiques": ["solidarite", "demarches-administratives"],
        "echelons": ["commune", "intercommunalite"],
        "phase": "perennise",
        "builder": "La Fabrique numérique des ministères sociaux",
        "cost_model": "Gratuit pour les organismes domiciliataires.",
        "service_url": "https://domifa.fabrique.social.gouv.fr/",
        "source_code_url": "https://github.com/SocialGouv/domifa",
        "licence": "",
        "contact": "",
        "deployments": [],
    },
    {
        "slug": "aidants-connect",
        "title": "Aidants Connect",
        "pitch": "Le cadre sûr pour qu'un agent ou un aidant fasse une démarche en ligne à la "
        "place d'une personne qui ne peut pas la faire seule.",
        "purpose": "Permettre à vos agents d'accueil de réaliser des démarches en ligne pour "
        "un usager, avec son accord et sans garder ses mots de passe",
        "description": (
            "Beaucoup d'habitants confient leurs identifiants à un agent de mairie ou de France "
            "services pour être aidés. Aidants Connect remplace cette pratique risquée par un "
            "mandat signé : l'aidant, formé et habilité, se connecte pour l'usager et chaque "
            "démarche faite en son nom est tracée.\n\n"
            "La structure (mairie, CCAS, France services, association) demande l'habilitation "
            "de ses aidants en ligne."
        ),
        "thematiques": ["demarches-administratives", "solidarite"],
        "echelons": ["commune", "intercommunalite", "departement"],
        "phase": "acceleration",
        "builder": "L'ANCT (programme Société numérique), avec beta.gouv.fr",
        "cost_model": "Gratuit ; chaque aidant suit une formation avant d'être habilité.",
        "service_url": "https://aidantsconnect.beta.gouv.fr/",
        "source_code_url": "https://github.com/betagouv/Aidants_Connect",
        "licence": "",
        "contact": "",
        "deployments": [],
    },
    {
        "slug": "data-gouv-fr",
        "title": "data.gouv.fr",
        "pitch": "La plateforme nationale où publier et trouver les données publiques ouvertes.",
        "purpose": "Publier les données de votre collectivité en open data, comme la loi le "
        "demande, et réutiliser celles des autres",
        "description": (
            "Une collectivité y crée son organisation et y dépose ses jeux de données (budgets, "
            "équipements, délibérations, subventions versées) sans héberger de portail. Chaque "
            "jeu de données a sa page, ses fichiers téléchargeables et son historique, et "
            "peut être discuté avec ceux qui le réutilisent.\n\n"
            "Le logiciel qui fait tourner la plateforme est lui-même libre."
        ),
        "thematiques": ["donnees"],
        "echelons": ALL_ECHELONS,
        "phase": "perennise",
        "builder": "La Direction interministérielle du numérique (DINUM)",
        "cost_model": "Gratuit.",
        "service_url": "https://www.data.gouv.fr/",
        "source_code_url": "https://github.com/opendatateam/udata",
        "licence": "AGPL-3.0",
        "contact": "",
        "deployments": [],
    },
    {
        "slug": "api-gouv-fr",
        "title": "api.gouv.fr",
        "pitch": "Le catalogue des interfaces de programmation (API) du service public.",
        "purpose": "Trouver l'API qui évite de redemander à un usager une information que "
        "l'administration détient déjà",
        "description": (
            "Quotient familial, statut d'étudiant, données d'une entreprise, adresses : les "
            "API de l'État permettent au logiciel d'une collectivité de récupérer ces "
            "informations directement. Le catalogue décrit chacune, dit qui peut y accéder et "
            "comment en faire la demande."
        ),
        "thematiques": ["donnees", "demarches-administratives"],
        "echelons": ALL_ECHELONS,
        "phase": "perennise",
        "builder": "La Direction interministérielle du numérique (DINUM)",
        "cost_model": "Gratuit.",
        "service_url": "https://api.gouv.fr/",
        "source_code_url": "https://github.com/betagouv/api.gouv.fr",
        "licence": "",
        "contact": "",
        "deployments": [],
    },
    {
        "slug": "datapass",
        "title": "DataPass",
        "pitch": "Le guichet en ligne pour demander l'accès aux données et API protégées de "
        "l'administration.",
        "purpose": "Obtenir l'habilitation de votre collectivité à une API protégée, par "
        "exemple pour calculer un tarif selon le quotient familial",
        "description": (
            "Certaines données ne sont ouvertes qu'aux administrations qui en ont besoin pour "
            "une démarche précise. DataPass guide la demande : le cadre juridique, l'usage "
            "prévu, les personnes responsables. Le fournisseur de la donnée instruit la "
            "demande et la collectivité suit son avancement."
        ),
        "thematiques": ["donnees", "demarches-administratives"],
        "echelons": ALL_ECHELONS,
        "phase": "perennise",
        "builder": "La Direction interministérielle du numérique (DINUM)",
        "cost_model": "Gratuit.",
        "service_url": "https://datapass.api.gouv.fr/",
        "source_code_url": "https://github.com/etalab/data_pass",
        "licence": "",
        "contact": "",
        "deployments": [],
    },
    {
        "slug": "annuaire-des-entreprises",
        "title": "L'Annuaire des Entreprises",
        "pitch": "Les informations publiques de toutes les entreprises et associations, "
        "réunies sur une seule fiche.",
        "purpose": "Vérifier en un instant un fournisseur, un candidat à un marché ou une "
        "association qui demande une subvention",
        "description": (
            "À partir d'un nom, d'un SIREN ou d'une adresse, l'annuaire montre l'identité de "
            "la structure, ses établissements, ses dirigeants, ses labels et certificats, et "
            "les documents qu'une administration peut consulter. Il sert aussi aux agents qui "
            "accompagnent les entreprises du territoire."
        ),
        "thematiques": ["emploi-et-entreprise", "donnees"],
        "echelons": ALL_ECHELONS,
        "phase": "perennise",
        "builder": "La Direction interministérielle du numérique (DINUM)",
        "cost_model": "Gratuit.",
        "service_url": "https://annuaire-entreprises.data.gouv.fr/",
        "source_code_url": "https://github.com/etalab/annuaire-entreprises-site",
        "licence": "",
        "contact": "",
        "deployments": [],
    },
    {
        "slug": "mon-entreprise",
        "title": "mon-entreprise",
        "pitch": "Les simulateurs officiels pour créer et gérer une entreprise : cotisations, "
        "statut, coût d'une embauche.",
        "purpose": "Orienter les créateurs d'entreprise de votre territoire vers des "
        "simulations fiables",
        "description": (
            "Le site compare les statuts, estime les cotisations d'un indépendant et calcule "
            "le coût d'un salarié pour son employeur. Les simulateurs peuvent être intégrés "
            "sur le site d'une collectivité ou d'une maison de l'entreprise, avec les chiffres "
            "tenus à jour par l'Urssaf."
        ),
        "thematiques": ["emploi-et-entreprise"],
        "echelons": ALL_ECHELONS,
        "phase": "perennise",
        "builder": "L'Urssaf, après une incubation à beta.gouv.fr",
        "cost_model": "Gratuit.",
        "service_url": "https://mon-entreprise.urssaf.fr/",
        "source_code_url": "https://github.com/betagouv/mon-entreprise",
        "licence": "MIT",
        "contact": "",
        "deployments": [],
    },
    {
        "slug": "conseillers-entreprises",
        "title": "Conseillers-Entreprises",
        "pitch": "Le service qui met un chef d'entreprise en relation avec le bon conseiller "
        "public près de chez lui.",
        "purpose": "Orienter les entreprises de votre territoire vers l'accompagnement public "
        "adapté à leur besoin",
        "description": (
            "Un chef d'entreprise décrit son besoin (recruter, financer un projet, traverser une "
            "difficulté) en quelques minutes. La demande est transmise aux conseillers des "
            "partenaires publics compétents sur son territoire, qui le rappellent.\n\n"
            "Une collectivité qui accompagne les entreprises peut rejoindre les partenaires et "
            "recevoir les demandes qui la concernent. Le service s'appelait d'abord Place des "
            "Entreprises."
        ),
        "thematiques": ["emploi-et-entreprise", "aides-pour-collectivites"],
        "echelons": ["intercommunalite", "departement", "region"],
        "phase": "perennise",
        "builder": "Une startup d'État de beta.gouv.fr, avec les partenaires publics de "
        "l'accompagnement des entreprises",
        "cost_model": "Gratuit pour les entreprises et pour les partenaires.",
        "service_url": "https://conseillers-entreprises.service-public.fr/",
        "source_code_url": "https://github.com/betagouv/place-des-entreprises",
        "licence": "",
        "contact": "",
        "deployments": [],
    },
    {
        "slug": "code-du-travail-numerique",
        "title": "Code du travail numérique",
        "pitch": "Des réponses personnalisées aux questions de droit du travail des salariés "
        "et des employeurs.",
        "purpose": "Donner aux employeurs et aux salariés de votre territoire une réponse "
        "fiable, convention collective comprise",
        "description": (
            "Le service répond en langage simple aux questions courantes (préavis, congés, "
            "salaire minimum) en tenant compte de la convention collective. Des simulateurs "
            "calculent une indemnité de licenciement ou une durée de préavis.\n\n"
            "Il intéresse les maisons de l'emploi, les points d'accès au droit et les services "
            "d'aide aux entreprises d'une collectivité."
        ),
        "thematiques": ["emploi-et-entreprise"],
        "echelons": ALL_ECHELONS,
        "phase": "perennise",
        "builder": "Le ministère du Travail, avec la Fabrique numérique des ministères sociaux",
        "cost_model": "Gratuit.",
        "service_url": "https://code.travail.gouv.fr/",
        "source_code_url": "https://github.com/SocialGouv/code-du-travail-numerique",
        "licence": "Apache-2.0",
        "contact": "",
        "deployments": [],
    },
    {
        "slug": "marche-de-l-inclusion",
        "title": "Le marché de l'inclusion",
        "pitch": "Le répertoire des entreprises sociales inclusives, pour acheter auprès d'elles.",
        "purpose": "Trouver des structures d'insertion et du handicap pour vos achats et vos "
        "clauses sociales",
        "description": (
            "Un acheteur public décrit son besoin (espaces verts, nettoyage, traiteur, "
            "impression) et le lieu de la prestation. Le service trouve les structures "
            "d'insertion par l'activité économique et les entreprises adaptées capables d'y "
            "répondre, et transmet le besoin à celles qui le souhaitent.\n\n"
            "La collectivité soutient ainsi l'emploi local des personnes qui en sont éloignées."
        ),
        "thematiques": ["emploi-et-entreprise", "solidarite"],
        "echelons": ALL_ECHELONS,
        "phase": "acceleration",
        "builder": "Le GIP Plateforme de l'inclusion",
        "cost_model": "Gratuit pour les acheteurs.",
        "service_url": "https://lemarche.inclusion.beta.gouv.fr/",
        "source_code_url": "https://github.com/gip-inclusion/le-marche",
        "licence": "",
        "contact": "",
        "deployments": [],
    },
    {
        "slug": "camino",
        "title": "Camino",
        "pitch": "Le cadastre minier numérique : les titres et autorisations miniers, sur une "
        "carte et en données ouvertes.",
        "purpose": "Savoir quels titres miniers ou demandes en cours concernent votre territoire",
        "description": (
            "Permis exclusifs de recherches, concessions, autorisations d'exploitation : "
            "Camino montre leur périmètre, leur titulaire et l'état de leur procédure. Les "
            "collectivités consultées sur une demande y trouvent le dossier et son "
            "calendrier."
        ),
        "thematiques": ["donnees", "urbanisme"],
        "echelons": ["commune", "intercommunalite", "departement", "region"],
        "phase": "acceleration",
        "builder": "Une startup d'État de beta.gouv.fr, portée par les ministères chargés de "
        "l'économie et de la transition écologique",
        "cost_model": "Gratuit.",
        "service_url": "https://camino.beta.gouv.fr/",
        "source_code_url": "https://github.com/MTES-MCT/camino",
        "licence": "",
        "contact": "",
        "deployments": [],
    },
    {
        "slug": "cartobio",
        "title": "CartoBio",
        "pitch": "La carte des parcelles cultivées en agriculture biologique.",
        "purpose": "Connaître les surfaces en bio de votre territoire, par exemple autour d'un "
        "captage d'eau potable",
        "description": (
            "Les parcelles déclarées par les agriculteurs bio et vérifiées par les organismes "
            "certificateurs sont réunies sur une carte. Les collectivités qui protègent une "
            "ressource en eau ou construisent un projet alimentaire territorial y voient où "
            "en est la conversion au bio, sans enquête de terrain."
        ),
        "thematiques": ["agriculture", "donnees"],
        "echelons": ["intercommunalite", "departement", "region"],
        "phase": "acceleration",
        "builder": "L'Agence Bio, avec beta.gouv.fr",
        "cost_model": "Gratuit.",
        "service_url": "https://cartobio.agencebio.org/",
        "source_code_url": "https://github.com/AgenceBio/cartobio-front",
        "licence": "",
        "contact": "",
        "deployments": [],
    },
    {
        "slug": "urbanvitaliz",
        "title": "UrbanVitaliz",
        "pitch": "L'accompagnement des petites collectivités qui veulent redonner vie à une "
        "friche.",
        "purpose": "Être conseillé, étape par étape, pour réhabiliter une friche ou un "
        "bâtiment vacant",
        "description": (
            "La commune décrit son site et son projet. Des conseillers publics (Cerema, "
            "services de l'État, agences locales) lui recommandent des actions concrètes, des "
            "ressources et des financements, puis suivent avec elle l'avancement du projet "
            "dans un espace partagé."
        ),
        "thematiques": ["urbanisme", "aides-pour-collectivites"],
        "echelons": ["commune", "intercommunalite"],
        "phase": "acceleration",
        "builder": "Le Cerema, avec beta.gouv.fr",
        "cost_model": "Gratuit pour les collectivités.",
        "service_url": "https://urbanvitaliz.fr/",
        "source_code_url": "https://github.com/betagouv/urbanvitaliz",
        "licence": "",
        "contact": "",
        "deployments": [],
    },
    {
        "slug": "mon-diagnostic-artificialisation",
        "title": "Mon Diagnostic Artificialisation",
        "pitch": "Les chiffres de la consommation d'espaces naturels et agricoles de votre "
        "territoire, prêts pour vos documents d'urbanisme.",
        "purpose": "Mesurer l'artificialisation des sols de votre territoire et suivre "
        "l'objectif de zéro artificialisation nette",
        "description": (
            "À partir des données nationales, le service calcule la consommation d'espaces "
            "de la commune ou de l'intercommunalité année par année, la compare à des "
            "territoires voisins et produit un rapport à joindre à un PLU ou à un SCoT."
        ),
        "thematiques": ["urbanisme", "donnees"],
        "echelons": ["commune", "intercommunalite", "departement", "region"],
        "phase": "acceleration",
        "builder": "Une startup d'État de beta.gouv.fr, portée par le ministère de la Transition "
        "écologique et le Cerema",
        "cost_model": "Gratuit.",
        "service_url": "https://mondiagartif.beta.gouv.fr/",
        "source_code_url": "https://github.com/betagouv/sparte",
        "licence": "",
        "contact": "",
        "deployments": [],
    },
    {
        "slug": "benefriches",
        "title": "Bénéfriches",
        "pitch": "Le calcul des effets d'un projet de reconversion de friche, avant de le lancer.",
        "purpose": "Comparer des scénarios pour une friche et montrer leurs bénéfices "
        "économiques, sociaux et environnementaux",
        "description": (
            "La collectivité décrit la friche et un ou plusieurs projets (logements, parc, "
            "centrale solaire). Bénéfriches estime leur bilan : emplois, sols désimperméabilisés, "
            "émissions évitées, recettes fiscales, et les compare à l'option de ne rien faire."
        ),
        "thematiques": ["urbanisme"],
        "echelons": ["commune", "intercommunalite"],
        "phase": "acceleration",
        "builder": "L'Agence de la transition écologique (ADEME)",
        "cost_model": "Gratuit.",
        "service_url": "https://benefriches.ademe.fr/",
        "source_code_url": "https://github.com/incubateur-ademe/benefriches",
        "licence": "",
        "contact": "",
        "deployments": [],
    },
    {
        "slug": "longue-vie-aux-objets",
        "title": "Longue vie aux objets",
        "pitch": "La carte des lieux où réparer, donner, louer ou acheter d'occasion près de "
        "chez soi.",
        "purpose": "Indiquer à vos habitants où prolonger la vie d'un objet avant d'en faire "
        "un déchet",
        "description": (
            "Réparateurs, ressourceries, points de collecte et magasins d'occasion sont "
            "rassemblés sur une carte, avec des conseils par type d'objet. Une collectivité "
            "peut intégrer la carte sur son site, limitée à son territoire, pour accompagner "
            "son programme de prévention des déchets."
        ),
        "thematiques": ["dechets"],
        "echelons": ["commune", "intercommunalite"],
        "phase": "acceleration",
        "builder": "L'Agence de la transition écologique (ADEME)",
        "cost_model": "Gratuit.",
        "service_url": "https://longuevieauxobjets.ademe.fr/",
        "source_code_url": "https://github.com/incubateur-ademe/quefairedemesobjets",
        "licence": "",
        "contact": "",
        "deployments": [],
    },
    {
        "slug": "impact-co2",
        "title": "Impact CO2",
        "pitch": "Des comparateurs simples de l'empreinte carbone des transports et des gestes "
        "du quotidien.",
        "purpose": "Montrer à vos habitants l'effet de leurs choix de transport, avec des "
        "chiffres officiels",
        "description": (
            "Combien émet un trajet en voiture, en bus, en train ou à vélo ? Les comparateurs "
            "répondent avec les données de l'ADEME et peuvent être intégrés sur le site d'une "
            "collectivité, par exemple à côté de son plan de mobilité."
        ),
        "thematiques": ["mobilite", "donnees"],
        "echelons": ALL_ECHELONS,
        "phase": "acceleration",
        "builder": "L'Agence de la transition écologique (ADEME)",
        "cost_model": "Gratuit.",
        "service_url": "https://impactco2.fr/",
        "source_code_url": "https://github.com/incubateur-ademe/impactco2",
        "licence": "",
        "contact": "",
        "deployments": [],
    },
    {
        "slug": "mes-aides-velo",
        "title": "Mes Aides Vélo",
        "pitch": "Le simulateur des aides à l'achat d'un vélo, nationales et locales.",
        "purpose": "Faire connaître à vos habitants l'aide vélo de votre collectivité, à côté "
        "de celles de l'État",
        "description": (
            "L'habitant indique sa commune, ses revenus et le vélo qu'il veut acheter. Le "
            "simulateur additionne les aides auxquelles il a droit : État, région, "
            "département, intercommunalité et commune. Une collectivité qui crée ou modifie "
            "son aide peut la faire référencer."
        ),
        "thematiques": ["mobilite"],
        "echelons": ALL_ECHELONS,
        "phase": "acceleration",
        "builder": "Une équipe de beta.gouv.fr",
        "cost_model": "Gratuit.",
        "service_url": "https://mesaidesvelo.fr/",
        "source_code_url": "https://github.com/betagouv/mesaidesvelo",
        "licence": "",
        "contact": "",
        "deployments": [],
    },
    {
        "slug": "ara",
        "title": "Ara",
        "pitch": "L'outil d'audit de l'accessibilité des sites web selon le référentiel "
        "général (RGAA).",
        "purpose": "Auditer l'accessibilité du site de votre collectivité et publier sa "
        "déclaration d'accessibilité",
        "description": (
            "L'auditeur suit les critères du RGAA page par page, note ses constats et joint "
            "des captures. Ara produit le rapport d'audit et la déclaration d'accessibilité, "
            "que tout site public doit publier."
        ),
        "thematiques": ["accessibilite"],
        "echelons": ALL_ECHELONS,
        "phase": "acceleration",
        "builder": "La Direction interministérielle du numérique (DINUM)",
        "cost_model": "Gratuit.",
        "service_url": "https://ara.numerique.gouv.fr/",
        "source_code_url": "https://github.com/DISIC/Ara",
        "licence": "",
        "contact": "",
        "deployments": [],
    },
]


def ensure_thematiques() -> dict[str, Thematique]:
    """The eleven thématiques, in this order when created; existing ones are left as they are."""
    by_slug = {}
    for position, (slug, name) in enumerate(THEMATIQUES):
        thematique = Thematique.objects.filter(slug=slug).first()
        if thematique is None:
            thematique = Thematique.objects.create(
                slug=slug,
                name=name,
                sort_order=position,
                pictogram=THEMATIQUE_PICTOGRAMS[slug],
            )
        by_slug[slug] = thematique
    return by_slug


def ensure_service(index: StoreIndexPage, data: dict, thematiques: dict[str, Thematique]):
    if index.get_children().filter(slug=data["slug"]).exists():
        return
    related = {"thematiques", "deployments"}
    fields = {k: v for k, v in data.items() if k not in related}
    page = StoreItemPage(**fields)
    page.thematiques = [thematiques[slug] for slug in data["thematiques"]]
    page.deployments = [
        Deployment(collectivite=collectivite)
        for collectivite in collectivites_by_key(data["deployments"])
    ]
    ensure_child(index, page)


def load() -> None:
    with transaction.atomic():
        home = ensure_home()
        thematiques = ensure_thematiques()
        index = ensure_child(
            home,
            StoreIndexPage(
                title="Territoires Store",
                slug="territoires-store",
                intro=INTRO,
                show_in_menus=True,
            ),
        )
        for data in SERVICES:
            ensure_service(index, data, thematiques)
