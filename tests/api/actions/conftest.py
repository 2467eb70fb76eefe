"""The in-process queue the case API tests deliver through."""

from __future__ import annotations

from typing import Any

import pytest
from taskiq import InMemoryBroker

from api.jobs import broker_for
from core.settings import Settings


@pytest.fixture
async def broker(app_settings: Settings) -> Any:
    in_process = broker_for(app_settings.model_copy(update={"redis_url": None}))
    assert isinstance(in_process, InMemoryBroker)
    await in_process.startup()
    yield in_process
    await in_process.shutdown()
