"""The layout around every page: header with its menu, breadcrumbs and footer."""

from django import template
from wagtail.models import Page, Site

from pages.models import SiteSettings

register = template.Library()


def site_settings(request) -> SiteSettings:
    """The editable settings of the requested site; the defaults where there is no request.

    The 500 page is rendered without a request, and must not touch a database that may be down.
    """
    if request is None:
        return SiteSettings()
    return SiteSettings.for_request(request)


def menu_pages(request) -> list[Page]:
    """The live pages directly under the home page that editors marked to show in menus."""
    if request is None:
        return []
    site = Site.find_for_request(request)
    if site is None:
        return []
    return list(
        Page.objects.filter(depth=site.root_page.depth + 1, path__startswith=site.root_page.path)
        .live()
        .in_menu()
        .order_by("path")
    )


@register.inclusion_tag("includes/header.html", takes_context=True)
def site_header(context):
    request = context.get("request")
    current = context.get("page")
    items = [
        {"page": page, "active": bool(current and current.path.startswith(page.path))}
        for page in menu_pages(request)
    ]
    return {
        "settings": site_settings(request),
        "menu_items": items,
        "request": request,
        "page": current,  # for Wagtail's user bar: « Modifier cette page »
    }


@register.inclusion_tag("includes/footer.html", takes_context=True)
def site_footer(context):
    return {"settings": site_settings(context.get("request"))}


@register.simple_tag(takes_context=True)
def page_not_found_texts(context) -> SiteSettings:
    """The texts of the 404 page, as editors wrote them in the site settings."""
    return site_settings(context.get("request"))


def routed_ancestors(page: Page) -> list[Page] | None:
    """The ancestors of `page` below the home page as routing read them (Wagtail keeps each
    page's parent on it, `_cached_parent_obj`), from the top; None when one is missing (a
    preview, a page not reached by its address)."""
    ancestors = []
    while page.depth > 3:  # the root is 1, the home page 2
        page = getattr(page, "_cached_parent_obj", None)
        if page is None:
            return None
        ancestors.append(page)
    return ancestors[::-1]


@register.inclusion_tag("dsfr/breadcrumb.html")
def breadcrumbs(page: Page, current_title: str = ""):
    """A DSFR breadcrumb from the home page down to `page` (or to a view inside it)."""
    ancestors = routed_ancestors(page)
    if ancestors is None:
        ancestors = page.get_ancestors().filter(depth__gt=2).only("title", "url_path")
    links = [{"url": ancestor.url, "title": ancestor.title} for ancestor in ancestors]
    if current_title:
        links.append({"url": page.url, "title": page.title})
    return {
        "self": {
            "id": f"breadcrumb-{page.pk}",
            "links": links,
            "current": current_title or page.title,
        }
    }
