"""Rate limits with the `limits` library: Redis storage when configured, memory otherwise."""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from limits import RateLimitItem, WindowStats, parse
from limits.aio.storage import MemoryStorage, RedisStorage, Storage
from limits.aio.strategies import MovingWindowRateLimiter, SlidingWindowCounterRateLimiter
from redis.asyncio import BlockingConnectionPool, Redis
from redis.exceptions import RedisError

from core.batching import Batch, Batches, Distinct
from core.settings import Settings

# At most this many connections count at once; beyond, a call waits for one (a plain redis-py
# pool raised "Too many connections" there, which failed requests under overload), but not longer
# than REDIS_POOL_WAIT_SECONDS.
REDIS_POOL_SIZE = 100  # redis-py's default for a plain pool
REDIS_POOL_WAIT_SECONDS = 10.0
# A Redis that does not answer must not hold a submission for long: it is counted in memory (below).
REDIS_SOCKET_TIMEOUT_SECONDS = 2.0
RETRY_REDIS_AFTER_SECONDS = 1.0
# While Redis is down, one warning per this many seconds, not one per request.
UNAVAILABLE_LOG_EVERY_SECONDS = 10.0
KEY_PREFIX = "voc-limits"

# The checks of one call in one round trip (a public call has two, and each round trip through
# redis-py cost ~0.1 ms of the server's CPU, a quarter of a submission's). For each check in turn
# this is the `limits` library's own sliding-window acquisition (limits 5.x,
# resources/redis/lua_scripts/acquire_sliding_window.lua: same keys, same arithmetic, so counts
# are shared with the library's storage, which `reset` clears), and it stops at the first check
# refused: a refused caller uses up nothing of the later limits, as when they were sent one by one.
# One script runs the calls of many concurrent requests (their checks in the order they came, as
# if sent one after another): one round trip per batch instead of one per request.
# KEYS: per check its previous and current window keys. ARGV: the number of calls, then per call its
# number of checks and per check limit, expiry (s), amount. Returns per call 0 when every check
# passed, else the (1-based) number of the check that refused.
ACQUIRE_IN_ORDER_LUA = """
local function acquire(previous_key, current_key, limit, expiry, amount)
    if amount > limit then
        return false
    end
    local current_ttl = tonumber(redis.call('pttl', current_key))
    if current_ttl > 0 and current_ttl < expiry then
        -- Current window expired, shift it to the previous window
        redis.call('rename', current_key, previous_key)
        redis.call('set', current_key, 0, 'PX', current_ttl + expiry)
    end
    local previous_count = tonumber(redis.call('get', previous_key)) or 0
    local previous_ttl = tonumber(redis.call('pttl', previous_key)) or 0
    local current_count = tonumber(redis.call('get', current_key)) or 0
    current_ttl = tonumber(redis.call('pttl', current_key)) or 0
    if previous_ttl <= 0 then
        previous_ttl = 0
    end
    if current_ttl <= 0 then
        current_ttl = 0
    end
    local weighted_count = math.floor(previous_count * previous_ttl / expiry) + current_count
    if (weighted_count + amount) > limit then
        return false
    end
    if redis.call('exists', current_key) == 1 then
        redis.call('incrby', current_key, amount)
    else
        redis.call('set', current_key, amount, 'PX', expiry * 2)
    end
    return true
end

local refused = {}
local k, a = 1, 2
for call = 1, tonumber(ARGV[1]) do
    local checks = tonumber(ARGV[a])
    a = a + 1
    refused[call] = 0
    for i = 1, checks do
        if refused[call] == 0 and not acquire(KEYS[k], KEYS[k + 1], tonumber(ARGV[a]), tonumber(ARGV[a + 1]) * 1000,
                                              tonumber(ARGV[a + 2])) then
            refused[call] = i
        end
        k, a = k + 2, a + 3
    end
end
return refused
"""

log = logging.getLogger("voc.ratelimit")
T = TypeVar("T")

Check = tuple[RateLimitItem, Sequence[str]]  # a limit and the identifiers of what it counts
Call = Distinct[Sequence[Check]]  # one call's checks, in order
# Calls of concurrent requests share a script run: at most this many per run, and while this many
# runs are waiting for Redis the next calls gather for the run after.
CALLS_PER_SCRIPT = 64
SCRIPTS_IN_FLIGHT = 1


@dataclass(frozen=True)
class Limits:
    per_ip: RateLimitItem
    per_survey: RateLimitItem
    per_api_key: RateLimitItem
    login_per_account: RateLimitItem
    login_per_ip: RateLimitItem


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
            RedisStorage("async+" + str(settings.redis_url), implementation="redispy", key_prefix=KEY_PREFIX,
                         connection_pool=self.pool)  # type: ignore[arg-type]  # passed to redis-py
            if self.pool is not None
            else MemoryStorage()
        )
        # Counting with Redis runs ACQUIRE_IN_ORDER_LUA on the same pool, through one client made
        # once (a client per call cost as much CPU as the call); the storage above serves `reset`.
        # Without Redis the library's own strategy counts in memory.
        self._script = (Redis(connection_pool=self.pool).register_script(ACQUIRE_IN_ORDER_LUA)
                        if self.pool is not None else None)
        self._batches = Batches()
        self._calls: Batch[Call, bool] = Batch(self._acquire_many, max_size=CALLS_PER_SCRIPT,
                                               max_in_flight=SCRIPTS_IN_FLIGHT)
        # A sliding-window counter: two counters per key, not one entry per hit as a moving window keeps.
        self._memory_storage = self.storage if self.pool is None else MemoryStorage()
        self.memory = SlidingWindowCounterRateLimiter(self._memory_storage)
        # Exact counts (a log of the hits per key, the library's moving window) for the few low-volume
        # limits where the sliding counter's approximation, which lets a call more through when a
        # run of calls straddles a window's edge, will not do: sign-in attempts.
        self._exact_memory = MovingWindowRateLimiter(self._memory_storage)
        self._exact = MovingWindowRateLimiter(self.storage) if self.pool is not None else self._exact_memory
        self._down_until = 0.0
        self._warned_at = -UNAVAILABLE_LOG_EVERY_SECONDS
        self.unavailable = 0  # calls counted in memory because Redis could not be reached
        self.limits = Limits(
            per_ip=parse(settings.rate_limit_per_ip),
            per_survey=parse(settings.rate_limit_per_survey),
            per_api_key=parse(settings.rate_limit_per_api_key),
            login_per_account=parse(settings.login_rate_per_account),
            login_per_ip=parse(settings.login_rate_per_ip),
        )

    async def hit(self, item: RateLimitItem, *identifiers: str) -> bool:
        """Count one call against one limit; False when the limit is exceeded."""
        return await self.hit_in_order((item, identifiers))

    async def hit_in_order(self, *checks: Check) -> bool:
        """Count one call against each limit in turn; False at the first limit exceeded, and the
        limits after it are then not counted (a caller over its own limit must not use up a
        survey's).

        With Redis, all of them in one round trip (ACQUIRE_IN_ORDER_LUA). When Redis cannot be
        reached the call is counted in this process's memory instead: each process then enforces
        the limits alone (so a flood is still bounded, by the number of processes times the limit)
        until Redis answers again. PostgreSQL is the source of truth and a response needs only
        PostgreSQL to be stored, so a Redis outage must not turn submissions away (the fault
        scenario redis-outage found every submitResponse failing while Redis was down). After a
        failure Redis is not tried again for a second: a Redis that hangs would otherwise hold
        every request for the socket timeout."""
        if self.pool is not None and time.monotonic() >= self._down_until:
            try:
                return await self._acquire_in_redis(checks)
            except (RedisError, OSError) as exc:
                self._redis_failed(exc)
        if self.pool is not None:
            self.unavailable += 1
        for item, identifiers in checks:
            if not await self.memory.hit(item, "voc", *identifiers):
                return False
        return True

    async def _acquire_in_redis(self, checks: Sequence[Check]) -> bool:
        return await self._batches.submit(self._calls, Distinct(checks))

    async def _acquire_many(self, calls: Sequence[Call]) -> dict[Call, bool]:
        assert self._script is not None
        keys: list[str] = []
        args: list[int] = [len(calls)]
        for call in calls:
            args.append(len(call.value))
            for item, identifiers in call.value:
                # The library's keys for a sliding window (RedisStorage: "{key}" and "{key}/-1", prefixed).
                current = f"{KEY_PREFIX}:{{{item.key_for('voc', *identifiers)}}}"
                keys += (current + "/-1", current)
                args += (item.amount, item.get_expiry(), 1)
        # redis-py's Script runs EVALSHA and loads the script when Redis does not know it (a
        # restarted or flushed Redis).
        refused = await self._script(keys=keys, args=args)
        return {call: refused_at == 0 for call, refused_at in zip(calls, refused, strict=True)}

    async def hit_exactly(self, *checks: Check) -> bool:
        """As hit_in_order, counted exactly: at most `amount` calls in any span of the limit's
        length. For low-volume limits only (each hit is an entry kept for the window's length)."""

        async def hit(limiter: MovingWindowRateLimiter) -> bool:
            for item, identifiers in checks:
                if not await limiter.hit(item, "voc", *identifiers):
                    return False
            return True

        return await self._exactly(hit)

    async def retry_after(self, *checks: Check) -> int:
        """Seconds until each exhausted limit of `checks` (counted by hit_exactly) lets one more call through."""
        wait = 1.0
        for item, identifiers in checks:
            stats = await self._window(item, identifiers)
            if stats.remaining == 0:
                wait = max(wait, stats.reset_time - time.time())
        return math.ceil(wait)

    async def spent(self, *checks: Check) -> bool:
        """Whether any of `checks` (counted by hit_exactly) has no call left now; counts nothing."""
        for item, identifiers in checks:
            if (await self._window(item, identifiers)).remaining == 0:
                return True
        return False

    async def _window(self, item: RateLimitItem, identifiers: Sequence[str]) -> WindowStats:
        return await self._exactly(lambda limiter: limiter.get_window_stats(item, "voc", *identifiers))

    async def clear(self, item: RateLimitItem, *identifiers: str) -> None:
        """Forget what hit_exactly counted against one limit for these identifiers (a successful
        sign-in clears its address's failures)."""
        await self._exactly(lambda limiter: limiter.clear(item, "voc", *identifiers))
        if self._exact is not self._exact_memory:  # and what was counted here while Redis was down
            await self._exact_memory.clear(item, "voc", *identifiers)

    async def _exactly(self, call: Callable[[MovingWindowRateLimiter], Awaitable[T]]) -> T:
        """`call` on the exact counts in Redis, or in this process's memory while Redis is down."""
        if self._exact is not self._exact_memory and time.monotonic() >= self._down_until:
            try:
                return await call(self._exact)
            except (RedisError, OSError) as exc:
                self._redis_failed(exc)
        return await call(self._exact_memory)

    def _redis_failed(self, exc: Exception) -> None:
        now = time.monotonic()
        self._down_until = now + RETRY_REDIS_AFTER_SECONDS
        if now - self._warned_at >= UNAVAILABLE_LOG_EVERY_SECONDS:
            self._warned_at = now
            log.warning("rate limits: Redis unreachable, counting in this process: %s: %s",
                        type(exc).__name__, exc)

    async def reset(self) -> None:
        await self.storage.reset()
        if self._memory_storage is not self.storage:
            await self._memory_storage.reset()

    async def close(self) -> None:
        if self.pool is not None:
            await self.pool.disconnect()
