"""The catalogue's words that editors change without a developer: the échelons' and phases'
names, the filters' labels, the sentence that counts the results, the selection and open-data
texts, and the words of every service page's phase badge and practical box. They are fields of the
catalogue page (its « Libellés » tab), which every store page already has at hand: reading
them costs no query. The codes (in the address, the exports, the API) stay those of
store/choices.py; only what a visitor reads changes."""

from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from pages.placeholders import fill

from .choices import ECHELONS, PHASES


def label(verbose_name: str, default: str, help_text: str, max_length: int = 80):
    return models.CharField(
        verbose_name, max_length=max_length, default=default, help_text=help_text
    )


def echelon_label(default: str):
    return label(
        f"Échelon « {default} »",
        default,
        "Le nom de cet échelon dans le filtre du catalogue et sur la page des services qui "
        "le servent.",
    )


def phase_label(default: str):
    return label(
        f"Phase « {default} »",
        default,
        "Le nom de cette phase sur l'étiquette de couleur des cartes et des pages de service.",
    )


class CatalogueLabels(models.Model):
    """The fields of the « Libellés » tab of the catalogue page."""

    echelon_commune = echelon_label("Commune")
    echelon_intercommunalite = echelon_label("Intercommunalité")
    echelon_departement = echelon_label("Département")
    echelon_region = echelon_label("Région")

    phase_investigation = phase_label("Investigation")
    phase_construction = phase_label("Construction")
    phase_acceleration = phase_label("Accélération")
    phase_perennise = phase_label("Pérennisé")
    phase_transfert = phase_label("Transfert")

    filter_form_label = label(
        "Nom du formulaire des filtres pour les lecteurs d'écran",
        "Filtrer les services",
        "Lu par les lecteurs d'écran des personnes aveugles quand elles arrivent sur les "
        "filtres du catalogue ; n'est pas affiché.",
    )
    filter_thematique = label(
        "Titre du filtre par thématique",
        "Thématique",
        "Le mot au-dessus de la liste déroulante des thématiques.",
    )
    filter_thematique_all = label(
        "Choix « toutes les thématiques »",
        "Toutes les thématiques",
        "Le premier choix de cette liste, qui ne filtre pas.",
    )
    filter_echelon = label(
        "Titre du filtre par échelon",
        "Échelon",
        "Le mot au-dessus de la liste déroulante des échelons.",
    )
    filter_echelon_all = label(
        "Choix « tous les échelons »",
        "Tous les échelons",
        "Le premier choix de cette liste, qui ne filtre pas.",
    )
    filter_search = label(
        "Titre du champ de recherche",
        "Rechercher",
        "Le mot au-dessus du champ où le visiteur tape ce qu'il cherche.",
    )
    filter_search_hint = label(
        "Aide du champ de recherche",
        "Un mot du nom ou de la description du service",
        "La phrase en gris sous ce titre, qui dit quoi taper.",
        max_length=200,
    )
    filter_territoire = label(
        "Titre du filtre par territoire",
        "Près de chez moi",
        "Le mot au-dessus de la liste déroulante des régions et des départements.",
    )
    filter_territoire_hint = label(
        "Aide du filtre par territoire",
        "Les services déjà déployés dans ce territoire",
        "La phrase en gris sous ce titre, qui dit ce que fait ce filtre.",
        max_length=200,
    )
    filter_territoire_all = label(
        "Choix « partout en France »",
        "Partout en France",
        "Le premier choix de cette liste, qui ne filtre pas.",
    )
    filter_territoire_region = label(
        "Choix « toute une région »",
        "Toute la région {région}",
        "Le choix, en tête des départements de chaque région, qui montre les services de "
        "toute la région. Écrivez {région} (avec les accolades) là où doit apparaître le nom "
        "de la région ; sans lui, le nom est ajouté à la fin.",
        max_length=120,
    )
    filter_button = label(
        "Texte du bouton des filtres",
        "Filtrer",
        "Le bouton qui applique les filtres (quand le navigateur n'actualise pas la liste "
        "tout seul).",
    )

    result_none = label(
        "Phrase quand aucun service ne correspond",
        "Aucun service trouvé",
        "Le titre de la liste quand la recherche ou les filtres ne donnent rien.",
        max_length=120,
    )
    result_one = label(
        "Après le nombre : un service",
        "service",
        "Écrit après le nombre quand le catalogue montre un seul service, sans filtre ni "
        "recherche : « 1 service ». Le nombre est ajouté tout seul.",
    )
    result_many = label(
        "Après le nombre : plusieurs services",
        "services",
        "Écrit après le nombre quand le catalogue montre tous ses services : « 14 services ». "
        "Le nombre est ajouté tout seul.",
    )
    result_found_one = label(
        "Après le nombre : un service trouvé",
        "service trouvé",
        "Écrit après le nombre quand un filtre ou une recherche donne un seul service : "
        "« 1 service trouvé ». Le nombre est ajouté tout seul.",
    )
    result_found_many = label(
        "Après le nombre : plusieurs services trouvés",
        "services trouvés",
        "Écrit après le nombre quand un filtre ou une recherche donne plusieurs services : "
        "« 3 services trouvés ». Le nombre est ajouté tout seul.",
    )
    result_page = label(
        "Numéro de page",
        "— page {page} sur {pages}",
        "Écrit après le nombre de services quand ils tiennent sur plusieurs pages. Écrivez "
        "{page} (avec les accolades) là où doit apparaître le numéro de la page affichée, et "
        "{pages} pour le nombre de pages.",
    )
    search_corrected = label(
        "Recherche corrigée",
        "Résultats pour « {correction} » (vous avez cherché « {recherche} »).",
        "Affiché au-dessus des services quand la recherche contenait une faute de frappe "
        "corrigée. Écrivez {correction} (avec les accolades) là où doit apparaître la "
        "recherche corrigée, et {recherche} pour ce que le visiteur a tapé.",
        max_length=200,
    )
    closest_thematiques = label(
        "Thématiques proches d'une recherche sans résultat",
        "Les thématiques les plus proches de votre recherche :",
        "Quand une recherche ne donne aucun service, la phrase au-dessus des liens vers les "
        "thématiques qui ressemblent le plus aux mots tapés.",
        max_length=200,
    )
    pagination_label = label(
        "Nom de la pagination pour les lecteurs d'écran",
        "Pagination du catalogue",
        "Lu par les lecteurs d'écran sur la liste des numéros de page, sous les cartes ; "
        "n'est pas affiché.",
    )
    empty_text = label(
        "Texte quand aucun service ne correspond",
        "Aucun service ne correspond à ces critères. Essayez une autre thématique, un autre "
        "échelon ou d'autres mots, ou revenez à la liste complète.",
        "Le conseil affiché à la place des cartes quand rien ne correspond.",
        max_length=300,
    )
    empty_reset = label(
        "Bouton pour revenir à la liste complète",
        "Réinitialiser les filtres",
        "Le bouton sous ce conseil, qui efface les filtres et la recherche.",
    )

    unknown_thematique_text = label(
        "Avertissement pour une thématique inconnue",
        "Cette thématique n'existe pas ou plus : le filtre par thématique est ignoré.",
        "Affiché au-dessus des services quand l'adresse demande une thématique supprimée ou "
        "renommée (un ancien lien, par exemple).",
        max_length=200,
    )

    select_label = label(
        "Case pour choisir un service",
        "Sélectionner ce service",
        "Le texte de la case à cocher sous chaque carte du catalogue.",
    )
    selection_hint = label(
        "Consigne de la sélection",
        "Cochez « Sélectionner ce service » sur les services qui vous intéressent.",
        "La phrase en bas du catalogue, avant que le visiteur ait coché une case.",
        max_length=200,
    )
    selection_none = label(
        "Sélection vide",
        "Aucun service sélectionné.",
        "Remplace la consigne quand le visiteur a décoché toutes les cases.",
        max_length=120,
    )
    selection_one = label(
        "Un service sélectionné",
        "1 service sélectionné.",
        "Remplace la consigne quand une seule case est cochée.",
        max_length=120,
    )
    selection_many = label(
        "Plusieurs services sélectionnés",
        "{nombre} services sélectionnés.",
        "Remplace la consigne quand plusieurs cases sont cochées. Écrivez {nombre} (avec les "
        "accolades) là où doit apparaître le nombre de cases cochées.",
        max_length=120,
    )
    selection_button = label(
        "Bouton de la sélection",
        "Être recontacté au sujet des services sélectionnés",
        "Le bouton en bas du catalogue qui ouvre le formulaire de rappel pour les services "
        "cochés.",
        max_length=120,
    )
    selection_button_one = label(
        "Bouton pour un service sélectionné",
        "Être recontacté au sujet de 1 service",
        "Le texte de ce bouton quand une seule case est cochée.",
        max_length=120,
    )
    selection_button_many = label(
        "Bouton pour plusieurs services sélectionnés",
        "Être recontacté au sujet de {nombre} services",
        "Le texte de ce bouton quand plusieurs cases sont cochées. Écrivez {nombre} (avec les "
        "accolades) là où doit apparaître le nombre de cases cochées.",
        max_length=120,
    )

    open_data_title = label(
        "Titre des données ouvertes",
        "Ces résultats en données ouvertes",
        "Le petit titre au-dessus des liens de téléchargement, sous les cartes.",
        max_length=120,
    )
    open_data_csv = label(
        "Lien de téléchargement en tableur (CSV)",
        "Télécharger la liste au format CSV",
        "Le lien qui télécharge les services affichés dans un fichier pour tableur.",
        max_length=120,
    )
    open_data_json = label(
        "Lien de téléchargement en JSON",
        "Télécharger la liste au format JSON",
        "Le lien qui télécharge les services affichés dans un fichier pour les développeurs.",
        max_length=120,
    )
    open_data_schema = label(
        "Lien vers la description des données",
        "Schéma JSON des données (description de chaque champ)",
        "Le lien vers la page qui explique chaque colonne des fichiers téléchargés.",
        max_length=120,
    )

    phase_prefix = label(
        "Devant la phase",
        "Phase :",
        "Écrit devant le nom de la phase, sur l'étiquette de couleur en haut de chaque page "
        "de service : « Phase : Accélération ».",
    )
    facts_echelons = label(
        "Intitulé des échelons",
        "Pour les collectivités",
        "Dans l'encadré pratique de chaque service, devant les échelons qu'il sert.",
    )
    facts_builder = label(
        "Intitulé de l'équipe qui le fait",
        "Conçu et opéré par",
        "Dans l'encadré pratique, devant le nom de l'équipe qui fait le service.",
    )
    facts_cost_model = label(
        "Intitulé du modèle de coût",
        "Modèle de coût",
        "Dans l'encadré pratique, devant ce que le service coûte.",
    )
    facts_licence = label(
        "Intitulé de la licence",
        "Licence",
        "Dans l'encadré pratique, devant la licence du service.",
    )
    facts_contact = label(
        "Intitulé du contact",
        "Contact de l'équipe",
        "Dans l'encadré pratique, devant l'adresse de contact de l'équipe.",
    )
    facts_unknown = label(
        "Information non renseignée",
        "Non précisé",
        "Affiché dans l'encadré pratique quand un service n'a pas d'échelon ou de modèle de "
        "coût.",
    )
    facts_unknown_licence = label(
        "Licence non renseignée",
        "Non précisée",
        "Affiché dans l'encadré pratique quand un service n'a pas de licence.",
    )
    service_button = label(
        "Bouton vers le service",
        "Découvrir le service",
        "Le bouton de l'encadré pratique qui ouvre le site du service dans un nouvel onglet.",
    )
    source_code_button = label(
        "Bouton vers le code source",
        "Voir le code source",
        "Le bouton de l'encadré pratique qui ouvre le code source du service dans un nouvel "
        "onglet.",
    )

    card_deployed_one = label(
        "Carte : déployé dans une collectivité",
        "Déployé dans 1 collectivité",
        "Sous le nom de chaque service, quand il est utilisé par une seule collectivité.",
        max_length=120,
    )
    card_deployed_many = label(
        "Carte : déployé dans plusieurs collectivités",
        "Déployé dans {nombre} collectivités",
        "Sous le nom de chaque service utilisé par plusieurs collectivités. Écrivez {nombre} "
        "(avec les accolades) là où doit apparaître le nombre de collectivités.",
        max_length=120,
    )
    card_local_departement = label(
        "Carte : dont dans votre département",
        ", dont {nombre} dans votre département",
        "Ajouté à la suite de la phrase précédente quand le visiteur a choisi un département "
        "dans le filtre « Près de chez moi ». Écrivez {nombre} (avec les accolades) là où doit "
        "apparaître le nombre de collectivités de ce département.",
        max_length=120,
    )
    card_local_region = label(
        "Carte : dont dans votre région",
        ", dont {nombre} dans votre région",
        "Ajouté à la suite de la phrase précédente quand le visiteur a choisi une région dans "
        "le filtre « Près de chez moi ». Écrivez {nombre} (avec les accolades) là où doit "
        "apparaître le nombre de collectivités de cette région.",
        max_length=120,
    )

    other_territories = label(
        "Territoires non rattachés",
        "Autres territoires",
        "Sur la page d'un service, le titre des territoires qui ne sont pas (encore) "
        "rattachés à une collectivité, sous la liste par région.",
    )
    map_label = label(
        "Nom de la carte pour les lecteurs d'écran",
        "Carte de France des départements où {service} est déployé",
        "Lu par les lecteurs d'écran des personnes aveugles, sur la carte de chaque page de "
        "service. Écrivez {service} (avec les accolades) là où doit apparaître le nom du "
        "service.",
        max_length=200,
    )
    map_legend = label(
        "Légende de la carte",
        "Départements hachurés : le service y est déployé (liste ci-contre, outre-mer compris).",
        "La phrase sous la carte de chaque page de service (la source du fond de carte suit, "
        "elle ne change pas).",
        max_length=200,
    )
    map_area_one = label(
        "Département avec un déploiement",
        "{département} : 1 déploiement (voir la liste)",
        "Lu par les lecteurs d'écran sur un département hachuré de la carte. Écrivez "
        "{département} (avec les accolades) là où doit apparaître son nom ; sans lui, le nom "
        "est ajouté à la fin.",
        max_length=120,
    )
    map_area_many = label(
        "Département avec plusieurs déploiements",
        "{département} : {nombre} déploiements (voir la liste)",
        "Comme le précédent, pour plusieurs déploiements. Écrivez {département} (avec les "
        "accolades) là où doit apparaître son nom et {nombre} pour le nombre de déploiements.",
        max_length=120,
    )

    labels_panels = [
        MultiFieldPanel(
            [FieldPanel(f"echelon_{code}") for code, _ in ECHELONS],
            heading="Échelons",
            help_text="Les noms affichés ; l'adresse filtrée (?echelon=commune) ne change pas.",
        ),
        MultiFieldPanel(
            [FieldPanel(f"phase_{code}") for code, _ in PHASES],
            heading="Phases",
            help_text="Les noms affichés ; les données ouvertes gardent le code de la phase.",
        ),
        MultiFieldPanel(
            [
                FieldPanel("filter_form_label"),
                FieldPanel("filter_thematique"),
                FieldPanel("filter_thematique_all"),
                FieldPanel("filter_echelon"),
                FieldPanel("filter_echelon_all"),
                FieldPanel("filter_territoire"),
                FieldPanel("filter_territoire_hint"),
                FieldPanel("filter_territoire_all"),
                FieldPanel("filter_territoire_region"),
                FieldPanel("filter_search"),
                FieldPanel("filter_search_hint"),
                FieldPanel("filter_button"),
            ],
            heading="Filtres du catalogue",
        ),
        MultiFieldPanel(
            [
                FieldPanel("result_none"),
                FieldPanel("result_one"),
                FieldPanel("result_many"),
                FieldPanel("result_found_one"),
                FieldPanel("result_found_many"),
                FieldPanel("result_page"),
                FieldPanel("pagination_label"),
                FieldPanel("search_corrected"),
                FieldPanel("empty_text"),
                FieldPanel("closest_thematiques"),
                FieldPanel("empty_reset"),
            ],
            heading="Nombre de résultats",
        ),
        MultiFieldPanel(
            [FieldPanel("unknown_thematique_text")]
            + [FieldPanel(f"open_data_{name}") for name in ("title", "csv", "json", "schema")],
            heading="Sous les cartes du catalogue",
        ),
        MultiFieldPanel(
            [
                FieldPanel("card_deployed_one"),
                FieldPanel("card_deployed_many"),
                FieldPanel("card_local_departement"),
                FieldPanel("card_local_region"),
            ],
            heading="Cartes des services",
            help_text="La phrase sous le nom de chaque service, dans le catalogue et parmi les "
            "services proches : « Déployé dans 3 collectivités, dont 1 dans votre "
            "département ».",
        ),
        MultiFieldPanel(
            [
                FieldPanel("select_label"),
                FieldPanel("selection_hint"),
                FieldPanel("selection_none"),
                FieldPanel("selection_one"),
                FieldPanel("selection_many"),
                FieldPanel("selection_button"),
                FieldPanel("selection_button_one"),
                FieldPanel("selection_button_many"),
            ],
            heading="Sélection de services",
            help_text="Le visiteur coche des services puis demande à être recontacté à leur "
            "sujet ; les textes changent quand il coche.",
        ),
        MultiFieldPanel(
            [
                FieldPanel("phase_prefix"),
                FieldPanel("facts_echelons"),
                FieldPanel("facts_builder"),
                FieldPanel("facts_cost_model"),
                FieldPanel("facts_licence"),
                FieldPanel("facts_contact"),
                FieldPanel("facts_unknown"),
                FieldPanel("facts_unknown_licence"),
                FieldPanel("service_button"),
                FieldPanel("source_code_button"),
                FieldPanel("other_territories"),
                FieldPanel("map_label"),
                FieldPanel("map_legend"),
                FieldPanel("map_area_one"),
                FieldPanel("map_area_many"),
            ],
            heading="Pages des services",
            help_text="Les mots de l'étiquette de phase, de l'encadré pratique et de la liste et "
            "de la carte des territoires, sur chaque page de service.",
        ),
    ]

    class Meta:
        abstract = True

    def echelon_choices(self) -> list[tuple[str, str]]:
        """(code, name) of every échelon, in the order of store/choices.py."""
        return [(code, getattr(self, f"echelon_{code}")) for code, _ in ECHELONS]

    def echelon_names(self, codes: list[str]) -> list[str]:
        names = dict(self.echelon_choices())
        return [names[code] for code in codes if code in names]

    def phase_names(self) -> dict[str, str]:
        """The name of each phase by its code."""
        return {code: getattr(self, f"phase_{code}") for code, _ in PHASES}

    def result_phrase(self, count: int, filtered: bool) -> str:
        """« 14 services », « 1 service trouvé », « Aucun service trouvé »…"""
        if count == 0:
            return self.result_none
        if filtered:
            return f"{count} {self.result_found_one if count == 1 else self.result_found_many}"
        return f"{count} {self.result_one if count == 1 else self.result_many}"

    def region_choice(self, region: str) -> str:
        """« Toute la région Hauts-de-France »."""
        return fill(self.filter_territoire_region, append="region", region=region)

    def page_of(self, number: int, count: int) -> str:
        """« — page 2 sur 3 »."""
        return fill(self.result_page, page=number, pages=count)

    def corrected_search(self, corrected: str, typed: str) -> str:
        """« Résultats pour « rénovation » (vous avez cherché « renovatoin »). »"""
        return fill(self.search_corrected, correction=corrected, recherche=typed)

    def deployment_phrase(self, count: int, local_count: int | None, kind: str = "") -> str:
        """« Déployé dans 3 collectivités, dont 1 dans votre département » (`kind`: that of
        the territory the visitor chose, if any)."""
        text = self.card_deployed_one if count == 1 else self.card_deployed_many
        phrase = fill(text, nombre=count)
        if kind:
            local = self.card_local_region if kind == "region" else self.card_local_departement
            local = fill(local, nombre=local_count)
            # « , dont… » follows the number; anything else is a new word.
            phrase += local if local[:1] in ",;:.)" else f" {local}"
        return phrase

    def map_area_label(self, departement: str, count: int) -> str:
        """« Pas-de-Calais : 2 déploiements (voir la liste) »."""
        text = self.map_area_one if count == 1 else self.map_area_many
        return fill(text, append="departement", departement=departement, nombre=count)
