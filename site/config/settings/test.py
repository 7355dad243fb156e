"""Test suite: small and fast, with tasks run at once and mail kept in memory."""

import os
from pathlib import Path

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-not-secret"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_AUTOREFRESH = True
# Forms are posted at once by tests; the tests of the minimum time set it back.
CONTACT_MIN_FILL_SECONDS = 0
LOGGING["root"]["level"] = "WARNING"  # noqa: F405

# One test database per test run (named after the process), so that two runs on one machine
# (a developer's and CI's, two checkouts) never drop each other's tables.
# On SQLite a file, not memory: the production server the browser tests drive opens it too.
# It sits beside the database DATABASE_URL names (var/test-<pid>-db.sqlite3 by default).
_run = os.getpid()
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    database = Path(DATABASES["default"]["NAME"])  # noqa: F405
    DATABASES["default"]["TEST"] = {"NAME": str(database.with_name(f"test-{_run}-{database.name}"))}  # noqa: F405, E501
else:
    DATABASES["default"]["TEST"] = {"NAME": f"test_{DATABASES['default']['NAME']}_{_run}"}  # noqa: F405
