"""The catalogue's words that editors change without a developer: the échelons' and phases'
names, the filters' labels and the sentence that counts the results. They are fields of the
catalogue page (its « Libellés » tab), which every store page already has at hand: reading
them costs no query. The codes (in the address, the exports, the API) stay those of
store/choices.py; only what a visitor reads changes."""

from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

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
                FieldPanel("filter_thematique"),
                FieldPanel("filter_thematique_all"),
                FieldPanel("filter_echelon"),
                FieldPanel("filter_echelon_all"),
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
                FieldPanel("empty_text"),
                FieldPanel("empty_reset"),
            ],
            heading="Nombre de résultats",
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
