#!/usr/bin/env python3
"""Product-manager queries as the answers pile up: latency at a small and at a large survey.

Usage: python benchmarks/pm_queries.py [--base 2000] [--scale 100] [--repeats 9] [--keep-db]

One run does everything itself, on PostgreSQL + Redis, through the `voc` CLI:

1. a fresh database, `voc serve --workers 1`, one `voc worker`; an NPS survey; `--base` real
   comments (waimai_10k) imported over the last 30 days and analysed (tokens, sentiment);
2. times each dashboard query (the load benchmark's product-manager set: `metrics` over 30 days by
   day, `topics`, `responses` filtered by category, by comment and by a search word), `--repeats`
   times each on an idle server, and keeps the median;
3. copies every answer and its analysis `--scale - 1` times in SQL (spread over the same 30
   days), so the survey has `--base * --scale` answers, and times the same queries again.

The figure is each query's median latency at the large survey, and the ratio against the same
query at the small one, measured in the same run: a query whose cost follows the number of
answers shows a ratio near `--scale`, one that reads rollups or an index stays near 1.
The last line of output is one JSON object for machines.
"""

from __future__ import annotations

import os
import sys

ROOT_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path[0] = ROOT_DIR
sys.path[1:1] = [os.path.join(ROOT_DIR, "benchmarks"), os.path.join(ROOT_DIR, "benchmarks", "load")]

import argparse
import json
import random
import statistics
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from ingest import gql, sql
from load_stack import WAIMAI_CSV, Stack, read_comments
from locustfile import METRICS, RESPONSES, TOPICS
from run import drain

QUERIES: dict[str, tuple[str, dict[str, Any]]] = {
    "metrics 30 days by day": (METRICS, {}),
    "topics": (TOPICS, {}),
    "responses: detractors": (RESPONSES, {"f": {"npsCategory": "DETRACTOR"}}),
    "responses: with comment": (RESPONSES, {"f": {"hasComment": True}}),
    "responses: search 骑手": (RESPONSES, {"f": {"search": "骑手"}}),
    "responses: search 慢": (RESPONSES, {"f": {"search": "慢"}}),
}

# Every answer and its analysis again, moved back by a random time within the 30 days: same
# survey, same distribution of scores and words, new idempotency keys.
COPY_RESPONSES = """
INSERT INTO responses (organization_id, survey_id, respondent_id, idempotency_key, payload_hash, score,
    nps_category, comment, answers, completed, channel, locale, page_url, attributes, identity_verified,
    submitted_at, updated_at)
SELECT organization_id, survey_id, NULL, idempotency_key || ':copy' || g, payload_hash, score, nps_category,
    comment, answers, completed, channel, locale, page_url, attributes, identity_verified,
    now() - random() * interval '30 days', now()
FROM responses, generate_series(1, $2) AS g WHERE survey_id = $1 AND idempotency_key NOT LIKE '%:copy%'
"""
COPY_ANALYSES = """
INSERT INTO comment_analyses (organization_id, response_id, normalized, tokens, keywords, sentiment, topic_id,
    topic_probability, model_version, analysed_at)
SELECT a.organization_id, c.id, a.normalized, a.tokens, a.keywords, a.sentiment, a.topic_id, a.topic_probability,
    a.model_version, now()
FROM responses c
JOIN responses o ON o.survey_id = c.survey_id AND o.idempotency_key = split_part(c.idempotency_key, ':copy', 1)
JOIN comment_analyses a ON a.response_id = o.id
WHERE c.survey_id = $1 AND c.idempotency_key LIKE '%:copy%'
"""


def time_queries(stack: Stack, survey_id: str, repeats: int) -> dict[str, float]:
    since = (datetime.now(UTC) - timedelta(days=30)).strftime("%Y-%m-%dT%H:%M:%SZ")
    medians: dict[str, float] = {}
    for name, (query, variables) in QUERIES.items():
        args = {"s": survey_id, "from": since, **variables} if query == METRICS else {"s": survey_id, **variables}
        gql(stack.port, stack.key, query, args)  # warm: plans, caches, the tokenizer
        runs = []
        for _ in range(repeats):
            start = time.perf_counter()
            gql(stack.port, stack.key, query, args)
            runs.append((time.perf_counter() - start) * 1000)
        medians[name] = statistics.median(runs)
    return medians


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--base", type=int, default=2000, help="real comments imported and analysed")
    ap.add_argument("--scale", type=int, default=100, help="the large survey has base x scale answers")
    ap.add_argument("--repeats", type=int, default=9, help="timed runs of each query (the median is kept)")
    ap.add_argument("--redis-db", type=int, default=6)
    ap.add_argument("--comments-csv", type=Path, default=WAIMAI_CSV)
    ap.add_argument("--keep-db", action="store_true")
    args = ap.parse_args()

    comments = read_comments(args.comments_csv)
    random.Random(1).shuffle(comments)
    stack = Stack(name="pm", redis_db=args.redis_db, serve_workers=1)
    try:
        stack.create()
        stack.start_server()
        stack.start_workers(1)
        survey_id, _, survey_pk = stack.create_survey()
        stack.import_history(survey_pk, comments[:args.base])
        if drain(stack, survey_pk, 600, channel="import")["timed_out"]:
            raise RuntimeError("the history was not analysed within 600 s")
        small = time_queries(stack, survey_id, args.repeats)
        start = time.perf_counter()
        sql(stack.db, lambda c: c.execute(COPY_RESPONSES, survey_pk, args.scale - 1))
        sql(stack.db, lambda c: c.execute(COPY_ANALYSES, survey_pk))
        sql(stack.db, lambda c: c.execute("VACUUM ANALYZE"))
        copy_s = time.perf_counter() - start
        answers = stack.fetchval("SELECT count(*) FROM responses WHERE survey_id = $1", survey_pk)
        large = time_queries(stack, survey_id, args.repeats)
    finally:
        if args.keep_db:
            print(f"kept database {stack.db}", file=sys.stderr)
            stack.db = ""
        stack.destroy()

    print(f"\n{args.base} answers, then {answers} (copied in {copy_s:.1f} s); median of {args.repeats} runs, ms")
    print(f"{'query':<26} {'small':>8} {'large':>8} {'ratio':>7}")
    for name in QUERIES:
        print(f"{name:<26} {small[name]:>8.1f} {large[name]:>8.1f} {large[name] / small[name]:>7.2f}")
    print(json.dumps({"benchmark": "pm_queries", "base": args.base, "answers": answers, "repeats": args.repeats,
                      "small_ms": small, "large_ms": large,
                      "ratio": {k: round(large[k] / small[k], 3) for k in QUERIES}}, ensure_ascii=False))


if __name__ == "__main__":
    main()
