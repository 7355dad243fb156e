"""What a link to a page shows when it is shared (Open Graph, read by Twitter/X too), its
canonical address, and the site's name from the settings."""

from django import template
from django.templatetags.static import static
from django.utils.text import Truncator
from wagtail.models import Site

from .site_chrome import site_settings

register = template.Library()

# The one size of a shared image: what the networks show in a large card.
SHARE_IMAGE_SPEC = "fill-1200x630"
DEFAULT_IMAGE = {
    "path": "img/partage.png",
    "width": 1200,
    "height": 630,
    "alt": "Incubateur des Territoires, un programme de l’Agence nationale de la cohésion "
    "des territoires",
}


@register.simple_tag(takes_context=True)
def site_name(context) -> str:
    return site_settings(context.get("request")).site_name


def site_root_url(request) -> str:
    """The site's public address (Paramètres › Sites), the one the sitemap uses."""
    site = Site.find_for_request(request)
    return site.root_url if site else request.build_absolute_uri("/").rstrip("/")


def absolute(root_url: str, url: str) -> str:
    return url if url.startswith(("https://", "http://")) else root_url + url


def share_image(page, settings, root_url: str) -> dict:
    """The page's own image, else the one in the site settings, else the site's default."""
    image = page.get_share_image() if hasattr(page, "get_share_image") else None
    alt = ""
    if image is None and settings.share_image_id:
        image, alt = settings.share_image, settings.share_image_alt
    if image is None:
        return {**DEFAULT_IMAGE, "url": absolute(root_url, static(DEFAULT_IMAGE["path"]))}
    rendition = image.get_rendition(SHARE_IMAGE_SPEC)
    return {
        "url": absolute(root_url, rendition.url),
        "width": rendition.width,
        "height": rendition.height,
        "alt": alt,
    }


@register.inclusion_tag("includes/sharing.html", takes_context=True)
def sharing_meta(context, title: str = ""):
    """The tags of the page in the context; `title` names a view that is not a page."""
    request = context["request"]
    page = context.get("page")
    settings = site_settings(request)
    if not title:
        title = page.get_share_title() if hasattr(page, "get_share_title") else settings.site_name
    root_url = site_root_url(request)
    description = page.get_meta_description() if hasattr(page, "get_meta_description") else ""
    return {
        # The catalogue gives its filters as understood; elsewhere the query string is dropped.
        "canonical_url": absolute(root_url, context.get("canonical_url") or request.path),
        "description": Truncator(
            description or settings.footer_description or settings.service_tagline
        ).words(60),
        "image": share_image(page, settings, root_url),
        "title": title,
        "site_name": settings.site_name,
    }
