"""Plain pages (legal notices, accessibility statement, personal data) and the site plan."""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.models import Page, get_page_models
from wagtail.search import index

from search.documents import register as register_searchable

from ..markdown import SiteMarkdownField, markdown_help_text
from .base import BasePage


class StandardPage(BasePage):
    """A plain page of text: legal notices, accessibility statement, personal data."""

    intro = models.TextField(
        "Chapeau",
        blank=True,
        help_text="Un paragraphe d'introduction, affiché en plus grand sous le titre.",
    )
    body = SiteMarkdownField(
        "Contenu",
        blank=True,
        help_text=markdown_help_text("Le texte de la page."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    api_fields = [APIField("intro"), APIField("body")]
    parent_page_types = ["pages.HomePage", "pages.StandardPage"]
    subpage_types = ["pages.StandardPage"]

    class Meta:
        verbose_name = "Page simple"
        verbose_name_plural = "Pages simples"

    def get_meta_description(self) -> str:
        return self.search_description or self.intro


class SitePlanPage(BasePage):
    """The site map a State website must offer: the live page tree, kept current by itself."""

    intro = models.TextField(
        "Chapeau",
        blank=True,
        help_text="Un paragraphe affiché au-dessus du plan du site.",
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    api_fields = [APIField("intro")]
    parent_page_types = ["pages.HomePage"]
    subpage_types: list[str] = []
    max_count = 1

    class Meta:
        verbose_name = "Plan du site"
        verbose_name_plural = "Plans du site"

    def get_plan(self) -> list[dict]:
        """The live, public pages under the home page, as nested {page, children, links}
        entries. A page type with a `site_plan_links()` method (the catalogue: one link per
        thématique) is shown with those links instead of its children, so that the plan
        stays readable, and as cheap, whatever the number of services."""
        summarised = [model for model in get_page_models() if hasattr(model, "site_plan_links")]
        hidden = {child for model in summarised for child in model.allowed_subpage_models()}
        home = self.get_parent()
        pages = list(
            Page.objects.descendant_of(home, inclusive=True)
            .live()
            .public()
            .not_type(*hidden)
            .order_by("path")
        )
        entries = {page.path: {"page": page, "children": [], "links": []} for page in pages}
        roots = []
        for page in pages:
            if page.specific_class in summarised:
                entries[page.path]["links"] = page.specific.site_plan_links()
            parent = entries.get(page.path[: -Page.steplen])
            (parent["children"] if parent else roots).append(entries[page.path])
        return roots


# The site's search (search/): plain pages (legal notices, accessibility…) under « Pages ».
register_searchable(
    StandardPage,
    fields=[("title", "A"), ("intro", "B"), ("body", "C")],
    group="Pages",
    position=90,
)
