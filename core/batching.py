"""Coalescing concurrent calls into one batch call.

A worker runs many jobs at once, each about one item (analyse response 17, acknowledge message
42). Done one by one, each pays its own database and Redis round trips and its own numpy call
overhead, which cost far more than the work. A `Coalescer` gathers the items submitted within a
short window (or until `max_size`) and runs them as one batch; every caller still awaits its own
result, and a batch that fails fails each of its callers with the same exception (at-least-once
consumers then redeliver their message as before). A `Batch` declares a batch function and its
gathering; the coalescers themselves live in one per-process context (`Batches`).
"""

from __future__ import annotations

import asyncio
import weakref
from collections.abc import Awaitable, Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from tortoise.models import Model

K = TypeVar("K", bound=Hashable)
R = TypeVar("R")

BatchFn = Callable[[Sequence[K]], Awaitable[Mapping[K, R]]]


T = TypeVar("T")


class Distinct(Generic[T]):
    """A value submitted as its own item: compared by identity, so that equal values of two callers
    (two requests from one address, two calls naming one respondent) are two items of a batch, not
    one run once for both (group commit: every call is its own write)."""

    __slots__ = ("value",)

    def __init__(self, value: T) -> None:
        self.value = value


class Coalescer(Generic[K, R]):
    """`await submit(key)` → `run_batch(keys)[key]`, with concurrent submissions sharing one call.

    A batch starts `linger_seconds` after its first item, or at once when it holds `max_size`
    items. Keys submitted twice into one batch are run once. Coalescers are bound to the event
    loop they are used on (`Batches`): tests and CLI commands start several loops per process.

    With `max_in_flight` there is no linger (group commit, for request paths where waiting costs
    latency): while fewer than `max_in_flight` batches run and nobody waits, a call runs its own
    batch of one at once, in its own task (no hand-off, no extra turn of the event loop: those cost
    more than the batch saves when calls come one at a time); calls that come while that many run
    wait, and go together as the next batch when one of them ends. Idle, a call waits for nothing;
    under load, batches grow by themselves.
    """

    def __init__(self, run_batch: BatchFn[K, R], *, max_size: int, linger_seconds: float = 0.0,
                 max_in_flight: int | None = None) -> None:
        if max_size < 1 or linger_seconds < 0 or (max_in_flight is not None and max_in_flight < 1):
            raise ValueError("max_size and max_in_flight must be >= 1 and linger_seconds >= 0")
        self._run_batch = run_batch
        self.max_size = max_size
        self.linger_seconds = linger_seconds
        self.max_in_flight = max_in_flight
        self._pending: list[tuple[K, asyncio.Future[R]]] = []
        self._timer: asyncio.Handle | None = None
        self._running: set[asyncio.Task[None]] = set()  # strong references until each batch ends
        self._in_flight = 0  # batches running, in tasks of their own or in a caller's

    async def submit(self, key: K) -> R:
        if self.max_in_flight is not None and not self._pending and self._in_flight < self.max_in_flight:
            return await self._run_alone(key)
        loop = asyncio.get_running_loop()
        future: asyncio.Future[R] = loop.create_future()
        self._pending.append((key, future))
        if len(self._pending) >= self.max_size:
            self._flush()
        elif self._timer is None:
            if self.max_in_flight is None:
                self._timer = loop.call_later(self.linger_seconds, self._flush)
            elif self._in_flight < self.max_in_flight:
                self._timer = loop.call_soon(self._flush)
            # else: the next batch to end starts these (_batch_done)
        return await future

    async def _run_alone(self, key: K) -> R:
        # Only this caller's item: its cancellation or failure concerns nobody else.
        self._in_flight += 1
        try:
            results = await self._run_batch([key])
        finally:
            self._batch_done()
        if key not in results:
            raise LookupError(f"batch returned no result for {key!r}")
        return results[key]

    def _flush(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        batch, self._pending = self._pending, []
        if batch:
            task = asyncio.get_running_loop().create_task(self._run(batch))
            self._running.add(task)
            self._in_flight += 1
            task.add_done_callback(self._task_done)

    def _task_done(self, task: asyncio.Task[None]) -> None:
        self._running.discard(task)
        self._batch_done()

    def _batch_done(self) -> None:
        self._in_flight -= 1
        if self.max_in_flight is not None and self._pending and self._timer is None:
            self._timer = asyncio.get_running_loop().call_soon(self._flush)

    async def _run(self, batch: list[tuple[K, asyncio.Future[R]]]) -> None:
        keys = list(dict.fromkeys(key for key, _ in batch))
        try:
            results = await self._run_batch(keys)
        except BaseException as exc:  # every caller of the batch sees why it failed
            for _, future in batch:
                if not future.done():
                    future.set_exception(exc)
            if not isinstance(exc, Exception):
                raise
            return
        for key, future in batch:
            if future.done():  # its caller was cancelled meanwhile
                continue
            if key in results:
                future.set_result(results[key])
            else:
                future.set_exception(LookupError(f"batch returned no result for {key!r}"))


@dataclass(frozen=True, eq=False)
class Batch(Generic[K, R]):
    """A batch function and how concurrent calls to it are gathered (`Coalescer`'s arguments): a
    declaration, kept beside its function, with no state. Its coalescers live in the process's
    `Batches`; compared by identity, so that two declarations of one function are two batches."""

    run: BatchFn[K, R]
    max_size: int
    linger_seconds: float = 0.0
    max_in_flight: int | None = None

    async def submit(self, key: K) -> R:
        """`run([... key ...])[key]`, with the concurrent submissions of this event loop."""
        return await PROCESS.coalescer(self).submit(key)


_OfLoop = dict[Batch[Any, Any], Coalescer[Any, Any]]


class Batches:
    """Every coalescer of a process: one per `Batch` and running event loop, made on first use
    (tests and CLI commands start several loops per process, and a coalescer's futures belong to
    one). The job side's lookups (the responses, surveys, rules and routing that the events of one
    queue message share), the analysis of arriving comments and the group commit of submissions
    all live here, as per-request DataLoaders live in the GraphQL context.

    An object whose batches run its own methods (a broker's acknowledgements, a rate limiter's
    counting) holds a `Batches` of its own, which goes with it.
    """

    def __init__(self) -> None:
        # A loop that ended takes its coalescers with it.
        self._by_loop: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, _OfLoop] = weakref.WeakKeyDictionary()

    async def submit(self, batch: Batch[K, R], key: K) -> R:
        return await self.coalescer(batch).submit(key)

    def coalescer(self, batch: Batch[K, R]) -> Coalescer[K, R]:
        loop = asyncio.get_running_loop()
        of_loop = self._by_loop.get(loop)
        if of_loop is None:
            of_loop = self._by_loop[loop] = {}
        found = of_loop.get(batch)
        if found is None:
            found = of_loop[batch] = Coalescer(batch.run, max_size=batch.max_size,
                                               linger_seconds=batch.linger_seconds,
                                               max_in_flight=batch.max_in_flight)
        return found


PROCESS = Batches()


M = TypeVar("M", bound=Model)


def row_loader(model: type[M], *, max_size: int = 500, linger_seconds: float = 0.002) -> Batch[int, M | None]:
    """Rows by primary key, the lookups of concurrent callers in one query (a DataLoader for jobs).

    Each batch reads afresh (nothing is cached between batches). Callers asking for the same key
    in one batch share one instance: read it, don't change it."""

    async def load(pks: Sequence[int]) -> dict[int, M | None]:
        found = {row.pk: row for row in await model.filter(pk__in=list(pks))}
        return {pk: found.get(pk) for pk in pks}

    return Batch(load, max_size=max_size, linger_seconds=linger_seconds)
