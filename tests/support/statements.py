"""The SQL statements a block of code sends, for tests that hold a read to a number of queries."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from tortoise import connections


@contextmanager
def sql_statements() -> Iterator[list[str]]:
    """Every statement sent through the default connection while the block runs (ORM and hand-written)."""
    client = connections.get("default")
    seen: list[str] = []
    originals = {name: getattr(client, name) for name in ("execute_query", "execute_query_dict")}

    def counting(name: str) -> Any:
        async def run(sql: str, values: list[Any] | None = None) -> Any:
            seen.append(sql)
            return await originals[name](sql, values)

        return run

    for name in originals:
        setattr(client, name, counting(name))
    try:
        yield seen
    finally:
        for name, original in originals.items():
            setattr(client, name, original)
