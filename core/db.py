"""Tortoise ORM start-up and shutdown; the schema itself is owned by Alembic."""

from __future__ import annotations

from typing import Any

from tortoise import Tortoise, connections
from tortoise.backends.base.client import BaseDBAsyncClient, TransactionalDBClient

from core.settings import Settings

MODEL_MODULES = ["core.models", "surveys.models", "analysis.models", "actions.models"]


def tortoise_config(settings: Settings) -> dict[str, Any]:
    url = settings.resolved_database_url
    if url.startswith("sqlite://"):
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        connection: Any = url
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


def shared_statements() -> bool:
    """Whether a write may go in a statement with other callers' rows (group commit): on PostgreSQL,
    outside a transaction. Inside one, a row must go with its own transaction (commit or rollback),
    and a statement shared with other callers would run on some other caller's connection."""
    return dialect() == "postgres" and not isinstance(db(), TransactionalDBClient)
