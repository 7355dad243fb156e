"""The thématiques in the admin: a list editors add to and reorder by drag and drop."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Thematique


class ThematiqueViewSet(SnippetViewSet):
    model = Thematique
    icon = "tag"
    menu_label = "Thématiques"
    menu_name = "thematiques"
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["name", "slug"]
    search_fields = ["name"]
    sort_order_field = "sort_order"


register_snippet(ThematiqueViewSet)
