"""Alembic environment: hand-written revisions, URL from VOC_* settings (or -x url=...)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import create_engine, event

from alembic import context
from core.db import SQLITE_PRAGMAS
from core.migrate import sqlalchemy_url
from core.settings import get_settings

config = context.config
url: str = (
    context.get_x_argument(as_dictionary=True).get("url")
    or config.get_main_option("sqlalchemy.url")
    or sqlalchemy_url(get_settings().resolved_database_url)
)


def run_migrations_offline() -> None:
    context.configure(url=url, literal_binds=True, dialect_opts={"paramstyle": "named"})
    with context.begin_transaction():
        context.run_migrations()


def _sqlite_pragmas(connection: Any, _record: Any) -> None:
    # A migration that drops or rewrites data must not leave it in the file's free space either.
    for name, value in SQLITE_PRAGMAS.items():
        connection.execute(f"PRAGMA {name}={value}")


def run_migrations_online() -> None:
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    try:
        with engine.connect() as connection:
            context.configure(connection=connection, render_as_batch=connection.dialect.name == "sqlite")
            with context.begin_transaction():
                context.run_migrations()
    finally:  # a migration that refuses (0013) must not leave its connection for the garbage collector
        engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
