"""The first synonyms, so that `transport` finds the services filed under « Mobilité ».

Run through `manage.py load_initial_content`. A group is created only when none of the
existing groups holds its first word: an editor's changes are never overwritten.
"""

from .models import SynonymGroup

GROUPS = [
    "mobilité, transport, déplacement, covoiturage, vélo, bus, trajet, itinéraire",
    "déchets, ordures, recyclage, tri, collecte",
    "logement, habitat, immobilier, habitation",
    "démarches, formulaire, dématérialisation, téléservice, procédure",
    "aides, subvention, financement, dotation",
    "accessibilité, handicap, PMR",
    "emploi, insertion, travail, chômage, recrutement",
    "données, data, opendata, statistiques",
    "urbanisme, PLU, PLUi, aménagement, foncier",
    "solidarité, social, RSA, précarité",
    "cantine, restauration, repas, scolaire, alimentation",
    "agriculture, alimentation, agricole",
]


def load() -> None:
    taken = {word for group in SynonymGroup.objects.all() for word in group.normalised_words()}
    for words in GROUPS:
        group = SynonymGroup(words=words)
        if group.normalised_words()[0] not in taken:
            group.save()
            taken.update(group.normalised_words())
