"""/recherche/?q=…: the site-wide search. The header's search field submits here on every
page; with htmx, the same address answers the first few results as suggestions under it."""

from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils.cache import patch_vary_headers
from django.views.decorators.http import require_safe

from . import site
from .backends import vocabulary_near
from .query import parse
from .text import search_terms

MAX_QUERY_LENGTH = 200
PAGE_SIZE = 20
SUGGESTIONS = 5


def clean_text(value: str) -> str:
    """The query as the databases accept it: short, without NUL bytes or lone surrogates."""
    value = value.replace("\x00", "")[:MAX_QUERY_LENGTH]
    return value.encode("utf-8", "ignore").decode("utf-8").strip()


def entries(pages, query, request) -> list[dict]:
    """What the template shows of each result: its group, title, address and excerpt."""
    found = []
    for page in pages:
        spec = site.spec_for(page.content_type_id)
        document = getattr(page, "search_document", None)
        found.append(
            {
                "group": spec.group if spec else "",
                "title": site.highlight(page.title, query),
                "url": spec.url(page, request) if spec else page.get_url(request=request),
                "excerpt": site.excerpt(document.body if document else "", query),
            }
        )
    return found


def grouped(results: list[dict], counts) -> list[dict]:
    """The results of one page under their groups' names, with each group's total."""
    totals = {group.name: count for group, count in counts}
    sections: list[dict] = []
    for result in results:
        if not sections or sections[-1]["name"] != result["group"]:
            sections.append(
                {"name": result["group"], "total": totals.get(result["group"], 0), "results": []}
            )
        sections[-1]["results"].append(result)
    return sections


@require_safe
def site_search(request):
    q = clean_text(request.GET.get("q", ""))
    query = parse(q) if search_terms(q) else parse("")
    only = {group.key: group for group in site.groups()}.get(request.GET.get("type", ""))
    context = {"q": q, "query": query, "only": only}
    htmx = getattr(request, "htmx", None)
    suggesting = bool(htmx) and not htmx.history_restore_request
    if query:
        counts = site.counts(query)
        total = sum(count for _, count in counts)
        if suggesting:  # the best first, whatever their type
            pages = site.results(query, only, by_group=False)[:SUGGESTIONS]
            context["results"] = entries(pages, query, request)
        else:
            paginator = Paginator(site.results(query, only), PAGE_SIZE)
            page_obj = paginator.get_page(request.GET.get("page"))
            context["page_obj"] = page_obj
            context["sections"] = grouped(entries(page_obj.object_list, query, request), counts)
            context["address"] = "?" + urlencode({"q": q, **({"type": only.key} if only else {})})
            if total == 0:
                known = [label for _, label in vocabulary_near([t.typed for t in query.terms])]
                context["closest"] = query.closest(sorted(set(known)), 5)
        context["counts"] = counts
        context["total"] = total
    template = "search/results.html#suggestions" if suggesting else "search/results.html"
    response = TemplateResponse(request, template, context)
    patch_vary_headers(response, ["HX-Request"])
    return response
