"""`make run`, as a newcomer types it: the site served as production serves it (DEBUG off,
hashed static files, the site's own error pages), with the task worker beside gunicorn."""

import os
import signal
import subprocess
import time
import urllib.error
import urllib.request

from tests.conftest import ROOT
from tests.production_server import free_port

STARTUP_SECONDS = 180


def fetch(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def test_make_run_serves_the_production_settings_with_the_worker(tmp_path):
    port = free_port()
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_", "REDIS_", "SECRET_", "MAKE"))
    }
    # Its own database and static files: the developer's data and static files stay untouched.
    env.update(
        PORT=str(port),
        DATABASE_URL=f"sqlite:///{tmp_path}/db.sqlite3",
        STATIC_ROOT=str(tmp_path / "static"),
        MEDIA_ROOT=str(tmp_path / "media"),
    )
    process = subprocess.Popen(
        ["make", "run"],
        cwd=ROOT,
        env=env,
        stdout=(tmp_path / "make-run.log").open("w"),
        stderr=subprocess.STDOUT,
        start_new_session=True,  # so that the whole group (make, gunicorn, worker) stops
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while True:
            assert process.poll() is None, (tmp_path / "make-run.log").read_text()[-3000:]
            try:
                fetch(f"{url}/healthz")
                break
            except OSError:
                assert time.monotonic() < deadline, "make run did not serve the site"
                time.sleep(0.5)

        status, home = fetch(url + "/")
        assert status == 200
        assert "/static/dsfr/dist/dsfr/dsfr.min." in home  # hashed by the manifest storage
        status, missing = fetch(url + "/page-absente/")
        assert status == 404
        assert "Page non trouvée" in missing
        assert "DEBUG = True" not in missing and "Technical" not in missing

        # The worker beside gunicorn has left its sign of life for /healthz.
        deadline = time.monotonic() + 30
        while True:
            status, health = fetch(f"{url}/healthz")
            if '"worker": "ok"' in health:
                break
            assert time.monotonic() < deadline, health
            time.sleep(0.5)
        assert status == 200
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)
