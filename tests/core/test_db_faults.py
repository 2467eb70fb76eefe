"""A connection that dies at BEGIN (PostgreSQL restarting under the outbox relay) must not stop the
relay: found by benchmarks/faults postgres-restart, where the worker's relay failed every pass
after one such BEGIN ("connection has been released back to the pool") and the outbox stopped.

The connection is cut by a proxy in front of the test database (tests/support/cutting_proxy.py), at
the relay's BEGIN exactly; the shared PostgreSQL is never restarted."""

from __future__ import annotations

import asyncio
import contextlib
import importlib
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any
from urllib.parse import urlsplit

import pytest
from taskiq import AsyncBroker
from tortoise import connections
from tortoise.backends.base.client import BaseDBAsyncClient

from core.db import tortoise_config
from core.models import Organization, OutboxEvent
from core.outbox import relay_once, run_relay
from core.queue import build_broker
from core.settings import Settings
from core.transient import is_transient
from core.wiring import Wiring
from tests.support.cutting_proxy import CuttingProxy

pytestmark = pytest.mark.postgres


@pytest.fixture
async def proxied(settings: Settings) -> AsyncIterator[tuple[CuttingProxy, BaseDBAsyncClient]]:
    """A client of the test database whose connections go through a CuttingProxy."""
    url = urlsplit(settings.resolved_database_url)
    async with CuttingProxy(url.hostname or "127.0.0.1", url.port or 5432) as proxy:
        through = settings.model_copy(update={"database_url": url._replace(
            netloc=url.netloc.replace(f":{url.port}", f":{proxy.port}")).geturl()})
        config = tortoise_config(through)["connections"]["default"]
        client_class = importlib.import_module(config["engine"]).client_class  # as Tortoise.init finds it
        client = client_class(**{**config["credentials"], "maxsize": 2}, connection_name="default")
        yield proxy, client
        await client.close()


async def as_task_using(client: BaseDBAsyncClient, work: Callable[[], Awaitable[Any]]) -> Any:
    """`work()` in a task of its own whose database connection is `client` (the relay's own task)."""
    async def run() -> Any:
        connections.set("default", client)
        return await work()

    return await asyncio.create_task(run())


def unwired() -> AsyncBroker:
    """An in-process broker whose table routes nothing."""
    return build_broker(Settings(redis_url=None), Wiring(tasks={}, routes={}))


async def pending(org: Organization, n: int) -> None:
    # A topic routed to no task: the relay marks the events dispatched and queues nothing.
    await OutboxEvent.bulk_create([OutboxEvent(organization=org, topic="test.unrouted", payload={})
                                   for _ in range(n)])


async def test_a_transaction_whose_begin_failed_leaves_its_task_a_working_connection(
    org: Organization, proxied: tuple[CuttingProxy, BaseDBAsyncClient]
) -> None:
    proxy, client = proxied
    await pending(org, 3)
    broker = unwired()

    async def two_passes() -> int:
        proxy.cut_next(b"BEGIN")
        with pytest.raises(Exception) as cut:
            await relay_once(broker)
        assert proxy.cuts == 1 and is_transient(cut.value)
        return await relay_once(broker)  # Tortoise's own client: InterfaceError, "released back to the pool"

    assert await as_task_using(client, two_passes) == 3
    assert await OutboxEvent.filter(dispatched_at=None).count() == 0


async def test_the_relay_goes_on_moving_the_outbox_after_its_begin_was_cut(
    org: Organization, proxied: tuple[CuttingProxy, BaseDBAsyncClient]
) -> None:
    proxy, client = proxied
    await pending(org, 2)
    stop = asyncio.Event()
    passes: asyncio.Queue[None] = asyncio.Queue()  # one item per pass that succeeded

    proxy.cut_next(b"BEGIN")
    relay = asyncio.create_task(as_task_using(client, lambda: run_relay(
        unwired(), poll_seconds=0.02, stop=stop, beat=lambda: passes.put_nowait(None))))
    try:
        async with asyncio.timeout(10):
            while proxy.cuts == 0 or await OutboxEvent.filter(dispatched_at=None).count():
                await passes.get()
            await pending(org, 5)  # events written after the cut are relayed too
            while await OutboxEvent.filter(dispatched_at=None).count():
                await passes.get()
    finally:
        stop.set()
        with contextlib.suppress(Exception):
            await relay
