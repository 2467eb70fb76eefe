"""Waiting for something to happen instead of sleeping a fixed time.

`until` polls a condition that another task, thread or process makes true, and returns as soon as
it holds; the deadline only turns "never" into a failure (it is no speed goal: it is far longer
than the wait should be). The short poll interval is how the event is awaited where nothing can
be awaited directly (a row another process writes, a server's socket)."""

from __future__ import annotations

import asyncio
import inspect
import time
from collections.abc import Awaitable, Callable

POLL_SECONDS = 0.02


async def until(
    condition: Callable[[], bool | Awaitable[bool]], *, within: float = 30.0, every: float = POLL_SECONDS, what: str = "",
) -> None:
    """Return once `condition()` (plain or async) is true, asking every `every` seconds (longer for a
    condition that costs queries); fail after `within` seconds."""
    deadline = time.monotonic() + within
    while True:
        outcome = condition()
        if await outcome if inspect.isawaitable(outcome) else outcome:
            return
        assert time.monotonic() < deadline, f"not within {within} s: {what or 'condition'}"
        await asyncio.sleep(every)


def until_sync(condition: Callable[[], bool], *, within: float = 30.0, what: str = "") -> None:
    """`until` for code without an event loop (fixtures that start servers as processes)."""
    deadline = time.monotonic() + within
    while not condition():
        assert time.monotonic() < deadline, f"not within {within} s: {what or 'condition'}"
        time.sleep(POLL_SECONDS)
