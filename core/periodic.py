"""Periodic jobs (SLA scans, webhook retries, effect checks): declared by the domains, run by a ticker.

`voc worker` runs the ticker; in the embedded default (no Redis) the API process runs it. Several
tickers may run at once (many workers), so every periodic job must be safe to run concurrently:
set-based, idempotent updates that claim rows (`FOR UPDATE SKIP LOCKED` where rows are claimed).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

log = logging.getLogger("voc.periodic")

JobFn = Callable[[], Awaitable[object]]


@dataclass(frozen=True)
class PeriodicJob:
    name: str
    every_seconds: float
    fn: JobFn


JOBS: dict[str, PeriodicJob] = {}


def periodic(name: str, *, every_seconds: float) -> Callable[[JobFn], JobFn]:
    def register(fn: JobFn) -> JobFn:
        JOBS[name] = PeriodicJob(name, every_seconds, fn)
        return fn

    return register


async def run_due(last_run: dict[str, float], now: float) -> None:
    """Run every job whose period has passed since it last ran here; one failing job spares the rest."""
    for job in list(JOBS.values()):
        if now - last_run.get(job.name, float("-inf")) < job.every_seconds:
            continue
        last_run[job.name] = now
        try:
            await job.fn()
        except Exception:
            log.exception("periodic job %s failed; it runs again next period", job.name)


async def run_ticker(*, stop: asyncio.Event, tick_seconds: float = 1.0) -> None:
    last_run: dict[str, float] = {}
    while not stop.is_set():
        await run_due(last_run, time.monotonic())
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), timeout=tick_seconds)
