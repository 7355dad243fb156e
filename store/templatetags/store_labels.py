"""Reading the catalogue's labels (store/labels.py) by a code held in a variable, and filling
the placeholders editors write in them ({nombre}, {région}…). Every tag's result is plain text,
escaped like any variable."""

from django import template

from pages.placeholders import fill

register = template.Library()


@register.filter
def name_of(code: str, names: dict) -> str:
    """`{{ service.phase|name_of:phase_names }}`: the name editors gave this code."""
    return names.get(code, code)


@register.simple_tag
def fill_label(text: str, **values) -> str:
    """`{% fill_label catalogue.map_label service=page.title %}`."""
    return fill(text, **values)


@register.simple_tag
def region_choice(catalogue, region: str) -> str:
    return catalogue.region_choice(region)


@register.simple_tag
def page_of(catalogue, page_obj) -> str:
    return catalogue.page_of(page_obj.number, page_obj.paginator.num_pages)


@register.simple_tag
def corrected_search(catalogue, corrected: str, typed: str) -> str:
    return catalogue.corrected_search(corrected, typed)


@register.simple_tag
def deployment_phrase(catalogue, service, territoire=None) -> str:
    """The card's « Déployé dans 3 collectivités[, dont 1 dans votre département] »."""
    kind = getattr(territoire, "kind", "") if territoire else ""
    local = getattr(service, "local_deployment_count", None)
    return catalogue.deployment_phrase(service.deployment_count, local, kind)


@register.simple_tag
def map_area_label(catalogue, area: dict) -> str:
    return catalogue.map_area_label(area["name"], area["count"])
