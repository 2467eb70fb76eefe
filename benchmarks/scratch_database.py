"""A throwaway PostgreSQL database on the server of VOC_DATABASE_URL, for the benchmarks that seed
large tables by SQL (sla_scan, health_scoring, account_segments): created empty, dropped after."""

from __future__ import annotations

import uuid

import asyncpg


def dsn(url: str) -> str:
    """Our postgres:// URL as asyncpg spells it."""
    return url.replace("postgres://", "postgresql://", 1)


async def create_database(base_url: str, prefix: str) -> str:
    """A new, empty database `voc_bench_<prefix>_<random>` on `base_url`'s server; its URL."""
    name = f"voc_bench_{prefix}_{uuid.uuid4().hex[:8]}"
    conn = await asyncpg.connect(dsn(base_url))
    try:
        await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()
    return base_url.rsplit("/", 1)[0] + "/" + name


async def drop_database(url: str) -> None:
    base, name = url.rsplit("/", 1)
    conn = await asyncpg.connect(dsn(base + "/postgres"))
    try:
        await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await conn.close()
