"""Tortoise's asyncpg client, with transactions that leave nothing behind when BEGIN fails.

`in_transaction()` on Tortoise's pooled client takes a connection from the pool, makes it the
task's connection (a context variable), then sends BEGIN. When BEGIN fails (PostgreSQL
restarting: the connection was closed under it) the context manager's exit never runs: the task
keeps the dead connection as its own, and every later transaction of that task fails with
"connection has been released back to the pool". A request task ends and takes the damage with
it; the outbox relay's task lives as long as the worker, so the relay failed every pass, forever,
and the outbox stopped moving (found by benchmarks/faults postgres-restart: one run in five).
Here a failed BEGIN restores the task's connection and returns the pooled one before raising.

`core.db` names this module as the PostgreSQL engine (Tortoise reads its `client_class`).
"""

from __future__ import annotations

import contextlib
from typing import Any

from tortoise.backends.asyncpg.client import AsyncpgDBClient, TransactionWrapper
from tortoise.backends.base.client import TransactionalDBClient, TransactionContext, TransactionContextPooled
from tortoise.connection import get_connections


class _TransactionContext(TransactionContextPooled):
    async def __aenter__(self) -> TransactionalDBClient:
        try:
            return await super().__aenter__()
        except BaseException:
            # Set only once a connection was taken (`token` is a slot: unset before that).
            token = getattr(self, "token", None)
            if token is not None:
                get_connections().reset(token)
                pool: Any = self.client._parent._pool
                if pool is not None:
                    # A connection that died is already back in the pool (this is then a no-op); one
                    # whose reset fails is closed by asyncpg: the error that counts is BEGIN's.
                    with contextlib.suppress(Exception):
                        await pool.release(self.client._connection)
            raise


class AsyncpgClient(AsyncpgDBClient):
    def _in_transaction(self) -> TransactionContext:
        return _TransactionContext(TransactionWrapper(self), self._pool_init_lock)


client_class = AsyncpgClient
