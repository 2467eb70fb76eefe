"""Rate limits with the `limits` library: Redis storage when configured, memory otherwise."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass

from limits import RateLimitItem, parse
from limits.aio.storage import MemoryStorage, RedisStorage, Storage
from limits.aio.strategies import SlidingWindowCounterRateLimiter
from redis.asyncio import BlockingConnectionPool
from redis.exceptions import RedisError

from core.settings import Settings

REDIS_POOL_SIZE = 100  # redis-py's default for a plain pool
REDIS_POOL_WAIT_SECONDS = 10.0
# A Redis that does not answer must not hold a submission for long: it is counted in memory (below).
REDIS_SOCKET_TIMEOUT_SECONDS = 2.0
RETRY_REDIS_AFTER_SECONDS = 1.0
# While Redis is down, one warning per this many seconds, not one per request.
UNAVAILABLE_LOG_EVERY_SECONDS = 10.0

log = logging.getLogger("voc.ratelimit")


@dataclass(frozen=True)
class Limits:
    per_ip: RateLimitItem
    per_survey: RateLimitItem
    per_api_key: RateLimitItem


class RateLimiter:
    def __init__(self, settings: Settings) -> None:
        # Our own pool, so that shutdown can close its connections. A blocking one: beyond
        # REDIS_POOL_SIZE requests in flight a plain pool raises "Too many connections", which
        # failed requests under overload; this one makes them wait for a connection instead.
        self.pool = (
            BlockingConnectionPool.from_url(settings.redis_url, max_connections=REDIS_POOL_SIZE,
                                            timeout=REDIS_POOL_WAIT_SECONDS,
                                            socket_connect_timeout=REDIS_SOCKET_TIMEOUT_SECONDS,
                                            socket_timeout=REDIS_SOCKET_TIMEOUT_SECONDS)
            if settings.redis_url else None
        )
        self.storage: Storage = (
            RedisStorage("async+" + str(settings.redis_url), implementation="redispy", key_prefix="voc-limits",
                         connection_pool=self.pool)  # type: ignore[arg-type]  # passed to redis-py
            if self.pool is not None
            else MemoryStorage()
        )
        # A sliding-window counter: two counters per key, not one entry per hit as a moving window keeps.
        self.strategy = SlidingWindowCounterRateLimiter(self.storage)
        # Used while Redis is unreachable (see `hit`); None without Redis, where memory is the storage.
        self.fallback = SlidingWindowCounterRateLimiter(MemoryStorage()) if self.pool is not None else None
        self._down_until = 0.0
        self._warned_at = -UNAVAILABLE_LOG_EVERY_SECONDS
        self.unavailable = 0  # calls counted in memory because Redis could not be reached
        self.limits = Limits(
            per_ip=parse(settings.rate_limit_per_ip),
            per_survey=parse(settings.rate_limit_per_survey),
            per_api_key=parse(settings.rate_limit_per_api_key),
        )

    async def hit(self, item: RateLimitItem, *identifiers: str) -> bool:
        """Count one call; False when the limit is exceeded.

        When Redis cannot be reached the call is counted in this process's memory instead: each
        process then enforces the limits alone (so a flood is still bounded, by the number of
        processes times the limit) until Redis answers again. PostgreSQL is the source of truth and
        a response needs only PostgreSQL to be stored, so a Redis outage must not turn submissions
        away (the fault scenario redis-outage found every submitResponse failing while Redis was
        down). After a failure Redis is not tried again for a second: a Redis that hangs would
        otherwise hold every request for the socket timeout."""
        if self.fallback is None or time.monotonic() >= self._down_until:
            try:
                return await self.strategy.hit(item, "voc", *identifiers)
            except (RedisError, OSError) as exc:
                if self.fallback is None:
                    raise
                now = time.monotonic()
                self._down_until = now + RETRY_REDIS_AFTER_SECONDS
                if now - self._warned_at >= UNAVAILABLE_LOG_EVERY_SECONDS:
                    self._warned_at = now
                    log.warning("rate limits: Redis unreachable, counting in this process: %s: %s",
                                type(exc).__name__, exc)
        self.unavailable += 1
        return await self.fallback.hit(item, "voc", *identifiers)

    async def reset(self) -> None:
        await self.storage.reset()

    async def close(self) -> None:
        if self.pool is not None:
            await self.pool.disconnect()
