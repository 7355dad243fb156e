"""The synonyms in the admin: « Éditeurs » add, change and delete groups of equivalent words."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import SynonymGroup


class SynonymGroupViewSet(SnippetViewSet):
    model = SynonymGroup
    icon = "search"
    menu_label = "Synonymes de la recherche"
    menu_name = "synonymes"
    menu_order = 220
    add_to_admin_menu = True
    list_display = ["words"]
    search_fields = ["words"]


register_snippet(SynonymGroupViewSet)
