"""Background flows of improvement actions: the periodic effect verification of shipped actions."""

from __future__ import annotations

import logging

from actions.improvements import verify_due_actions
from core.periodic import periodic

log = logging.getLogger("voc.actions")

VERIFY_EVERY_SECONDS = 300


@periodic("actions.verify_effects", every_seconds=VERIFY_EVERY_SECONDS)
async def verify_effects() -> None:
    """SHIPPED actions whose verification window has passed get their effect and move to VERIFYING.

    Concurrent tickers are safe: the move is conditional on the status (see verify_due_actions).
    """
    moved = await verify_due_actions()
    if moved:
        log.info("measured the effect of %d shipped action(s): %s", len(moved), moved)
