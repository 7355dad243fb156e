"""Test suite: small and fast, with tasks run at once and mail kept in memory."""

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

# A file, not memory: the live server's threads then get connections of their own instead
# of sharing the test's one, which real-browser tests would use concurrently.
# It sits beside the database DATABASE_URL names (var/test-db.sqlite3 by default).
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    database = Path(DATABASES["default"]["NAME"])  # noqa: F405
    DATABASES["default"]["TEST"] = {"NAME": str(database.with_name(f"test-{database.name}"))}  # noqa: F405
