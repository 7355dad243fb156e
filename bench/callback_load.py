"""Load test of the callback form: 200 visitors send it at once, the worker mails them all.

Creates a PostgreSQL database named *_bench (refusing any other name, as store_bench.py
does), migrates it, serves the site with gunicorn (production settings, 2 workers, Redis as
the cache) beside `manage.py db_worker` and an SMTP server of its own (aiosmtpd). Each
visitor opens the form (cookie, CSRF token, signed token), then all send it at the same
moment. Once the worker has emptied the queue, prints the rows stored, the confirmations,
the e-mails received, the errors and the duplicates; then drops its database. The rate
limit and the minimum fill time are off: every visitor comes from 127.0.0.1 at once.

    .venv/bin/python bench/callback_load.py
    .venv/bin/python bench/callback_load.py --submissions 200 --database-url postgres://…/callback_bench

Not a test: it shows the whole chain under load. The README quotes what it printed.
"""

import argparse
import http.cookiejar
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from aiosmtpd.controller import Controller
from store_bench import PYTHON, ROOT, bench_database_name, recreate_database, run, wait_until_up

TEAM = "equipe@incubateur.example"
ACKNOWLEDGEMENT = "Votre demande de rappel à l’Incubateur des Territoires"
CONFIRMED = "Votre demande est enregistrée"
SETUP = f"""
from contact.models import ContactSettings
settings = ContactSettings.load()
settings.notification_recipients = "{TEAM}"
settings.save()
"""
ROWS = """
SELECT count(*),
       count(*) - count(DISTINCT email),
       count(*) FILTER (WHERE acknowledged_at IS NULL OR team_notified_at IS NULL)
FROM contact_callbackrequest
"""
TASKS_LEFT = """
SELECT count(*) FROM django_tasks_database_dbtaskresult
WHERE status NOT IN ('SUCCESSFUL', 'FAILED')
"""


class Sink:
    """The SMTP server: what it received, by recipient and subject."""

    def __init__(self):
        self.received: Counter = Counter()
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        import email
        import email.policy

        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        subject = message["Subject"].strip()
        with self.lock:
            self.received.update((recipient, subject) for recipient in envelope.rcpt_tos)
        return "250 Message accepted for delivery"


class Visitor:
    """One browser: opens the form (cookie and tokens), then sends it as htmx does."""

    def __init__(self, base_url: str, number: int):
        self.base_url = base_url
        self.number = number
        cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(cookies))

    def open_form(self) -> None:
        with self.opener.open(f"{self.base_url}/contact/", timeout=60) as response:
            page = response.read().decode()
        self.csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
        self.token = re.search(r'name="jeton" value="([^"]+)"', page).group(1)

    def send(self) -> str:
        """The answer: "confirmed", or what went wrong."""
        fields = {
            "csrfmiddlewaretoken": self.csrf,
            "jeton": self.token,
            "name": f"Visiteur n° {self.number}",
            "email": f"visiteur{self.number}@mairie-exemple.fr",
            "organisation": f"Commune n° {self.number}",
            "subject": "Être recontacté",
            "message": "Envoyée en même temps que toutes les autres.",
            "consent": "on",
        }
        request = urllib.request.Request(  # noqa: S310 (http://127.0.0.1 only)
            f"{self.base_url}/contact/",
            data=urllib.parse.urlencode(fields).encode(),
            headers={"HX-Request": "true", "Referer": f"{self.base_url}/contact/"},
        )
        try:
            with self.opener.open(request, timeout=120) as response:
                html = response.read().decode()
        except urllib.error.HTTPError as error:
            return f"HTTP {error.code}"
        except OSError as error:
            return type(error).__name__
        return "confirmed" if CONFIRMED in html else f"HTTP {response.status} without confirmation"


def drop_database(url: str) -> None:
    import psycopg

    name = bench_database_name(url)
    admin_url = urlunsplit(urlsplit(url)._replace(path="/postgres"))
    with psycopg.connect(admin_url, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def query(url: str, sql: str) -> tuple:
    import psycopg

    with psycopg.connect(url) as connection:
        return connection.execute(sql).fetchone()


def send_all(base_url: str, submissions: int) -> Counter:
    """Every visitor opens the form first; then all send it at the same moment."""
    visitors = [Visitor(base_url, number) for number in range(submissions)]
    with ThreadPoolExecutor(max_workers=20) as pool:
        list(pool.map(Visitor.open_form, visitors))
    start = threading.Barrier(submissions)

    def send(visitor: Visitor) -> str:
        start.wait()
        return visitor.send()

    with ThreadPoolExecutor(max_workers=submissions) as pool:
        return Counter(pool.map(send, visitors))


def wait_for_the_worker(url: str, sink: Sink, expected: int, timeout: float) -> float:
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        if sink.received.total() >= expected and query(url, TASKS_LEFT) == (0,):
            break
        time.sleep(0.5)
    return time.monotonic() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--database-url",
        default=os.environ.get(
            "CALLBACK_BENCH_DATABASE_URL",
            "postgres://postgres:postgres@127.0.0.1:5432/callback_bench",
        ),
        help="PostgreSQL database to create then drop; its name must end in _bench",
    )
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/14")
    parser.add_argument("--submissions", type=int, default=200)
    parser.add_argument("--port", type=int, default=8098)
    parser.add_argument("--smtp-port", type=int, default=8099)
    args = parser.parse_args()
    bench_database_name(args.database_url)  # refuse before touching anything

    import redis

    redis.Redis.from_url(args.redis_url).flushdb()  # no page cached for another database
    sink = Sink()
    controller = Controller(sink, hostname="127.0.0.1", port=args.smtp_port)
    controller.start()
    static_root = tempfile.mkdtemp(prefix="callback_bench_static_")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": "bench-only-not-secret",
        "DATABASE_URL": args.database_url,
        "REDIS_URL": args.redis_url,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "LOCAL_HTTP": "true",
        "STATIC_ROOT": static_root,
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(args.smtp_port),
        "EMAIL_USE_TLS": "false",
        "CONTACT_RATE_LIMIT_COUNT": "0",
        "CONTACT_MIN_FILL_SECONDS": "0",
        "LOG_LEVEL": "WARNING",
        "PYTHONPATH": str(ROOT / "site"),
    }
    print(f"Base {args.database_url} créée, migrée, contenu initial…", flush=True)
    recreate_database(args.database_url)
    processes = []
    try:
        manage = [PYTHON, "manage.py"]
        run(manage + ["migrate", "--noinput", "-v0"], env)
        run(manage + ["load_initial_content"], env)
        run(manage + ["shell", "-v", "0", "-c", SETUP], env)
        run(manage + ["collectstatic", "--noinput", "-v0"], env)
        gunicorn = [
            str(Path(PYTHON).parent / "gunicorn"),
            *("--pythonpath", "site", "config.wsgi:application"),
            *("--bind", f"127.0.0.1:{args.port}", "--workers", "2", "--log-level", "warning"),
        ]
        for command in (gunicorn, manage + ["db_worker", "--interval", "0.2"]):
            processes.append(subprocess.Popen(command, cwd=ROOT, env=env))  # noqa: S603
        wait_until_up(args.port)

        started = time.monotonic()
        answers = send_all(f"http://127.0.0.1:{args.port}", args.submissions)
        answered_in = time.monotonic() - started
        expected = 2 * args.submissions  # the team's notification and the acknowledgement
        waited = wait_for_the_worker(args.database_url, sink, expected, timeout=300)
        rows, doubled_rows, unsent = query(args.database_url, ROWS)
        received = sink.received.total()
        team = sum(n for (to, _), n in sink.received.items() if to == TEAM)
        doubled_emails = sum(n - 1 for n in sink.received.values() if n > 1)
        errors = {answer: n for answer, n in answers.items() if answer != "confirmed"}

        print(
            f"\n{args.submissions} envois simultanés : gunicorn (2 workers), PostgreSQL, Redis, "
            "db_worker, serveur SMTP aiosmtpd"
        )
        for label, value, note in [
            ("confirmations", answers["confirmed"], f"en {answered_in:.1f} s"),
            ("erreurs", sum(errors.values()), str(errors or "")),
            ("lignes enregistrées", rows, ""),
            ("lignes en double", doubled_rows, ""),
            (
                "e-mails reçus",
                received,
                f"{team} à l'équipe, {received - team} accusés de réception, "
                f"{waited:.1f} s après les réponses",
            ),
            ("e-mails en double", doubled_emails, ""),
            ("demandes aux e-mails non partis", unsent, ""),
        ]:
            print(f"{label:<32}{value:>6}   {note}".rstrip())
        complete = rows == answers["confirmed"] == args.submissions and received == expected
        clean = not (errors or doubled_rows or doubled_emails or unsent)
    finally:
        for process in processes:
            process.terminate()
            process.wait(timeout=20)
        controller.stop()
        drop_database(args.database_url)
        print(f"\nBase {bench_database_name(args.database_url)} supprimée.")
    return 0 if complete and clean else 1


if __name__ == "__main__":
    sys.exit(main())
