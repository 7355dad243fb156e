"""/recherche/?q=…: the site-wide search. The header's search field submits here on every
page; with htmx, the same address answers the first few results as suggestions under it."""

from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils.cache import patch_vary_headers
from django.views.decorators.http import require_safe

from . import site
from .backends import vocabulary_near
from .models import search_texts
from .query import parse
from .text import clean_query, search_terms

PAGE_SIZE = 20
SUGGESTIONS = 5


def entries(pages, query, request, texts) -> list[dict]:
    """What the template shows of each result: its group (as editors named it), title,
    address and excerpt."""
    found = []
    for page in pages:
        spec = site.spec_for(page.content_type_id)
        document = getattr(page, "search_document", None)
        found.append(
            {
                "group": texts.group_name(spec.group) if spec else "",
                "title": site.highlight(page.title, query),
                "url": spec.url(page, request) if spec else page.get_url(request=request),
                "excerpt": site.excerpt(document.body if document else "", query),
            }
        )
    return found


def grouped(results: list[dict], counts) -> list[dict]:
    """The results of one page under their groups' names, with each group's total."""
    totals = {group["name"]: group["count"] for group in counts}
    sections: list[dict] = []
    for result in results:
        if not sections or sections[-1]["name"] != result["group"]:
            sections.append(
                {"name": result["group"], "total": totals.get(result["group"], 0), "results": []}
            )
        sections[-1]["results"].append(result)
    return sections


def sentences(texts, q: str, query, total: int, suggested: int) -> dict[str, str]:
    """The editors' sentences of this search, their placeholders filled."""
    values = {"recherche": q, "nombre": total}
    if total == 0:
        count = texts.fill("no_result_count", **values)
        announce = texts.fill("suggestions_none", **values)
    elif total == 1:
        count = texts.fill("count_one", **values)
        announce = texts.fill("suggestions_one", **values)
    else:
        count = texts.fill("count_many", **values)
        announce = texts.fill("suggestions_many", suggestions=suggested, **values)
    return {
        "count": count,
        "announce": announce,
        "corrected": texts.fill(
            "corrected", correction=query.corrected_text if query.corrected else "", **values
        ),
        "no_result": texts.fill("no_result_text", **values),
        "suggestions_empty": texts.fill("suggestions_empty", **values),
        "suggestions_all": texts.fill(
            "suggestions_all_one" if total == 1 else "suggestions_all", **values
        ),
    }


@require_safe
def site_search(request):
    q = clean_query(request.GET.get("q", ""))
    query = parse(q) if search_terms(q) else parse("")
    only = {group.key: group for group in site.groups()}.get(request.GET.get("type", ""))
    texts = search_texts(request)
    context = {"q": q, "query": query, "only": only, "texts": texts}
    htmx = getattr(request, "htmx", None)
    suggesting = bool(htmx) and not htmx.history_restore_request
    if query:
        counts = [
            {"key": group.key, "name": texts.group_name(group.name), "count": count}
            for group, count in site.counts(query)
        ]
        total = sum(group["count"] for group in counts)
        if suggesting:  # the best first, whatever their type
            pages = site.results(query, only, by_group=False)[:SUGGESTIONS]
            context["results"] = entries(pages, query, request, texts)
        else:
            paginator = Paginator(site.results(query, only), PAGE_SIZE)
            page_obj = paginator.get_page(request.GET.get("page"))
            context["page_obj"] = page_obj
            context["sections"] = grouped(
                entries(page_obj.object_list, query, request, texts), counts
            )
            context["address"] = "?" + urlencode({"q": q, **({"type": only.key} if only else {})})
            if total == 0:
                known = [label for _, label in vocabulary_near([t.typed for t in query.terms])]
                context["closest"] = query.closest(sorted(set(known)), 5)
        context["counts"] = counts
        context["total"] = total
        context["sentences"] = sentences(texts, q, query, total, len(context.get("results", [])))
        if "page_obj" in context:
            context["sentences"]["page_number"] = texts.fill(
                "page_number", numéro=page_obj.number, total=page_obj.paginator.num_pages
            )
    context["tab_title"] = texts.fill("tab_title", recherche=q)
    template = "search/results.html#suggestions" if suggesting else "search/results.html"
    response = TemplateResponse(request, template, context)
    patch_vary_headers(response, ["HX-Request"])
    return response
