"""Fixtures of the loop's tests."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import pytest
from taskiq import InMemoryBroker

from api.jobs import broker_for
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


@pytest.fixture
async def broker(app_settings: Settings) -> AsyncIterator[InMemoryBroker]:
    async with in_process(app_settings) as in_process_broker:
        yield in_process_broker
