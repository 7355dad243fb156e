"""Regenerate geography/data/cog.json.gz from the npm package @etalab/decoupage-administratif
(MIT), unpacked outside the project, the package never being a dependency of the site:

    cd /tmp && npm pack @etalab/decoupage-administratif && tar xzf etalab-*.tgz
    .venv/bin/python -m geography.build_extract /tmp/package

Kept: the régions and départements of metropolitan France and the five DROM, their current
communes (« commune-actuelle ») and the EPCI à fiscalité propre, with their parents.
"""

import gzip
import json
import sys
from pathlib import Path

EXTRACT = Path(__file__).resolve().parent / "data" / "cog.json.gz"
KEPT_ZONES = {"metro", "drom"}


def build(package: Path) -> dict:
    def read(name: str):
        return json.loads((package / "data" / f"{name}.json").read_text(encoding="utf-8"))

    meta = json.loads((package / "package.json").read_text(encoding="utf-8"))
    regions = [r for r in read("regions") if r["zone"] in KEPT_ZONES]
    departements = [d for d in read("departements") if d["zone"] in KEPT_ZONES]
    kept = {d["code"] for d in departements}
    communes = [
        c
        for c in read("communes")
        if c["type"] == "commune-actuelle" and c.get("departement") in kept
    ]
    departement_of = {c["code"]: c["departement"] for c in communes}
    epci_of: dict[str, str] = {}
    epcis = []
    for epci in read("epci"):
        members = [m["code"] for m in epci["membres"] if m["code"] in departement_of]
        if not members:
            continue
        for code in members:
            epci_of[code] = epci["code"]
        covered = sorted({departement_of[code] for code in members})
        epcis.append([epci["code"], epci["nom"], covered])
    return {
        "source": f"{meta['name']} {meta['version']}",
        "licence": f"{meta['license']}, {meta['repository']}",
        "regions": [[r["code"], r["nom"]] for r in regions],
        "departements": [[d["code"], d["nom"], d["region"]] for d in departements],
        "epci": epcis,
        "communes": [
            [c["code"], c["nom"], c["departement"], epci_of.get(c["code"], "")] for c in communes
        ],
    }


if __name__ == "__main__":
    document = build(Path(sys.argv[1]))
    EXTRACT.write_bytes(
        gzip.compress(
            json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode(), mtime=0
        )
    )
    print(f"{EXTRACT}: {document['source']}, {len(document['communes'])} communes")
