"""The job queue (taskiq): in-process when VOC_REDIS_URL is unset, Redis streams otherwise.

Domain packages declare tasks with `@task(name)` and route outbox topics to them with
`route(topic, name)`; `build_broker` registers every declared task on the broker of this process.
Delivery is at least once (a stream message is acknowledged after its task ran, and a message
left unacknowledged by a killed worker is claimed again after `queue_idle_timeout_ms`), so every
task must be idempotent.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Awaitable, Callable
from typing import Any

from redis.asyncio import Redis
from taskiq import AckableMessage, AsyncBroker, InMemoryBroker
from taskiq_redis import RedisStreamBroker

from core.settings import Settings

TaskFn = Callable[..., Awaitable[Any]]
TASKS: dict[str, TaskFn] = {}
ROUTES: dict[str, list[str]] = {}


def task(name: str) -> Callable[[TaskFn], TaskFn]:
    def register(fn: TaskFn) -> TaskFn:
        TASKS[name] = fn
        return fn

    return register


def route(topic: str, task_name: str) -> None:
    if task_name not in ROUTES.setdefault(topic, []):
        ROUTES[topic].append(task_name)


class ReclaimingStreamBroker(RedisStreamBroker):
    """taskiq-redis claims a dead consumer's pending messages only after a new message arrives;
    this also claims them when the stream is quiet, so a killed worker's job is redelivered
    within the idle timeout even if nothing else is queued."""

    def _ack_generator(self, id: str, queue_name: str) -> Callable[[], Awaitable[None]]:
        # Acknowledged messages are deleted, not only acknowledged: the stream then holds just the
        # work in flight, instead of every task's arguments (ids, external ids of "tell them it is
        # fixed" events) for as long as Redis keeps it.
        async def ack() -> None:
            async with Redis(connection_pool=self.connection_pool) as redis:
                await redis.xack(queue_name, self.consumer_group_name, id)
                await redis.xdel(queue_name, id)

        return ack

    async def listen(self) -> AsyncGenerator[AckableMessage, None]:
        async with Redis(connection_pool=self.connection_pool) as redis:
            while True:
                # redis-py types stream replies loosely; these are lists of (id, {field: value}).
                fetched: Any = await redis.xreadgroup(
                    self.consumer_group_name, self.consumer_name, {self.queue_name: ">"},
                    block=self.block, noack=False, count=self.count,
                )
                for stream, messages in fetched or []:
                    for message_id, message in messages:
                        yield AckableMessage(data=message[b"data"],
                                             ack=self._ack_generator(id=message_id, queue_name=stream))
                reply: Any = await redis.xautoclaim(
                    name=self.queue_name, groupname=self.consumer_group_name, consumername=self.consumer_name,
                    min_idle_time=self.idle_timeout, count=self.unacknowledged_batch_size,
                )
                for message_id, message in reply[1]:
                    if message:  # None when the entry was trimmed from the stream meanwhile
                        yield AckableMessage(data=message[b"data"],
                                             ack=self._ack_generator(id=message_id, queue_name=self.queue_name))


def build_broker(settings: Settings) -> AsyncBroker:
    """A broker with every task declared so far (the caller imports the domains' task modules)."""
    broker: AsyncBroker
    if settings.redis_url:
        broker = ReclaimingStreamBroker(
            settings.redis_url,
            queue_name=settings.queue_name,
            consumer_group_name="voc-workers",
            idle_timeout=settings.queue_idle_timeout_ms,
            xread_block=1000,
        )
    else:
        broker = InMemoryBroker()
    for name, fn in TASKS.items():
        broker.register_task(fn, task_name=name)
    return broker


async def enqueue(broker: AsyncBroker, task_name: str, **kwargs: Any) -> None:
    found = broker.find_task(task_name)
    if found is None:
        raise LookupError(f"no task {task_name!r} on this broker")
    await found.kiq(**kwargs)
