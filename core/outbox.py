"""The outbox relay: moves committed outbox rows onto the job queue.

Rows are written in the same transaction as the change they announce, so a queue that is down
delays work but loses nothing: the row stays pending and a later pass sends it. On PostgreSQL
several relays may run at once (`FOR UPDATE SKIP LOCKED`); consumers are idempotent anyway.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import logging
from collections.abc import Callable
from datetime import UTC, datetime

from taskiq import AsyncBroker
from tortoise.transactions import in_transaction

from core.db import dialect
from core.models import OutboxEvent
from core.queue import enqueue_many, wiring_of
from core.wiring import DISPATCH

log = logging.getLogger("voc.outbox")
# Events per queue message. A busy relay pass finds many events: sent together they are analysed
# as one batch and cost one queue round trip; a quiet pass sends each event as it comes.
EVENTS_PER_MESSAGE = 32
OUTBOX_RELAY = "outbox-relay"  # the loop's name in logs and /readyz


async def relay_once(broker: AsyncBroker, *, batch: int = 200, per_message: int = EVENTS_PER_MESSAGE) -> int:
    """Send one batch of pending events; returns how many were sent."""
    # Sends run in the context from before the transaction: an in-process broker starts the task
    # right away, and it must not inherit (and outlive) this transaction's connection.
    outside = contextvars.copy_context()
    async with in_transaction():
        query = OutboxEvent.filter(dispatched_at=None).order_by("id").limit(batch)
        if dialect() == "postgres":
            query = query.select_for_update(skip_locked=True)
        events = await query
        # Events go in messages of up to `per_message` (core.queue.dispatch runs their tasks), all
        # the messages of a pass in one round trip.
        routes = wiring_of(broker).routes
        routed = [{"event_id": e.id, "topic": e.topic, "payload": e.payload} for e in events if routes.get(e.topic)]
        calls = [{"events": routed[i:i + per_message]} for i in range(0, len(routed), per_message)]
        if calls:
            await asyncio.create_task(enqueue_many(broker, DISPATCH, calls), context=outside.copy())
        if events:
            await OutboxEvent.filter(id__in=[e.id for e in events]).update(dispatched_at=datetime.now(UTC))
    return len(events)


async def run_relay(broker: AsyncBroker, *, poll_seconds: float, stop: asyncio.Event,
                    beat: Callable[[], None] = lambda: None) -> None:
    """Relay until `stop` is set; a failing queue or database is retried on the next pass.
    `beat` is called after every pass that succeeded (core.supervisor watches it)."""
    while not stop.is_set():
        try:
            # Each pass in a context of its own: what one pass leaves in its context (a transaction's
            # connection) cannot reach the next.
            sent = await asyncio.create_task(relay_once(broker), context=contextvars.copy_context())
        except Exception:
            log.exception("outbox relay pass failed; retrying")
            sent = 0
        else:
            beat()
        if sent == 0:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=poll_seconds)
