"""Redis as an accelerator, never a single point of failure.

When Redis does not answer, each gunicorn worker keeps going on a cache in its own memory
(pages are served, the callback form's rate limit still counts, per process) and tries Redis
again a few seconds later. The outage is logged once, and so is the recovery.
"""

import logging
import time

from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

# While Redis is down, how long each process works from memory before trying it again.
RETRY_REDIS_AFTER_SECONDS = 5


class ResilientRedisCache(RedisCache):
    """Django's Redis cache, falling back to this process's memory while Redis is down."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._fallback = LocMemCache(f"redis-fallback-{id(self)}", params)
        self._down_until: float | None = None

    def _call(self, name: str, *args, **kwargs):
        now = time.monotonic()
        if self._down_until is None or now >= self._down_until:
            try:
                result = getattr(super(), name)(*args, **kwargs)
            except RedisError as error:
                if self._down_until is None:
                    logger.warning(
                        "Redis does not answer (%s): serving from each process's memory, "
                        "retrying every %s s",
                        type(error).__name__,
                        RETRY_REDIS_AFTER_SECONDS,
                    )
                self._down_until = now + RETRY_REDIS_AFTER_SECONDS
            else:
                if self._down_until is not None:
                    logger.warning("Redis answers again")
                    self._down_until = None
                return result
        return getattr(self._fallback, name)(*args, **kwargs)

    def redis_answers(self) -> bool:
        """Whether Redis answers a ping now (for /healthz); never raises."""
        try:
            return bool(self._cache.get_client().ping())
        except RedisError:
            return False


def _with_fallback(name: str):
    def method(self, *args, **kwargs):
        return self._call(name, *args, **kwargs)

    method.__name__ = name
    return method


for _name in (
    "add", "get", "set", "touch", "delete", "has_key", "incr", "decr",
    "get_many", "set_many", "delete_many", "clear",
):  # fmt: skip
    setattr(ResilientRedisCache, _name, _with_fallback(_name))
