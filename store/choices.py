"""The fixed lists a service is classified by: the échelons it serves and its phase."""

ECHELONS = [
    ("commune", "Commune"),
    ("intercommunalite", "Intercommunalité"),
    ("departement", "Département"),
    ("region", "Région"),
]

# The stages of a service in the beta.gouv.fr vocabulary, with the DSFR badge that shows each.
PHASES = [
    ("investigation", "Investigation"),
    ("construction", "Construction"),
    ("acceleration", "Accélération"),
    ("perennise", "Pérennisé"),
    ("transfert", "Transfert"),
]
# Illustrative colours, without icons: a phase is a stage, not a success, a warning or an
# error (the DSFR's system badges, with their ✓ and ⚠ icons, would say it is).
PHASE_BADGES = {
    "investigation": "fr-badge--yellow-tournesol",
    "construction": "fr-badge--blue-ecume",
    "acceleration": "fr-badge--purple-glycine",
    "perennise": "fr-badge--green-emeraude",
    "transfert": "fr-badge--green-bourgeon",
}

# The DSFR pictograms a thématique can show on the cards of services without a logo: paths
# under the django-dsfr static folder dsfr/dist/artwork/pictograms/, without ".svg".
PICTOGRAMS = [
    ("map/map", "Carte"),
    ("map/map-pin", "Repère sur une carte"),
    ("map/compass", "Boussole"),
    ("map/location-france", "Carte de France"),
    ("environment/environment", "Environnement"),
    ("environment/leaf", "Feuille"),
    ("environment/tree", "Arbre"),
    ("environment/food", "Alimentation"),
    ("environment/human-cooperation", "Mains qui coopèrent"),
    ("buildings/house", "Maison"),
    ("buildings/city-hall", "Mairie"),
    ("buildings/companie", "Entreprise"),
    ("buildings/factory", "Usine"),
    ("buildings/school", "École"),
    ("document/document", "Document"),
    ("document/document-signature", "Document à signer"),
    ("document/binders", "Classeurs"),
    ("accessibility/accessibility", "Accessibilité"),
    ("accessibility/wheelchair", "Fauteuil roulant"),
    ("digital/data-visualization", "Graphique de données"),
    ("digital/application", "Application"),
    ("digital/calendar", "Calendrier"),
    ("digital/search", "Loupe"),
    ("digital/innovation", "Innovation"),
    ("institutions/money", "Argent"),
    ("leisure/community", "Communauté"),
    ("health/health", "Santé"),
]
DEFAULT_PICTOGRAM = "digital/application"
