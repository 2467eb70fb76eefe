"""Pub/sub for live updates: in-process when VOC_REDIS_URL is unset, Redis pub/sub otherwise.

A `Hub` fans published messages out to this process's local subscribers, each of which reads
from its own bounded queue. With Redis, publishing goes through Redis, and one listener task per
process holds a single pub/sub connection for every local subscriber: it subscribes to the
channels that have local subscribers, and reconnects with backoff when Redis fails (meanwhile
nothing is delivered; queries and the outbox relay do not depend on it).

Live updates are notifications, not a log: a message published while nobody listens (or while
Redis is down) is gone, and a client that needs every change re-reads through queries. A
subscriber that falls `max_queue` messages behind is closed (`Overflow`) rather than fed a stale
backlog or silently missing some messages: it subscribes again and re-reads.

Messages are small JSON objects (ids, never whole rows). The process-wide hub (`install`,
`current_hub`) is the one the job-queue tasks publish into: the API process's own hub in the
embedded default, a Redis publisher in `voc worker`; processes that install none publish nothing.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import orjson
from redis.asyncio import Redis
from redis.exceptions import RedisError

from core.settings import Settings

log = logging.getLogger("voc.pubsub")

Message = dict[str, Any]
_CLOSED: Message = {}  # sentinel put in a subscriber's queue when the hub shuts down


class Overflow(Exception):
    """The subscriber fell too far behind; it was dropped and must subscribe again."""


class Subscriber:
    """One local subscriber of one channel: a bounded queue that the hub fills."""

    def __init__(self, channel: str, max_queue: int) -> None:
        self.channel = channel
        self._queue: asyncio.Queue[Message] = asyncio.Queue(maxsize=max_queue + 1)  # +1: room for _CLOSED
        self._max = max_queue
        self.overflowed = False

    def offer(self, message: Message) -> None:
        if self.overflowed:
            return
        if self._queue.qsize() >= self._max:
            self.overflowed = True
            self._queue.put_nowait(_CLOSED)  # wakes a waiting reader, which then raises Overflow
            return
        self._queue.put_nowait(message)

    def close(self) -> None:
        with contextlib.suppress(asyncio.QueueFull):
            self._queue.put_nowait(_CLOSED)

    def __aiter__(self) -> Subscriber:
        return self

    async def __anext__(self) -> Message:
        if self.overflowed:
            raise Overflow(self.channel)
        message = await self._queue.get()
        if self.overflowed:
            raise Overflow(self.channel)
        if message is _CLOSED:
            raise StopAsyncIteration
        return message


class Hub:
    """Local fan-out shared by both kinds of hub; `publish` says how messages reach it."""

    def __init__(self) -> None:
        self._local: dict[str, set[Subscriber]] = {}
        self._closed = False

    async def publish(self, channel: str, message: Message) -> None:
        raise NotImplementedError

    @asynccontextmanager
    async def subscribe(self, channel: str, *, max_queue: int) -> AsyncIterator[Subscriber]:
        if self._closed:
            raise RuntimeError("the pub/sub hub is closed")
        subscriber = Subscriber(channel, max_queue)
        self._local.setdefault(channel, set()).add(subscriber)
        self._channels_changed()
        try:
            yield subscriber
        finally:
            members = self._local.get(channel)
            if members is not None:
                members.discard(subscriber)
                if not members:
                    del self._local[channel]
            self._channels_changed()

    def subscribers(self, channel: str) -> int:
        return len(self._local.get(channel, ()))

    def listening(self, channel: str) -> bool:
        """True when a message published now would reach this process's subscribers of `channel`."""
        return channel in self._local

    async def close(self) -> None:
        self._closed = True
        for members in self._local.values():
            for subscriber in members:
                subscriber.close()

    def _deliver(self, channel: str, message: Message) -> None:
        for subscriber in list(self._local.get(channel, ())):
            subscriber.offer(message)

    def _channels_changed(self) -> None:
        pass


class MemoryHub(Hub):
    """Single process: publishing hands the message straight to the local subscribers."""

    async def publish(self, channel: str, message: Message) -> None:
        self._deliver(channel, message)


class RedisHub(Hub):
    """Many processes: messages go through Redis pub/sub, one connection per process for listening."""

    def __init__(self, url: str, *, poll_seconds: float = 0.05, max_backoff_seconds: float = 5.0) -> None:
        super().__init__()
        # A health check makes a silently dead pub/sub connection fail (and reconnect) within it.
        self._redis = Redis.from_url(url, health_check_interval=15, socket_connect_timeout=5)
        self._poll = poll_seconds
        self._max_backoff = max_backoff_seconds
        self._listener: asyncio.Task[None] | None = None
        self._wake = asyncio.Event()
        self._confirmed: set[str] = set()  # channels Redis has confirmed this process listens to
        self._failures = 0  # consecutive failed connections: the backoff grows with them

    async def publish(self, channel: str, message: Message) -> None:
        await self._redis.publish(channel, orjson.dumps(message))

    def listening(self, channel: str) -> bool:
        return channel in self._local and channel in self._confirmed

    async def close(self) -> None:
        await super().close()
        if self._listener is not None:
            self._listener.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._listener
            self._listener = None
        await self._redis.aclose()

    def _channels_changed(self) -> None:
        self._wake.set()
        if self._listener is None and not self._closed:
            self._listener = asyncio.create_task(self._listen(), name="voc-pubsub-listener")

    async def _listen(self) -> None:
        while not self._closed:
            try:
                await self._session()
            except (RedisError, OSError) as exc:
                self._failures += 1
                delay = min(self._max_backoff, 0.1 * 2 ** min(self._failures, 10)) * random.uniform(0.5, 1.0)
                (log.warning if self._failures == 1 else log.debug)(
                    "live updates: Redis pub/sub failed (%s); reconnecting in %.1f s", exc, delay)
                await asyncio.sleep(delay)
            except Exception:  # a bug must not end live updates for the process's lifetime
                log.exception("live updates: pub/sub listener crashed; restarting")
                await asyncio.sleep(self._max_backoff)

    async def _session(self) -> None:
        """One connection's life: follow the wanted channels and fan messages out until an error."""
        pubsub = self._redis.pubsub()
        subscribed: set[str] = set()
        try:
            while not self._closed:
                wanted = set(self._local)
                if added := wanted - subscribed:
                    await pubsub.subscribe(*added)
                    subscribed |= added
                if dropped := subscribed - wanted:
                    await pubsub.unsubscribe(*dropped)
                    subscribed -= dropped
                    self._confirmed -= dropped
                if not subscribed:
                    # Nothing to listen to: sleep until a subscriber arrives (no idle reads).
                    self._wake.clear()
                    if not self._local:
                        await self._wake.wait()
                    continue
                # Short reads, so that a new channel is subscribed within poll_seconds of its first subscriber.
                raw = await pubsub.get_message(timeout=self._poll)
                if raw is not None:
                    self._handle(raw)
        finally:
            self._confirmed.clear()
            await pubsub.aclose()  # type: ignore[no-untyped-call, unused-ignore]  # typed from redis 8 on

    def _handle(self, raw: dict[str, Any]) -> None:
        channel = raw["channel"].decode() if isinstance(raw["channel"], bytes) else str(raw["channel"])
        kind = raw["type"]
        if kind == "message":
            try:
                message = orjson.loads(raw["data"])
            except orjson.JSONDecodeError:
                log.warning("live updates: dropped a message that is not JSON on %s", channel)
                return
            if isinstance(message, dict):
                self._deliver(channel, message)
        elif kind == "subscribe":
            self._confirmed.add(channel)
            if self._failures:
                log.warning("live updates: Redis pub/sub is back")
                self._failures = 0
        elif kind == "unsubscribe":
            self._confirmed.discard(channel)


def build_hub(settings: Settings) -> Hub:
    return RedisHub(settings.redis_url) if settings.redis_url else MemoryHub()


_process_hub: Hub | None = None


def install(hub: Hub) -> None:
    """Make `hub` the one this process's tasks publish into (the API lifespan, `voc worker`)."""
    global _process_hub
    _process_hub = hub


def uninstall(hub: Hub) -> None:
    global _process_hub
    if _process_hub is hub:
        _process_hub = None


def current_hub() -> Hub | None:
    """The hub this process's tasks publish into; None where nothing installed one (a CLI command or
    a test that runs tasks without an app: nobody in this process listens, and a hub built here
    would never be closed)."""
    return _process_hub
