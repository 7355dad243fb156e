"""The callback requests as a CSV file a spreadsheet opens safely, accents intact."""

import csv
import io

from django.utils import timezone

# A cell a spreadsheet would run as a formula starts with one of these; an apostrophe in
# front makes it plain text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

COLUMNS = [
    ("Reçue le", lambda r: timezone.localtime(r.created_at).strftime("%d/%m/%Y %H:%M")),
    ("Statut", lambda r: r.get_status_display()),
    ("Nom et prénom", lambda r: r.name),
    ("Adresse électronique", lambda r: r.email),
    ("Téléphone", lambda r: r.phone),
    ("Collectivité ou organisation", lambda r: r.organisation),
    ("Fonction", lambda r: r.role),
    ("Objet", lambda r: r.subject),
    ("Message", lambda r: r.message),
    ("Offre", lambda r: r.offer.title if r.offer else ""),
    ("Services", lambda r: ", ".join(service.title for service in r.services.all())),
    ("Page d'origine", lambda r: r.source_url),
    (
        "Traitée par",
        lambda r: r.assignee.get_full_name() or r.assignee.get_username() if r.assignee else "",
    ),
    ("Notes internes", lambda r: r.internal_notes),
]


def neutralise(value: str) -> str:
    """Text that no spreadsheet will run as a formula."""
    value = str(value)
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def callback_requests_csv(queryset) -> str:
    """UTF-8 with a byte order mark, so that spreadsheets read the accents right."""
    output = io.StringIO()
    output.write("\ufeff")
    writer = csv.writer(output, delimiter=";")
    writer.writerow([heading for heading, _ in COLUMNS])
    rows = queryset.select_related("offer", "assignee").prefetch_related("services")
    for callback in rows:
        writer.writerow([neutralise(value(callback)) for _, value in COLUMNS])
    return output.getvalue()
