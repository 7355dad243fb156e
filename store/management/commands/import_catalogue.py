"""Load a catalogue exported as /territoires-store/donnees.json into this site's catalogue."""

import json
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import IntegrityError, transaction

from store.exports import service_from_record
from store.models import StoreIndexPage, Thematique


class Command(BaseCommand):
    help = (
        "Importe un catalogue exporté en JSON (/territoires-store/donnees.json) : crée les "
        "thématiques et publie les services qui manquent ; ceux qui existent déjà (même "
        "identifiant) sont laissés tels quels. Tout ou rien : à la première erreur, rien "
        "n'est enregistré."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="Le fichier JSON exporté du catalogue.")

    def handle(self, *args, file, **options):
        document = read_document(Path(file))
        catalogue = StoreIndexPage.objects.first()
        if catalogue is None:
            raise CommandError(
                "Aucune page « Catalogue du Territoires Store » n'existe : créez-la dans "
                "l'administration (ou lancez load_initial_content), puis recommencez."
            )
        try:
            created, kept = self.import_services(catalogue, document)
        except IntegrityError as error:
            raise CommandError(
                "Une thématique du fichier porte le nom d'une thématique existante sous un "
                "autre identifiant : renommez l'une des deux ; rien n'a été importé."
            ) from error
        self.stdout.write(f"{len(created)} service(s) importé(s) et publié(s).")
        if kept:
            self.stdout.write(f"Déjà présents, laissés tels quels : {', '.join(kept)}.")

    def import_services(self, catalogue, document) -> tuple[list[str], list[str]]:
        """The identifiants of the services created, and of those already there."""
        with transaction.atomic():
            thematiques = import_thematiques(document["thematiques"])
            created, kept = [], []
            for record in document["services"]:
                slug = record["identifiant"]
                if catalogue.get_children().filter(slug=slug).exists():
                    kept.append(slug)
                    continue
                try:
                    page = service_from_record(record, thematiques)
                    catalogue.add_child(instance=page)
                    page.save_revision().publish()
                except (KeyError, TypeError, ValueError, ValidationError) as error:
                    raise CommandError(
                        f"Service « {slug} » refusé, rien n'a été importé : {describe(error)}"
                    ) from error
                created.append(slug)
        return created, kept


def read_document(path: Path) -> dict:
    try:
        document = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as error:
        raise CommandError(f"Impossible de lire {path} : {error.strerror}.") from error
    except json.JSONDecodeError as error:
        raise CommandError(
            f"{path} n'est pas du JSON valide (ligne {error.lineno}, colonne {error.colno})."
        ) from error
    except UnicodeDecodeError as error:
        raise CommandError(f"{path} n'est pas encodé en UTF-8.") from error
    if not (
        isinstance(document, dict)
        and isinstance(document.get("thematiques"), list)
        and isinstance(document.get("services"), list)
    ):
        raise CommandError(
            f"{path} n'a pas la forme de donnees.json : un objet avec les listes "
            "« thematiques » et « services »."
        )
    return document


def import_thematiques(items: list) -> dict[str, Thematique]:
    """Every thématique of the file by identifiant; the missing ones created in its order,
    after those already there."""
    by_slug = {thematique.slug: thematique for thematique in Thematique.objects.all()}
    last = max((t.sort_order or 0 for t in by_slug.values()), default=-1)
    for position, item in enumerate(items, start=last + 1):
        try:
            slug, name = item["identifiant"], item["nom"]
        except (KeyError, TypeError) as error:
            raise CommandError(
                "Thématique sans « identifiant » ou « nom » : rien n'a été importé."
            ) from error
        if slug not in by_slug:
            by_slug[slug] = Thematique.objects.create(slug=slug, name=name, sort_order=position)
    return by_slug


def describe(error: Exception) -> str:
    if isinstance(error, KeyError):
        return f"il manque le champ ou la thématique « {error.args[0]} »."
    if isinstance(error, ValidationError):
        return " ".join(error.messages)
    if isinstance(error, ValueError):  # a collectivité code the official geography lacks
        return f"{error}."
    return "un champ n'a pas le bon type."
