"""Recognise a territory written as free text, « Métropole européenne de Lille (59) », as
one collectivité of the official geography; used by migration 0012."""

import re

from search.text import normalise_text

DEPARTEMENT_IN_BRACKETS = re.compile(r"\(\s*(\d[\dab]\d?)\s*\)\s*$", re.IGNORECASE)
NON_WORD = re.compile(r"[\W_]+")
# What a free text puts before a name and the official name does not carry.
TEXT_PREFIX = re.compile(
    r"^(ville|commune|departement|region|conseil departemental|conseil regional)"
    r"( (de la|de l|du|des|de|d))? "
)
# The abbreviations official EPCI names start with (« CA Saint-Lô Agglo »).
EPCI_PREFIX = re.compile(r"^(ca|cc|cu) ")


def simple(name: str) -> str:
    return NON_WORD.sub(" ", normalise_text(name)).strip()


def official_variants(name: str) -> set[str]:
    name = simple(name)
    return {name, EPCI_PREFIX.sub("", name)}


def match_territory(collectivites, text: str):
    """The one collectivité `text` names, or None when none or several fit. With a
    département in brackets, only collectivités in it are considered."""
    found = DEPARTEMENT_IN_BRACKETS.search(text)
    name = simple(DEPARTEMENT_IN_BRACKETS.sub("", text))
    if not name:
        return None
    shorter = TEXT_PREFIX.sub("", name)
    wanted = {name, shorter}
    if found:
        candidates = collectivites.filter(
            departements__kind="departement", departements__code=found.group(1).upper()
        )
    else:
        longest = max(shorter.split(), key=len)
        candidates = collectivites.filter(search_name__contains=longest)
    matches = {c.pk: c for c in candidates if official_variants(c.name) & wanted}
    return next(iter(matches.values())) if len(matches) == 1 else None
