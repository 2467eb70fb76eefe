"""Alembic owns the schema; this fails on any drift between the hand-written migrations and the
Tortoise models (tables, columns, types, nullability, defaults, uniques, indexes, foreign keys),
and checks that every revision downgrades cleanly."""

from __future__ import annotations

import warnings
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from tortoise.context import TortoiseContext

from core import migrate
from core.db import tortoise_config
from core.settings import Settings
from tests.support.databases import empty_database

IGNORED_TABLES = {"alembic_version", "sqlite_sequence"}
# Indexes only a migration can make, which a Tortoise model (one declaration for both dialects) cannot
# express: a GIN index with an operator class (PostgreSQL only), a partial index and one on expressions.
MIGRATION_ONLY_INDEXES = {("comment_analyses", "ix_analyses_tokens"), ("segment_activity", "ix_segment_activity_spent"),
                          ("cases", "ix_cases_urgency")}


@pytest.fixture
async def two_databases(tmp_path: Path) -> AsyncIterator[tuple[str, str]]:
    async with empty_database(tmp_path / "alembic.sqlite3") as one, empty_database(tmp_path / "tortoise.sqlite3") as two:
        yield one, two


def describe(url: str) -> dict[str, Any]:
    with warnings.catch_warnings():  # SQLite's reflection skips an index on expressions (ix_cases_urgency)
        warnings.filterwarnings("ignore", "Skipped unsupported reflection of expression-based index")
        return _describe(url)


def _describe(url: str) -> dict[str, Any]:
    engine = sa.create_engine(migrate.sqlalchemy_url(url))
    try:
        inspector = sa.inspect(engine)
        shape: dict[str, Any] = {}
        for table in sorted(set(inspector.get_table_names()) - IGNORED_TABLES):
            columns = {
                c["name"]: (str(c["type"].compile(dialect=engine.dialect)), c["nullable"],
                            _default(c.get("default")))
                for c in inspector.get_columns(table)
            }
            uniques = {tuple(u["column_names"]) for u in inspector.get_unique_constraints(table)}
            foreign = {
                (tuple(f["constrained_columns"]), f["referred_table"], tuple(f["referred_columns"]),
                 (f.get("options") or {}).get("ondelete", "").upper())
                for f in inspector.get_foreign_keys(table)
            }
            if engine.dialect.name == "sqlite":
                uniques = _sqlite_uniques(engine, table)
                foreign = _sqlite_foreign_keys(engine, table)
            indexes = set()
            for index in inspector.get_indexes(table):
                if index.get("unique"):
                    uniques.add(tuple(c for c in index["column_names"] if c))
                elif (table, index["name"]) not in MIGRATION_ONLY_INDEXES:
                    indexes.add((index["name"], tuple(c for c in index["column_names"] if c)))
            shape[table] = {
                "columns": columns,
                "primary_key": tuple(inspector.get_pk_constraint(table)["constrained_columns"]),
                "uniques": uniques,
                "indexes": indexes,
                "foreign_keys": foreign,
            }
        return shape
    finally:
        engine.dispose()


def _sqlite_uniques(engine: sa.Engine, table: str) -> set[tuple[str, ...]]:
    # SQLAlchemy misses inline `col UNIQUE`; SQLite lists every UNIQUE as an automatic index.
    with engine.connect() as conn:
        found = set()
        for row in conn.exec_driver_sql(f'PRAGMA index_list("{table}")'):
            if row[2] and row[3] == "u":
                found.add(tuple(r[2] for r in conn.exec_driver_sql(f'PRAGMA index_info("{row[1]}")')))
        return found


def _sqlite_foreign_keys(engine: sa.Engine, table: str) -> set[tuple[Any, ...]]:
    # SQLAlchemy does not read ON DELETE of an inline `REFERENCES ... ON DELETE`; SQLite does.
    with engine.connect() as conn:
        return {((r[3],), r[2], (r[4],), r[6].upper())
                for r in conn.exec_driver_sql(f'PRAGMA foreign_key_list("{table}")')}


def _default(value: str | None) -> str | None:
    # A serial primary key's sequence default is how PostgreSQL spells autoincrement on both sides.
    if value and value.startswith("nextval("):
        return "autoincrement"
    return value


async def test_alembic_schema_matches_the_tortoise_models(two_databases: tuple[str, str], tmp_path: Path) -> None:
    by_alembic, by_tortoise = two_databases
    migrate.upgrade(by_alembic)
    async with TortoiseContext() as ctx:
        await ctx.init(config=tortoise_config(Settings(database_url=by_tortoise, data_dir=tmp_path)))
        await ctx.generate_schemas(safe=False)
    expected, actual = describe(by_tortoise), describe(by_alembic)
    assert sorted(actual) == sorted(expected)
    for table in expected:
        for aspect in ("columns", "primary_key", "uniques", "indexes", "foreign_keys"):
            assert actual[table][aspect] == expected[table][aspect], f"{table}.{aspect} drifted"


async def test_every_revision_downgrades_cleanly(two_databases: tuple[str, str]) -> None:
    url = two_databases[0]
    migrate.upgrade(url)
    tables = set(describe(url))
    assert {"surveys", "responses", "organizations"} <= tables
    migrate.downgrade(url, "base")
    assert describe(url) == {}
    migrate.upgrade(url)
    assert set(describe(url)) == tables


def test_database_urls_translate_for_alembic() -> None:
    assert migrate.sqlalchemy_url("sqlite:///tmp/x.db") == "sqlite:////tmp/x.db"
    assert migrate.sqlalchemy_url("postgres://u:p@h:5432/d") == "postgresql+psycopg://u:p@h:5432/d"
    with pytest.raises(ValueError, match="unsupported"):
        migrate.sqlalchemy_url("mysql://h/d")


