"""Background flows of improvement actions: the periodic effect verification of shipped actions
(every five minutes: api/wiring.py)."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from functools import partial

from actions import effect, verdicts
from actions.audit import SYSTEM
from actions.improvements import linked_topic_ids, move_status, record_effect
from actions.models import Action, ActionStatus
from core.db import dialect
from core.sql import fetch

log = logging.getLogger("voc.actions")

VERIFY_BATCH = 100
SHIPPED = ActionStatus.SHIPPED.value


async def _due_ids(now: datetime, limit: int) -> list[int]:
    """SHIPPED actions whose verification window has passed, oldest first."""
    if dialect() == "postgres":
        sql = ("SELECT id FROM actions WHERE status = %s AND shipped_at IS NOT NULL "
               "AND shipped_at + make_interval(days => verification_days) <= %s ORDER BY shipped_at, id LIMIT %s")
        rows = await fetch(sql, [SHIPPED, now, limit])
    else:
        sql = ("SELECT id FROM actions WHERE status = %s AND shipped_at IS NOT NULL "
               "AND unixepoch(shipped_at) + verification_days * 86400 <= %s ORDER BY shipped_at, id LIMIT %s")
        rows = await fetch(sql, [SHIPPED, int(now.timestamp()), limit])
    return [int(row["id"]) for row in rows]


async def verify_due_actions(*, now: datetime | None = None, limit: int = VERIFY_BATCH) -> list[int]:
    """Measures the effect of every due SHIPPED action and moves it to VERIFYING (actor: system).

    Safe with several tickers: the move is a conditional UPDATE on status = 'shipped', so each action
    is moved, audited and announced once. Returns the ids this call moved.
    """
    now = now or datetime.now(UTC)
    moved: list[int] = []
    for action in await Action.filter(id__in=await _due_ids(now, limit)).order_by("id"):
        measured = await effect.evaluate(action=action, topic_ids=await linked_topic_ids(action.id), now=now)
        steps = [partial(record_effect, action, measured, SYSTEM, now)]
        if await move_status(action, ActionStatus.VERIFYING, actor=SYSTEM, note=verdicts.verification_note(
                action, measured), now=now, fields={"effect": measured}, then=steps):
            moved.append(action.id)
    return moved


async def verify_effects() -> None:
    """SHIPPED actions whose verification window has passed get their effect and move to VERIFYING.

    Concurrent tickers are safe: the move is conditional on the status (see verify_due_actions).
    """
    moved = await verify_due_actions()
    if moved:
        log.info("measured the effect of %d shipped action(s): %s", len(moved), moved)
