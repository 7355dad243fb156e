"""A service draft from a publiccode.yml, the metadata file public-sector code repositories
publish (https://yml.publiccode.tools): read it, map its fields to a service's, and save the
result as a draft an editor reviews and publishes in the admin. Nothing is ever published here.
"""

import urllib.request
from dataclasses import dataclass
from pathlib import Path
from urllib.error import URLError
from urllib.parse import urlsplit

from django.utils.text import slugify
from ruamel.yaml import YAML, YAMLError

from .models import StoreIndexPage, StoreItemPage

FETCH_TIMEOUT = 10  # seconds
MAX_SIZE = 1_000_000  # bytes; real publiccode.yml files are a few kilobytes
TO_COMPLETE = "À compléter"

# publiccode.yml's developmentStatus, in the beta.gouv.fr phases the catalogue uses.
PHASES = {
    "concept": "investigation",
    "development": "construction",
    "beta": "acceleration",
    "stable": "perennise",
}

# The service's fields an import may fill, with the labels the editors know from the admin.
LABELS = {
    "title": "Nom",
    "pitch": "Accroche",
    "purpose": "Ce qu'il permet à la collectivité",
    "description": "Description",
    "phase": "Phase",
    "builder": "Conçu et opéré par",
    "service_url": "Adresse du service",
    "source_code_url": "Adresse du code source",
    "licence": "Licence",
    "contact": "Contact",
}


class PubliccodeError(Exception):
    """What is wrong with the file, in French, for the person running the import."""


@dataclass
class Change:
    label: str
    before: str
    after: str


def read_source(source: str) -> str:
    """The text of a publiccode.yml: a local file, or an https:// address fetched once."""
    if "://" not in source:
        try:
            return Path(source).read_text(encoding="utf-8")
        except OSError as error:
            raise PubliccodeError(f"Impossible de lire {source} : {error.strerror}.") from error
        except UnicodeDecodeError as error:
            raise PubliccodeError(f"{source} n'est pas encodé en UTF-8.") from error
    if urlsplit(source).scheme != "https":
        raise PubliccodeError("Seules les adresses en https:// sont acceptées.")
    # https only, checked above: no file:// or ftp:// address is ever opened.
    request = urllib.request.Request(  # noqa: S310
        source, headers={"User-Agent": "territoires-store"}
    )
    try:
        with urllib.request.urlopen(request, timeout=FETCH_TIMEOUT) as response:  # noqa: S310
            content = response.read(MAX_SIZE + 1)
    except (URLError, TimeoutError, OSError) as error:
        raise PubliccodeError(f"Impossible de télécharger {source} : {error}.") from error
    if len(content) > MAX_SIZE:
        raise PubliccodeError(f"{source} dépasse 1 Mo : ce n'est pas un publiccode.yml.")
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError as error:
        raise PubliccodeError(f"{source} n'est pas encodé en UTF-8.") from error


def parse(text: str) -> dict:
    """The publiccode.yml as a dict; a French error naming the line when it is malformed."""
    try:
        data = YAML(typ="safe", pure=True).load(text)
    except YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" ligne {mark.line + 1}, colonne {mark.column + 1}" if mark else ""
        raise PubliccodeError(
            f"Le fichier n'est pas un YAML valide :{where or ' position inconnue'}. "
            "Corrigez-le et recommencez ; rien n'a été modifié."
        ) from error
    if not isinstance(data, dict) or not isinstance(data.get("name"), str):
        raise PubliccodeError(
            "Ce fichier n'est pas un publiccode.yml : il lui manque au moins le champ « name »."
        )
    return data


def _text(value) -> str:
    return value.strip() if isinstance(value, str) else ""


def _section(data: dict, key: str) -> dict:
    value = data.get(key)
    return value if isinstance(value, dict) else {}


def _description(data: dict) -> dict:
    """The description in French, else in English, else in the first language given."""
    descriptions = _section(data, "description")
    for language in ("fr", "en", *descriptions):
        if isinstance(descriptions.get(language), dict):
            return descriptions[language]
    return {}


def _first_email(contacts) -> str:
    for contact in contacts if isinstance(contacts, list) else []:
        if isinstance(contact, dict) and _text(contact.get("email")):
            return _text(contact["email"])
    return ""


def _repository(url: str) -> str:
    """The repository's browsable address: `https://github.com/org/app.git` → without `.git`."""
    return url.removesuffix(".git")


def service_fields(data: dict) -> dict:
    """The service's fields the publiccode.yml gives (the empty ones left out)."""
    description = _description(data)
    legal = _section(data, "legal")
    maintenance = _section(data, "maintenance")
    features = description.get("features")
    fields = {
        "title": _text(data["name"]),
        "pitch": _text(description.get("shortDescription")),
        "purpose": _text(features[0]) if isinstance(features, list) and features else "",
        "description": _text(description.get("longDescription")),
        "phase": PHASES.get(_text(data.get("developmentStatus")), ""),
        "builder": _text(legal.get("mainCopyrightOwner")) or _text(legal.get("repoOwner")),
        "service_url": _text(data.get("landingURL")),
        "source_code_url": _repository(_text(data.get("url"))),
        "licence": _text(legal.get("license")),
        "contact": _first_email(maintenance.get("contacts")),
    }
    return {name: value for name, value in fields.items() if value}


def find_service(fields: dict) -> StoreItemPage | None:
    """The service the file describes: the one with its code address, else its slug."""
    code = fields.get("source_code_url", "")
    services = StoreItemPage.objects.all()
    if code:
        match = services.filter(source_code_url__in=[code, code + ".git", code + "/"]).first()
        if match:
            return match
    return services.filter(slug=slugify(fields["title"])).first()


@dataclass
class Imported:
    page: StoreItemPage
    created: bool
    changes: list[Change]
    to_complete: list[str]  # the labels of required fields the file could not fill


def import_draft(index: StoreIndexPage, data: dict) -> Imported:
    """Create or update the service `data` describes as a draft. An existing service's live
    version stays as it is until an editor publishes the draft."""
    fields = service_fields(data)
    existing = find_service(fields)
    if existing is None:
        return _create_draft(index, fields)
    page = existing.get_latest_revision_as_object()
    changes = []
    for name, value in fields.items():
        before = getattr(page, name)
        if value != before:
            changes.append(Change(LABELS[name], str(before), value))
            setattr(page, name, value)
    if changes:
        page.full_clean()
        page.save_revision()
    return Imported(existing, False, changes, [])


def _create_draft(index: StoreIndexPage, fields: dict) -> Imported:
    # The model requires these three; a placeholder lets the draft be saved, and the editor
    # is told to write them before publishing.
    required = {"purpose": TO_COMPLETE, "builder": TO_COMPLETE, "phase": "construction"}
    page = StoreItemPage(
        slug=slugify(fields["title"]),
        live=False,
        has_unpublished_changes=True,
        **{**required, **fields},
    )
    index.add_child(instance=page)
    page.save_revision()
    changes = [Change(LABELS[name], "", str(getattr(page, name))) for name in LABELS]
    to_complete = [LABELS[name] for name in required if name not in fields]
    return Imported(page, True, [change for change in changes if change.after], to_complete)
