"""Supervised background loops: the outbox relay, the periodic ticker, the job consumer.

A loop that raises, or ends while the process runs, is logged with its exception and started
again (backoff from RESTART_FIRST_SECONDS doubling to RESTART_MAX_SECONDS). Each loop beats a
heartbeat when it makes progress (a relay pass, a tick, a read from the queue); one whose last
beat is older than `stale_after` is reported by /readyz (HTTP 503, with the loop's name), and a
loop started here is then cancelled and started again. Every start runs in a fresh copy of the
context the supervisor was made in, so nothing a run left in its context (a transaction's
connection, say) outlives it.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import logging
import time
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from typing import Any

log = logging.getLogger("voc.loops")
RESTART_FIRST_SECONDS = 0.5
RESTART_MAX_SECONDS = 30.0

Beat = Callable[[], None]
LoopFn = Callable[[Beat], Coroutine[Any, Any, None]]


@dataclass
class Loop:
    name: str
    restart_when_stale: bool
    last_beat: float = field(default_factory=time.monotonic)
    started: float = field(default_factory=time.monotonic)  # of the current run
    restarts: int = 0
    last_error: str | None = None
    task: asyncio.Task[None] | None = None
    stale_reported: bool = False  # logged once per stretch without progress
    cancelled_as_stale: bool = False

    def beat(self) -> None:
        self.last_beat = time.monotonic()


class Supervisor:
    def __init__(self, *, stale_after: float) -> None:
        self.stale_after = stale_after
        self.stop = asyncio.Event()  # set by close(); loops that watch it end their pass and return
        self.loops: dict[str, Loop] = {}
        self._context = contextvars.copy_context()
        self._keepers: list[asyncio.Task[None]] = []
        self._watchdog: asyncio.Task[None] | None = None

    def start(self, name: str, run: LoopFn, *, restart_when_stale: bool = True) -> None:
        """Run `run(beat)` as the loop `name` until close()."""
        loop = self.loops[name] = Loop(name, restart_when_stale)
        self._keepers.append(asyncio.create_task(self._keep(loop, run), name=f"voc-supervise-{name}"))
        self._ensure_watchdog()

    def watch(self, name: str) -> Beat:
        """A heartbeat for a loop that runs elsewhere (the job consumer): reported, never restarted."""
        loop = self.loops[name] = Loop(name, restart_when_stale=False)
        self._ensure_watchdog()
        return loop.beat

    def health(self) -> dict[str, str]:
        """Each loop's state for /readyz: "ok", or why not."""
        now = time.monotonic()
        return {name: self._state(loop, now) for name, loop in self.loops.items()}

    def _state(self, loop: Loop, now: float) -> str:
        idle = now - loop.last_beat
        if idle <= self.stale_after:
            return "ok"
        state = f"no progress for {idle:.0f} s"
        if loop.restarts:
            state += f"; restarted {loop.restarts} times, last: {loop.last_error}"
        return state

    async def close(self, *, grace_seconds: float = 10.0) -> None:
        """Ask the loops to stop, wait for them a little, then cancel what is left."""
        self.stop.set()
        if self._watchdog is not None:
            self._watchdog.cancel()
        tasks = [t for t in (*self._keepers, self._watchdog) if t is not None]
        _, pending = await asyncio.wait(tasks, timeout=grace_seconds) if tasks else (set(), set())
        for task in pending:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    async def _keep(self, loop: Loop, run: LoopFn) -> None:
        delay = RESTART_FIRST_SECONDS
        while not self.stop.is_set():
            started = loop.started = time.monotonic()
            loop.cancelled_as_stale = False
            loop.task = asyncio.create_task(run(loop.beat), name=f"voc-loop-{loop.name}",
                                            context=self._context.copy())
            try:
                await loop.task
                reason = "it returned"
            except asyncio.CancelledError:
                current = asyncio.current_task()
                if self.stop.is_set() or (current is not None and current.cancelling()):
                    raise
                reason = f"no progress for over {self.stale_after:g} s" if loop.cancelled_as_stale else "cancelled"
            except Exception as exc:
                reason = f"{type(exc).__name__}: {exc}"
                log.exception("background loop %s died; restarting it", loop.name)
            if self.stop.is_set():
                return
            loop.restarts += 1
            loop.last_error = reason
            if loop.last_beat > started:  # it made progress before it ended: start again quickly
                delay = RESTART_FIRST_SECONDS
            log.error("background loop %s ended (%s); restart %d in %.1f s", loop.name, reason, loop.restarts,
                      delay)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.stop.wait(), timeout=delay)
            delay = min(delay * 2, RESTART_MAX_SECONDS)

    def _ensure_watchdog(self) -> None:
        if self._watchdog is None:
            self._watchdog = asyncio.create_task(self._watch(), name="voc-supervise-watchdog")

    async def _watch(self) -> None:
        every = min(self.stale_after / 4, 5.0)
        while not self.stop.is_set():
            now = time.monotonic()
            for loop in self.loops.values():
                stale = now - loop.last_beat > self.stale_after
                if stale and not loop.stale_reported:
                    log.error("background loop %s: no progress for %.0f s%s", loop.name, now - loop.last_beat,
                              "; restarting it" if loop.restart_when_stale else "")
                elif not stale and loop.stale_reported:
                    log.warning("background loop %s makes progress again", loop.name)
                loop.stale_reported = stale
                # A restarted run gets a whole period of its own before it is cancelled again.
                if loop.restart_when_stale and now - max(loop.last_beat, loop.started) > self.stale_after \
                        and loop.task is not None and not loop.task.done() and not loop.cancelled_as_stale:
                    loop.cancelled_as_stale = True
                    loop.task.cancel()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.stop.wait(), timeout=every)
