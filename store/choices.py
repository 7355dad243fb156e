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
