"""Periodic jobs (SLA scans, webhook retries, effect checks), run by a ticker in the order the wiring
table declares them (api/wiring.py).

`voc worker` runs the ticker; in the embedded default (no Redis) the API process runs it. Several
tickers may run at once (many workers), so every periodic job must be safe to run concurrently:
set-based, idempotent updates that claim rows (`FOR UPDATE SKIP LOCKED` where rows are claimed).
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass

log = logging.getLogger("voc.periodic")

JobFn = Callable[[], Awaitable[object]]
PERIODIC_TICKER = "periodic-ticker"  # the loop's name in logs and /readyz


@dataclass(frozen=True)
class PeriodicJob:
    name: str
    every_seconds: float
    fn: JobFn


async def run_due(jobs: Sequence[PeriodicJob], last_run: dict[str, float], now: float, *,
                  beat: Callable[[], None] = lambda: None) -> None:
    """Run every job whose period has passed since it last ran here, in order; one failing job
    spares the rest. `beat` after each job, failed or not: the ticker moves on (core.supervisor
    restarts a ticker stuck in one job)."""
    for job in jobs:
        if now - last_run.get(job.name, float("-inf")) < job.every_seconds:
            continue
        last_run[job.name] = now
        try:
            # Each run in a context of its own: what one run leaves in its context (a transaction's
            # connection) cannot reach the next job or the next run.
            await asyncio.create_task(_call(job.fn), context=contextvars.copy_context())
        except Exception:
            log.exception("periodic job %s failed; it runs again next period", job.name)
        beat()


async def _call(fn: JobFn) -> None:
    await fn()


async def run_ticker(jobs: Sequence[PeriodicJob], *, stop: asyncio.Event, tick_seconds: float = 1.0,
                     beat: Callable[[], None] = lambda: None) -> None:
    last_run: dict[str, float] = {}
    while not stop.is_set():
        await run_due(jobs, last_run, time.monotonic(), beat=beat)
        beat()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), timeout=tick_seconds)
