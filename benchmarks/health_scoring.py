#!/usr/bin/env python3
"""Scoring the health of every account of one organisation (accounts.health.score_accounts) on PostgreSQL.

Usage: VOC_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test python benchmarks/health_scoring.py
           [--accounts 20000] [--days 40] [--runs 3] [--keep-db]

1. Creates a fresh database on the server of VOC_DATABASE_URL (the configured database itself is
   not touched), migrates it, and bulk-inserts (INSERT ... SELECT generate_series) one organisation
   with `--accounts` accounts (seats and mrr attributes), an `active_users` signal per account and
   day for `--days` days, 3 respondents per account, 2 answers per respondent within 90 days (NPS,
   every third on a CSAT survey), an analysed comment for every other answer, 3 displays per
   respondent, and a case (every third breached) for every fourth account.
2. Scores yesterday once (the first pass: every account's row for the day before, which today's
   rows then read), then today `--runs` times (each replaces today's rows) and prints the median;
   and the measuring part alone (the grouped queries, no writes), median of `--runs`.
3. Runs the early-warning rules (accounts.warnings.evaluate, the defaults) on today's scores,
   `--runs` times: the first run opens the cases that fire, the next ones find them opened (the
   steady state of every rescoring); the median of the runs after the first.
4. Baseline in the same run, on the same data: `SELECT account_id, count(*) FROM account_signals
   WHERE organization_id = 1 GROUP BY account_id` (one plain aggregate over the signals).
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
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import asyncpg
from scratch_database import create_database, drop_database, dsn

from accounts import warnings
from accounts.health import local_day, score_accounts
from accounts.health_inputs import Window, measure
from core import migrate
from core.db import close_db, db, init_db
from core.models import Organization
from core.settings import Settings

# $1 now, $2 accounts, $3 days. Respondent r (1..3n) belongs to account (r - 1) / 3 + 1; answer a
# (1..6n) to respondent (a + 1) / 2.
SEED = """
INSERT INTO organizations (id, name, timezone, identity_secret, created_at)
  VALUES (1, 'bench', 'Asia/Shanghai', 'x', $1::timestamptz);
INSERT INTO surveys (id, organization_id, name, kind, status, token, locale, definition, allowed_origins,
                     sample_rate, recontact_days, display_limit, created_at, updated_at)
  VALUES (1, 1, 'NPS', 'nps', 'active', 'bench-nps', 'zh-CN', '{}', '[]', 1, 30, 3, $1::timestamptz,
          $1::timestamptz),
         (2, 1, 'CSAT', 'csat', 'active', 'bench-csat', 'zh-CN', '{}', '[]', 1, 30, 3, $1::timestamptz,
          $1::timestamptz);
INSERT INTO accounts (id, organization_id, external_id, name, attributes, stage, created_at, updated_at)
  SELECT i, 1, 'acc-' || i, 'Account ' || i, jsonb_build_object('seats', 10 + i % 90, 'mrr', (i * 37) % 50000),
         'active', $1::timestamptz, $1::timestamptz
  FROM generate_series(1, $2::int) i;
INSERT INTO account_signals (organization_id, account_id, metric, day, value, at, recorded_at)
  SELECT 1, i, 'active_users', ($1::timestamptz AT TIME ZONE 'Asia/Shanghai')::date - d,
         (i * 7 + d * 3) % (10 + i % 90), $1::timestamptz - d * interval '1 day', $1::timestamptz
  FROM generate_series(1, $2::int) i, generate_series(0, $3::int - 1) d;
INSERT INTO respondents (id, organization_id, external_id, attributes, verified, account_external_id, created_at,
                         updated_at)
  SELECT r, 1, 'person-' || r, '{}', FALSE, 'acc-' || ((r - 1) / 3 + 1), $1::timestamptz, $1::timestamptz
  FROM generate_series(1, $2::int * 3) r;
INSERT INTO responses (id, organization_id, survey_id, respondent_id, idempotency_key, payload_hash, score,
                       nps_category, completed, channel, submitted_at, updated_at, identity_verified)
  SELECT a, 1, CASE WHEN a % 3 = 0 THEN 2 ELSE 1 END, (a + 1) / 2, 'k' || a, 'h',
         CASE WHEN a % 3 = 0 THEN 1 + a % 5 ELSE a % 11 END,
         CASE WHEN a % 3 = 0 THEN NULL WHEN a % 11 >= 9 THEN 'promoter' WHEN a % 11 >= 7 THEN 'passive'
              ELSE 'detractor' END,
         TRUE, 'widget', $1::timestamptz - (a % 89) * interval '1 day', $1::timestamptz, FALSE
  FROM generate_series(1, $2::int * 6) a;
INSERT INTO comment_analyses (organization_id, response_id, normalized, tokens, keywords, sentiment, model_version,
                              churn_intent, analysed_at)
  SELECT 1, a, 'comment', '[]', '[]', ((a * 13) % 200 - 100) / 100.0, 'bench', FALSE, $1::timestamptz
  FROM generate_series(2, $2::int * 6, 2) a;
INSERT INTO displays (organization_id, survey_id, respondent_id, channel, created_at)
  SELECT 1, 1, r, 'widget', $1::timestamptz - ((r + k * 17) % 89) * interval '1 day'
  FROM generate_series(1, $2::int * 3) r, generate_series(1, 3) k;
INSERT INTO cases (organization_id, survey_id, response_id, respondent_id, status, source, breached,
                   escalation_level, reopen_days, created_at, updated_at)
  SELECT 1, 1, (c * 4 - 3) * 6 - 5, (c * 4 - 3) * 3 - 2, 'new', 'rule', c % 3 = 0, 0, 4,
         $1::timestamptz - (c % 29) * interval '1 day', $1::timestamptz
  FROM generate_series(1, $2::int / 4) c;
SELECT setval(pg_get_serial_sequence('accounts', 'id'), (SELECT max(id) FROM accounts));
SELECT setval(pg_get_serial_sequence('respondents', 'id'), (SELECT max(id) FROM respondents));
SELECT setval(pg_get_serial_sequence('responses', 'id'), (SELECT max(id) FROM responses));
"""


async def seed(url: str, now: datetime, accounts: int, days: int) -> dict[str, int]:
    conn = await asyncpg.connect(dsn(url))
    try:
        async with conn.transaction():
            for statement in filter(str.strip, SEED.split(";")):
                count = 3 if "$3" in statement else 2 if "$2" in statement else 1 if "$1" in statement else 0
                await conn.execute(statement, *[now, accounts, days][:count])
        await conn.execute("ANALYZE")
        sizes = {}
        for table in ("accounts", "account_signals", "respondents", "responses", "comment_analyses", "displays",
                      "cases"):
            sizes[table] = int(await conn.fetchval(f"SELECT count(*) FROM {table}"))
        return sizes
    finally:
        await conn.close()


async def timed(fn: Callable[[], Awaitable[Any]]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = await fn()
    return time.perf_counter() - start, result


async def baseline() -> int:
    rows = await db().execute_query_dict(
        "SELECT account_id, count(*) AS n FROM account_signals WHERE organization_id = 1 GROUP BY account_id")
    return len(rows)


async def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--accounts", type=int, default=20_000)
    parser.add_argument("--days", type=int, default=40)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep-db", action="store_true")
    args = parser.parse_args()
    base = os.environ.get("VOC_DATABASE_URL", "")
    if not base.startswith(("postgres://", "postgresql://")):
        sys.exit("set VOC_DATABASE_URL to a PostgreSQL URL (a fresh database is created on its server)")
    url = await create_database(base, "health")
    now = datetime.now(UTC).replace(microsecond=0)
    try:
        migrate.upgrade(url)
        t_seed, sizes = await timed(lambda: seed(url, now, args.accounts, args.days))
        await init_db(Settings(database_url=url, db_pool_size=4))
        organization = await Organization.get(id=1)
        first_s, first = await timed(lambda: score_accounts(organization=organization, now=now - timedelta(days=1)))
        runs: list[float] = []
        scores: list[Any] = []
        for _ in range(args.runs):
            seconds, scores = await timed(lambda: score_accounts(organization=organization, now=now))
            runs.append(seconds)
        warned = [await timed(lambda: warnings.evaluate(organization=organization, scores=scores, now=now))
                  for _ in range(max(2, args.runs))]
        warn_first_s, opened = warned[0]
        warn_median = statistics.median(s for s, _ in warned[1:])
        window = Window(now=now, today=local_day(organization, now))
        measuring = [(await timed(lambda: measure(organization_id=1, window=window)))[0] for _ in range(args.runs)]
        counts = [(await timed(baseline))[0] for _ in range(args.runs)]
        median, measure_median, count_median = (statistics.median(runs), statistics.median(measuring),
                                                statistics.median(counts))
        bands: dict[str, int] = {}
        for s in scores:
            bands[s.band.value if s.band else "none"] = bands.get(s.band.value if s.band else "none", 0) + 1
        print(f"database: {url.rsplit('/', 1)[1]}  seeded in {t_seed:.1f} s: "
              + ", ".join(f"{table} {n:,}" for table, n in sizes.items()))
        print(f"first pass (yesterday, {len(first):,} accounts): {first_s:.2f} s")
        print(f"score_accounts, all {len(scores):,} accounts, median of {args.runs}: {median:.2f} s  "
              f"[{', '.join(f'{s:.2f}' for s in runs)}]  bands: {bands}")
        print(f"  of which measuring (the grouped queries), median: {measure_median:.2f} s")
        print(f"early warnings (default rules), all {len(scores):,} accounts: first run {warn_first_s:.2f} s "
              f"({len(opened):,} cases opened), then median {warn_median:.2f} s (nothing new)")
        print(f"baseline COUNT(*) GROUP BY account over the signals, median: {count_median * 1000:.0f} ms  "
              f"-> scoring / baseline = {median / count_median:.1f}x, measuring / baseline = "
              f"{measure_median / count_median:.1f}x")
        print(json.dumps({
            "accounts": len(scores), "rows": sizes, "first_pass_s": round(first_s, 3),
            "score_median_s": round(median, 3), "score_runs_s": [round(s, 3) for s in runs],
            "measure_median_s": round(measure_median, 3), "warnings_first_s": round(warn_first_s, 3),
            "warnings_opened": len(opened), "warnings_median_s": round(warn_median, 3),
            "baseline_median_ms": round(count_median * 1000, 1),
            "score_over_baseline": round(median / count_median, 1),
            "measure_over_baseline": round(measure_median / count_median, 1), "bands": bands,
        }))
    finally:
        await close_db()
        if not args.keep_db:
            await drop_database(url)


if __name__ == "__main__":
    asyncio.run(main())
