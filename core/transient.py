"""Failures that say "not now" rather than "no": the database or Redis could not be reached, or
another worker is running the same job.

A job that fails so is redelivered (core/queue.py), and a request answers 503 with the code
UNAVAILABLE (api/schema.py, api/surveys/prepared.py) so that clients retry it.
"""

from __future__ import annotations

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
