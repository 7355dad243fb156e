"""Load geography/data/cog.json.gz into the Collectivite table, in bulk and idempotently:
nothing is written when the tables already hold this extract, never the network."""

import gzip
import json
from pathlib import Path

from django.db import transaction

from search.text import normalise_text

EXTRACT = Path(__file__).resolve().parent / "data" / "cog.json.gz"
BATCH = 2000


def read_extract() -> dict:
    return json.loads(gzip.decompress(EXTRACT.read_bytes()))


def extract_size(document: dict) -> int:
    return sum(len(document[kind]) for kind in ("regions", "departements", "epci", "communes"))


def load(collectivite_model=None, source_model=None) -> str:
    """Bring the tables up to the extract; returns what was done, in French. The models are
    parameters so that a data migration can pass its historical ones."""
    if collectivite_model is None:
        from .models import Collectivite as collectivite_model
        from .models import GeographySource as source_model
    document = read_extract()
    expected = extract_size(document)
    current = source_model.objects.first()
    if (
        current
        and current.source == document["source"]
        and collectivite_model.objects.count() == expected
    ):
        return f"Géographie déjà à jour ({document['source']})."
    with transaction.atomic():
        _upsert_all(collectivite_model, document)
        source_model.objects.all().delete()
        source_model.objects.create(source=document["source"], count=expected)
    return f"Géographie chargée : {expected} collectivités ({document['source']})."


def _upsert_all(model, document: dict) -> None:
    def upsert(kind: str, rows: list[dict]) -> dict[str, int]:
        objects = [model(kind=kind, search_name=normalise_text(row["name"]), **row) for row in rows]
        model.objects.bulk_create(
            objects,
            batch_size=BATCH,
            update_conflicts=True,
            unique_fields=["kind", "code"],
            update_fields=["name", "search_name", "departement", "region", "epci"],
        )
        return dict(model.objects.filter(kind=kind).values_list("code", "pk"))

    regions = upsert("region", [{"code": c, "name": n} for c, n in document["regions"]])
    region_of = {code: region for code, _, region in document["departements"]}
    departements = upsert(
        "departement",
        [{"code": c, "name": n, "region_id": regions[r]} for c, n, r in document["departements"]],
    )
    epcis = upsert("epci", [{"code": c, "name": n} for c, n, _ in document["epci"]])
    communes = upsert(
        "commune",
        [
            {
                "code": c,
                "name": n,
                "departement_id": departements[d],
                "region_id": regions[region_of[d]],
                "epci_id": epcis.get(e),
            }
            for c, n, d, e in document["communes"]
        ],
    )
    # Which départements each one covers (see Collectivite.departements), rebuilt whole.
    covers = [(departements[d], departements[d]) for d in region_of]
    covers += [(regions[r], departements[d]) for d, r in region_of.items()]
    covers += [(epcis[c], departements[d]) for c, _, ds in document["epci"] for d in ds]
    covers += [(communes[c], departements[d]) for c, _, d, _ in document["communes"]]
    through = model.departements.through
    through.objects.all().delete()
    through.objects.bulk_create(
        [through(from_collectivite_id=a, to_collectivite_id=b) for a, b in covers],
        batch_size=BATCH,
    )
    # Collectivités gone from the official code (merged communes…) are deleted unless a
    # deployment still names one: then it stays, for an editor to replace.
    kept = {("region", c) for c, _ in document["regions"]}
    kept |= {("departement", row[0]) for row in document["departements"]}
    kept |= {("epci", row[0]) for row in document["epci"]}
    kept |= {("commune", row[0]) for row in document["communes"]}
    stale = [
        pk
        for pk, kind, code in model.objects.values_list("pk", "kind", "code")
        if (kind, code) not in kept
    ]
    if stale:
        model.objects.filter(pk__in=stale, deployments__isnull=True).delete()
