from wagtail import hooks

from .views import collectivite_chooser_viewset


@hooks.register("register_admin_viewset")
def register_collectivite_chooser():
    return collectivite_chooser_viewset
