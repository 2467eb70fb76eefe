"""The Redis stream broker keeps only work in flight: an acknowledged message is gone from the stream."""

from __future__ import annotations

import uuid

import pytest
from redis.asyncio import Redis

from core.queue import ReclaimingStreamBroker, build_broker
from core.settings import Settings
from core.wiring import Wiring
from tests.support.databases import REDIS_URL


@pytest.mark.redis
async def test_an_acknowledged_message_leaves_the_stream(settings: Settings) -> None:
    assert REDIS_URL
    stream = f"voc:test-jobs:{uuid.uuid4().hex}"
    broker = build_broker(settings.model_copy(update={"redis_url": REDIS_URL, "queue_name": stream}),
                          Wiring(tasks={}, routes={}))
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


async def test_one_message_per_event_runs_every_routed_task_and_reports_the_transient_failure_first() -> None:
    from tortoise.exceptions import DBConnectionError

    from core import queue

    ran: list[str] = []

    async def fine(event_id: int, **payload: object) -> None:
        ran.append(f"fine {event_id} {payload}")

    async def buggy(event_id: int, **_: object) -> None:
        ran.append("buggy")
        raise ValueError("a bug")

    async def restarting(event_id: int, **_: object) -> None:
        ran.append("restarting")
        raise DBConnectionError("the database system is shutting down")

    wiring = Wiring(tasks={"t.fine": fine, "t.buggy": buggy, "t.restarting": restarting},
                    routes={"t.ok": ("t.fine",), "t.mixed": ("t.buggy", "t.restarting", "t.fine"),
                            "t.bug": ("t.buggy", "t.fine")})

    def event(event_id: int, topic: str, **payload: object) -> list[dict[str, object]]:
        return [{"event_id": event_id, "topic": topic, "payload": payload}]

    await queue.run_events(wiring, event(1, "t.ok", response_id=7))
    assert ran == ["fine 1 {'response_id': 7}"]
    ran.clear()
    # A bug in one task does not keep the others from running; the transient failure wins, so the
    # receiver leaves the message for redelivery (core.queue.RedeliveringReceiver).
    with pytest.raises(DBConnectionError):
        await queue.run_events(wiring, event(2, "t.mixed"))
    assert ran == ["buggy", "restarting", "fine 2 {}"]
    ran.clear()
    with pytest.raises(ValueError, match="a bug"):
        await queue.run_events(wiring, event(3, "t.bug"))
    assert ran == ["buggy", "fine 3 {}"]
    await queue.run_events(wiring, event(4, "t.unrouted"))  # nothing to run: nothing fails
