"""The home page's impact figures, counted from the content at each view, never typed.

- services: the live services of the Territoires Store;
- collectivités: the distinct collectivités of the official geography where a live service is
  deployed (a commune and its département count as two), plus the distinct territories still
  written as free text (« Territoire à rattacher »), each text counted once;
- investigations and startups de territoire: the live examples of the first and of the second
  offer, as the offers page numbers them (an example under both counts in both).

Two queries whatever the number of services, deployments or examples (the second also
gives the home page its offers).
"""

from dataclasses import dataclass

from django.apps import apps
from django.db.models import Count, Q


@dataclass(frozen=True)
class Figure:
    key: str
    value: int
    label: str


def catalogue_counts() -> tuple[int, int]:
    """The live services, and the distinct places where they are deployed: one query."""
    live_services = apps.get_model("store", "StoreItemPage").objects.live()
    counts = live_services.aggregate(
        services=Count("pk", distinct=True),
        matched=Count("deployments__collectivite", distinct=True),
        unmatched=Count(
            "deployments__unmatched_name",
            distinct=True,
            filter=Q(deployments__collectivite__isnull=True)
            & ~Q(deployments__unmatched_name=""),
        ),
    )
    return counts["services"], counts["matched"] + counts["unmatched"]


def offers_with_example_counts():
    """The live offers in the order of the offers page, each with `live_examples`, the
    number of its live examples: one query, which the home page's offer tiles reuse."""
    offer_model = apps.get_model("pages", "OfferPage")
    return (
        offer_model.objects.live()
        .order_by("path")
        .annotate(live_examples=Count("examples", filter=Q(examples__live=True)))
    )


def home_figures(page, offers) -> list[Figure]:
    """The figures of the home `page`, with its labels, from `offers_with_example_counts()`;
    a figure at zero is left out."""
    services, collectivites = catalogue_counts()
    per_offer = [offer.live_examples for offer in offers] + [0, 0]
    figures = [
        Figure("services", services, page.figures_services_label),
        Figure("collectivites", collectivites, page.figures_collectivites_label),
        Figure("investigations", per_offer[0], page.figures_investigations_label),
        Figure("startups", per_offer[1], page.figures_startups_label),
    ]
    return [figure for figure in figures if figure.value]
