"""The admin for the communications team: the examples (drafts, revisions, preview, locking,
drag-and-drop order) and the Markdown editor's icons and French toolbar."""

from django.templatetags.static import static
from django.utils.html import format_html, format_html_join
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Example


class ExampleViewSet(SnippetViewSet):
    model = Example
    icon = "doc-full"
    menu_label = "Exemples"
    menu_name = "exemples"
    menu_order = 200
    add_to_admin_menu = True
    list_display = ["title", "collectivite", "year", "live"]
    list_filter = ["offers", "live"]
    search_fields = ["title", "collectivite", "territory"]
    sort_order_field = "sort_order"
    ordering = ["sort_order", "pk"]


register_snippet(ExampleViewSet)


# Font Awesome from the fontawesomefree package: the Markdown editor's toolbar icons, served by
# this site (wagtail-markdown would otherwise leave the toolbar blank, or fetch them from a CDN).
MARKDOWN_EDITOR_CSS = [
    "fontawesomefree/css/fontawesome.min.css",
    "fontawesomefree/css/solid.min.css",
]


@hooks.register("insert_global_admin_css")
def markdown_editor_icons():
    return format_html_join(
        "\n", '<link rel="stylesheet" href="{}">', ((static(path),) for path in MARKDOWN_EDITOR_CSS)
    )


@hooks.register("insert_global_admin_js")
def markdown_editor_options():
    return format_html('<script src="{}"></script>', static("pages/markdown-editor.js"))
