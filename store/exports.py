"""The catalogue as open data: the services a catalogue page lists (same filters, same
order) as JSON or CSV, and the JSON Schema both follow. README.md documents the fields."""

import csv
import io

from contact.export import neutralise
from geography.models import collectivites_by_key

from .choices import ECHELONS, PHASES
from .models import Deployment, StoreItemPage

LIST_SEPARATOR = " | "  # between the thématiques, échelons or deployments of a CSV cell
KEY_PATTERN = "^(commune|epci|departement|region):[0-9AB]{2,9}$"

# Each field of a service: its name in the files, its description, the page's attribute.
FIELDS = [
    ("identifiant", "Identifiant du service dans l'adresse de sa page.", "slug"),
    ("nom", "Nom du service.", "title"),
    ("accroche", "Ce qu'est le service, en une phrase.", "pitch"),
    ("objectif", "Ce qu'il permet à la collectivité, commençant par un verbe.", "purpose"),
    ("description", "Le service en détail, en Markdown.", "description"),
    ("thematiques", "Identifiants de ses thématiques, dans l'ordre du catalogue.", "thematiques"),
    ("echelons", "Échelons de collectivités servis.", "echelons"),
    ("phase", "Maturité du service, dans le vocabulaire de beta.gouv.fr.", "phase"),
    ("concepteur", "Qui a construit le service et le fait fonctionner.", "builder"),
    ("modele_de_cout", "Ce qu'il en coûte à une collectivité.", "cost_model"),
    ("adresse_service", "Adresse où l'on découvre ou utilise le service.", "service_url"),
    ("adresse_code_source", "Dépôt du code source.", "source_code_url"),
    ("licence", "Licence du code source.", "licence"),
    ("contact", "Adresse électronique ou page de contact de l'équipe.", "contact"),
    (
        "deploiements",
        "Collectivités où il est déployé, chacune par son type et son code officiel du Code "
        "officiel géographique (INSEE, ou SIREN pour une intercommunalité) : commune:62041, "
        "epci:200069193, departement:62, region:32.",
        "deployments",
    ),
    (
        "deploiements_a_rattacher",
        "Territoires saisis en texte libre qu'aucune collectivité officielle n'a encore "
        "reconnus.",
        "deployments",
    ),
]
# The fields read through a relation: a thématique by its slug, a deployment by its code.
RELATED = {"thematiques": "slug", "deploiements": "key", "deploiements_a_rattacher": "name"}


def for_export(services):
    """`services` with everything a row reads fetched in a fixed number of queries."""
    return services.prefetch_related("deployments__collectivite")


def service_record(service, request) -> dict:
    record = {}
    for name, _, attribute in FIELDS:
        value = getattr(service, attribute)
        if name in RELATED:
            items = value.all()
            if attribute == "deployments":  # matched ones by code, the others by their text
                matched = name == "deploiements"
                items = [item for item in items if (item.collectivite_id is not None) == matched]
            value = [getattr(item, RELATED[name]) for item in items]
        record[name] = list(value) if name == "echelons" else value
    record["page"] = service.get_full_url(request)
    return record


def catalogue_json(services, thematiques, request, schema_url: str) -> dict:
    """The document /territoires-store/donnees.json serves: the thématiques (so that the
    identifiants used by the services can be read, and imported back), then the services."""
    return {
        "$schema": schema_url,
        "thematiques": [{"identifiant": t.slug, "nom": t.name} for t in thematiques],
        "services": [service_record(service, request) for service in for_export(services)],
    }


def catalogue_csv(services, request) -> str:
    """One service per line, UTF-8 with a byte order mark and `;` between cells so that
    French spreadsheets open it right; no cell can run as a formula."""
    output = io.StringIO()
    output.write("\ufeff")
    writer = csv.writer(output, delimiter=";")
    columns = [name for name, _, _ in FIELDS] + ["page"]
    writer.writerow(columns)
    for service in for_export(services):
        record = service_record(service, request)
        writer.writerow(
            [
                neutralise(
                    LIST_SEPARATOR.join(record[name])
                    if isinstance(record[name], list)
                    else record[name]
                )
                for name in columns
            ]
        )
    return output.getvalue()


def _text(description: str) -> dict:
    return {"type": "string", "description": description}


def _list(description: str, item: dict | None = None) -> dict:
    return {"type": "array", "description": description, "items": item or {"type": "string"}}


def catalogue_schema(schema_url: str) -> dict:
    """The JSON Schema (draft 2020-12) of /territoires-store/donnees.json, served at
    `schema_url`."""
    descriptions = {name: description for name, description, _ in FIELDS}
    properties = {name: _text(description) for name, description in descriptions.items()}
    properties["identifiant"]["minLength"] = 1
    properties["thematiques"] = _list(descriptions["thematiques"])
    properties["echelons"] = _list(descriptions["echelons"], {"enum": [c for c, _ in ECHELONS]})
    properties["phase"]["enum"] = [code for code, _ in PHASES]
    properties["deploiements"] = _list(
        descriptions["deploiements"], {"type": "string", "pattern": KEY_PATTERN}
    )
    properties["deploiements_a_rattacher"] = _list(descriptions["deploiements_a_rattacher"])
    properties["page"] = {
        "type": "string",
        "format": "uri",
        "description": "Adresse de la fiche du service sur le Territoires Store.",
    }
    service = {
        "type": "object",
        "required": list(properties),
        "additionalProperties": False,
        "properties": properties,
    }
    thematique = {
        "type": "object",
        "required": ["identifiant", "nom"],
        "additionalProperties": False,
        "properties": {
            "identifiant": {"type": "string", "pattern": "^[-a-z0-9]+$"},
            "nom": {"type": "string"},
        },
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": schema_url,
        "title": "Catalogue du Territoires Store",
        "description": "Les services numériques publics que les collectivités peuvent adopter, "
        "publiés par l'Incubateur des Territoires (ANCT).",
        "type": "object",
        "required": ["thematiques", "services"],
        "properties": {
            "$schema": {"type": "string"},
            "thematiques": {"type": "array", "items": thematique},
            "services": {"type": "array", "items": service},
        },
    }


def service_from_record(record: dict, thematiques: dict) -> StoreItemPage:
    """A new, unsaved service page holding `record` (one item of donnees.json's `services`);
    `thematiques` maps the identifiants to the Thematique they name."""
    fields = {attribute: record[name] for name, _, attribute in FIELDS if name not in RELATED}
    page = StoreItemPage(**fields)
    page.thematiques = [thematiques[slug] for slug in record["thematiques"]]
    page.deployments = [
        Deployment(collectivite=collectivite)
        for collectivite in collectivites_by_key(record["deploiements"])
    ] + [Deployment(unmatched_name=name) for name in record["deploiements_a_rattacher"]]
    return page
