"""How long each public page takes to render, in-process, without any page cache.

Builds (or, with --reuse, keeps) a PostgreSQL database named *_bench holding the initial
content and --services services (the helpers of store_bench.py), then renders every public
page type --repeat times with Django's test client under the production settings, and prints
the milliseconds (median CPU time of Python, minimum wall-clock time) and the SQL queries of
one rendering of each. No HTTP server: the
figures are the cost of Python and SQL in one process, what the page cache would save.

    .venv/bin/python bench/render_pages.py --database-url postgres://…/pages_bench
    .venv/bin/python bench/render_pages.py --reuse --repeat 50

Not a test: figures depend on the machine.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "bench"), str(ROOT / "site"), str(ROOT)]

import store_bench  # noqa: E402  (after the path)

PAGES = [
    ("accueil", "/"),
    ("offres", "/offres-collectivites/"),
    ("une offre", "{offer}"),
    ("exemples", "{offer}exemples/"),
    ("offre ANCT (FAQ)", "/offre-anct/"),
    ("catalogue", "/territoires-store/"),
    ("catalogue filtré", "/territoires-store/?thematique=mobilite&echelon=region&q=service"),
    ("catalogue page 5", "/territoires-store/?page=5"),
    ("un service", "/territoires-store/rdv-service-public/"),
    ("contact", "/contact/"),
    ("mentions légales", "/mentions-legales/"),
    ("plan du site", "/plan-du-site/"),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--database-url",
        default=os.environ.get(
            "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/pages_bench"
        ),
    )
    parser.add_argument("--services", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--reuse", action="store_true", help="keep the database as it is")
    args = parser.parse_args()

    env = store_bench.production_env(args.database_url)
    os.environ.update(env)
    os.environ.pop("REDIS_URL", None)  # the file cache; nothing here caches whole pages
    store_bench.bench_database_name(args.database_url)
    if not args.reuse:
        print(f"Base {args.database_url} recréée, {args.services} services…", flush=True)
        store_bench.recreate_database(args.database_url)
        full_env = {**os.environ, **env}
        manage = [store_bench.PYTHON, "manage.py"]
        store_bench.run(manage + ["migrate", "--noinput", "-v0"], full_env)
        store_bench.run(manage + ["load_initial_content"], full_env)
        store_bench.run(
            manage + ["shell", "-c", store_bench.SEED.format(target=args.services)], full_env
        )
        store_bench.run(manage + ["update_index", "-v0"], full_env)
        store_bench.run(manage + ["collectstatic", "--noinput", "-v0"], full_env)

    import django

    django.setup()
    from django.db import connection
    from django.test import Client

    from pages.models import OfferPage

    offer = OfferPage.objects.live().order_by("path").first().url
    client = Client(HTTP_HOST="127.0.0.1")
    # On a busy machine the wall-clock time mostly measures the neighbours: the CPU time of
    # this thread (Python's share, the database's work excluded) varies much less.
    print(
        f"\n{args.repeat} rendus par page : temps CPU de Python (médiane), temps réel "
        "(minimum), requêtes SQL d'un rendu"
    )
    print(f"{'page':<20} {'CPU ms':>8} {'réel ms':>8} {'SQL':>5}")
    for name, path in PAGES:
        path = path.format(offer=offer)
        response = client.get(path)  # warm-up: templates, imports, connections
        if response.status_code != 200:
            raise SystemExit(f"{name} ({path}) a répondu {response.status_code}")
        queries = []  # counted by a wrapper: each request empties connection.queries

        def count(execute, sql, params, many, context, queries=queries):
            queries.append(sql)
            return execute(sql, params, many, context)

        with connection.execute_wrapper(count):
            client.get(path)
        wall, cpu = [], []
        for _ in range(args.repeat):
            start, start_cpu = time.perf_counter(), time.thread_time()
            client.get(path)
            wall.append((time.perf_counter() - start) * 1000)
            cpu.append((time.thread_time() - start_cpu) * 1000)
        print(
            f"{name:<20} {statistics.median(cpu):>8.1f} {min(wall):>8.1f} {len(queries):>5}",
            flush=True,
        )


if __name__ == "__main__":
    main()
