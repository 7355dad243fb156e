"""The site's first content: the home page and the pages every State website must have.

Run through `manage.py load_initial_content`. Each page is created only when its slug is
missing, so a second run changes nothing and never overwrites what an editor changed.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from django.utils.text import slugify
from wagtail.models import Page, Site

from pages.models import (
    AnctOfferPage,
    Example,
    FaqEntryPage,
    HomePage,
    OfferPage,
    OffersIndexPage,
    SitePlanPage,
    SiteSettings,
    StandardPage,
)
from pages.pictograms import DEFAULT_OFFER_PICTOGRAM, OFFER_PICTOGRAMS_BY_NUMBER
from pages.seed_documents import parse_anct, parse_offers

LEGAL_NOTICE = """\
## Éditeur

Ce site est édité par l'Agence nationale de la cohésion des territoires (ANCT), \
établissement public de l'État, 20 avenue de Ségur, 75007 Paris.

L'Incubateur des Territoires est un programme de l'ANCT.

## Directeur de la publication

Le directeur général de l'Agence nationale de la cohésion des territoires.

## Hébergement

Le nom, l'adresse et le téléphone de l'hébergeur sont indiqués ici lors de la mise en \
production du site.

## Réutilisation des contenus

Sauf mention contraire, les textes de ce site sont publiés sous la \
[licence ouverte Etalab 2.0](https://www.etalab.gouv.fr/licence-ouverte-open-licence/) : vous \
pouvez les réutiliser librement, à condition d'en mentionner la source.

## Liens vers ce site

Tout site public ou privé peut faire un lien vers les pages de ce site sans autorisation \
préalable.
"""

ACCESSIBILITY = """\
L'Agence nationale de la cohésion des territoires s'engage à rendre ses sites internet \
accessibles, conformément à l'article 47 de la loi n° 2005-102 du 11 février 2005.

Cette déclaration d'accessibilité s'applique au site de l'Incubateur des Territoires.

## État de conformité

Ce site est **non conforme** au référentiel général d'amélioration de l'accessibilité \
(RGAA), version 4.1 : il n'a pas encore fait l'objet d'un audit. Il est construit avec le \
Système de design de l'État et vérifié automatiquement à chaque modification.

## Amélioration et contact

Si vous n'arrivez pas à accéder à un contenu ou à un service, écrivez-nous par le \
[formulaire de contact](/contact/) : nous vous répondrons et vous proposerons une \
alternative accessible.

## Voies de recours

Si vous nous avez signalé un défaut d'accessibilité sans obtenir de réponse satisfaisante, \
vous pouvez :

- écrire un message au [Défenseur des droits](https://formulaire.defenseurdesdroits.fr/) ;
- contacter le délégué du Défenseur des droits dans votre région ;
- envoyer un courrier par la poste (gratuit, ne pas mettre de timbre) : Défenseur des \
droits, Libre réponse 71120, 75342 Paris CEDEX 07.
"""

PERSONAL_DATA = """\
## Responsable du traitement

L'Agence nationale de la cohésion des territoires (ANCT), 20 avenue de Ségur, 75007 Paris, \
dont l'Incubateur des Territoires est un programme.

## Ce que nous collectons et pourquoi

Ce site ne collecte des données personnelles que lorsque vous demandez à être recontacté, \
depuis le [formulaire de rappel](/contact/) ou depuis une offre ou un service : vos nom et \
prénom, adresse électronique professionnelle, téléphone (facultatif), collectivité ou \
organisation, fonction (facultative), l'objet et le message de votre demande, l'offre ou les \
services dont elle parle et la page d'où vous l'avez envoyée. Elles servent uniquement à vous \
recontacter au sujet de votre demande et à en suivre le traitement. Votre adresse IP n'est \
pas enregistrée : une empreinte chiffrée, effacée après dix minutes, sert seulement à limiter \
les envois automatiques.

## Base légale

Le traitement repose sur votre consentement, que vous donnez en cochant la case prévue \
dans le formulaire. Vous pouvez le retirer à tout moment : votre demande est alors supprimée.

## Destinataires

Seuls les membres de l'équipe de l'Incubateur des Territoires chargés de répondre aux \
demandes y ont accès, dans l'interface d'administration du site et par l'e-mail qui les \
prévient de chaque nouvelle demande. Vos données ne sont ni vendues, ni cédées, ni \
transférées hors de l'Union européenne.

## Durée de conservation

Les demandes sont supprimées automatiquement 12 mois après leur réception.

## Vos droits

Vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation et \
d'opposition sur vos données, et du droit de retirer votre consentement. Pour les exercer, \
écrivez-nous par le [formulaire de contact](/contact/), en répondant à l'accusé de réception \
que vous avez reçu, ou par courrier au délégué à la protection des données de l'ANCT, \
20 avenue de Ségur, 75007 Paris. Nous vous répondons dans un délai d'un mois. Si vous estimez \
que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la \
[CNIL](https://www.cnil.fr/).

## Cookies {#cookies}

Ce site ne dépose aucun cookie de mesure d'audience ni de publicité : il n'y a donc rien à \
accepter ni à refuser. Il n'utilise que des cookies strictement nécessaires : un jeton de \
sécurité pour l'envoi des formulaires et, pour l'équipe éditoriale, la session de \
l'interface d'administration. Le choix du thème d'affichage (clair ou sombre) est gardé \
dans votre navigateur et ne nous est pas transmis.
"""

HOME_TILES = [
    (
        "Offres aux collectivités territoriales",
        "Chercher et tester une solution face à un problème, développer un service public "
        "numérique, ou adopter un service qui a fait ses preuves.",
        "/offres-collectivites/",
    ),
    (
        "L'offre pour les agents de l'ANCT",
        "La démarche de l'Incubateur en quatre phases, et les réponses aux questions sur le "
        "lancement d'une startup de territoire.",
        "/offre-anct/",
    ),
    (
        "Territoires Store",
        "Le catalogue des services publics numériques open source déjà utilisés par des "
        "collectivités, déployables à moindre coût.",
        "/territoires-store/",
    ),
]


def ensure_child(parent: Page, page: Page) -> Page:
    """The child of `parent` with `page.slug`: the existing one, else `page`, published."""
    existing = parent.get_children().filter(slug=page.slug).first()
    if existing:
        return existing.specific
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def ensure_home() -> HomePage:
    """The home page, and the default site pointing at it (replacing Wagtail's welcome page)."""
    home = HomePage.objects.first()
    if home is None:
        root = Page.get_first_root_node()
        welcome = root.get_children().filter(slug="home").exclude(content_type__model="homepage")
        Site.objects.filter(root_page__in=welcome).delete()
        welcome.delete()
        home = ensure_child(
            root,
            HomePage(
                title="Accueil",
                slug="accueil",
                hero_title="Des services publics numériques utiles, conçus avec les territoires",
                hero_text=(
                    "L'Incubateur des Territoires, programme de l'Agence nationale de la "
                    "cohésion des territoires, accompagne les collectivités et les agents "
                    "publics pour résoudre des problèmes concrets avec les usagers."
                ),
                tiles_title="Ce que nous proposons",
                tiles=[
                    ("tile", {"title": title, "description": text, "page": None, "url": url})
                    for title, text, url in HOME_TILES
                ],
            ),
        )
    Site.objects.get_or_create(
        is_default_site=True,
        defaults={
            "hostname": "localhost",
            "port": 80,
            "site_name": "Incubateur des Territoires",
            "root_page": home,
        },
    )
    return home


# Short, stable addresses for the three offers of the seed document, by offer number.
OFFER_SLUGS = {
    1: "chercher-et-tester-une-solution",
    2: "developper-un-service-public-numerique",
    3: "beneficier-de-services-publics-numeriques",
}
# The seed lists « Voir des exemples » under offer 1 only; the examples of startups de
# territoire below belong to offer 2, so its button is shown too (editors can untick it).
EXAMPLES_SHOWN_UNDER = {1, 2}

# Real projects, from public facts (beta.gouv.fr startup pages, press), in our own words.
EXAMPLES = [
    {
        "title": "Pau Partage",
        # Sources: beta.gouv.fr's page of the startup; aqui.fr, 2 September 2019.
        "collectivite": "Ville de Pau",
        "territory": "Pyrénées-Atlantiques",
        "year": 2019,
        "problem": (
            "Les agents qui passent chez les personnes âgées, pour l'aide à domicile ou le "
            "portage des repas, voient chaque jour combien beaucoup d'entre elles vivent seules "
            "et souffrent de cet isolement."
        ),
        "result": (
            "Quatre agents de la ville (une aide à domicile, une agente du portage de repas et "
            "deux chargées de projet) ont testé en trois mois un service qui forme des binômes "
            "entre des personnes âgées isolées et des bénévoles ; l'essai concluant, la ville "
            "l'a élargi."
        ),
        "link": "https://beta.gouv.fr/startups/pau-partage.html",
        "offers": [1],
    },
    {
        "title": "mes-aides.bretagne.bzh",
        "collectivite": "Région Bretagne",
        "territory": "Bretagne",
        "year": 2019,
        "problem": (
            "Beaucoup d'aides publiques ne parviennent pas à ceux qui y ont droit : "
            "l'information est éparpillée entre collectivités, on ne sait pas quoi faire une "
            "fois l'aide repérée, et les lieux d'accueil sont mal reliés aux ressources en ligne."
        ),
        "result": (
            "L'investigation a abouti à un simulateur qui dit en quelques minutes à un foyer à "
            "quelles aides des collectivités bretonnes il a droit, comment les demander et où "
            "se faire accompagner ; sa construction s'est poursuivie avec les services de la "
            "Région."
        ),
        "link": "https://beta.gouv.fr/startups/mes-aides.bretagne.bzh.html",
        "offers": [1],
    },
    {
        "title": "RDV-Solidarités",
        "collectivite": "Département du Pas-de-Calais",
        "territory": "Pas-de-Calais, puis d'autres départements",
        "year": 2018,
        "problem": (
            "Dans les maisons départementales des solidarités, environ un rendez-vous sur cinq "
            "n'était ni honoré ni décommandé, ce qui allongeait l'attente de personnes souvent "
            "fragiles (protection maternelle et infantile, accueil social)."
        ),
        "result": (
            "Deux travailleuses médico-sociales devenues intrapreneuses ont fait passer ces "
            "rendez-vous manqués sous les 5 % dans les maisons pilotes. En 2019, douze "
            "départements se sont associés pour construire ensemble l'outil de prise de "
            "rendez-vous et de rappels par SMS et courriel : RDV-Solidarités."
        ),
        "link": "https://www.rdv-solidarites.fr/",
        "offers": [1, 2],
    },
    {
        "title": "Histologe",
        "collectivite": "Communauté d'agglomération Pau Béarn Pyrénées",
        "territory": "Pau (Pyrénées-Atlantiques)",
        "year": 2020,
        "problem": (
            "Les locataires mal logés (humidité, insalubrité, nuisibles) renoncent souvent à "
            "signaler leur situation, faute de savoir à qui s'adresser parmi les nombreux "
            "acteurs de l'habitat."
        ),
        "result": (
            "Deux agents de l'agglomération ont créé un service en ligne où l'occupant décrit "
            "son logement sans créer de compte, et où chaque signalement part vers le "
            "partenaire qui peut agir. Né à Pau en 2020, Histologe est devenu une startup d'État "
            "déployée dans des dizaines de départements."
        ),
        "link": "https://histologe.beta.gouv.fr/",
        "offers": [2],
    },
]


def ensure_offers(home: HomePage) -> None:
    """The offers page and its three offers, from the seed document; examples on first run."""
    document = parse_offers()
    existing = home.get_children().filter(slug=document.slug).first()
    if existing:
        return
    index = ensure_child(
        home,
        OffersIndexPage(
            title=document.title,
            slug=document.slug,
            intro=document.intro,
            show_in_menus=True,
        ),
    )
    offers = {}
    for offer in document.offers:
        flags = dict(offer.flags)
        flags["show_examples"] = flags["show_examples"] or offer.number in EXAMPLES_SHOWN_UNDER
        offers[offer.number] = ensure_child(
            index,
            OfferPage(
                title=offer.title,
                slug=OFFER_SLUGS.get(offer.number, f"offre-{offer.number}"),
                term=offer.term,
                pictogram=OFFER_PICTOGRAMS_BY_NUMBER.get(offer.number, DEFAULT_OFFER_PICTOGRAM),
                body=offer.body,
                **flags,
            ),
        )
    for sort_order, data in enumerate(EXAMPLES):
        if Example.objects.filter(title=data["title"]).exists():
            continue
        fields = {key: value for key, value in data.items() if key != "offers"}
        example = Example(**fields, sort_order=sort_order)
        example.offers = [offers[number] for number in data["offers"]]
        example.save()
        example.save_revision().publish()


def ensure_anct_offer(home: HomePage) -> None:
    """The offer to ANCT agents with its phases and, on first run, its FAQ entries."""
    document = parse_anct()
    if home.get_children().filter(slug=document.slug).exists():
        return
    page = ensure_child(
        home,
        AnctOfferPage(
            title=document.title,
            slug=document.slug,
            intro=document.intro,
            phases=[
                (
                    "phase",
                    {
                        "name": phase.name,
                        "duration": phase.duration,
                        "description": phase.description,
                    },
                )
                for phase in document.phases
            ],
            closing=document.closing,
            faq_title=document.faq_title,
            show_in_menus=True,
        ),
    )
    for question in document.questions:
        ensure_child(
            page,
            FaqEntryPage(
                title=question.question,
                slug=slugify(question.question),
                answer=question.answer,
            ),
        )


# Where Wagtail puts a site until someone says otherwise.
WAGTAIL_DEFAULT_ADDRESS = ("localhost", 80)


def ensure_site_address(site: Site) -> None:
    """The site's hostname and port from SITE_URL, so that the sitemap and the API's
    `html_url` give the public address; a site an administrator already set is left alone."""
    if (site.hostname, site.port) != WAGTAIL_DEFAULT_ADDRESS:
        return
    address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    if not address.hostname:
        return
    site.hostname = address.hostname
    site.port = address.port or (443 if address.scheme == "https" else 80)
    site.save(update_fields=["hostname", "port"])


def load() -> None:
    with transaction.atomic():
        home = ensure_home()
        site = Site.objects.get(is_default_site=True)
        ensure_site_address(site)
        SiteSettings.objects.get_or_create(
            site=site,
            defaults={
                "footer_description": (
                    "L'Incubateur des Territoires aide les collectivités territoriales et les "
                    "services de l'État à concevoir des services publics numériques utiles, "
                    "avec et pour leurs usagers."
                )
            },
        )
        ensure_child(
            home,
            StandardPage(
                title="Mentions légales",
                slug="mentions-legales",
                body=LEGAL_NOTICE,
            ),
        )
        ensure_child(
            home,
            StandardPage(
                title="Déclaration d'accessibilité",
                slug="accessibilite",
                body=ACCESSIBILITY,
            ),
        )
        ensure_child(
            home,
            StandardPage(
                title="Données personnelles et cookies",
                slug="donnees-personnelles",
                body=PERSONAL_DATA,
            ),
        )
        ensure_child(
            home,
            SitePlanPage(
                title="Plan du site",
                slug="plan-du-site",
                intro="Toutes les pages publiées du site, dans l'ordre de leur arborescence.",
            ),
        )
        ensure_offers(home)
        ensure_anct_offer(home)
