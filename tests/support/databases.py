"""The servers the suite may use (VOC_TEST_DATABASE_URL, VOC_TEST_REDIS_URL) and databases of their own.

Each run makes its own PostgreSQL databases on the test server and drops them afterwards; without
a server, SQLite files take their place."""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import asyncpg

PG_URL = os.environ.get("VOC_TEST_DATABASE_URL")
REDIS_URL = os.environ.get("VOC_TEST_REDIS_URL")


def asyncpg_url(url: str) -> str:
    """Our postgres:// URL as asyncpg spells it."""
    return url.replace("postgres://", "postgresql://", 1)


async def create_pg_database(base_url: str) -> str:
    """A new, empty database on the server of `base_url`; returns its URL."""
    name = f"voc_test_{uuid.uuid4().hex[:10]}"
    conn = await asyncpg.connect(asyncpg_url(base_url))
    try:
        await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()
    return base_url.rsplit("/", 1)[0] + "/" + name


async def drop_pg_database(url: str) -> None:
    base, name = url.rsplit("/", 1)
    conn = await asyncpg.connect(asyncpg_url(base + "/postgres"))
    try:
        await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await conn.close()


@asynccontextmanager
async def empty_database(sqlite_file: Path) -> AsyncIterator[str]:
    """The URL of a new, empty database (no tables): on the test PostgreSQL server when there is one
    (dropped afterwards), else the SQLite file `sqlite_file`."""
    url = await create_pg_database(PG_URL) if PG_URL else f"sqlite://{sqlite_file}"
    try:
        yield url
    finally:
        if PG_URL:
            await drop_pg_database(url)
