"""The offer to ANCT agents: its method in phases, and its FAQ, one child page per question."""

import json

from django.core.exceptions import ValidationError
from django.db import models
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.html import strip_tags
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, TitleFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from pages.placeholders import fill
from search.documents import register as register_searchable

from ..markdown import SiteMarkdownField, layout_safe_id, markdown_help_text, render
from .base import BasePage


class PhaseBlock(blocks.StructBlock):
    """One phase of the Incubateur's method: its name, how long it lasts, what it is for."""

    name = blocks.CharBlock(
        label="Nom",
        help_text="Le nom de la phase, par exemple « une phase d’investigation ».",
    )
    duration = blocks.CharBlock(
        label="Durée",
        help_text="Combien de temps elle dure, par exemple « 6 à 9 semaines ».",
    )
    description = blocks.TextBlock(
        label="Description",
        help_text="À quoi sert cette phase, en une ou deux phrases.",
    )

    class Meta:
        icon = "time"
        label = "Phase"


class AnctOfferPage(BasePage):
    """« L'offre pour les agents de l'ANCT »: the method in phases, then its FAQ (child pages)."""

    intro = SiteMarkdownField(
        "Introduction",
        blank=True,
        help_text=markdown_help_text("Le texte avant les phases."),
    )
    phases = StreamField(
        [("phase", PhaseBlock())],
        blank=True,
        verbose_name="Phases",
        help_text="Les phases de la démarche, dans l'ordre ; faites-les glisser pour les "
        "réordonner.",
    )
    closing = SiteMarkdownField(
        "Texte après les phases",
        blank=True,
        help_text=markdown_help_text(
            "Le texte affiché sous les phases, par exemple la phrase sur le comité "
            "d'investissement."
        ),
    )
    faq_title = models.CharField(
        "Titre de la foire aux questions",
        max_length=200,
        default="Foire aux questions",
        help_text="L'intertitre au-dessus des questions. Les questions sont les sous-pages de "
        "cette page : ajoutez-en, réordonnez-les dans l'arborescence.",
    )
    phase_step_label = models.CharField(
        "Numéro de chaque phase",
        max_length=100,
        default="Phase {numéro} sur {total}",
        help_text="Au-dessus du nom de chaque phase. {numéro} devient le numéro de la phase et "
        "{total} le nombre de phases.",
    )
    faq_entry_context = models.CharField(
        "Au-dessus d'une question seule",
        max_length=200,
        default="Foire aux questions : {page}",
        help_text="Sur l'aperçu d'une question ouverte seule, au-dessus de la question. {page} "
        "devient le titre de cette page.",
    )
    faq_entry_back_label = models.CharField(
        "Lien vers toutes les questions",
        max_length=100,
        default="Toutes les questions",
        help_text="Sous la réponse d'une question ouverte seule ; ramène à cette page.",
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("phases"),
        FieldPanel("phase_step_label"),
        FieldPanel("closing"),
        FieldPanel("faq_title"),
        FieldPanel("faq_entry_context"),
        FieldPanel("faq_entry_back_label"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("closing"),
    ]
    api_fields = [
        APIField("intro"),
        APIField("phases"),
        APIField("closing"),
        APIField("faq_title"),
    ]
    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.FaqEntryPage"]
    max_count = 1

    class Meta:
        verbose_name = "Page de l'offre pour les agents de l'ANCT"
        verbose_name_plural = "Pages de l'offre pour les agents de l'ANCT"

    def get_meta_description(self) -> str:
        return self.search_description or strip_tags(render(self.intro)).strip()

    def get_faq_entries(self):
        """The live questions of the FAQ, in the order of the page tree."""
        return FaqEntryPage.objects.child_of(self).live().public().order_by("path")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        entries = list(self.get_faq_entries())
        context["faq_entries"] = entries
        context["faq_json_ld"] = faq_json_ld(entries)
        total = len(self.phases)
        context["phase_steps"] = [
            (fill(self.phase_step_label, numéro=number, total=total), phase)
            for number, phase in enumerate(self.phases, start=1)
        ]
        return context


def faq_json_ld(entries) -> str:
    """FAQPage structured data (schema.org) for search engines, safe inside a <script>."""
    data = {
        "@context": "https://schema.org",
        "@type": "FAQPage",
        "mainEntity": [
            {
                "@type": "Question",
                "name": entry.title,
                "acceptedAnswer": {"@type": "Answer", "text": str(render(entry.answer))},
            }
            for entry in entries
        ],
    }
    text = json.dumps(data, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def faq_anchor(url: str, slug: str) -> str:
    """`/offre-anct/question/` → `/offre-anct/#question`: a question's answer in its FAQ,
    from its own address alone (no query for its parent)."""
    if not url:
        return ""
    return f"{url.rstrip('/').rsplit('/', 1)[0]}/#{slug}"


class FaqEntryPage(BasePage):
    """One question of a FAQ and its answer; shown in its parent page's accordion. Its own
    address leads there, with this answer open."""

    answer = SiteMarkdownField(
        "Réponse",
        help_text=markdown_help_text("La réponse à la question."),
    )

    content_panels = [
        # Like a page's title, it fills the slug (the answer's anchor) while it is a draft.
        TitleFieldPanel(
            "title",
            heading="Question",
            placeholder=False,
            help_text="La question, telle que le visiteur la poserait ; elle donne aussi "
            "l'ancre de la réponse dans l'adresse (onglet « Promotion »).",
        ),
        FieldPanel("answer"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("answer")]
    api_fields = [APIField("answer")]
    parent_page_types = ["pages.AnctOfferPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = "Question de la foire aux questions"
        verbose_name_plural = "Questions de la foire aux questions"

    def get_meta_description(self) -> str:
        return self.search_description or self.title

    def clean(self):
        super().clean()
        # The slug is the answer's id in its parent's page: it must not take the layout's.
        if self.slug and layout_safe_id(self.slug) != self.slug:
            raise ValidationError(
                {
                    "slug": f"« {self.slug} » est réservé à la mise en page du site : "
                    "choisissez une autre ancre pour cette question."
                }
            )

    def get_anchor_url(self, request=None) -> str:
        parent = self.get_parent()
        return f"{parent.get_url(request=request)}#{self.slug}"

    def serve(self, request, *args, **kwargs):
        """The FAQ page, scrolled to this question, whose answer the page's script opens."""
        return redirect(self.get_anchor_url(request))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        faq_page = self.get_parent().specific
        context["faq_page"] = faq_page
        context["faq_entry_context"] = fill(faq_page.faq_entry_context, page=faq_page.title)
        return context

    def serve_preview(self, request, mode_name):
        """Editors preview the question and its answer as they will read in the accordion."""
        return TemplateResponse(request, "pages/faq_entry_page.html", self.get_context(request))

    def get_sitemap_urls(self, request=None):
        return []  # the question lives in its parent's page, which the sitemap lists


# The site's search (search/): the offer to ANCT agents among the offers; each question by its
# question and answer, leading to its answer in the FAQ (its own address redirects there).
register_searchable(
    AnctOfferPage,
    fields=[("title", "A"), ("intro", "B"), ("phases", "C"), ("closing", "C")],
    group="Offres",
    position=10,
)
register_searchable(
    FaqEntryPage,
    fields=[("title", "A"), ("answer", "C")],
    group="Questions fréquentes",
    position=20,
    link=lambda page, request: faq_anchor(page.get_url(request=request), page.slug),
)
