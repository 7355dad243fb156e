"""What every page type shares."""

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index


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

    def get_meta_description(self) -> str:
        """The description search engines show; each page type may offer a better one."""
        return self.search_description

    def get_share_title(self) -> str:
        """The title a link to this page shows when shared."""
        return self.seo_title or self.title

    def get_share_image(self):
        """The image a link to this page shows when shared; None takes the site's default."""
        return None
