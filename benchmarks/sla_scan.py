#!/usr/bin/env python3
"""The SLA scan (actions/sla.py) over 100k open cases on PostgreSQL.

Usage: VOC_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test python benchmarks/sla_scan.py
           [--cases 100000] [--runs 5] [--sample 2000] [--keep-db]

1. Creates a fresh database on the server of VOC_DATABASE_URL (the configured database itself is
   not touched), migrates it, and bulk-inserts (INSERT ... SELECT generate_series) one
   organisation with an admin, a team lead, 20 agents in a default team, one NPS survey, and
   `--cases` responses each with an open case: created uniformly over the last 10 days, 24 h
   first-contact and 7-day resolution clocks; 90 % active (NEW, ASSIGNED, IN_PROGRESS,
   WAITING_CUSTOMER: 70 % contacted, 5 % paused), 10 % RESOLVED (some past their reopen window).
2. Runs the scan once at "now" to catch up (every overdue case breaches at once: reported
   separately), then `--runs` times, each 60 s of simulated time later (the ticker's period): the
   steady state, where a few cases breach or escalate per minute. Prints the median.
3. Baselines measured in the same run, on the same data:
   - `SELECT count(*)` of the open cases (the cheapest possible look at all of them);
   - a per-row Python loop over a `--sample` of open cases (read each case, check its clocks,
     look up its breaches: one query per case), extrapolated to all cases.
Drops the database unless --keep-db. The last line of output is one JSON object.
"""

from __future__ import annotations

import os
import sys

ROOT_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path[0] = ROOT_DIR
sys.path.append(os.path.dirname(os.path.abspath(__file__)))  # sibling helpers (scratch_database)

import argparse
import asyncio
import json
import statistics
import time
from datetime import UTC, datetime, timedelta
from typing import Any

import asyncpg
from scratch_database import create_database, drop_database, dsn

from actions import sla
from actions.models import Case, CaseBreach, CaseStatus
from core import migrate
from core.db import close_db, db, init_db
from core.settings import Settings

ACTIVE = (CaseStatus.NEW, CaseStatus.ASSIGNED, CaseStatus.IN_PROGRESS, CaseStatus.WAITING_CUSTOMER)


SEED = """
INSERT INTO organizations (id, name, timezone, identity_secret, created_at)
  VALUES (1, 'bench', 'Asia/Shanghai', 'x', $1::timestamptz);
INSERT INTO users (id, organization_id, name, email, role, created_at)
  SELECT i, 1, 'user' || i, 'user' || i || '@bench.example',
         CASE i WHEN 1 THEN 'admin' WHEN 2 THEN 'analyst' ELSE 'agent' END, $1::timestamptz
  FROM generate_series(1, 22) i;
INSERT INTO teams (id, organization_id, name, lead_id, fallback_owner_id, is_default, created_at)
  VALUES (1, 1, 'support', 2, NULL, TRUE, $1::timestamptz);
INSERT INTO team_members (team_id, user_id, available, max_open_cases, last_assigned_at)
  SELECT 1, i, TRUE, 100000, NULL FROM generate_series(3, 22) i;
INSERT INTO surveys (id, organization_id, name, kind, status, token, locale, definition, allowed_origins,
                     sample_rate, recontact_days, display_limit, created_at, updated_at)
  VALUES (1, 1, 'NPS', 'nps', 'active', 'bench-token', 'zh-CN', '{}', '[]', 1, 30, 3, $1::timestamptz, $1::timestamptz);
INSERT INTO responses (id, organization_id, survey_id, idempotency_key, payload_hash, score, nps_category,
                       completed, channel, submitted_at, updated_at, identity_verified)
  SELECT i, 1, 1, 'k' || i, 'h', i % 7, 'detractor', TRUE, 'widget',
         $1::timestamptz - (i::double precision / $2::int) * interval '10 days', $1::timestamptz, FALSE
  FROM generate_series(1, $2::int) i;
WITH c AS (
  SELECT i, $1::timestamptz - (i::double precision / $2::int) * interval '10 days' AS created,
         CASE WHEN i % 10 = 0 THEN 'resolved'
              WHEN i % 20 = 1 THEN 'waiting_customer'
              WHEN i % 10 < 7 THEN 'in_progress'
              WHEN i % 10 = 7 THEN 'assigned' ELSE 'new' END AS status
  FROM generate_series(1, $2::int) i)
INSERT INTO cases (id, organization_id, survey_id, response_id, status, open_key, source, team_id, assignee_id,
                   first_contact_due_at, first_contacted_at, resolve_due_at, paused_at, breached, escalation_level,
                   reopen_days, resolved_at, created_at, updated_at)
  SELECT i, 1, 1, i, status, '1:r' || i, 'rule', 1,
         CASE WHEN status = 'new' THEN NULL ELSE 3 + i % 20 END,
         created + interval '24 hours',
         CASE WHEN status IN ('in_progress', 'waiting_customer', 'resolved') THEN created + interval '2 hours' END,
         created + interval '7 days',
         CASE WHEN status = 'waiting_customer' THEN created + interval '3 hours' END,
         FALSE, 0, 4,
         CASE WHEN status = 'resolved' THEN created + interval '1 day' END,
         created, created
  FROM c;
SELECT setval(pg_get_serial_sequence('cases', 'id'), (SELECT max(id) FROM cases));
SELECT setval(pg_get_serial_sequence('responses', 'id'), (SELECT max(id) FROM responses));
"""


async def seed(url: str, cases: int, now: datetime) -> None:
    conn = await asyncpg.connect(dsn(url))
    try:
        async with conn.transaction():
            for statement in filter(str.strip, SEED.split(";")):
                params = [now, cases][: 2 if "$2" in statement else 1 if "$1" in statement else 0]
                await conn.execute(statement, *params)
        await conn.execute("ANALYZE")
    finally:
        await conn.close()


async def timed(fn: Any) -> tuple[float, Any]:
    start = time.perf_counter()
    result = await fn()
    return time.perf_counter() - start, result


async def count_open() -> int:
    rows = await db().execute_query_dict(
        "SELECT count(*) AS n FROM cases WHERE status IN ('new', 'assigned', 'in_progress', 'waiting_customer', "
        "'resolved')")
    return int(rows[0]["n"])


async def python_loop(sample: int, now: datetime) -> int:
    """What the scan replaces: look at each open case in Python, one breach lookup per case."""
    due = 0
    for case in await Case.filter(status__in=ACTIVE).order_by("id").limit(sample):
        if case.paused_at is not None:
            continue
        late = [clock for clock, at in (("first_contact", case.first_contact_due_at if case.first_contacted_at
                                                            is None else None), ("resolution", case.resolve_due_at))
                if at is not None and at <= now]
        known = {b.clock for b in await CaseBreach.filter(case_id=case.id)}
        due += len(set(late) - known)
    return due


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sample", type=int, default=2_000)
    parser.add_argument("--keep-db", action="store_true")
    args = parser.parse_args()
    base = os.environ.get("VOC_DATABASE_URL", "")
    if not base.startswith(("postgres://", "postgresql://")):
        sys.exit("set VOC_DATABASE_URL to a PostgreSQL URL (a fresh database is created on its server)")
    url = await create_database(base, "sla")
    now = datetime.now(UTC).replace(microsecond=0)
    try:
        migrate.upgrade(url)
        t_seed, _ = await timed(lambda: seed(url, args.cases, now))
        await init_db(Settings(database_url=url, db_pool_size=4))
        open_cases = await count_open()
        catch_up_s, catch_up = await timed(lambda: sla.scan(now=now))
        steady: list[float] = []
        results = []
        for run in range(1, args.runs + 1):
            seconds, result = await timed(lambda run=run: sla.scan(now=now + timedelta(seconds=60 * run)))
            steady.append(seconds)
            results.append(result)
        counts = []
        for _ in range(args.runs):
            seconds, _n = await timed(count_open)
            counts.append(seconds)
        loop_s, _due = await timed(lambda: python_loop(args.sample, now + timedelta(seconds=60 * args.runs)))
        loop_extrapolated = loop_s * open_cases / args.sample
        median, count_median = statistics.median(steady), statistics.median(counts)
        breaches = await CaseBreach.all().count()
        print(f"database: {url.rsplit('/', 1)[1]}  open cases: {open_cases:,}  seeded in {t_seed:.1f} s")
        print(f"catch-up scan (every overdue case at once): {catch_up_s * 1000:.0f} ms  {catch_up}")
        print(f"steady-state scan, median of {args.runs} (60 s apart): {median * 1000:.1f} ms  "
              f"[{', '.join(f'{s * 1000:.1f}' for s in steady)}]  new breaches/escalations/closes per run: "
              f"{[(r.breaches, r.escalations, r.closed) for r in results]}")
        print(f"baseline SELECT count(*) of open cases, median: {count_median * 1000:.1f} ms  "
              f"-> scan / count = {median / count_median:.1f}x")
        print(f"baseline per-row Python loop: {loop_s * 1000:.0f} ms for {args.sample:,} cases, "
              f"{loop_extrapolated:.1f} s extrapolated to {open_cases:,} -> loop / scan = "
              f"{loop_extrapolated / median:.0f}x")
        print(f"goal: steady-state scan <= 1 s over 100k open cases: {'met' if median <= 1.0 else 'NOT met'}")
        print(json.dumps({
            "open_cases": open_cases, "breaches_recorded": breaches, "catch_up_ms": round(catch_up_s * 1000, 1),
            "scan_median_ms": round(median * 1000, 1), "scan_runs_ms": [round(s * 1000, 1) for s in steady],
            "count_median_ms": round(count_median * 1000, 2), "scan_over_count": round(median / count_median, 2),
            "loop_sample": args.sample, "loop_sample_ms": round(loop_s * 1000, 1),
            "loop_extrapolated_s": round(loop_extrapolated, 2),
            "loop_over_scan": round(loop_extrapolated / median, 1),
        }))
    finally:
        await close_db()
        if not args.keep_db:
            await drop_database(url)


if __name__ == "__main__":
    asyncio.run(main())
