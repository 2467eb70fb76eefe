"""The job queue (taskiq): in-process when VOC_REDIS_URL is unset, Redis streams otherwise.

Domain packages declare tasks with `@task(name)` and route outbox topics to them with
`route(topic, name)`; `build_broker` registers every declared task on the broker of this process.
Delivery is at least once (a stream message is acknowledged after its task ran, and a message
left unacknowledged by a killed worker is claimed again after `queue_idle_timeout_ms`), so every
task must be idempotent.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from taskiq import AsyncBroker, InMemoryBroker
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


def build_broker(settings: Settings) -> AsyncBroker:
    """A broker with every task declared so far (the caller imports the domains' task modules)."""
    broker: AsyncBroker
    if settings.redis_url:
        broker = RedisStreamBroker(
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
