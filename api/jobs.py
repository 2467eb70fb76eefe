"""Wires the domains' tasks to this process's broker and runs the outbox relay beside it."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from taskiq import AsyncBroker

import analysis.tasks  # noqa: F401  (declares the analysis tasks and their outbox routes)
from core.outbox import run_relay
from core.queue import build_broker
from core.settings import Settings


def broker_for(settings: Settings) -> AsyncBroker:
    return build_broker(settings)


@asynccontextmanager
async def relaying(broker: AsyncBroker, settings: Settings) -> AsyncIterator[None]:
    """Relay outbox rows to `broker` for as long as the block runs."""
    stop = asyncio.Event()
    relay = asyncio.create_task(run_relay(broker, poll_seconds=settings.outbox_poll_seconds, stop=stop))
    try:
        yield
    finally:
        stop.set()
        await relay
