"""The site as production serves it, for the HTTP and browser tests: gunicorn with
`config.settings.production` (DEBUG off, hashed and compressed static files collected once,
Redis as the cache, the task queue in the database), in front of the test database.

The tests see what a visitor sees; what they build in the test database (committed, as
the live-server tests do) is what gunicorn serves.
"""

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
# Database 15 of the local Redis; this run's keys carry its own prefix, emptied before each
# test, so that two runs at once (each with its own test database) never share a cache.
REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
CACHE_KEY_PREFIX = f"test-{os.getpid()}"
STARTUP_SECONDS = 60


@dataclass
class ProductionServer:
    url: str
    env: dict[str, str]
    process: subprocess.Popen = field(repr=False)

    def manage(self, *args: str, **popen_kwargs) -> subprocess.Popen:
        """Start `manage.py ARGS` with the server's settings and database (db_worker…)."""
        return subprocess.Popen(
            [sys.executable, str(ROOT / "manage.py"), *args], env=self.env, **popen_kwargs
        )

    @contextmanager
    def variant(self, workdir: Path, **env_overrides: str) -> Iterator["ProductionServer"]:
        """Another gunicorn on the same static files, with some settings changed (a Redis or
        a database that does not answer), stopped at the end of the block."""
        port = free_port()
        env = {**self.env, **env_overrides, "SITE_URL": f"http://127.0.0.1:{port}"}
        server = serve(env, port, workdir)
        try:
            yield server
        finally:
            stop(server.process)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def answers(host: str, port: int) -> bool:
    try:
        socket.create_connection((host, port), timeout=1).close()
    except OSError:
        return False
    return True


def database_url(settings_dict: dict) -> str:
    """The URL of the database the tests use (the test database once it is set up)."""
    if settings_dict["ENGINE"] == "django.db.backends.sqlite3":
        return f"sqlite:///{Path(settings_dict['NAME']).resolve()}"
    credentials = quote(settings_dict["USER"] or "", safe="")
    if settings_dict["PASSWORD"]:
        credentials += ":" + quote(settings_dict["PASSWORD"], safe="")
    host = settings_dict["HOST"] or "127.0.0.1"
    port = settings_dict["PORT"] or "5432"
    return f"postgres://{credentials}@{host}:{port}/{settings_dict['NAME']}"


def production_env(database: str, static_root: Path, media_root: Path, url: str) -> dict:
    """The environment of the production settings on this machine, as `make run` sets it."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_", "REDIS_", "EMAIL_", "CONTACT_"))
    }
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY="production-harness-of-the-test-suite-not-a-secret-" + "x" * 20,
        DATABASE_URL=database,
        LOCAL_HTTP="true",
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SITE_URL=url,
        STATIC_ROOT=str(static_root),
        MEDIA_ROOT=str(media_root),
        REDIS_URL=REDIS_URL,
        CACHE_KEY_PREFIX=CACHE_KEY_PREFIX,
        # The browser tests fill the form in milliseconds; the delay is tested on its own.
        CONTACT_MIN_FILL_SECONDS="0",
        LOG_LEVEL="WARNING",
        PYTHONUNBUFFERED="1",
    )
    return env


def collect_static(env: dict) -> None:
    subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), "collectstatic", "--noinput", "-v0"],
        env=env,
        check=True,
        cwd=ROOT,
    )


def wait_until_up(url: str, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"gunicorn stopped at start:\n{log.read_text()[-3000:]}")
        try:
            urllib.request.urlopen(f"{url}/robots.txt", timeout=5).close()
            return
        except (urllib.error.URLError, OSError):
            time.sleep(0.2)
    process.kill()
    raise RuntimeError(f"no answer in {STARTUP_SECONDS} s:\n{log.read_text()[-3000:]}")


def serve(env: dict, port: int, workdir: Path) -> ProductionServer:
    url = f"http://127.0.0.1:{port}"
    log = workdir / f"gunicorn-{port}.log"
    process = subprocess.Popen(
        [
            sys.executable, "-m", "gunicorn", "--pythonpath", "site", "config.wsgi:application",
            "--bind", f"127.0.0.1:{port}", "--workers", "2", "--timeout", "30",
        ],  # fmt: skip
        env=env,
        cwd=ROOT,
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
    )
    wait_until_up(url, process, log)
    return ProductionServer(url=url, env=env, process=process)


def start(database: str, workdir: Path) -> ProductionServer:
    """Collect the static files as production does, then serve them and the test database."""
    port = free_port()
    env = production_env(database, workdir / "static", workdir / "media", f"http://127.0.0.1:{port}")
    collect_static(env)
    return serve(env, port, workdir)


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def flush_cache() -> None:
    """Empty this run's cache (Wagtail's site roots, the form's rate-limit counters)."""
    import redis

    client = redis.Redis.from_url(REDIS_URL)
    keys = list(client.scan_iter(match=f"{CACHE_KEY_PREFIX}:*", count=1000))
    if keys:
        client.delete(*keys)
