"""Markdown written by editors, made safe for the layout around it.

wagtail-markdown turns it into sanitised HTML; on top of that, a table becomes a DSFR table
that scrolls sideways on a phone instead of widening the page, an id written by hand never
takes one of the layout's (`## Aide {#contenu}` would hijack the « Contenu » skip link), and an
image from another site is refused when the page is saved: the Content-Security-Policy would
block it and visitors would see a broken image.

A page shows many Markdown texts (the ANCT offer, one per FAQ answer), and the same ones on
every view: each process keeps one Markdown converter and one sanitiser (wagtail-markdown's,
with its settings, built once instead of on every call) and remembers the HTML of the texts
it rendered last, keyed by the text itself, so that an edited text is rendered anew.
"""

import re
import threading
from functools import cache, lru_cache

import markdown
import nh3
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.utils.encoding import smart_str
from django.utils.safestring import SafeString, mark_safe
from wagtailmarkdown.fields import MarkdownField
from wagtailmarkdown.utils import _get_markdown_kwargs, _get_nh3_kwargs

# The ids of the layout and its components, whole or as a prefix (`reponse-<question>`…).
LAYOUT_IDS = {
    "annonces",
    "bouton-menu-mobile",
    "contenu",
    "main",
    "menu-mobile",
    "navigation-principale",
    "pied-de-page",
    "rappel-service",
    "resultats",
    "resultats-titre",
    "sommaire-offres",
}
LAYOUT_ID_PREFIXES = (
    "breadcrumb-",
    "exemples-",
    "filtre-",
    "fr-",
    "id_",
    "offre-",
    "rappel-",
    "reponse-",
    "titre-",
)
# What a hand-written id that would collide with the layout becomes: `texte-contenu`.
TEXT_ID_PREFIX = "texte-"

TABLE_START = re.compile(r"<table\b[^>]*>")
DSFR_TABLE_START = (
    '<div class="fr-table"><div class="fr-table__wrapper">'
    '<div class="fr-table__container" tabindex="0"><div class="fr-table__content">'
)
DSFR_TABLE_END = "</div></div></div></div>"

IMAGE_SOURCE = re.compile(r'<img\b[^>]*?\ssrc="([^"]*)"')
EXTERNAL_IMAGE_MESSAGE = (
    "Ce texte contient une image qui n’est pas sur ce site (%(source)s) : le site ne "
    "l’afficherait pas (il ne charge rien d’un autre site). Retirez-la, ou remplacez-la par "
    "un lien vers elle : [description de l’image](adresse)."
)


# Remembered texts: up to MEMO_SIZE, each shorter than MEMO_MAX_LENGTH (a few megabytes at
# most per process). A text pointing at the site's own pages, documents or images
# (`[lien](page:12)`, `![](image:3)`, `<:Titre de la page>`) is rendered each time: its HTML
# holds their current address, which moves with them.
MEMO_SIZE = 512
MEMO_MAX_LENGTH = 20_000
REFERENCE_MARKERS = ("<:", "page:", "doc:", "image:", "media:")

_converters = threading.local()  # a Markdown converter keeps state while it converts


def _converter() -> markdown.Markdown:
    converter = getattr(_converters, "converter", None)
    if converter is None:
        converter = _converters.converter = markdown.Markdown(**_get_markdown_kwargs())
    return converter


@cache
def _sanitiser() -> nh3.Cleaner:
    """wagtail-markdown's sanitiser, as its render_markdown configures it on every call."""
    return nh3.Cleaner(**_get_nh3_kwargs())


@receiver(setting_changed)
def _forget_settings(*, setting, **kwargs):
    if setting == "WAGTAILMARKDOWN":
        _converters.__dict__.clear()
        _sanitiser.cache_clear()
        _render_remembered.cache_clear()


def render_markdown(text: str) -> str:
    """What wagtail-markdown's render_markdown returns, from a reused converter and sanitiser."""
    html = _converter().reset().convert(smart_str(text))
    return _sanitiser().clean(html)


def layout_safe_id(value: str) -> str:
    if value in LAYOUT_IDS or value.startswith(LAYOUT_ID_PREFIXES):
        return TEXT_ID_PREFIX + value
    return value


def _keep_ids_apart(html: str) -> str:
    seen: set[str] = set()

    def attribute_filter(tag: str, attribute: str, value: str) -> str | None:
        if attribute != "id":
            return value
        value = layout_safe_id(value)
        if value in seen:
            return None  # the first element keeps it; a link to it still lands there
        seen.add(value)
        return value

    markdown_settings = settings.WAGTAILMARKDOWN
    return nh3.clean(
        html,
        tags=set(markdown_settings["allowed_tags"]),
        attributes={
            tag: set(names) for tag, names in markdown_settings["allowed_attributes"].items()
        },
        attribute_filter=attribute_filter,
        link_rel=None,  # already set on the links by the first pass
    )


def _render(text: str) -> str:
    html = _keep_ids_apart(render_markdown(text))
    html = TABLE_START.sub(lambda match: DSFR_TABLE_START + match.group(0), html)
    return html.replace("</table>", "</table>" + DSFR_TABLE_END)


_render_remembered = lru_cache(maxsize=MEMO_SIZE)(_render)


def render(text: str) -> SafeString:
    """The HTML of an editor's Markdown, ready to sit inside a page of the site."""
    text = smart_str(text or "")
    if len(text) < MEMO_MAX_LENGTH and not any(mark in text for mark in REFERENCE_MARKERS):
        html = _render_remembered(text)
    else:
        html = _render(text)
    return mark_safe(html)  # noqa: S308 (sanitised by nh3, twice)


def external_image_sources(text: str) -> list[str]:
    """The addresses of images in `text` that this site does not serve itself."""
    sources = IMAGE_SOURCE.findall(render_markdown(text or ""))
    return [source for source in sources if not source.startswith("/") or source.startswith("//")]


def refuse_external_images(text: str) -> None:
    sources = external_image_sources(text)
    if sources:
        raise ValidationError(
            EXTERNAL_IMAGE_MESSAGE, code="external_image", params={"source": sources[0]}
        )


def markdown_help_text(purpose: str) -> str:
    """A Markdown field's help text: what it is for, then how to format it without knowing
    Markdown."""
    return (
        f"{purpose} Les boutons au-dessus du texte mettent en forme : gras, italique, "
        "intertitre, listes, citation, lien, tableau ; l’œil montre le résultat."
    )


class SiteMarkdownField(MarkdownField):
    """A Markdown text of the site: refuses images from another site when saved."""

    default_validators = [refuse_external_images]
