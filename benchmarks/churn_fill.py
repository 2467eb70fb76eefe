#!/usr/bin/env python3
"""How long revision 0019 takes to fill churn_intent for analyses already stored.

Usage: python benchmarks/churn_fill.py --csv waimai_10k.csv [--rows 200000] [--url postgres://...]

A fresh database (a new PostgreSQL database on the server of --url, dropped afterwards; a SQLite
file without --url) is migrated to 0017, given at least --rows answers and analyses (the CSV's
comments, normalised, copied whole until there are enough: the share with intent is the CSV's), and
then upgraded to 0019 with its topic_activity triggers in place, as a production upgrade would be.
Only the upgrade is timed. The last line is JSON.
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import json
import os
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path[0] = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

import sqlalchemy as sa

from analysis.text.normalize import normalize
from core import migrate
from tests.support.databases import create_pg_database, drop_pg_database


def seed(url: str, texts: list[str], rows: int) -> None:
    """An organisation, a survey and `rows` answers, each with an analysis as 0017 stored it."""
    engine = sa.create_engine(migrate.sqlalchemy_url(url))
    now = datetime.now(UTC)
    with engine.begin() as conn:
        org = conn.execute(sa.text("INSERT INTO organizations (name, timezone, identity_secret, created_at) "
                                   "VALUES ('bench', 'Asia/Shanghai', 's', :now) RETURNING id"), {"now": now}).scalar()
        survey = conn.execute(sa.text(
            "INSERT INTO surveys (organization_id, name, kind, status, token, locale, definition, allowed_origins, "
            "sample_rate, recontact_days, created_at, updated_at, purpose) VALUES (:org, 'bench', 'nps', 'active', "
            "'tok', 'zh-CN', '{}', '[]', 1.0, 0, :now, :now, 'ordinary') RETURNING id"), {"org": org, "now": now}
        ).scalar()
        # Each comment once, then copied in SQL up to `rows` (one statement: row by row took minutes).
        insert = sa.text(
            "INSERT INTO responses (organization_id, survey_id, idempotency_key, payload_hash, score, comment, "
            "completed, channel, identity_verified, submitted_at, updated_at) VALUES "
            "(:org, :survey, :key, 'x', 5, :comment, :yes, 'widget', :no, :now, :now)")
        base = texts[:rows]
        conn.execute(insert, [{"org": org, "survey": survey, "key": f"k{i}", "comment": text, "yes": True,
                               "no": False, "now": now} for i, text in enumerate(base)])
        for copy in range(1, -(-rows // len(base))):
            conn.execute(sa.text(
                "INSERT INTO responses (organization_id, survey_id, idempotency_key, payload_hash, score, comment, "
                "completed, channel, identity_verified, submitted_at, updated_at) "
                f"SELECT organization_id, survey_id, idempotency_key || '-c{copy}', payload_hash, score, comment, "
                "completed, channel, identity_verified, submitted_at, updated_at "
                "FROM responses WHERE idempotency_key NOT LIKE '%-c%'"))
        conn.execute(sa.text(
            "INSERT INTO comment_analyses (organization_id, response_id, normalized, tokens, keywords, sentiment, "
            "topic_id, topic_probability, model_version, analysed_at) SELECT organization_id, id, comment, '[]', "
            "'[]', NULL, NULL, NULL, 'bench', submitted_at FROM responses"))
    engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csv", type=Path, required=True)
    parser.add_argument("--column", default="review")
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--url", default=None, help="postgres://... of a server (a database is made on it)")
    args = parser.parse_args()
    with args.csv.open(encoding="utf-8") as handle:
        texts = [normalize(row[args.column]) for row in csv.DictReader(handle) if row[args.column]]
    url = asyncio.run(create_pg_database(args.url)) if args.url else f"sqlite://{tempfile.mkdtemp()}/bench.sqlite3"
    try:
        migrate.upgrade(url, "0017")
        seed(url, texts, args.rows)
        start = time.perf_counter()
        migrate.upgrade(url, "0019")
        seconds = time.perf_counter() - start
        engine = sa.create_engine(migrate.sqlalchemy_url(url))
        with engine.connect() as conn:
            marked = conn.execute(sa.text("SELECT count(*) FROM comment_analyses WHERE churn_intent = :y"),
                                  {"y": True}).scalar()
            rows = int(conn.execute(sa.text("SELECT count(*) FROM comment_analyses")).scalar() or 0)
        engine.dispose()
    finally:
        if args.url:
            asyncio.run(drop_pg_database(url))
    result = {"rows": rows, "marked": marked, "seconds": round(seconds, 2),
              "rows_per_second": round(rows / seconds), "dialect": "postgres" if args.url else "sqlite"}
    print(f"0017 → 0019 over {rows} analyses: {seconds:.1f} s, {marked} marked")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
