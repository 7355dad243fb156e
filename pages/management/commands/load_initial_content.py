"""Creates the site's initial content; safe to run again, it never overwrites an edit."""

from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Crée le contenu initial du site (pages, offres, catalogue). Sans effet sur ce qui "
        "existe déjà : une page modifiée par un éditeur n'est jamais écrasée."
    )

    def handle(self, *args, **options):
        # Each app that has content to offer keeps it in its own initial_content module,
        # loaded in the order of INSTALLED_APPS (pages first: the others hang under it).
        for app_config in apps.get_app_configs():
            module_name = f"{app_config.name}.initial_content"
            if find_spec(module_name) is None:
                continue
            import_module(module_name).load()
            self.stdout.write(f"Contenu initial vérifié : {app_config.verbose_name}")
        self.stdout.write(self.style.SUCCESS("Contenu initial en place."))
