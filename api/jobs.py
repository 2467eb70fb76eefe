"""This process's job queue: a broker with the wiring table's tasks (api/wiring.py), and the outbox
relay and the ticker of its periodic jobs beside it."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from taskiq import AsyncBroker

from analysis.service import warm_up
from api.wiring import wiring
from core.outbox import OUTBOX_RELAY, run_relay
from core.periodic import PERIODIC_TICKER, run_ticker
from core.queue import build_broker, wiring_of
from core.settings import Settings
from core.supervisor import Supervisor


def broker_for(settings: Settings) -> AsyncBroker:
    return build_broker(settings, wiring(settings))


@asynccontextmanager
async def relaying(broker: AsyncBroker, settings: Settings) -> AsyncIterator[Supervisor]:
    """Relay outbox rows to `broker`, and run the periodic jobs, for as long as the block runs;
    both supervised (core.supervisor: restarted when they die or stop making progress, reported
    by /readyz through the supervisor this yields)."""
    await asyncio.to_thread(warm_up)  # this process runs the analysis jobs: load their models first
    loops = Supervisor(stale_after=settings.loop_stale_seconds)
    loops.start(OUTBOX_RELAY, lambda beat: run_relay(broker, poll_seconds=settings.outbox_poll_seconds,
                                                     stop=loops.stop, beat=beat))
    jobs = wiring_of(broker).periodic
    loops.start(PERIODIC_TICKER, lambda beat: run_ticker(jobs, stop=loops.stop, tick_seconds=settings.ticker_seconds,
                                                         beat=beat))
    try:
        yield loops
    finally:
        await loops.close()
