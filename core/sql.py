"""A tiny parameterised SQL builder for the few hand-written (metric) queries.

Tortoise's asyncpg client wants `$1` placeholders, its SQLite client wants `?`; fragments here use
`%s` and are numbered for the dialect at the end, so every value is a bound parameter.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from core.db import db, dialect


def like_escape(text: str) -> str:
    """`text` matched literally by LIKE ... ESCAPE '\\' (its %, _ and \\ escaped)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


@dataclass
class Where:
    clauses: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)

    def add(self, clause: str, *values: Any) -> None:
        if clause.count("%s") != len(values):
            raise ValueError("placeholder count does not match values")
        self.clauses.append(clause)
        self.params.extend(values)

    def sql(self) -> str:
        return " AND ".join(self.clauses) if self.clauses else "TRUE"


def render(sql: str, params: list[Any]) -> tuple[str, list[Any]]:
    parts = sql.split("%s")
    if len(parts) - 1 != len(params):
        raise ValueError("placeholder count does not match values")
    # SQLite compares the stored ISO text: bind every time in UTC, as Tortoise stores it.
    params = [p.astimezone(UTC) if isinstance(p, datetime) and p.tzinfo else p for p in params]
    if dialect() == "postgres":
        out = parts[0] + "".join(f"${i}{part}" for i, part in enumerate(parts[1:], start=1))
    else:
        out = "?".join(parts)
    return out, params


async def fetch(sql: str, params: list[Any]) -> list[dict[str, Any]]:
    query, values = render(sql, params)
    rows = await db().execute_query_dict(query, values)
    return [dict(row) for row in rows]


async def execute(sql: str, params: list[Any]) -> None:
    """A statement that returns no rows (a set-based UPDATE), parameterised as `fetch` is."""
    query, values = render(sql, params)
    await db().execute_query(query, values)
