"""The live-update hub: local fan-out, bounded subscriber queues, and Redis pub/sub across hubs."""

from __future__ import annotations

import asyncio
import uuid

import pytest
from redis.asyncio import Redis
from redis.exceptions import RedisError

from core.pubsub import Hub, MemoryHub, Overflow, RedisHub, Subscriber, build_hub
from core.settings import Settings
from tests.support.databases import REDIS_URL
from tests.support.waiting import until


async def subscribed(admin: Redis, channel: str, expected: int) -> bool:
    return bool((await admin.pubsub_numsub(channel))[0][1] == expected)


async def received(subscriber: Subscriber, wait: float = 5.0) -> dict[str, object]:
    return await asyncio.wait_for(anext(subscriber), wait)


async def test_memory_hub_fans_out_to_the_subscribers_of_a_channel() -> None:
    hub = MemoryHub()
    async with hub.subscribe("a", max_queue=10) as one, hub.subscribe("a", max_queue=10) as two, \
            hub.subscribe("b", max_queue=10) as other:
        assert hub.subscribers("a") == 2 and hub.listening("a")
        await hub.publish("a", {"id": 1})
        assert await received(one) == {"id": 1}
        assert await received(two) == {"id": 1}
        with pytest.raises(TimeoutError):
            await received(other, wait=0.05)
    assert hub.subscribers("a") == 0 and not hub.listening("a")
    await hub.publish("a", {"id": 2})  # nobody listens: dropped, no error
    await hub.close()


async def test_a_slow_subscriber_is_closed_instead_of_growing_without_bound() -> None:
    hub = MemoryHub()
    async with hub.subscribe("a", max_queue=3) as slow, hub.subscribe("a", max_queue=10) as fast:
        for i in range(4):
            await hub.publish("a", {"id": i})
        assert slow.overflowed and not fast.overflowed
        with pytest.raises(Overflow):
            await received(slow)
        assert [(await received(fast))["id"] for _ in range(4)] == [0, 1, 2, 3]
    await hub.close()


async def test_closing_the_hub_ends_its_subscriptions() -> None:
    hub = MemoryHub()
    async with hub.subscribe("a", max_queue=10) as subscriber:
        waiting = asyncio.create_task(anext(subscriber))
        await asyncio.sleep(0)  # one turn of the loop: the task starts waiting
        await hub.close()
        with pytest.raises(StopAsyncIteration):
            await asyncio.wait_for(waiting, 5)
    with pytest.raises(RuntimeError):
        async with hub.subscribe("a", max_queue=10):
            pass


async def test_a_redis_hub_without_a_reachable_redis_still_subscribes_and_closes() -> None:
    hub = RedisHub("redis://127.0.0.1:1/0", max_backoff_seconds=0.05)
    async with hub.subscribe("a", max_queue=10):
        await until(lambda: hub._failures >= 3)  # the listener fails, backs off and retries meanwhile
        assert hub.subscribers("a") == 1 and not hub.listening("a")
        with pytest.raises(RedisError):  # the live-update tasks log it and carry on
            await hub.publish("a", {"id": 1})
    await hub.close()


def test_the_settings_choose_the_hub(settings: Settings) -> None:
    assert isinstance(build_hub(settings.model_copy(update={"redis_url": None})), MemoryHub)
    assert isinstance(build_hub(settings.model_copy(update={"redis_url": "redis://127.0.0.1:1/0"})), RedisHub)


@pytest.mark.redis
async def test_redis_carries_messages_between_hubs_and_survives_a_dropped_connection() -> None:
    assert REDIS_URL
    name = f"voc-test-{uuid.uuid4().hex[:8]}"
    subscriber_side = RedisHub(f"{REDIS_URL}?client_name={name}")
    publisher_side: Hub = RedisHub(REDIS_URL)  # another process, as a worker would be
    channel = f"voc:live:test-{uuid.uuid4().hex}:case"
    try:
        async with subscriber_side.subscribe(channel, max_queue=10) as one, \
                subscriber_side.subscribe(channel, max_queue=10) as two:
            await until(lambda: subscriber_side.listening(channel))
            await publisher_side.publish(channel, {"id": 7, "event_id": 1})
            assert await received(one) == {"id": 7, "event_id": 1}
            assert await received(two) == {"id": 7, "event_id": 1}

            # Redis drops the listening connection: the hub reconnects and subscribes again.
            async with Redis.from_url(REDIS_URL) as admin:
                clients = await admin.client_list(_type="pubsub")
                mine = [c for c in clients if c.get("name") == name]
                assert len(mine) == 1  # one connection for all of this hub's subscribers
                await admin.client_kill_filter(_id=mine[0]["id"])
                await until(lambda: subscribed(admin, channel, 1))
                await until(lambda: subscriber_side.listening(channel))
                await publisher_side.publish(channel, {"id": 8, "event_id": 2})
                assert (await received(one))["id"] == 8
                assert (await received(two))["id"] == 8

        # The last local subscriber gone, the hub unsubscribes from the channel.
        async with Redis.from_url(REDIS_URL) as admin:
            await until(lambda: subscribed(admin, channel, 0))
    finally:
        await subscriber_side.close()
        await publisher_side.close()
