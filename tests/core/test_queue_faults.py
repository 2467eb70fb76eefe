"""The Redis job queue under faults (found by benchmarks/faults/faults.py):

- a listener outlives a Redis outage, and a Redis that came back without its data (the consumer
  group lost), instead of failing in a tight loop;
- a job that failed because a dependency was unreachable (PostgreSQL restarting) is left
  unacknowledged and redelivered; a job that failed for its own reasons is not retried.

Each test starts a private redis-server (the shared one is never stopped)."""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import AsyncIterator, Iterator

import asyncpg
import pytest
from redis.asyncio import Redis
from taskiq.api import run_receiver_task

from core.queue import ReclaimingStreamBroker, RedeliveringReceiver, start_broker
from core.transient import is_transient
from tests.support.databases import PG_URL, asyncpg_url
from tests.support.private_redis import PrivateRedis, free_port
from tests.support.waiting import until


@pytest.fixture
def private_redis() -> Iterator[PrivateRedis]:
    server = PrivateRedis()
    server.start()
    yield server
    server.kill()


@pytest.fixture
async def broker(private_redis: PrivateRedis) -> AsyncIterator[ReclaimingStreamBroker]:
    broker = ReclaimingStreamBroker(private_redis.url, queue_name=f"voc:test:{uuid.uuid4().hex[:8]}",
                                    consumer_group_name="voc-workers", idle_timeout=500, xread_block=200)
    await broker.startup()
    yield broker
    await broker.shutdown()


def warnings_of(caplog: pytest.LogCaptureFixture, text: str) -> int:
    return sum(text in record.getMessage() for record in caplog.records)


async def test_the_listener_outlives_an_outage_and_a_redis_that_lost_its_data(
    private_redis: PrivateRedis, broker: ReclaimingStreamBroker, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="voc.queue")
    async def noted(**_: object) -> None:
        return None

    task = broker.register_task(noted, task_name="test.noted")
    listener = broker.listen()
    await task.kiq(marker="first")
    first = await asyncio.wait_for(anext(listener), 10)
    assert b"first" in first.data

    private_redis.kill()
    waiting = asyncio.create_task(anext(listener))
    await until(lambda: warnings_of(caplog, "job queue: Redis unavailable (") >= 2)  # tried again, after a pause
    assert not waiting.done()  # still listening (taskiq would restart a raising listener at once, forever)

    private_redis.start()  # empty: the stream and its consumer group are gone

    async def sent() -> bool:  # the producer's pooled connections died with the server: retry as the relay does
        try:
            await task.kiq(marker="second")
        except OSError:
            return False
        return True

    await until(sent)
    second = await asyncio.wait_for(waiting, 15)
    assert b"second" in second.data
    await listener.aclose()


async def test_a_transient_failure_is_redelivered_and_a_bug_is_not(
    private_redis: PrivateRedis, broker: ReclaimingStreamBroker
) -> None:
    calls = {"flaky": 0, "broken": 0}
    closed_port = free_port()  # nothing listens there: a database that is down

    async def flaky() -> None:
        calls["flaky"] += 1
        if calls["flaky"] == 1:
            await asyncpg.connect(host="127.0.0.1", port=closed_port, user="postgres", timeout=2)

    async def broken() -> None:
        calls["broken"] += 1
        raise ValueError("a job that can never succeed")

    flaky_task = broker.register_task(flaky, task_name="test.flaky")
    broken_task = broker.register_task(broken, task_name="test.broken")
    receiving = asyncio.create_task(run_receiver_task(broker, receiver_cls=RedeliveringReceiver, run_startup=False))
    try:
        await flaky_task.kiq()
        await broken_task.kiq()
        await until(lambda: calls["flaky"] >= 2)
        assert calls["flaky"] == 2  # failed on the refused connection, then redelivered and done
        # Nothing more may come: only time shows an absence (three idle timeouts, after which a
        # message still pending would have been delivered again).
        await asyncio.sleep(1.5)
        assert calls == {"flaky": 2, "broken": 1}
        async with Redis.from_url(private_redis.url) as redis:
            assert await redis.xlen(broker.queue_name) == 0  # both acknowledged in the end
    finally:
        receiving.cancel()
        with pytest.raises(asyncio.CancelledError):
            await receiving


def test_a_protocol_left_mid_operation_by_a_killed_connection_is_transient() -> None:
    # What the test below saw once instead of a closed-connection error (the termination reached
    # asyncpg while it was starting the query).
    error = asyncpg.InternalClientError("cannot switch to state 11; another operation (2) is in progress")
    assert is_transient(error)


@pytest.mark.postgres
async def test_a_terminated_database_connection_counts_as_transient() -> None:
    assert PG_URL
    url = asyncpg_url(PG_URL)
    victim, admin = await asyncpg.connect(url), await asyncpg.connect(url)
    try:
        await admin.execute("SELECT pg_terminate_backend($1)", victim.get_server_pid())
        with pytest.raises(Exception) as failure:
            await victim.fetchval("SELECT 1")
        assert is_transient(failure.value), repr(failure.value)
        with pytest.raises(asyncpg.PostgresError) as mistake:
            await admin.fetchval("SELECT 1/0")
        assert not is_transient(mistake.value)
    finally:
        await victim.close()
        await admin.close()


async def test_a_worker_started_while_redis_is_down_waits_for_it(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="voc.queue")
    server = PrivateRedis()  # its port is chosen, nothing listens there yet
    broker = ReclaimingStreamBroker(server.url, queue_name=f"voc:test:{uuid.uuid4().hex[:8]}",
                                    consumer_group_name="voc-workers")
    starting = asyncio.ensure_future(start_broker(broker))
    try:
        await until(lambda: warnings_of(caplog, "Redis unavailable at start-up") >= 2)  # tried again, after a pause
        assert not starting.done()  # still waiting, not crashed
        server.start()
        await asyncio.wait_for(starting, timeout=10)
        redis = Redis.from_url(server.url)
        try:
            groups = await redis.xinfo_groups(broker.queue_name)
            assert [g["name"] for g in groups] == [b"voc-workers"]
        finally:
            await redis.aclose()
    finally:
        starting.cancel()
        await broker.shutdown()
        server.kill()
