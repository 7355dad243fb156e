"""The thématiques in the admin: a list editors add to and reorder by drag and drop; on the
dashboard, the territories still to attach to an official collectivité."""

from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Deployment, Thematique


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


class UnmatchedDeploymentsPanel(Component):
    """Free-text territories no collectivité was recognised for (migration 0012)."""

    name = "unmatched_deployments"
    order = 60
    template_name = "store/admin/unmatched_deployments_panel.html"

    def __init__(self, deployments):
        self.deployments = deployments

    def get_context_data(self, parent_context):
        return {"deployments": self.deployments}


@hooks.register("construct_homepage_panels")
def show_unmatched_deployments(request, panels):
    if not request.user.has_perm("wagtailadmin.access_admin"):
        return
    unmatched = list(
        Deployment.objects.filter(collectivite__isnull=True)
        .select_related("service")
        .order_by("service__title", "sort_order")
    )
    if unmatched:
        panels.append(UnmatchedDeploymentsPanel(unmatched))
