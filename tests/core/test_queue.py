"""The Redis stream broker keeps only work in flight: an acknowledged message is gone from the stream."""

from __future__ import annotations

import uuid

import pytest
from redis.asyncio import Redis

from core.queue import ReclaimingStreamBroker, build_broker
from core.settings import Settings
from tests.conftest import REDIS_URL


@pytest.mark.redis
async def test_an_acknowledged_message_leaves_the_stream(settings: Settings) -> None:
    assert REDIS_URL
    stream = f"voc:test-jobs:{uuid.uuid4().hex}"
    broker = build_broker(settings.model_copy(update={"redis_url": REDIS_URL, "queue_name": stream}))
    assert isinstance(broker, ReclaimingStreamBroker)

    async def noted(**_: object) -> None:
        return None

    found = broker.register_task(noted, task_name="test.noted")
    await broker.startup()
    try:
        async with Redis.from_url(REDIS_URL) as redis:
            await found.kiq(marker="external-id-123")
            assert await redis.xlen(stream) == 1
            received = broker.listen()
            message = await anext(received)
            assert b"external-id-123" in message.data
            assert await redis.xlen(stream) == 1  # delivered, not yet acknowledged: still there
            acknowledged = message.ack()
            assert acknowledged is not None
            await acknowledged
            assert await redis.xlen(stream) == 0
            await received.aclose()
            await redis.delete(stream)
    finally:
        await broker.shutdown()
