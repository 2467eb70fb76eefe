"""Failures that say "not now" rather than "no": the database or Redis could not be reached, or
another worker is running the same job.

A job that fails so is redelivered (core/queue.py), and a request answers 503 with the code
UNAVAILABLE (api/schema.py, api/surveys/prepared.py) so that clients retry it.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TypeVar

import asyncpg
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError
from tortoise.exceptions import DBConnectionError


def caused_by(error: BaseException, kinds: type[BaseException] | tuple[type[BaseException], ...]) -> bool:
    """`error` or anything in its chain of causes is one of `kinds` (Tortoise wraps the driver's errors)."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, kinds):
            return True
        current = current.__cause__ or current.__context__
    return False


T = TypeVar("T")
DEADLOCK_RETRIES = 3


async def retry_deadlocks(run: Callable[[], Awaitable[T]], *, retries: int = DEADLOCK_RETRIES) -> T:
    """Run a transaction again when PostgreSQL aborted it to break a deadlock: an aborted
    transaction changed nothing, and the one that won has committed or will, so the next try sees
    its rows. For writes whose lock order no query can fix (rows locked by triggers, updates that
    lock rows in a join's order)."""
    for attempt in range(retries + 1):
        try:
            return await run()
        except Exception as exc:
            if attempt == retries or not caused_by(exc, asyncpg.exceptions.DeadlockDetectedError):
                raise
    raise AssertionError("unreachable")


class RunningElsewhere(Exception):
    """The job is being run by another worker right now (its lease is held): try again later."""


def is_transient(error: BaseException) -> bool:
    """A job that failed because the database or Redis could not be reached (a restart, a dropped
    connection), or that another worker is running, not because of the job itself: it will succeed
    (or find it done) when run again."""
    return caused_by(error, (RunningElsewhere, OSError, TimeoutError, DBConnectionError, RedisConnectionError,
                             RedisTimeoutError, asyncpg.PostgresConnectionError, asyncpg.InterfaceError,
                             # A connection killed under a query can leave asyncpg's protocol
                             # mid-operation ("cannot switch to state 11; another operation is in
                             # progress"): seen when a backend was terminated.
                             asyncpg.InternalClientError,
                             # 57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now
                             asyncpg.exceptions.OperatorInterventionError))
