"""Fixtures of the loop's tests."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from taskiq import InMemoryBroker

from api.jobs import broker_for
from core.settings import Settings


@pytest.fixture
async def broker(app_settings: Settings) -> AsyncIterator[InMemoryBroker]:
    """The in-process queue with every task of the service (what `voc serve` runs without Redis)."""
    in_process = broker_for(app_settings.model_copy(update={"redis_url": None}))
    assert isinstance(in_process, InMemoryBroker)
    await in_process.startup()
    yield in_process
    await in_process.shutdown()
