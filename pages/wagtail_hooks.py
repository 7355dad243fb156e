"""The examples in the admin: drafts, revisions, preview, locking, and drag-and-drop order."""

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
