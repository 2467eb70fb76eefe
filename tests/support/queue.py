"""Running the in-process queue to the end of what was announced."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from taskiq import InMemoryBroker

from api.jobs import broker_for
from core.outbox import relay_once
from core.settings import Settings


@asynccontextmanager
async def in_process(settings: Settings) -> AsyncIterator[InMemoryBroker]:
    """The in-process queue with every task of the service, wired with `settings` (what `voc serve`
    runs without Redis)."""
    broker = broker_for(settings.model_copy(update={"redis_url": None}))
    assert isinstance(broker, InMemoryBroker)
    await broker.startup()
    try:
        yield broker
    finally:
        await broker.shutdown()


async def settle(broker: InMemoryBroker) -> None:
    """Wait for the jobs running now and for the jobs they queue (a fan-out queues its attempts).
    A finished job leaves the broker's set on the loop's next turn: gather, unlike awaiting a task
    that is already done, always gives the loop that turn."""
    while broker._running_tasks:
        await asyncio.gather(*broker._running_tasks)


async def drain(broker: InMemoryBroker) -> None:
    """Relay the outbox until the jobs it starts announce nothing more, and wait for every job."""
    while await relay_once(broker):
        await settle(broker)
