"""Column types that match what Tortoise declares on each dialect (the drift test checks this)."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql


def pk() -> sa.Column[int]:
    return sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True)


def big_pk() -> sa.Column[int]:
    # SQLite only auto-increments an INTEGER PRIMARY KEY (the rowid alias).
    return sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), primary_key=True, autoincrement=True)


def boolean() -> sa.types.TypeEngine[bool]:
    return sa.Boolean().with_variant(sa.Integer(), "sqlite")


def timestamp() -> sa.types.TypeEngine[Any]:
    return sa.TIMESTAMP(timezone=True)


def json() -> sa.types.TypeEngine[Any]:
    return sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def double() -> sa.types.TypeEngine[float]:
    return sa.Double().with_variant(sa.REAL(), "sqlite")


def fk(
    name: str, table: str, *, nullable: bool = False, ondelete: str = "CASCADE", big: bool = False
) -> sa.Column[int]:
    kind = sa.BigInteger() if big else sa.Integer()
    return sa.Column(name, kind, sa.ForeignKey(f"{table}.id", ondelete=ondelete), nullable=nullable)
