"""The Territoires Store's first content: the catalogue page, the thématiques and a dozen
real services that collectivités can adopt today (public facts, in our own words).

Each service lists its public deployments as "kind:code": `commune:62041` and
`departement:62` (INSEE codes), `region:32` (INSEE), `epci:200069193` (SIREN); all checked
against the `@etalab/decoupage-administratif` data. An empty list means no public deployment
is known to the team.

Run through `manage.py load_initial_content`. Every thématique and page is created only when
its slug is missing: a second run changes nothing and never overwrites an editor's work.
"""

from django.db import transaction

from pages.initial_content import ensure_child, ensure_home

from .models import StoreIndexPage, StoreItemPage, StoreItemTerritory, Thematique

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
        "territories": [],
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
        "territories": ["Métropole européenne de Lille (59)"],
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
        "territories": ["Département du Pas-de-Calais (62)"],
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
        "thematiques": ["logement"],
        "echelons": ["commune", "intercommunalite", "departement"],
        "phase": "acceleration",
        "builder": "Une startup d'État de beta.gouv.fr, portée par le ministère chargé du logement",
        "cost_model": "Gratuit pour les collectivités.",
        "service_url": "https://zerologementvacant.beta.gouv.fr/",
        "source_code_url": "https://github.com/MTES-MCT/zero-logement-vacant",
        "licence": "MIT",
        "contact": "",
        "territories": ["Eurométropole de Strasbourg (67)", "Saint-Lô Agglo (50)"],
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
        "territories": [],
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
        "territories": [],
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
        "thematiques": ["agriculture"],
        "echelons": ["commune", "intercommunalite", "departement", "region"],
        "phase": "perennise",
        "builder": "Une startup d'État de beta.gouv.fr, portée par le ministère chargé de "
        "l'agriculture",
        "cost_model": "Gratuit.",
        "service_url": "https://ma-cantine.agriculture.gouv.fr/",
        "source_code_url": "https://github.com/betagouv/ma-cantine",
        "licence": "MIT",
        "contact": "",
        "territories": [],
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
        "territories": [],
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
        "territories": [],
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
        "territories": [],
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
        "territories": [],
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
        "territories": [],
        "deployments": [],
    },
]


def ensure_thematiques() -> dict[str, Thematique]:
    """The eleven thématiques, in this order when created; existing ones are left as they are."""
    by_slug = {}
    for position, (slug, name) in enumerate(THEMATIQUES):
        thematique = Thematique.objects.filter(slug=slug).first()
        if thematique is None:
            thematique = Thematique.objects.create(slug=slug, name=name, sort_order=position)
        by_slug[slug] = thematique
    return by_slug


def ensure_service(index: StoreIndexPage, data: dict, thematiques: dict[str, Thematique]):
    if index.get_children().filter(slug=data["slug"]).exists():
        return
    # Deployments ("kind:code") are created by the geography loader, not as page fields.
    related = {"thematiques", "territories", "deployments"}
    fields = {k: v for k, v in data.items() if k not in related}
    page = StoreItemPage(**fields)
    page.thematiques = [thematiques[slug] for slug in data["thematiques"]]
    page.territories = [StoreItemTerritory(name=name) for name in data["territories"]]
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
