"""The benchmark script refuses to drop a database that is not its own, and can tell a
catalogue with cards from an empty one (it checks before timing)."""

import importlib.util
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "bench" / "store_bench.py"


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("store_bench", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    "url",
    [
        "postgres://postgres:postgres@127.0.0.1:5432/postgres",
        "postgres://postgres:postgres@127.0.0.1:5432/incubateur",
        "postgres://postgres:postgres@127.0.0.1:5432/bench",
        "postgres://postgres:postgres@127.0.0.1:5432/store_bench_old",
        "sqlite:////tmp/store_bench",
    ],
)
def test_the_benchmark_refuses_a_database_that_is_not_its_own(bench, url):
    with pytest.raises(SystemExit, match="_bench"):
        bench.bench_database_name(url)


def test_the_benchmark_accepts_its_own_database(bench):
    assert bench.bench_database_name("postgres://u:p@127.0.0.1:5432/store_bench") == "store_bench"


@pytest.mark.django_db
def test_the_benchmark_counts_the_cards_of_a_page(bench, client, twelve_per_page):
    assert bench.count_cards(client.get("/territoires-store/").content.decode()) == 12
    empty = client.get("/territoires-store/", {"q": "zzzrien"}).content.decode()
    assert bench.count_cards(empty) == 0
