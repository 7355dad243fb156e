from django.apps import AppConfig


class GeographyConfig(AppConfig):
    name = "geography"
    verbose_name = "Géographie officielle"
    default_auto_field = "django.db.models.BigAutoField"
