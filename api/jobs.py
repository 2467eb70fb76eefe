"""Wires the domains' tasks to this process's broker and runs the outbox relay and ticker beside it."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from taskiq import AsyncBroker

import actions.tasks  # noqa: F401  (declares every task and periodic job, and wires outbox topics to tasks)
from analysis.service import warm_up
from core.outbox import run_relay
from core.periodic import run_ticker
from core.queue import build_broker
from core.settings import Settings


def broker_for(settings: Settings) -> AsyncBroker:
    return build_broker(settings)


@asynccontextmanager
async def relaying(broker: AsyncBroker, settings: Settings) -> AsyncIterator[None]:
    """Relay outbox rows to `broker`, and run the periodic jobs, for as long as the block runs."""
    await asyncio.to_thread(warm_up)  # this process runs the analysis jobs: load their models first
    stop = asyncio.Event()
    background = [
        asyncio.create_task(run_relay(broker, poll_seconds=settings.outbox_poll_seconds, stop=stop)),
        asyncio.create_task(run_ticker(stop=stop, tick_seconds=settings.ticker_seconds)),
    ]
    try:
        yield
    finally:
        stop.set()
        await asyncio.gather(*background)
