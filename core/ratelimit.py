"""Rate limits with the `limits` library: Redis storage when configured, memory otherwise."""

from __future__ import annotations

from dataclasses import dataclass

from limits import RateLimitItem, parse
from limits.aio.storage import MemoryStorage, RedisStorage, Storage
from limits.aio.strategies import MovingWindowRateLimiter
from redis.asyncio import ConnectionPool

from core.settings import Settings


@dataclass(frozen=True)
class Limits:
    per_ip: RateLimitItem
    per_survey: RateLimitItem
    per_api_key: RateLimitItem


class RateLimiter:
    def __init__(self, settings: Settings) -> None:
        # Our own pool, so that shutdown can close its connections.
        self.pool = ConnectionPool.from_url(settings.redis_url) if settings.redis_url else None
        self.storage: Storage = (
            RedisStorage("async+" + str(settings.redis_url), implementation="redispy", key_prefix="voc-limits",
                         connection_pool=self.pool)  # type: ignore[arg-type]  # passed to redis-py
            if self.pool is not None
            else MemoryStorage()
        )
        self.strategy = MovingWindowRateLimiter(self.storage)
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
