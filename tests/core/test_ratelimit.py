"""The limiter's checks of one call, in order and (with Redis) in one round trip.

A public call counts against its caller (IP or API key) and then against the survey; the survey's
limit is counted only when the caller's passed, so that a flood from one caller cannot use up a
survey's budget. With Redis both run in one script (core.ratelimit.ACQUIRE_IN_ORDER_LUA) that must
count exactly as the `limits` library does, on the library's own keys. Uses a private
redis-server (tests/support/private_redis.py), so the script cache can be flushed freely."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Iterator

import pytest
from limits import parse
from limits.aio.storage import RedisStorage
from limits.aio.strategies import SlidingWindowCounterRateLimiter
from redis.asyncio import Redis

from core import ratelimit
from core.ratelimit import KEY_PREFIX, RateLimiter
from core.settings import Settings
from tests.support.private_redis import PrivateRedis


@pytest.fixture(scope="module")
def private_redis() -> Iterator[PrivateRedis]:
    server = PrivateRedis()
    server.start()
    yield server
    server.kill()


@pytest.fixture(params=["memory", "redis"])
async def limiter(request: pytest.FixtureRequest, private_redis: PrivateRedis) -> AsyncIterator[RateLimiter]:
    url = private_redis.url if request.param == "redis" else None
    limiter = RateLimiter(Settings(redis_url=url, rate_limit_per_ip="2/minute", rate_limit_per_survey="3/minute"))
    await limiter.reset()
    yield limiter
    await limiter.reset()
    await limiter.close()


async def test_a_refused_caller_does_not_count_against_the_survey(limiter: RateLimiter) -> None:
    ip, survey = limiter.limits.per_ip, limiter.limits.per_survey

    async def call(address: str) -> bool:
        return await limiter.hit_in_order((ip, ("ip", address)), (survey, ("survey", "tok")))

    assert [await call("10.0.0.1") for _ in range(5)] == [True, True, False, False, False]
    # The three refused calls used nothing of the survey's 3: one more caller gets the last one.
    assert [await call("10.0.0.2") for _ in range(2)] == [True, False]  # the survey's limit now
    assert await call("10.0.0.3") is False
    assert limiter.unavailable == 0


async def test_concurrent_calls_count_each_in_the_order_they_came(limiter: RateLimiter) -> None:
    # With Redis, calls that come together share one script run: each must still count, in order,
    # and a refused caller must still leave the survey's budget alone.
    ip, survey = limiter.limits.per_ip, limiter.limits.per_survey

    def call(address: str) -> asyncio.Future[bool]:
        return asyncio.ensure_future(limiter.hit_in_order((ip, ("ip", address)), (survey, ("survey", "t2"))))

    first = await asyncio.gather(*(call("10.1.0.1") for _ in range(4)))
    assert first == [True, True, False, False]
    assert list(await asyncio.gather(call("10.1.0.2"), call("10.1.0.3"), call("10.1.0.4"))) == [True, False, False]
    assert limiter.unavailable == 0


async def test_one_check_is_a_plain_hit(limiter: RateLimiter) -> None:
    item = limiter.limits.per_ip
    assert [await limiter.hit(item, "ip", "10.0.0.9") for _ in range(3)] == [True, True, False]


async def test_the_script_counts_on_the_librarys_keys_as_the_library_does(private_redis: PrivateRedis) -> None:
    limiter = RateLimiter(Settings(redis_url=private_redis.url))
    # The library's strategy on the library's storage (the one `reset` clears), on the same prefix.
    assert isinstance(limiter.storage, RedisStorage) and limiter.storage.bridge.key_prefix == KEY_PREFIX
    strategy = SlidingWindowCounterRateLimiter(limiter.storage)
    item = parse("5/minute")
    try:
        await limiter.reset()
        assert [await limiter.hit(item, "ip", "10.1.1.1") for _ in range(3)] == [True, True, True]
        # The library sees those three on the same keys, and its own hits count for the script.
        assert (await strategy.get_window_stats(item, "voc", "ip", "10.1.1.1")).remaining == 2
        assert [await strategy.hit(item, "voc", "ip", "10.1.1.1") for _ in range(2)] == [True, True]
        assert await limiter.hit(item, "ip", "10.1.1.1") is False
        assert await strategy.hit(item, "voc", "ip", "10.1.1.1") is False
    finally:
        await limiter.reset()
        await limiter.close()


async def test_a_flushed_script_cache_is_loaded_again(private_redis: PrivateRedis) -> None:
    limiter = RateLimiter(Settings(redis_url=private_redis.url, rate_limit_per_ip="2/minute"))
    redis = Redis.from_url(private_redis.url)
    try:
        await limiter.reset()
        assert await limiter.hit(limiter.limits.per_ip, "ip", "10.2.2.2") is True
        await redis.script_flush()  # as after a restart of Redis: the script is unknown to it
        assert await limiter.hit(limiter.limits.per_ip, "ip", "10.2.2.2") is True
        assert await limiter.hit(limiter.limits.per_ip, "ip", "10.2.2.2") is False
        assert limiter.unavailable == 0  # counted in Redis each time, never in memory
    finally:
        await limiter.reset()
        await limiter.close()
        await redis.aclose()


async def test_a_restarted_redis_is_counted_in_at_once(private_redis: PrivateRedis) -> None:
    limiter = RateLimiter(Settings(redis_url=private_redis.url, rate_limit_per_ip="5/minute"))
    redis = Redis.from_url(private_redis.url)
    try:
        assert await limiter.hit(limiter.limits.per_ip, "ip", "10.3.3.3") is True
        private_redis.kill()
        private_redis.start()  # empty, and without the script
        # The pooled connection to the old server is dead: at worst that call counts in memory,
        # and once Redis is tried again (RETRY_REDIS_AFTER_SECONDS) counting is back in Redis.
        assert await limiter.hit(limiter.limits.per_ip, "ip", "10.3.3.3") is True
        limiter._down_until = 0.0
        assert await limiter.hit(limiter.limits.per_ip, "ip", "10.3.3.3") is True
        assert limiter.unavailable <= 1
        assert await redis.keys(f"{KEY_PREFIX}:*10.3.3.3*")
    finally:
        await limiter.reset()
        await limiter.close()
        await redis.aclose()


async def test_a_cancelled_call_leaves_no_connection_mid_reply(private_redis: PrivateRedis) -> None:
    limiter = RateLimiter(Settings(redis_url=private_redis.url, rate_limit_per_ip="3/minute"))
    try:
        await limiter.reset()
        item = limiter.limits.per_ip
        assert await limiter.hit(item, "ip", "10.4.4.4") is True  # a connection, now idle
        for steps in range(1, 6):  # cancelled at different points of its round trip
            call = asyncio.ensure_future(limiter.hit(item, "ip", f"10.4.5.{steps}"))
            for _ in range(steps):
                await asyncio.sleep(0)
            call.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await call
        # Were that connection reused, this call would read the cancelled call's reply.
        assert [await limiter.hit(item, "ip", "10.4.4.4") for _ in range(3)] == [True, True, False]
        assert limiter.unavailable == 0
    finally:
        await limiter.reset()
        await limiter.close()


async def test_calls_beyond_the_connection_limit_wait_then_count_in_memory(
    private_redis: PrivateRedis, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ratelimit, "REDIS_POOL_WAIT_SECONDS", 0.05)
    monkeypatch.setattr(ratelimit, "REDIS_POOL_SIZE", 1)
    limiter = RateLimiter(Settings(redis_url=private_redis.url, rate_limit_per_ip="1/minute"))
    assert limiter.pool is not None
    busy = await limiter.pool.get_connection()  # type: ignore[no-untyped-call]  # every connection busy
    try:
        assert await limiter.hit(limiter.limits.per_ip, "ip", "10.5.5.5") is True
        assert limiter.unavailable == 1
        assert await limiter.hit(limiter.limits.per_ip, "ip", "10.5.5.5") is False  # still limited, in memory
    finally:
        await limiter.pool.release(busy)
        await limiter.close()


async def test_a_redis_that_does_not_answer_is_given_up_on(monkeypatch: pytest.MonkeyPatch) -> None:
    # The silent server holds the command until the end of the test: without the socket timeout the
    # call would wait on it for good (and fail on the deadline below, which is no speed goal).
    monkeypatch.setattr(ratelimit, "REDIS_SOCKET_TIMEOUT_SECONDS", 0.2)

    done, handled = asyncio.Event(), asyncio.Event()

    async def silent(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            await reader.read(1 << 16)  # takes the command, never answers
            await done.wait()
        finally:
            writer.close()
            handled.set()

    server = await asyncio.start_server(silent, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    limiter = RateLimiter(Settings(redis_url=f"redis://127.0.0.1:{port}/0", rate_limit_per_ip="1/minute"))
    try:
        assert await asyncio.wait_for(limiter.hit(limiter.limits.per_ip, "ip", "10.6.6.6"), 30) is True
        assert limiter.unavailable == 1
    finally:
        await limiter.close()
        done.set()
        server.close()
        await server.wait_closed()
        await asyncio.wait_for(handled.wait(), 10)  # the handler has closed its side
