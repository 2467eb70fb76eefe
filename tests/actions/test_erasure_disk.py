"""Erased means gone from the disk too. SQLite: right after eraseRespondent, a byte scan of every
file under the data directory (the database, its write-ahead log and shared memory, topic model
directories) finds none of the erased strings. PostgreSQL: the storage job vacuums every table an
erasure changes; a plain VACUUM leaves bytes in the freed space of pages (README "Personal data"),
VOC_ERASURE_VACUUM_FULL rewrites the tables, and then no page of the database holds them."""

from __future__ import annotations

import asyncio
import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from taskiq import InMemoryBroker

from actions import erasure_db
from core.db import db, dialect
from core.models import Organization, OutboxEvent
from core.settings import Settings
from tests.support.client import GraphQL
from tests.support.erasure import ERASE, TRACES, a_respondent_everywhere
from tests.support.ops import active_survey
from tests.support.queue import drain, in_process, settle

# Run in a process of its own: opening and closing a database file in this process would release
# the POSIX locks SQLite holds on it here (sqlite.org/howtocorrupt.html, 2.2), and the next process
# to close the database would then delete the write-ahead log this one still writes to.
SCAN = """
import json, sys
from pathlib import Path
root, needles = Path(sys.argv[1]), json.loads(sys.argv[2])
found = []
for path in sorted(p for p in root.rglob("*") if p.is_file()):
    data = path.read_bytes()
    found += [[str(path.relative_to(root)), n] for n in needles
              if n.encode() in data or json.dumps(n).encode()[1:-1] in data]
print(json.dumps(found))
"""


async def holding(root: Path, needles: list[str]) -> list[tuple[str, str]]:
    """(file, needle) for every file under `root` holding a needle as UTF-8, or as JSON writes it
    with \\u escapes (BERTopic's files)."""
    scan = await asyncio.create_subprocess_exec(sys.executable, "-c", SCAN, str(root), json.dumps(needles),
                                                stdout=asyncio.subprocess.PIPE)
    out, _ = await scan.communicate()
    assert scan.returncode == 0
    return [(name, needle) for name, needle in json.loads(out)]


def size_of(path: Path) -> int:
    return path.stat().st_size


async def vacuums() -> dict[str, tuple[int, datetime | None]]:
    rows = await db().execute_query_dict(
        "SELECT relname, vacuum_count, last_vacuum FROM pg_stat_user_tables WHERE relname = ANY($1::text[])",
        [list(erasure_db.TABLES)])
    return {r["relname"]: (int(r["vacuum_count"]), r["last_vacuum"]) for r in rows}


async def statistics_holding(needles: list[str]) -> set[tuple[str, str]]:
    """(table, column) whose planner statistics (pg_stats: sample values) hold a needle."""
    rows = await db().execute_query_dict(
        "SELECT tablename, attname, concat(most_common_vals::text, histogram_bounds::text) AS samples"
        " FROM pg_stats WHERE schemaname = 'public'")
    return {(r["tablename"], r["attname"]) for r in rows if any(n in r["samples"] for n in needles)}


async def test_an_erasure_reaches_the_storage(
    client: httpx.AsyncClient, gql: GraphQL, public: GraphQL, org: Organization, broker: InMemoryBroker,
    settings: Settings,
) -> None:
    survey = await active_survey(gql)
    await a_respondent_everywhere(gql, public, org, broker, survey)
    root = settings.data_dir
    sqlite = dialect() == "sqlite"
    if sqlite:
        # As SQLite's automatic checkpoints do now and then: the pages go into the database file,
        # where an erasure's freed space would keep them (and the log may keep old versions too).
        await db().execute_query("PRAGMA wal_checkpoint(TRUNCATE)")
        database = Path(settings.resolved_database_url.removeprefix("sqlite://"))
        assert {n for name, n in await holding(root, TRACES) if name == database.name} == set(TRACES)
    else:
        # As autovacuum's ANALYZE does now and then: the planner samples the columns' values.
        await db().execute_script("ANALYZE")
        assert ("respondents", "external_id") in await statistics_holding(TRACES)
        before = await vacuums()

    erased_at = datetime.now(UTC)
    result: dict[str, Any] = (await gql(ERASE, externalId=TRACES[0]))["eraseRespondent"]
    assert result["errors"] == [] and result["erasedResponses"] == 4

    if sqlite:
        # Right after the mutation: no file under the data directory holds an erased string.
        assert await holding(root, TRACES) == []
        assert size_of(Path(f"{database}-wal")) == 0  # checkpointed and truncated
    # The storage step is also an outbox event, so that it runs even if this process dies now.
    event = await OutboxEvent.get(organization_id=org.id, topic="respondent.erased")
    assert sorted(event.payload["tables"]) == sorted(erasure_db.TABLES)
    await drain(broker)
    await settle(broker)  # the event's task queued the reclaim as a job of its own
    assert await holding(root, TRACES) == []
    if not sqlite:
        after = await vacuums()
        assert sorted(after) == sorted(erasure_db.TABLES)
        for table, (count, at) in after.items():
            assert count > before[table][0], table
            assert at is not None and at >= erased_at, table
        assert await statistics_holding(TRACES) == set()  # analysed afresh: samples of what is left


async def pages_holding(needles: list[str]) -> dict[str, set[str]]:
    """Relation -> the needles found in its pages (tables, indexes, TOAST, the planner's statistics),
    read through pageinspect."""
    relations = await db().execute_query_dict(
        "SELECT c.oid::regclass::text AS name, pg_relation_size(c.oid) / current_setting('block_size')::int AS pages"
        " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
        " WHERE (n.nspname IN ('public', 'pg_toast') OR c.oid = 'pg_catalog.pg_statistic'::regclass)"
        " AND c.relkind IN ('r', 'i', 't', 'm')")
    found: dict[str, set[str]] = {}
    for relation in relations:
        for page in range(int(relation["pages"])):
            raw = (await db().execute_query_dict("SELECT get_raw_page($1, $2) AS raw",
                                                 [relation["name"], page]))[0]["raw"]
            found.setdefault(relation["name"], set()).update(n for n in needles if n.encode() in raw)
    return {name: hits for name, hits in found.items() if hits}


@pytest.mark.postgres
async def test_with_vacuum_full_no_page_of_postgresql_holds_an_erased_string(
    client: httpx.AsyncClient, gql: GraphQL, public: GraphQL, org: Organization, app_settings: Settings,
) -> None:
    await db().execute_script("CREATE EXTENSION IF NOT EXISTS pageinspect")
    try:
        async with in_process(app_settings.model_copy(update={"erasure_vacuum_full": True})) as broker:
            survey = await active_survey(gql)
            await a_respondent_everywhere(gql, public, org, broker, survey)
            await db().execute_script("ANALYZE")  # statistics sample the columns, as autovacuum would
            before = await pages_holding(TRACES)
            assert {n for hits in before.values() for n in hits} == set(TRACES)
            assert "pg_statistic" in before
            result: dict[str, Any] = (await gql(ERASE, externalId=TRACES[0]))["eraseRespondent"]
            assert result["errors"] == []
            await drain(broker)
            await settle(broker)
            assert await pages_holding(TRACES) == {}
    finally:
        await db().execute_script("DROP EXTENSION IF EXISTS pageinspect")
