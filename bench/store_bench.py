"""Benchmark of the Territoires Store: gunicorn on PostgreSQL with 200 services.

Creates (or recreates) a PostgreSQL database named *_bench, migrates it, loads the initial
content, adds services up to --services, builds the search index, serves the site with
gunicorn in production settings, checks that each page answers with cards, then sends a
bounded number of requests to the catalogue, a filtered catalogue and a service page, and
prints requests per second and p50/p95/p99 latencies. Traffic stays on 127.0.0.1.

    make bench
    .venv/bin/python bench/store_bench.py --services 200 --requests 500 --concurrency 4

Not a test: figures depend on the machine. The README quotes the ones it printed.
"""

import argparse
import http.client
import os
import re
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
SCENARIOS = [
    ("catalogue", "/territoires-store/"),
    ("catalogue filtré", "/territoires-store/?thematique=mobilite&echelon=region&q=service"),
    ("page d'un service", "/territoires-store/rdv-service-public/"),
]

SEED = """
from django.db import transaction
from store.models import StoreIndexPage, StoreItemPage, Thematique
target = {target}
index = StoreIndexPage.objects.get()
thematiques = list(Thematique.objects.order_by("sort_order"))
with transaction.atomic():
    number = StoreItemPage.objects.count()
    while number < target:
        page = StoreItemPage(
            title=f"Service de démonstration {{number:03d}}",
            slug=f"service-de-demonstration-{{number:03d}}",
            pitch="Un service de démonstration pour mesurer le catalogue.",
            purpose="Mesurer la vitesse du catalogue",
            description="Un service ajouté par le banc d'essai, avec une description courte.",
            echelons=["commune", "region"] if number % 2 else ["departement"],
            phase="construction",
            builder="Le banc d'essai",
        )
        page.thematiques = thematiques[number % 9 : number % 9 + 3]
        index.add_child(instance=page)
        number += 1
print(StoreItemPage.objects.live().count(), "services")
"""


def production_env(database_url: str) -> dict[str, str]:
    """The production settings on this machine, in front of the bench's database."""
    return {
        "DATABASE_URL": database_url,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": "bench-only-not-secret",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "LOCAL_HTTP": "true",
        "LOG_LEVEL": "WARNING",
        "PYTHONPATH": str(ROOT / "site"),
    }


def run(command: list[str], env: dict) -> None:
    subprocess.run(command, cwd=ROOT, env=env, check=True)  # noqa: S603 (our own commands)


def bench_database_name(url: str) -> str:
    """The database the benchmark may drop and recreate: only one named `…_bench`, so that a
    mistyped --database-url or BENCH_DATABASE_URL never wipes a real database."""
    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    if parts.scheme not in ("postgres", "postgresql") or not re.fullmatch(r"\w+_bench", name):
        raise SystemExit(
            f"Refus : {url!r} n'est pas une base PostgreSQL dont le nom finit par « _bench ». "
            "Le banc d'essai supprime et recrée sa base ; donnez-lui une base à lui, par "
            "exemple postgres://postgres:postgres@127.0.0.1:5432/store_bench."
        )
    return name


def recreate_database(url: str) -> None:
    import psycopg

    name = bench_database_name(url)
    parts = urlsplit(url)
    admin_url = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin_url, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')


def wait_until_up(port: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", "/healthz")
            if connection.getresponse().status == 200:
                return
        except OSError:
            pass
        time.sleep(0.3)
    raise SystemExit("gunicorn did not answer /healthz in time")


def count_cards(html: str) -> int:
    return html.count('class="fr-card__title"')


def check_pages(port: int) -> None:
    """Before timing: every page answers 200 and the catalogues show cards, so that the
    figures measure the pages a visitor sees, not an empty list or an error page."""
    for name, path in SCENARIOS:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        connection.request("GET", path, headers={"Host": "127.0.0.1"})
        response = connection.getresponse()
        html = response.read().decode()
        connection.close()
        if response.status != 200:
            raise SystemExit(f"{name} ({path}) a répondu {response.status}")
        if path.startswith("/territoires-store/?") or path == "/territoires-store/":
            if count_cards(html) == 0:
                raise SystemExit(f"{name} ({path}) n'affiche aucun service : mesure annulée")
        print(f"{name:<20} vérifiée : 200, {count_cards(html)} cartes", flush=True)


def measure(port: int, path: str, requests: int, concurrency: int) -> dict:
    """Send `requests` GETs over `concurrency` keep-alive connections; latencies in ms."""
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    share = [
        requests // concurrency + (1 if i < requests % concurrency else 0)
        for i in range(concurrency)
    ]

    def worker(count: int) -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        mine = []
        for _ in range(count):
            start = time.perf_counter()
            connection.request("GET", path, headers={"Host": "127.0.0.1"})
            response = connection.getresponse()
            response.read()
            mine.append((time.perf_counter() - start) * 1000)
            if response.status != 200:
                with lock:
                    errors.append(str(response.status))
        connection.close()
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=worker, args=(count,)) for count in share]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    cuts = statistics.quantiles(latencies, n=100)
    return {
        "rps": len(latencies) / elapsed,
        "p50": cuts[49],
        "p95": cuts[94],
        "p99": cuts[98],
        "errors": len(errors),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--database-url",
        default=os.environ.get(
            "BENCH_DATABASE_URL", "postgres://postgres:postgres@127.0.0.1:5432/store_bench"
        ),
        help="PostgreSQL database to (re)create for the benchmark; its name must end in _bench",
    )
    parser.add_argument("--services", type=int, default=200)
    parser.add_argument("--requests", type=int, default=500, help="per page measured")
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    parser.add_argument("--port", type=int, default=8097)
    args = parser.parse_args()

    env = {**os.environ, **production_env(args.database_url)}
    bench_database_name(args.database_url)  # refuse before touching anything
    print(f"Base {args.database_url} recréée, migrée, {args.services} services…", flush=True)
    recreate_database(args.database_url)
    manage = [PYTHON, "manage.py"]
    run(manage + ["migrate", "--noinput", "-v0"], env)
    run(manage + ["load_initial_content"], env)
    run(manage + ["shell", "-c", SEED.format(target=args.services)], env)
    # In production settings the search index is updated by tasks that `db_worker` runs;
    # the benchmark starts no worker, so it builds the index itself.
    run(manage + ["update_index", "-v0"], env)
    run(manage + ["collectstatic", "--noinput", "-v0"], env)

    gunicorn = subprocess.Popen(  # noqa: S603 (our own command)
        [
            str(Path(PYTHON).parent / "gunicorn"),
            "--pythonpath",
            "site",
            "config.wsgi:application",
            "--bind",
            f"127.0.0.1:{args.port}",
            "--workers",
            str(args.workers),
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    try:
        wait_until_up(args.port)
        check_pages(args.port)
        print(
            f"\ngunicorn {args.workers} workers, PostgreSQL, {args.services} services, "
            f"{args.requests} requêtes par page, {args.concurrency} connexions simultanées"
        )
        print(f"{'page':<20} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'erreurs':>8}")
        for name, path in SCENARIOS:
            measure(args.port, path, min(40, args.requests), args.concurrency)  # warm-up
            result = measure(args.port, path, args.requests, args.concurrency)
            print(
                f"{name:<20} {result['rps']:>8.1f} {result['p50']:>8.1f} {result['p95']:>8.1f} "
                f"{result['p99']:>8.1f} {result['errors']:>8}"
            )
        print(
            f"\nReproduire : make bench   (ou .venv/bin/python bench/store_bench.py "
            f"--services {args.services} --requests {args.requests} "
            f"--concurrency {args.concurrency} --workers {args.workers})"
        )
    finally:
        gunicorn.terminate()
        gunicorn.wait(timeout=20)


if __name__ == "__main__":
    main()
