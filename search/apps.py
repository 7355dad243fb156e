from django.apps import AppConfig
from django.db.models.signals import post_migrate, post_save


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = "Recherche"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from .documents import index_missing, on_save

        post_save.connect(on_save, dispatch_uid="search-document-on-save")
        post_migrate.connect(
            lambda sender, **kwargs: index_missing() if sender is self else None,
            weak=False,
            dispatch_uid="search-documents-after-migrate",
        )
