"""Explaining search results in templates."""

from django import template

from search.documents import REGISTRY

register = template.Library()


@register.simple_tag
def match_reason(query, page) -> str:
    """« Correspond à la thématique Mobilité » when `page` matched `query` through what it is
    filed under rather than its own text; empty otherwise (or without a query)."""
    spec = REGISTRY.get(type(page))
    if not query or spec is None:
        return ""
    return query.reason(spec.own_text(page), spec.label_list(page))


@register.simple_tag
def closest(query, objects, limit=3) -> list:
    """The `objects` whose names come closest to the words of `query` (an empty result)."""
    return query.closest(list(objects), limit) if query else []


@register.simple_tag(takes_context=True)
def search_header_texts(context) -> dict[str, str]:
    """The texts of the header's search field, as editors wrote them (Textes de la
    recherche); no extra query on a page (see search.models.header_texts)."""
    from search.models import header_texts

    return header_texts(context.get("request"))
