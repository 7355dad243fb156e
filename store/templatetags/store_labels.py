"""Reading the catalogue's labels (store/labels.py) by a code held in a variable."""

from django import template

register = template.Library()


@register.filter
def name_of(code: str, names: dict) -> str:
    """`{{ service.phase|name_of:phase_names }}`: the name editors gave this code."""
    return names.get(code, code)
