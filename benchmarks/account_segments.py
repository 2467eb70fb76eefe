#!/usr/bin/env python3
"""Metrics compared by account (accounts.segments.account_segment_figures) on PostgreSQL.

Usage: VOC_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test python benchmarks/account_segments.py
           [--accounts 1000] [--runs 9] [--keep-db]

1. Creates a fresh database on the server of VOC_DATABASE_URL (the configured database is not touched)
   and seeds it as benchmarks/health_scoring.py does (`--accounts` accounts, 3 respondents each, 6
   answers per account: NPS, every third CSAT), then gives each account a plan (4 values), an
   industry (7) and a band (4, a fifth of the accounts none).
2. Times the comparison by PLAN, INDUSTRY and BAND over every answer, and by PLAN with the filter
   accountBand: HEALTHY, each the median of `--runs`.
3. Baseline in the same run, on the same data: the organisation's metrics over the same answers
   read row by row (surveys.metrics.compute_metrics with a filter that selects by row).
Drops the database unless --keep-db. The last line of output is one JSON object.
"""

from __future__ import annotations

import os
import sys

ROOT_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path[0] = ROOT_DIR
sys.path.insert(1, os.path.dirname(os.path.abspath(__file__)))  # the seed of health_scoring.py, shared

import argparse
import asyncio
import json
import statistics
from datetime import UTC, datetime
from functools import partial

import asyncpg
from health_scoring import seed, timed
from scratch_database import create_database, drop_database, dsn

from accounts.health_listing import band_clause
from accounts.segments import AccountDimension, account_segment_figures
from core import migrate
from core.db import close_db, init_db
from core.settings import Settings
from surveys.filters import ResponseFilter
from surveys.metrics import compute_metrics

ATTRIBUTES = """
UPDATE accounts SET attributes = attributes || jsonb_build_object(
    'plan', (ARRAY['free', 'basic', 'pro', 'enterprise'])[1 + id % 4],
    'industry', (ARRAY['retail', 'bank', 'saas', 'food', 'travel', 'health', 'edu'])[1 + id % 7]),
  health_band = (ARRAY['HEALTHY', 'WATCH', 'AT_RISK', 'CRITICAL', NULL])[1 + id % 5]
"""


async def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--accounts", type=int, default=1_000)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--keep-db", action="store_true")
    args = parser.parse_args()
    base = os.environ.get("VOC_DATABASE_URL", "")
    if not base.startswith(("postgres://", "postgresql://")):
        sys.exit("set VOC_DATABASE_URL to a PostgreSQL URL (a fresh database is created on its server)")
    url = await create_database(base, "segments")
    now = datetime.now(UTC).replace(microsecond=0)
    try:
        migrate.upgrade(url)
        sizes = await seed(url, now, args.accounts, 1)
        conn = await asyncpg.connect(dsn(url))
        try:
            await conn.execute(ATTRIBUTES)
            await conn.execute("ANALYZE")
        finally:
            await conn.close()
        await init_db(Settings(database_url=url, db_pool_size=4))
        healthy = ResponseFilter(extra=(band_clause(organization_id=1, band="HEALTHY"),))
        cases = {f"by {d.name}": (d, ResponseFilter()) for d in AccountDimension}
        cases["by PLAN, accountBand HEALTHY"] = (AccountDimension.PLAN, healthy)
        medians: dict[str, float] = {}
        for name, (by, flt) in cases.items():
            query = partial(account_segment_figures, organization_id=1, flt=flt, by=by, limit=50)
            runs = [(await timed(query))[0] for _ in range(args.runs)]
            medians[name] = statistics.median(runs)
        # completed=True: a filter metrics reads row by row; every seeded answer is complete (the same answers).
        by_row = ResponseFilter(completed=True)
        baseline = statistics.median([(await timed(lambda: compute_metrics(
            organization_id=1, timezone="Asia/Shanghai", flt=by_row, interval=None)))[0] for _ in range(args.runs)])
        print(f"database: {url.rsplit('/', 1)[1]}: " + ", ".join(f"{t} {n:,}" for t, n in sizes.items()))
        for name, seconds in medians.items():
            print(f"accountSegments {name}, median of {args.runs}: {seconds * 1000:.1f} ms "
                  f"({seconds / baseline:.1f}x the baseline)")
        print(f"baseline: metrics over the same answers read by row, median: {baseline * 1000:.1f} ms")
        print(json.dumps({"accounts": args.accounts, "rows": sizes, "baseline_ms": round(baseline * 1000, 1),
                          "median_ms": {k: round(v * 1000, 1) for k, v in medians.items()}}))
    finally:
        await close_db()
        if not args.keep_db:
            await drop_database(url)


if __name__ == "__main__":
    asyncio.run(main())
