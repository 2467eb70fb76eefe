"""The job queue (taskiq): in-process when VOC_REDIS_URL is unset, Redis streams otherwise.

What runs on it is one explicit table (core.wiring.Wiring, built by api/wiring.py): `build_broker`
registers its tasks on the broker of this process, and the dispatch task runs the tasks it routes
to each outbox event, in its order. Delivery is at least once (a stream message is acknowledged
after its task ran, and a message left unacknowledged by a killed worker is claimed again after
`queue_idle_timeout_ms`), so every task must be idempotent.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncGenerator, Awaitable, Callable, Sequence
from contextvars import ContextVar
from typing import Annotated, Any

from redis.asyncio import Redis
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import RedisError, ResponseError
from redis.exceptions import TimeoutError as RedisTimeoutError
from taskiq import (
    AckableMessage,
    AsyncBroker,
    BrokerMessage,
    Context,
    InMemoryBroker,
    TaskiqDepends,
    TaskiqMessage,
    TaskiqResult,
)
from taskiq.acks import AckController
from taskiq.receiver import Receiver
from taskiq_redis import RedisStreamBroker

from core.batching import Batch, Batches
from core.settings import Settings
from core.transient import is_transient
from core.wiring import DISPATCH, Wiring

log = logging.getLogger("voc.queue")
# While Redis is unreachable the listener waits this long between attempts, doubling up to the cap.
RECONNECT_FIRST_SECONDS = 0.5
RECONNECT_MAX_SECONDS = 5.0
# Acknowledgements are sent together: up to this many, gathered for at most this long.
ACK_BATCH = 256
ACK_LINGER_SECONDS = 0.002

# The broker running the current job: a job queues follow-up jobs on it (`enqueue_from_job`).
_RUNNING_ON: ContextVar[AsyncBroker | None] = ContextVar("voc_queue_running_on", default=None)


def wiring_of(broker: AsyncBroker) -> Wiring:
    """The table `build_broker` registered on `broker` (taskiq's state: what its tasks may read)."""
    wiring: Wiring = broker.state.wiring
    return wiring


async def enqueue_from_job(task_name: str, calls: Sequence[dict[str, Any]]) -> None:
    """Queue follow-up jobs, one per keyword-argument dict, on the broker that runs the current job:
    work that may wait on someone else (a webhook receiver) runs as its own job, so the job that
    found it (the analysis of a comment) never waits on it. LookupError outside a queue job."""
    broker = _RUNNING_ON.get()
    if broker is None:
        raise LookupError("not inside a queue job: no broker to queue follow-up jobs on")
    if calls:
        await enqueue_many(broker, task_name, calls)


JOB_CONSUMER = "job-consumer"  # the worker's consumer loop, by name in logs and /readyz


async def dispatch(
    events: list[dict[str, Any]], context: Annotated[Context, TaskiqDepends(Context)],
) -> None:
    """The dispatch task: run every task the broker's wiring routes to each outbox event's topic."""
    await run_events(wiring_of(context.broker), events, running_on=context.broker)


async def run_events(wiring: Wiring, events: Sequence[dict[str, Any]], *,
                     running_on: AsyncBroker | None = None) -> None:
    """Run every task routed to each outbox event's topic, in this one job.

    One queue message per batch of events (`events`: dicts of event_id, topic, payload, as the
    relay sends them), not one per event and routed task: a commented response used to become
    about eight messages (analysis, case rules, re-survey, live update, webhook fan-out, then the
    same for its "response.analysed"), and the worker spent more on moving them than on the work.
    The events run concurrently, so that consumers which batch (the analysis) see them together;
    each event's tasks run in the order of the wiring table.
    Each task still runs on its own: a failing one does not stop the others. If any failed
    because the database or Redis was unreachable the job fails as transient and the message is
    redelivered whole (every task is idempotent, so those that ran again change nothing); any
    other failure is logged and the job ends failed, as a lone task's would.

    `running_on`: the broker that delivered the message; the tasks queue their follow-up jobs on
    it (`enqueue_from_job`).
    """
    # The tasks gathered below inherit the broker through their copies of this context.
    token = _RUNNING_ON.set(running_on)
    try:
        outcomes = await asyncio.gather(*(_run_event(wiring, e["event_id"], e["topic"], e["payload"]) for e in events))
    finally:
        _RUNNING_ON.reset(token)
    failures = [f for found in outcomes for f in found]
    if failures:
        raise next((f for f in failures if is_transient(f)), failures[0])


async def _run_event(wiring: Wiring, event_id: int, topic: str, payload: dict[str, Any]) -> list[BaseException]:
    failures: list[BaseException] = []
    for name in wiring.routes.get(topic, ()):
        try:
            await wiring.tasks[name](event_id=event_id, **payload)
        except Exception as exc:
            log.exception("task %s failed for outbox event %s (%s)", name, event_id, topic)
            failures.append(exc)
    return failures


class ReclaimingStreamBroker(RedisStreamBroker):
    """taskiq-redis claims a dead consumer's pending messages only after a new message arrives;
    this also claims them when the stream is quiet, so a killed worker's job is redelivered
    within the idle timeout even if nothing else is queued."""

    _acks: Batch[tuple[str, str], None] | None = None
    _batches: Batches | None = None
    # Called after every read from the stream, messages or none (`voc worker`: the job consumer's
    # heartbeat, core.supervisor).
    heartbeat: Callable[[], None] | None = None

    def _ack_generator(self, id: str, queue_name: str) -> Callable[[], Awaitable[None]]:
        async def ack() -> None:
            # Acknowledgements of the jobs that end together go to Redis in one round trip, not one each.
            if self._acks is None or self._batches is None:
                self._acks = Batch(self._ack_many, max_size=ACK_BATCH, linger_seconds=ACK_LINGER_SECONDS)
                self._batches = Batches()
            await self._batches.submit(self._acks, (queue_name, id))

        return ack

    async def _ack_many(self, messages: Sequence[tuple[str, str]]) -> dict[tuple[str, str], None]:
        # Acknowledged messages are deleted, not only acknowledged: the stream then holds just the
        # work in flight, instead of every task's arguments (ids, external ids of "tell them it is
        # fixed" events) for as long as Redis keeps it. Both in one MULTI, so that a Redis going
        # away between them cannot leave an acknowledged message behind.
        by_stream: dict[str, list[str]] = {}
        for queue_name, id in messages:
            by_stream.setdefault(queue_name, []).append(id)
        try:
            async with Redis(connection_pool=self.connection_pool) as redis, \
                    redis.pipeline(transaction=True) as pipe:
                for queue_name, ids in by_stream.items():
                    pipe.xack(queue_name, self.consumer_group_name, *ids)
                    pipe.xdel(queue_name, *ids)
                await pipe.execute()
        except (RedisError, OSError) as exc:
            # The jobs ran; their messages stay pending and are redelivered after the idle timeout
            # (consumers are idempotent). Raising here would only end in "Task exception was
            # never retrieved".
            log.warning("job queue: could not acknowledge %d messages (%s); they will be redelivered",
                        len(messages), exc)
        return dict.fromkeys(messages)

    async def kick_many(self, messages: Sequence[BrokerMessage]) -> None:
        """`kick` for many messages in one round trip (the outbox relay sends a batch at a time)."""
        async with Redis(connection_pool=self.connection_pool) as redis, \
                redis.pipeline(transaction=False) as pipe:
            for message in messages:
                pipe.xadd(message.labels.get("queue_name") or self.queue_name, {b"data": message.message},
                          maxlen=self.maxlen, approximate=self.approximate)
            await pipe.execute()

    async def listen(self) -> AsyncGenerator[AckableMessage, None]:
        """Messages for this consumer, for as long as the worker runs, Redis outages included.

        taskiq restarts a listener that raises at once, in a tight loop, so a Redis outage cost a
        core and a traceback per millisecond (found by benchmarks/faults redis-outage); here the
        listener waits and reconnects with backoff instead. A Redis that comes back without its
        data (no append-only file) has lost the consumer group: it is declared again, reading the
        stream from its start."""
        delay = RECONNECT_FIRST_SECONDS
        while True:
            try:
                async for message in self._listen_connected():
                    delay = RECONNECT_FIRST_SECONDS
                    yield message
            except ResponseError as exc:
                if "NOGROUP" not in str(exc):
                    raise
                log.warning("job queue: consumer group %s is gone (Redis lost its data?); declaring it again",
                            self.consumer_group_name)
                try:
                    await self._declare_group_from_start()
                except (RedisError, OSError) as again:
                    log.warning("job queue: could not declare the consumer group (%s); retrying", again)
                    await asyncio.sleep(delay)
            except (RedisConnectionError, RedisTimeoutError, OSError) as exc:
                log.warning("job queue: Redis unavailable (%s); retrying in %.1f s", exc, delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, RECONNECT_MAX_SECONDS)

    async def _declare_group_from_start(self) -> None:
        async with Redis(connection_pool=self.connection_pool) as redis:
            try:
                await redis.xgroup_create(self.queue_name, self.consumer_group_name, id="0", mkstream=True)
            except ResponseError as exc:  # BUSYGROUP: another worker declared it first
                if "BUSYGROUP" not in str(exc):
                    raise

    async def _listen_connected(self) -> AsyncGenerator[AckableMessage, None]:
        async with Redis(connection_pool=self.connection_pool) as redis:
            while True:
                # redis-py types stream replies loosely; these are lists of (id, {field: value}).
                fetched: Any = await redis.xreadgroup(
                    self.consumer_group_name, self.consumer_name, {self.queue_name: ">"},
                    block=self.block, noack=False, count=self.count,
                )
                if self.heartbeat is not None:
                    self.heartbeat()
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


async def start_broker(broker: AsyncBroker) -> None:
    """`broker.startup()`, waiting with backoff while Redis is unreachable: a worker started during
    a Redis outage (or before Redis, at boot) must wait for it, not exit (found by
    benchmarks/faults redis-outage, whose worker reached its start-up during the outage)."""
    delay = RECONNECT_FIRST_SECONDS
    while True:
        try:
            await broker.startup()
            return
        except (RedisConnectionError, RedisTimeoutError, OSError) as exc:
            log.warning("job queue: Redis unavailable at start-up (%s); retrying in %.1f s", exc, delay)
            await asyncio.sleep(delay)
            delay = min(delay * 2, RECONNECT_MAX_SECONDS)


class RedeliveringReceiver(Receiver):
    """taskiq acknowledges a message after its job even when the job raised, so a job that failed
    because PostgreSQL was restarting was never run again: its response stayed unanalysed, its
    webhooks unsent (found by benchmarks/faults postgres-restart). A job that fails for a
    transient reason is left unacknowledged instead: the stream redelivers it after
    `queue_idle_timeout_ms`. Other failures are acknowledged as before, so a job that can never
    succeed is not retried forever."""

    async def run_task(
        self, target: Callable[..., Any], message: TaskiqMessage, ack_controller: AckController | None = None,
    ) -> TaskiqResult[Any]:
        result: TaskiqResult[Any] = await super().run_task(target, message, ack_controller=ack_controller)
        if result.is_err and ack_controller is not None and result.error is not None \
                and is_transient(result.error):
            log.warning("job %s (%s) failed transiently (%s); left for redelivery", message.task_name,
                        message.task_id, type(result.error).__name__)
            ack_controller.is_acked = True  # makes the receiver's ack a no-op: the message stays pending
        return result


def build_broker(settings: Settings, wiring: Wiring) -> AsyncBroker:
    """A broker with every task of `wiring` registered, and the dispatch task that runs its routes."""
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
    broker.state.wiring = wiring
    broker.register_task(dispatch, task_name=DISPATCH)
    for name, fn in wiring.tasks.items():
        broker.register_task(fn, task_name=name)
    return broker


async def enqueue(broker: AsyncBroker, task_name: str, **kwargs: Any) -> None:
    found = broker.find_task(task_name)
    if found is None:
        raise LookupError(f"no task {task_name!r} on this broker")
    await found.kiq(**kwargs)


async def enqueue_many(broker: AsyncBroker, task_name: str, calls: Sequence[dict[str, Any]]) -> None:
    """Queue one job per keyword-argument dict; on Redis in one round trip."""
    found = broker.find_task(task_name)
    if found is None:
        raise LookupError(f"no task {task_name!r} on this broker")
    if not isinstance(broker, ReclaimingStreamBroker) or broker.middlewares or found.labels:
        for kwargs in calls:  # what a batch would skip (middlewares, labels) needs taskiq's own path
            await found.kiq(**kwargs)
        return
    await broker.kick_many([broker.formatter.dumps(TaskiqMessage(
        task_id=broker.id_generator(), task_name=task_name, labels={}, labels_types={}, args=[], kwargs=kwargs,
    )) for kwargs in calls])
