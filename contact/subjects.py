"""What a callback request is about: the offers and services named in `?offre=` / `?service=`.

The page types belong to other apps (pages.OfferPage, store.StoreItemPage); they are looked up
by name so that this app works, and ignores the links, while either type is missing.
"""

import re

from django.apps import apps
from wagtail.models import Page

# A Wagtail slug: letters (accents allowed), digits, hyphens, underscores. Anything else
# (NUL bytes, markup, slashes) is not a slug and is ignored without reaching the database.
SLUG_PATTERN = re.compile(r"^[-\w]{1,255}$")
MAX_SERVICES = 50


def is_slug(value: str) -> bool:
    return bool(SLUG_PATTERN.fullmatch(value or ""))


def live_pages_of_type(app_label: str, model_name: str):
    """The live pages of one type, or None when that type does not exist (yet)."""
    try:
        model = apps.get_model(app_label, model_name)
    except LookupError:
        return None
    return Page.objects.live().type(model)


def live_offers():
    return live_pages_of_type("pages", "OfferPage")


def live_services():
    return live_pages_of_type("store", "StoreItemPage")


def resolve_offer(slug: str):
    """The live offer page with this slug, or None (unknown, malformed or not published)."""
    offers = live_offers()
    if offers is None or not is_slug(slug):
        return None
    return offers.filter(slug=slug).first()


def resolve_services(slugs: list[str]) -> list:
    """The live service pages among these slugs, in the catalogue's order; the rest ignored."""
    services = live_services()
    wanted = [slug for slug in slugs[:MAX_SERVICES] if is_slug(slug)]
    if services is None or not wanted:
        return []
    return list(services.filter(slug__in=wanted).order_by("title"))


def service_choices() -> list[tuple[str, str]]:
    """Every live service of the Territoires Store, as (slug, title), for the form's list."""
    services = live_services()
    if services is None:
        return []
    return list(services.order_by("title").values_list("slug", "title"))


def default_subject(offer, services) -> str:
    if offer is not None:
        return f"Être recontacté au sujet de l'offre « {offer.title} »"
    if len(services) == 1:
        return f"Être recontacté au sujet du service « {services[0].title} »"
    if services:
        titles = ", ".join(f"« {service.title} »" for service in services)
        return f"Être recontacté au sujet des services {titles}"[:200]
    return ""
