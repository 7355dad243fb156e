"""What every page type shares."""

from django.http import Http404
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index

MAX_ROUTED_LEVELS = 8  # deeper than any address of the site


class BasePage(Page):
    """Plumbing shared by every page type: the SEO fields and what search indexes."""

    search_fields = Page.search_fields + [index.SearchField("search_description")]
    promote_panels = [
        MultiFieldPanel(
            [
                FieldPanel("slug"),
                FieldPanel("seo_title"),
                FieldPanel("search_description"),
                FieldPanel("show_in_menus"),
            ],
            heading="Référencement et menus",
        )
    ]

    class Meta:
        abstract = True

    def route(self, request, path_components):
        """Wagtail's routing, without its two queries a level (the child, then its specific
        page): the pages of the rest of the address come in one query, and only the page
        served, or a page whose type routes its own way (RoutablePageMixin: an offer's
        `exemples/`), is loaded as its specific type. Same result as Wagtail's walk: each
        level is the child with that slug, whether live or not; the page served must be."""
        if not path_components or len(path_components) > MAX_ROUTED_LEVELS:
            # A longer address is no page of this site: Wagtail's walk stops at the first
            # unknown slug, where one query for all would list them all.
            return super().route(request, path_components)
        candidates = {
            (page.depth, page.path[: -Page.steplen], page.slug): page
            for page in Page.objects.descendant_of(self).filter(
                depth__lte=self.depth + len(path_components), slug__in=path_components
            )
        }
        parent = self
        for level, slug in enumerate(path_components, start=1):
            page = candidates.get((self.depth + level, parent.path, slug))
            if page is None:
                raise Http404
            page._cached_parent_obj = parent  # as Wagtail does: get_parent() costs no query
            remaining = path_components[level:]
            specific_class = page.specific_class
            if (
                not remaining
                or specific_class is None
                or specific_class.route is not BasePage.route
            ):
                return page.specific.route(request, remaining)
            parent = page
        raise Http404  # not reached: the last level returns

    def get_meta_description(self) -> str:
        """The description search engines show; each page type may offer a better one."""
        return self.search_description

    def get_share_title(self) -> str:
        """The title a link to this page shows when shared."""
        return self.seo_title or self.title

    def get_share_image(self):
        """The image a link to this page shows when shared; None takes the site's default."""
        return None
