"""Tortoise ORM start-up and shutdown; the schema itself is owned by Alembic."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import Any

from tortoise import Tortoise, connections
from tortoise.backends.base.client import BaseDBAsyncClient, TransactionalDBClient
from tortoise.backends.base.config_generator import expand_db_url

from core.settings import Settings

MODEL_MODULES = ["core.models", "surveys.models", "surveys.distribution_models", "surveys.notice_models",
                 "analysis.models", "actions.models", "actions.channel_models", "accounts.models"]
# Set on every connection to the embedded database (a per-connection setting): deleted and
# overwritten content is zeroed in its page, not left in free space for anyone reading the file.
SQLITE_PRAGMAS = {"secure_delete": "ON"}
CHECKPOINT_TRIES = 5
CHECKPOINT_WAIT_SECONDS = 0.2


def tortoise_config(settings: Settings) -> dict[str, Any]:
    url = settings.resolved_database_url
    if url.startswith("sqlite://"):
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        connection: Any = expand_db_url(url)
        connection["credentials"].update(SQLITE_PRAGMAS)
    else:
        connection = {
            "engine": "core.pgclient",  # Tortoise's asyncpg client, transactions made safe
            "credentials": _pg_credentials(url, settings.db_pool_size),
        }
    return {
        "connections": {"default": connection},
        "apps": {"voc": {"models": MODEL_MODULES, "default_connection": "default"}},
        "use_tz": True,
        "timezone": "UTC",
    }


def _pg_credentials(url: str, pool_size: int) -> dict[str, Any]:
    from urllib.parse import unquote, urlsplit

    parts = urlsplit(url)
    return {
        "host": parts.hostname or "127.0.0.1",
        "port": parts.port or 5432,
        "user": unquote(parts.username or "postgres"),
        "password": unquote(parts.password or ""),
        "database": parts.path.lstrip("/") or "postgres",
        "minsize": 1,
        "maxsize": pool_size,
        "reset": _release_reset,
        # JIT compiles a plan whose estimated cost passes jit_above_cost, and the estimate of a
        # search (a LIKE or-ed with a token subquery) passes it at a few thousand answers: 0.4 s of
        # compiling for a 40 ms query. This service runs short queries only.
        "server_settings": {"jit": "off"},
    }


async def _release_reset(connection: Any) -> None:
    """Replaces asyncpg's session reset on release (advisory unlock, CLOSE ALL, UNLISTEN, RESET ALL:
    one more round trip per query). This service keeps no session state; an open transaction is
    still rolled back by asyncpg itself before this runs."""


async def init_db(settings: Settings) -> None:
    # Global fallback: Starlette's lifespan and the requests run in different tasks.
    await Tortoise.init(config=tortoise_config(settings), _enable_global_fallback=True)


async def close_db() -> None:
    await Tortoise.close_connections()


def db() -> BaseDBAsyncClient:
    client: BaseDBAsyncClient = connections.get("default")
    return client


def dialect() -> str:
    return str(db().capabilities.dialect)


def in_a_transaction() -> bool:
    """Whether the current task is inside a transaction (`in_transaction()`)."""
    return isinstance(db(), TransactionalDBClient)


async def reclaim_space(tables: Sequence[str], *, full: bool = False) -> None:
    """Take rows that were deleted or overwritten in `tables` out of the database's files (the step
    after an erasure).

    SQLite: secure_delete has zeroed them in their pages, but the write-ahead log still holds the
    old page versions; a TRUNCATE checkpoint copies the log into the database file and empties it.
    A checkpoint blocked by a reader is tried again a few times, then fails (TimeoutError).
    PostgreSQL: VACUUM removes the dead row versions from the tables and their indexes; their
    space becomes reusable, but the bytes stay in it until it is reused. `full`: VACUUM FULL
    rewrites the tables instead, leaving no old bytes, and locks them (reads and writes wait)
    while it runs. Both ANALYZE the tables as well: the planner's statistics (pg_statistic, which
    anyone who may read a table reads through pg_stats) keep sample values of its columns, and
    only a new sample replaces them; the replaced statistics rows are vacuumed in turn (skipped,
    with a warning from PostgreSQL, unless the service's role owns the database).
    Neither can run inside a transaction: call this outside one.
    """
    if dialect() != "postgres":
        for _ in range(CHECKPOINT_TRIES):
            rows = await db().execute_query_dict("PRAGMA wal_checkpoint(TRUNCATE)")
            if not rows or not rows[0]["busy"]:
                return
            await asyncio.sleep(CHECKPOINT_WAIT_SECONDS)
        raise TimeoutError("the write-ahead log could not be checkpointed: another connection is reading")
    names = ", ".join(f'"{table}"' for table in tables)
    if names:
        await db().execute_script(f"VACUUM ({'FULL, ' if full else ''}ANALYZE) {names}")
        await db().execute_script(f"VACUUM {'(FULL) ' if full else ''}pg_catalog.pg_statistic")
