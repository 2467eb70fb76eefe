"""The SQL statements a block of a test runs, as the database client receives them: to prove that a list
is read with one query, not one a row, or that a costly query runs only when asked for."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from tortoise import connections


@contextmanager
def sql_statements() -> Iterator[list[str]]:
    """`with sql_statements() as seen:` every statement run meanwhile, in order, in `seen`."""
    client = connections.get("default")
    seen: list[str] = []
    originals = {name: getattr(client, name) for name in ("execute_query", "execute_query_dict")}

    def recording(name: str) -> Any:
        async def run(sql: str, values: list[Any] | None = None) -> Any:
            seen.append(sql)
            return await originals[name](sql, values)

        return run

    for name in originals:
        setattr(client, name, recording(name))
    try:
        yield seen
    finally:
        for name, original in originals.items():
            setattr(client, name, original)
