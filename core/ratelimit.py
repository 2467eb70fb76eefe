"""Rate limits with the `limits` library: Redis storage when configured, memory otherwise."""

from __future__ import annotations

from dataclasses import dataclass

from limits import RateLimitItem, parse
from limits.aio.storage import MemoryStorage, RedisStorage, Storage
from limits.aio.strategies import SlidingWindowCounterRateLimiter
from redis.asyncio import BlockingConnectionPool

from core.settings import Settings

REDIS_POOL_SIZE = 100  # redis-py's default for a plain pool
REDIS_POOL_WAIT_SECONDS = 10.0


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
                                            timeout=REDIS_POOL_WAIT_SECONDS)
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
        self.limits = Limits(
            per_ip=parse(settings.rate_limit_per_ip),
            per_survey=parse(settings.rate_limit_per_survey),
            per_api_key=parse(settings.rate_limit_per_api_key),
        )

    async def hit(self, item: RateLimitItem, *identifiers: str) -> bool:
        """Count one call; False when the limit is exceeded."""
        return await self.strategy.hit(item, "voc", *identifiers)

    async def reset(self) -> None:
        await self.storage.reset()

    async def close(self) -> None:
        if self.pool is not None:
            await self.pool.disconnect()
