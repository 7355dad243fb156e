"""Placeholders in the texts editors write: « Phase {numéro} sur {total} »,
« Déployé dans {nombre} collectivités ». Used by every app whose texts count or name
something."""

import re

from search.text import normalise_text

PLACEHOLDER = re.compile(r"\{([^{}]{1,40})\}")


def placeholder_key(name: str) -> str:
    """« Région », « région », « region » and « { region } » are the same placeholder."""
    return normalise_text(name.strip())


def fill(text: str, append: str = "", **values) -> str:
    """`text` with each {name} of `values` replaced by its value (« {nombre} », « {région} »,
    accents and capitals optional). Anything else an editor typed (« {inconnu} », « {0} »,
    « % », a lone brace) is shown as typed: a typo never breaks a page. When `append` names a
    value whose placeholder `text` lacks, that value is added at the end, so that choices
    which differ only by it stay different."""
    values = {placeholder_key(key): str(value) for key, value in values.items()}
    used = set()

    def replace(match: re.Match) -> str:
        key = placeholder_key(match.group(1))
        if key not in values:
            return match.group(0)
        used.add(key)
        return values[key]

    filled = PLACEHOLDER.sub(replace, text)
    if append and append not in used:
        filled = f"{filled} {values[append]}".strip()
    return filled
