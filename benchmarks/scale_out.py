#!/usr/bin/env python3
"""Scale-out of comment analysis: comments analysed per second with 1, 2 and 4 `voc worker` processes.

Usage: python benchmarks/scale_out.py [--backlog 20000] [--workers 1,2,4] [--concurrency 4]
                                      [--channel import|widget|api] [--history 1000] [--redis-db 8]

One run:

1. creates a fresh PostgreSQL database (dropped at the end) and its own Redis DB number (flushed at
   the start and the end), `voc migrate`, `voc apikey create`, starts `voc serve` just long enough to
   create and publish an NPS survey, imports `--history` real comments and fits a topic model
   (`voc topics fit`), so each analysed comment is also assigned a topic;
2. for each worker count N: starts N `voc worker` processes on the one Redis, lets them analyse a
   small warm-up batch (each process loads jieba, the sentiment and the topic model once), then
   inserts `--backlog` answers with their `response.submitted` outbox events in one statement (as
   `submitResponse` writes them; comments from ../shared/data/waimai_10k.csv) and times the drain:
   from the commit until every one of them has its analysis row (normalise, tokenise, keywords,
   sentiment, topic), and until the outbox and the stream are empty; then stops the workers;
3. prints comments/s per worker count, the ratio to 1 worker, worker CPU seconds per comment and
   peak RSS, and a JSON line.

The relay (outbox → Redis stream) runs in every worker (`FOR UPDATE SKIP LOCKED`), so it is part of
what is timed. `--channel import` (default) keeps the follow-up loop's case rules quiet (imported
history opens no case), so the figure is the analysis itself plus the routed no-op tasks of every
event; `--channel widget` adds the loop (detractors open cases, with their audit and events).
"""

from __future__ import annotations

import os
import sys

# Run as a script, benchmarks/ is sys.path[0]: the repository root goes there instead (the project's
# packages import from this checkout), benchmarks/ and benchmarks/load/ after it.
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT_DIR = os.path.dirname(HERE)
sys.path[0:1] = [ROOT_DIR, HERE, os.path.join(HERE, "load")]

import argparse
import json
import random
import time
from typing import Any

from ingest import fmt, sql, stop
from load_stack import (
    ANALYSED_SQL,
    PENDING_SQL,
    WAIMAI_CSV,
    Monitor,
    Stack,
    cpu_seconds,
    group_pids,
    nps_score,
    read_comments,
)

from core.events import ResponseSubmitted, sql_object

# The response and its outbox event as the service writes them (same columns, same payload: core.events).
BACKLOG_SQL = """
WITH input AS (
  SELECT c AS comment, s AS score, i FROM unnest($4::text[], $5::int[]) WITH ORDINALITY AS t(c, s, i)
), r AS (
  INSERT INTO responses (organization_id, survey_id, idempotency_key, payload_hash, score, nps_category, comment,
                         completed, channel, identity_verified, submitted_at, updated_at)
  SELECT $1, $2, $3 || i, md5($3 || i) || md5(i::text), score,
         CASE WHEN score >= 9 THEN 'promoter' WHEN score >= 7 THEN 'passive' ELSE 'detractor' END,
         comment, true, $6, false, now(), now()
  FROM input RETURNING id, survey_id
)
INSERT INTO outbox_events (organization_id, topic, payload, created_at)
SELECT $1, '{topic}', {payload},
       now()
FROM r
""".format(topic=ResponseSubmitted.topic, payload=sql_object(
    ResponseSubmitted, {"response_id": "id", "survey_id": "survey_id", "completed": "true"}, dialect="postgres"))


def insert_backlog(stack: Stack, org_pk: int, survey_pk: int, prefix: str, comments: list[str],
                   rng: random.Random) -> None:
    scores = [nps_score(rng) for _ in comments]
    sql(stack.db, lambda c: c.execute(BACKLOG_SQL, org_pk, survey_pk, prefix, comments, scores, CHANNEL[0]))


CHANNEL = ["import"]


def wait_drained(stack: Stack, survey_pk: int, target: int, t0: float, timeout: float) -> tuple[float, float | None]:
    """Seconds from t0 until `target` answers of the channel are analysed, and until the queue is empty."""
    analysed_at: float | None = None
    while time.perf_counter() - t0 < timeout:
        stack.check_alive()
        if analysed_at is None and stack.fetchval(ANALYSED_SQL, survey_pk, CHANNEL[0]) >= target:
            analysed_at = time.perf_counter() - t0
        if analysed_at is not None and stack.fetchval(PENDING_SQL) == 0 and stack.stream_length() == 0:
            return analysed_at, time.perf_counter() - t0
        time.sleep(0.25)
    if analysed_at is None:
        raise RuntimeError(f"backlog not analysed after {timeout}s")
    return analysed_at, None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--backlog", type=int, default=20000, help="answers (with comments) queued per worker count")
    ap.add_argument("--workers", default="1,2,4", help="worker counts to time, comma-separated")
    ap.add_argument("--concurrency", type=int, default=8, help="`voc worker --concurrency` (jobs at once per process)")
    ap.add_argument("--channel", choices=("import", "widget", "api"), default="import",
                    help="channel of the backlog answers (widget: detractors open follow-up cases)")
    ap.add_argument("--history", type=int, default=1000,
                    help="comments the topic model is fitted on (its vocabulary sets the embedding cost)")
    ap.add_argument("--warm-up", type=int, default=50, help="answers per worker analysed before each timing")
    ap.add_argument("--timeout", type=float, default=1800, help="longest drain, seconds")
    ap.add_argument("--redis-db", type=int, default=8, help="Redis DB number used (and flushed) by this run only")
    ap.add_argument("--seed", type=int, default=3)
    args = ap.parse_args()
    counts = [int(n) for n in args.workers.split(",") if n.strip()]
    CHANNEL[0] = args.channel

    rng = random.Random(args.seed)
    comments = read_comments(WAIMAI_CSV, max_chars=200)
    rng.shuffle(comments)
    history, pool = comments[:args.history], comments[args.history:]
    stack = Stack(name="scale", redis_db=args.redis_db, serve_workers=1, worker_concurrency=args.concurrency)
    load_avg = os.getloadavg()
    rows: list[dict[str, Any]] = []
    failed = False
    try:
        t_setup = time.perf_counter()
        stack.create()
        stack.start_server()
        _, _, survey_pk = stack.create_survey()
        stop(stack.server)  # not needed for the drain: its CPU stays free for the workers
        stack.server = None
        org_pk = int(stack.fetchval("SELECT organization_id FROM surveys WHERE id=$1", survey_pk))
        stack.import_history(survey_pk, history)
        fit = stack.fit_topics(survey_pk)
        print(f"setup {time.perf_counter() - t_setup:.0f}s  db={stack.db}  redis db {args.redis_db}  {fit}  "
              f"backlog {args.backlog} ({args.channel})  load average {load_avg[0]:.2f}", flush=True)
        done = int(stack.fetchval(ANALYSED_SQL, survey_pk, args.channel))
        for n in counts:
            stack.start_workers(n)
            stack.wait_workers_ready()
            # Warm-up in small waves, so that every process has loaded its models before the clock starts.
            for wave in range(n):
                batch = [pool[(done + k) % len(pool)] for k in range(args.warm_up)]
                insert_backlog(stack, org_pk, survey_pk, f"warm{n}-{wave}-", batch, rng)
                done += len(batch)
                wait_drained(stack, survey_pk, done, time.perf_counter(), args.timeout)
            batch = [pool[(done + k) % len(pool)] for k in range(args.backlog)]
            pids = group_pids(lambda: list(stack.workers))
            cpu0 = cpu_seconds(pids())
            with Monitor(stack, {"workers": pids}, every=0.5) as monitor:
                t0 = time.perf_counter()
                insert_backlog(stack, org_pk, survey_pk, f"run{n}-", batch, rng)
                insert_s = time.perf_counter() - t0
                done += len(batch)
                analysed_s, quiet_s = wait_drained(stack, survey_pk, done, t0, args.timeout)
                cpu = cpu_seconds(pids()) - cpu0
            rows.append({"workers": n, "seconds": round(analysed_s, 2), "quiet_seconds": r2(quiet_s),
                         "per_s": round(args.backlog / analysed_s, 1), "insert_s": round(insert_s, 2),
                         "cpu_ms_per_comment": round(cpu * 1000 / args.backlog, 2),
                         "peak_rss_mb": round(monitor.peak_rss["workers"] / 2**20),
                         "max_stream_length": monitor.max_stream_length})
            print(f"workers {n}: {args.backlog} analysed in {analysed_s:.1f}s = {args.backlog / analysed_s:.1f}/s "
                  f"(queue empty after {fmt(quiet_s)}s; backlog insert {insert_s:.1f}s), worker CPU "
                  f"{cpu * 1000 / args.backlog:.2f} ms/comment, peak RSS {rows[-1]['peak_rss_mb']} MB", flush=True)
            stack.stop_workers()
    except Exception as exc:
        print(f"run failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        failed = True
    finally:
        stack.destroy()
    if failed or not rows:
        sys.exit(2)

    base = next((row["per_s"] for row in rows if row["workers"] == 1), None)
    print(f"\n{'workers':>7} {'seconds':>8} {'comments/s':>11} {'vs 1':>6} {'CPU ms/comment':>15} {'peak RSS MB':>12}")
    for row in rows:
        row["ratio"] = round(row["per_s"] / base, 2) if base else None
        print(f"{row['workers']:>7} {row['seconds']:>8.1f} {row['per_s']:>11.1f} {fmt(row['ratio'], 2):>6} "
              f"{row['cpu_ms_per_comment']:>15.2f} {row['peak_rss_mb']:>12}")
    print(json.dumps({"backlog": args.backlog, "channel": args.channel, "concurrency": args.concurrency,
                      "cpus": os.cpu_count(), "load_average_before": round(load_avg[0], 2), "runs": rows}))


def r2(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


if __name__ == "__main__":
    main()
