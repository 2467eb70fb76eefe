"""The outbox relay reads pending events through their own index, however many were dispatched."""

from __future__ import annotations

import pytest

from core.db import db
from core.models import Organization


@pytest.mark.postgres
async def test_the_relay_query_reads_the_pending_index_even_with_stale_statistics(org: Organization) -> None:
    # Statistics taken while 20k events were pending (a burst under load), then 20k dispatched and 3
    # left: with stale statistics (between two autoanalyze runs, or with autovacuum off) the
    # planner walked the primary key through every dispatched event.
    await db().execute_query(
        "INSERT INTO outbox_events (organization_id, topic, payload, created_at) "
        "SELECT $1, 'test', '{}'::jsonb, now() FROM generate_series(1, 20003)", [org.id])
    await db().execute_script("ANALYZE outbox_events")
    await db().execute_script("UPDATE outbox_events SET dispatched_at = now() WHERE id <= (SELECT min(id) + 19999 "
                              "FROM outbox_events)")
    sql = ('EXPLAIN (ANALYZE, FORMAT JSON) SELECT "id" FROM "outbox_events" WHERE "dispatched_at" IS NULL '
           'ORDER BY "id" LIMIT 200 FOR UPDATE SKIP LOCKED')
    plan = str((await db().execute_query_dict(sql))[0]["QUERY PLAN"])
    assert "ix_outbox_pending" in plan and "outbox_events_pkey" not in plan
    assert "'Rows Removed by Filter'" not in plan
