#!/usr/bin/env python3
"""Fault injection against real servers: no response the API accepted is ever lost.

Usage (from the repository root; each run takes about a minute or two):

    .venv/bin/python benchmarks/faults/faults.py redis-outage      [--rate 100] [--outage 10] [--crash] [--no-aof]
    .venv/bin/python benchmarks/faults/faults.py worker-kill       [--comments 1200]
    .venv/bin/python benchmarks/faults/faults.py postgres-restart  [--rate 100] [--mode fast|immediate]
                                                                   [--restarts 1] [--every 3]
    .venv/bin/python benchmarks/faults/faults.py idempotency-race  [--concurrency 200]
    .venv/bin/python benchmarks/faults/faults.py all

Every scenario starts PRIVATE servers (the machine's PostgreSQL and Redis are shared and are never
touched): a PostgreSQL cluster created with initdb in a temporary directory (run as the
`postgres` user through `runuser` when this runs as root, since PostgreSQL refuses root) and a
redis-server (`--save ""`, with an append-only file, fsync every second, unless `--no-aof`: a
Redis that holds a job queue needs one), each on a port the kernel reports free (`--pg-port`,
`--redis-port` to choose; fixed ports in the ephemeral range collided with client sockets).
Then `voc migrate`, `voc apikey create`, `voc serve --workers 2` and `voc worker` (with
`--health-port`: its /readyz must answer 200 at the end) run as subprocesses against them
(production mode, rate limits raised, the job stream's reclaim time `VOC_QUEUE_IDLE_TIMEOUT_MS`
shortened to 10 s, and 30 s for worker-kill, longer than a fit, so that redelivery is quick; a
job that failed because PostgreSQL or Redis was unreachable is redelivered after it too). A
quarter of the submissions carry a comment (`--comment-share`): one worker on a 2-CPU machine
keeps up with about 40 responses/s, so the backlog after the load takes a minute or so to drain
whatever the fault.
Logs and data are removed at the end (`--keep` keeps them and prints where).

- redis-outage: submitResponse at a fixed rate; Redis is stopped for `--outage` seconds in the
  middle and started again. Every acknowledged response (HTTP 200 with an id) must be stored and,
  after recovery, analysed; the outbox must drain (time to drain printed); the failed requests are
  retried with their key and must then all be accepted, stored once. `--crash`: SIGKILL instead
  of SIGTERM; `--no-aof`: no append-only file, i.e. Redis comes back empty (its stream lost).
- worker-kill: a backlog of comments is being analysed when the worker is SIGKILLed; a new worker
  finishes it: every comment analysed, once (one analysis row and one `response.analysed` event
  each). Then a topic fit is requested through the API and its worker is SIGKILLed while it fits;
  a new worker must finish the job (SUCCEEDED) with exactly one active topic model version.
- postgres-restart: submitResponse at a fixed rate; `pg_ctl restart -m fast` in the middle
  (`--restarts` times, `--every` seconds apart), WITHOUT restarting voc serve or voc worker.
  Failures are allowed during a restart, a success for an unstored row never; requests must
  succeed again within seconds (N printed), every accepted response must end analysed, and the
  worker's /readyz must answer 200 afterwards.
- idempotency-race: `--concurrency` concurrent submissions with one key and payload (many
  connections, spread over both server processes): one row, one outbox event, every success the
  same id; then concurrent different payloads under one new key: one wins, every other one is
  IDEMPOTENCY_MISMATCH, still one row.

Each prints what it injected and measured, then one JSON line {"scenario", "pass", ...}; the exit
status is non-zero when a check fails.
"""

from __future__ import annotations

import os
import sys

# Run as a script, benchmarks/faults/ is sys.path[0]; the repository root (the project's packages)
# and benchmarks/ (ingest.py's generator) are needed too. ingest.py sets sys.path[0] to the root.
_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[0:1] = [os.path.dirname(os.path.dirname(_HERE)), _HERE, os.path.dirname(_HERE)]

import argparse
import asyncio
import contextlib
import csv
import json
import signal
import time
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

import aiohttp
from harness import ROOT, Stack, log, wait_until
from ingest import SUBMIT
from loadgen import Load, print_timeline

from api.ids import decode_any

Check = dict[str, bool]


def stored_keys_check(rows: list[Any], load: Load) -> tuple[Check, dict[str, Any]]:
    """Accepted ⇒ stored with the id the client got; no row without a request; one row per key."""
    by_key = {r["idempotency_key"]: r["id"] for r in rows}
    accepted = load.accepted()
    lost = [o.key for o in accepted if o.key not in by_key]
    wrong_id = [o.key for o in accepted if o.key in by_key and (decode_any(o.response_id or "") or ("", 0))[1]
                != by_key[o.key]]
    sent_keys = {o.key for o in load.outcomes}
    phantom = [k for k in by_key if k not in sent_keys]
    figures = {"accepted": len(accepted), "rows": len(rows), "distinct_keys": len(by_key), "lost": len(lost),
               "wrong_id": len(wrong_id), "phantom_rows": len(phantom)}
    checks = {"every_accepted_response_stored": not lost and not wrong_id, "no_phantom_rows": not phantom,
              "one_row_per_key": len(rows) == len(by_key)}
    return checks, figures


async def first_try(stack: Stack, survey_pk: int, load: Load) -> dict[str, Any]:
    """Before the failed requests are retried: accepted and stored, and failed yet stored (an
    outcome the client could not know; allowed, its retry returns the stored response)."""
    rows = await stack.db(lambda c: c.fetch("SELECT id, idempotency_key FROM responses WHERE survey_id=$1",
                                            survey_pk))
    keys = {r["idempotency_key"] for r in rows}
    accepted = load.accepted()
    return {"accepted": len(accepted), "accepted_stored": sum(1 for o in accepted if o.key in keys),
            "failed": len(load.outcomes) - len(accepted),
            "failed_but_stored": sum(1 for o in load.outcomes if o.error and o.key in keys)}


async def analysis_state(stack: Stack, survey_pk: int) -> dict[str, int]:
    async def q(c: Any) -> dict[str, int]:
        row = await c.fetchrow(
            "SELECT (SELECT count(*) FROM responses WHERE survey_id=$1 AND comment IS NOT NULL) AS comments, "
            "(SELECT count(*) FROM comment_analyses a JOIN responses r ON r.id=a.response_id "
            " WHERE r.survey_id=$1) AS analysed, "
            "(SELECT count(*) FROM outbox_events WHERE dispatched_at IS NULL) AS outbox_pending, "
            "(SELECT count(*) FROM outbox_events WHERE topic='response.analysed') AS analysed_events, "
            "(SELECT count(DISTINCT (payload->>'response_id')) FROM outbox_events "
            " WHERE topic='response.analysed') AS analysed_event_responses", survey_pk)
        return dict(row)

    result: dict[str, int] = await stack.db(q)
    return result


async def drain(stack: Stack, survey_pk: int, seconds: float) -> tuple[float | None, dict[str, int]]:
    """Wait until the outbox is empty and every comment is analysed; (seconds taken, last state)."""
    last: dict[str, int] = {}

    async def done() -> bool:
        nonlocal last
        last = await analysis_state(stack, survey_pk)
        last["stream"] = int(stack.redis.cli("XLEN", "voc:faults").strip() or -1)
        return last["outbox_pending"] == 0 and last["analysed"] == last["comments"] and last["stream"] == 0

    took = await wait_until(done, seconds)
    return took, last


async def sample(stack: Stack, survey_pk: int, every: float, into: list[tuple[float, dict[str, int]]],
                 t0: Callable[[], float], stop: asyncio.Event) -> None:
    """Outbox and analysis counts over time (skipped while the database is down)."""
    while not stop.is_set():
        with contextlib.suppress(Exception):
            into.append((time.perf_counter() - t0(), await analysis_state(stack, survey_pk)))
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), every)


def finish(scenario: str, checks: Check, figures: dict[str, Any]) -> bool:
    ok = all(checks.values())
    for name, passed in checks.items():
        print(f"  {'PASS' if passed else 'FAIL'}  {name}")
    print(json.dumps({"scenario": scenario, "pass": ok, "checks": checks, **figures}, ensure_ascii=False,
                     default=str), flush=True)
    return ok


def report_stalled(stack: Stack, alive: dict[str, bool], *, drained: bool) -> None:
    """The log tails of dead processes, and of every process when the backlog did not drain."""
    for name, up in alive.items():
        if not up or not drained:
            print(f"--- {name} ({'alive' if up else 'dead'}) log tail ---\n{stack.logtail(name, 40)}")


# --------------------------------------------------------------------------------------------- scenarios


async def load_with_fault(stack: Stack, token: str, survey_pk: int, *, rate: float, seconds: float,
                          inject_at: float, inject: Callable[[Callable[[str], float]], Awaitable[None]],
                          comment_share: float) -> tuple[Load, dict[str, float], list[tuple[float, dict[str, int]]]]:
    load = Load(url=f"http://127.0.0.1:{stack.port}/graphql", token=token, comment_share=comment_share)
    marks: dict[str, float] = {}
    samples: list[tuple[float, dict[str, int]]] = []
    stop = asyncio.Event()

    def mark(name: str) -> float:
        marks[name] = time.perf_counter() - load.t0
        log(f"t={marks[name]:.1f}s {name}")
        return marks[name]

    async def fault() -> None:
        await asyncio.sleep(inject_at)
        await inject(mark)

    running = asyncio.create_task(load.run(rate=rate, seconds=seconds))
    sampler = asyncio.create_task(sample(stack, survey_pk, 0.5, samples, lambda: load.t0, stop))
    await asyncio.sleep(0)
    await asyncio.gather(running, fault())
    stop.set()
    await sampler
    return load, marks, samples


async def redis_outage(args: argparse.Namespace) -> bool:
    stack = Stack(pg_port=args.pg_port, redis_port=args.redis_port, redis_appendonly=not args.no_aof,
                  extra_env={"VOC_QUEUE_IDLE_TIMEOUT_MS": str(args.idle_timeout_ms)})
    try:
        await stack.up(workers=1)
        token, survey_pk = await stack.survey()

        in_stream: dict[str, int] = {}

        async def inject(mark: Callable[[str], float]) -> None:
            # Jobs in the stream when it stops: what a Redis without an append-only file loses.
            in_stream["entries"] = int(stack.redis.cli("XLEN", "voc:faults").strip() or 0)
            mark(f"redis {'SIGKILL' if args.crash else 'SIGTERM'} (AOF {'off' if args.no_aof else 'on'}), "
                 f"{in_stream['entries']} jobs in the stream")
            await asyncio.to_thread(stack.redis.stop, kill=args.crash)
            await asyncio.sleep(args.outage)
            await asyncio.to_thread(stack.redis.start)
            mark("redis started")

        log(f"inject: redis stopped at t={args.at}s for {args.outage}s under {args.rate}/s for {args.seconds}s")
        load, marks, samples = await load_with_fault(stack, token, survey_pk, rate=args.rate, seconds=args.seconds,
                                                     inject_at=args.at, inject=inject,
                                                     comment_share=args.comment_share)
        t_back = marks["redis started"]
        t_end = time.perf_counter() - load.t0
        print_timeline(load, marks)
        summary = load.summary()
        during = [o for o in load.outcomes if args.at + 0.2 <= o.sent <= t_back]
        outage = {"sent": len(during), "accepted": sum(1 for o in during if o.response_id),
                  "failed": sum(1 for o in during if o.error)}
        log(f"during the outage: {outage}")
        log(f"load: {summary}")
        alive = stack.alive()
        log(f"processes alive after the outage: {alive}")
        took, state = await drain(stack, survey_pk, args.drain_timeout)
        drained_after_restart = None if took is None else round(t_end + took - t_back, 1)
        peak_pending = max((s["outbox_pending"] for _, s in samples), default=0)
        before_fault = max((s["outbox_pending"] for t, s in samples if t < args.at), default=0)
        log(f"drain: outbox {before_fault} pending before the fault, peak {peak_pending}; "
            f"drained {drained_after_restart}s after Redis came back "
            f"({'-' if took is None else round(took, 1)}s after the load ended); state {state}")
        before_retries = await first_try(stack, survey_pk, load)
        log(f"before retries: {before_retries}")
        retried = await load.retry_failed()
        log(f"retried the {sum(retried.values())} failed requests with their keys: {retried}")
        took2, state2 = await drain(stack, survey_pk, args.drain_timeout)
        ready = await stack.readyz("worker1")
        log(f"worker /readyz: {ready}")
        rows = await stack.db(lambda c: c.fetch("SELECT id, idempotency_key FROM responses WHERE survey_id=$1",
                                                survey_pk))
        checks, figures = stored_keys_check(rows, load)
        checks |= {
            "worker_ready": ready.get("status_code") == 200,
            "processes_alive": all(alive.values()),
            "analysed_after_recovery": took is not None,
            "analysed_once": state2["analysed_events"] == state2["analysed_event_responses"] == state2["analysed"],
            "retries_all_accepted": set(retried) <= {"accepted"},
            "all_analysed_after_retries": took2 is not None,
        }
        checks["first_try_accepted_all_stored"] = before_retries["accepted_stored"] == before_retries["accepted"]
        figures = {**figures, "before_retries": before_retries, "load": summary,
                   "outage_s": args.outage, "rate": args.rate, "crash": args.crash,
                   "aof": not args.no_aof, "comment_share": args.comment_share,
                   "stream_entries_at_stop": in_stream.get("entries"),
                   "during_outage": outage,
                   "outbox_pending_before_fault": before_fault, "outbox_peak_pending": peak_pending,
                   "drain_s_after_redis_back": drained_after_restart,
                   "final": state2, "processes_alive": alive, "worker_readyz": ready}
        report_stalled(stack, alive, drained=took is not None and took2 is not None)
        name = "redis-outage" + ("-crash" if args.crash else "") + ("-no-aof" if args.no_aof else "")
        return finish(name, checks, figures)
    finally:
        stack.down(keep=args.keep)


def fit_comments(n: int) -> list[str]:
    """Real Chinese comments from the repository (demo and test data), cycled to n."""
    texts: list[str] = []
    for path in (ROOT / "api" / "demo" / "reviews.csv", ROOT / "tests" / "fixtures" / "analysis" / "topics_small.csv",
                 ROOT / "tests" / "fixtures" / "analysis" / "reviews.csv"):
        with path.open(encoding="utf-8") as fh:
            texts += [row["review"] for row in csv.DictReader(fh) if row.get("review")]
    return [texts[i % len(texts)] + ("" if i < len(texts) else f" #{i // len(texts)}") for i in range(n)]


FIT = "mutation($input: FitTopicsInput!) { fitTopics(input: $input) { job { id status } errors { code message } } }"
JOB = "query($id: ID!) { analysisJob(id: $id) { status stage progress error } }"


async def worker_kill(args: argparse.Namespace) -> bool:
    stack = Stack(pg_port=args.pg_port, redis_port=args.redis_port, redis_appendonly=True,
                  extra_env={"VOC_QUEUE_IDLE_TIMEOUT_MS": str(args.fit_idle_timeout_ms),
                             "VOC_JOB_LEASE_SECONDS": str(args.job_lease_seconds)})
    try:
        await stack.up(workers=0)  # the backlog builds up in the outbox first
        token, survey_pk = await stack.survey()
        load = Load(url=f"http://127.0.0.1:{stack.port}/graphql", token=token, comments=fit_comments(args.comments))
        await load.run(rate=args.rate, seconds=args.comments / args.rate)
        log(f"submitted: {load.summary()}")

        # Part 1: killed in the middle of per-comment analysis.
        stack.start_worker("worker1")
        t0 = time.perf_counter()
        target: int = args.comments // 4

        async def some_analysed() -> bool:
            return (await analysis_state(stack, survey_pk))["analysed"] >= target

        await wait_until(some_analysed, 120, every=0.1)
        before = await analysis_state(stack, survey_pk)
        stack.kill("worker1")
        log(f"inject: worker1 SIGKILL after {time.perf_counter() - t0:.1f}s with {before['analysed']} of "
            f"{before['comments']} comments analysed, outbox pending {before['outbox_pending']}")
        pending_for_dead = stack.redis.cli("XPENDING", "voc:faults", "voc-workers").split("\n")[0].strip()
        stack.start_worker("worker2")
        took, state = await drain(stack, survey_pk, args.drain_timeout)
        log(f"worker2 finished the backlog in {'-' if took is None else round(took, 1)}s: {state}")
        rows = await stack.db(lambda c: c.fetch("SELECT id, idempotency_key FROM responses WHERE survey_id=$1",
                                                survey_pk))
        checks, figures = stored_keys_check(rows, load)
        dup_analysis = await stack.db(lambda c: c.fetchval(
            "SELECT count(*) FROM (SELECT response_id FROM comment_analyses GROUP BY response_id "
            "HAVING count(*) > 1) d"))
        checks |= {"backlog_finished_after_kill": took is not None and state["analysed"] == state["comments"],
                   "each_response_analysed_once": dup_analysis == 0
                   and state["analysed_events"] == state["analysed_event_responses"] == state["analysed"]}
        figures |= {"analysis": {"comments": state["comments"], "analysed_before_kill": before["analysed"],
                                 "stream_pending_at_kill": pending_for_dead,
                                 "finished_after_kill_s": None if took is None else round(took, 1),
                                 "duplicate_analysis_rows": dup_analysis,
                                 "analysed_events": state["analysed_events"]}}

        # Part 2: killed in the middle of a topic fit.
        job = (await stack.gql(FIT, {"input": {}}))["fitTopics"]["job"]
        t2 = time.perf_counter()

        async def fitting() -> bool:
            state = (await stack.gql(JOB, {"id": job["id"]}))["analysisJob"]
            return bool(state["status"] == "RUNNING" and state["stage"] == "fitting topics")

        reached = await wait_until(fitting, 120, every=0.2)
        await asyncio.sleep(args.fit_kill_delay)
        at_kill = (await stack.gql(JOB, {"id": job["id"]}))["analysisJob"]
        stack.kill("worker2")
        log(f"inject: worker2 SIGKILL {time.perf_counter() - t2:.1f}s after fitTopics, job {at_kill}")
        stack.start_worker("worker3")
        done_state: dict[str, Any] = {}

        async def finished() -> bool:
            nonlocal done_state
            done_state = (await stack.gql(JOB, {"id": job["id"]}))["analysisJob"]
            return bool(done_state["status"] in ("SUCCEEDED", "FAILED"))

        took_fit = await wait_until(finished, args.drain_timeout * 2)
        versions = await stack.db(lambda c: c.fetch("SELECT version, status FROM topic_models ORDER BY version"))
        log(f"fit redelivered and finished {'-' if took_fit is None else round(took_fit, 1)}s after the kill: "
            f"{done_state}; versions {[(v['version'], v['status']) for v in versions]}")
        statuses = [v["status"] for v in versions]
        ready = await stack.readyz("worker3")
        log(f"worker3 /readyz: {ready}")
        checks |= {"worker_ready": ready.get("status_code") == 200,
                   "fit_was_killed_mid_job": reached is not None and at_kill["status"] == "RUNNING",
                   "fit_job_succeeded": done_state.get("status") == "SUCCEEDED",
                   "one_active_topic_model": statuses.count("active") == 1,
                   "fit_done_once": len(versions) == 1}
        figures |= {"fit": {"killed_at_stage": at_kill.get("stage"), "killed_at_progress": at_kill.get("progress"),
                            "finished_after_kill_s": None if took_fit is None else round(took_fit, 1),
                            "job": done_state, "versions": [(v["version"], v["status"]) for v in versions]},
                    "idle_timeout_ms": args.fit_idle_timeout_ms, "worker_readyz": ready}
        return finish("worker-kill", checks, figures)
    finally:
        stack.down(keep=args.keep)


async def postgres_restart(args: argparse.Namespace) -> bool:
    stack = Stack(pg_port=args.pg_port, redis_port=args.redis_port, redis_appendonly=True,
                  extra_env={"VOC_QUEUE_IDLE_TIMEOUT_MS": str(args.idle_timeout_ms)})
    try:
        await stack.up(workers=1)
        token, survey_pk = await stack.survey()
        windows: list[tuple[float, float]] = []  # (restart began, PostgreSQL back), seconds into the load

        async def inject(mark: Callable[[str], float]) -> None:
            for i in range(args.restarts):
                if i:
                    await asyncio.sleep(args.every)
                nth = f" #{i + 1}" if args.restarts > 1 else ""
                began = mark(f"pg_ctl restart -m {args.mode}{nth}")
                await asyncio.to_thread(stack.pg.restart, args.mode)
                windows.append((began, mark(f"postgres back{nth}")))

        log(f"inject: PostgreSQL restarted (-m {args.mode}) {args.restarts}x, {args.every}s apart, from t={args.at}s "
            f"under {args.rate}/s for {args.seconds}s")
        load, marks, _ = await load_with_fault(stack, token, survey_pk, rate=args.rate, seconds=args.seconds,
                                               inject_at=args.at, inject=inject, comment_share=args.comment_share)
        print_timeline(load, marks)
        summary = load.summary()
        log(f"load: {summary}")
        errors = sum(1 for o in load.outcomes if o.error)
        # Per restart: how long after PostgreSQL was back requests still failed (None: until the end).
        recovered_each: list[float | None] = []
        for i, (began, back) in enumerate(windows):
            until = windows[i + 1][0] if i + 1 < len(windows) else float("inf")
            failed = [o.sent for o in load.outcomes if o.error and began <= o.sent < until]
            last = max(failed, default=None)
            recovered_each.append(None if last is not None and last > args.seconds - 2
                                  else round(max(0.0, (last or back) - back), 1))
        recovered = None if None in recovered_each else max(r for r in recovered_each if r is not None)
        first_ok = min((o.sent for o in load.outcomes if o.response_id and o.sent >= windows[-1][1]), default=None)
        alive = stack.alive()
        log(f"requests succeed again {recovered_each}s after each restart; processes alive {alive}")
        took, state = await drain(stack, survey_pk, args.drain_timeout)
        before_retries = await first_try(stack, survey_pk, load)
        log(f"before retries: {before_retries}")
        retried = await load.retry_failed()
        log(f"analysis drained {'-' if took is None else round(took, 1)}s after the load: {state}; "
            f"retried failures: {retried}")
        took2, state2 = await drain(stack, survey_pk, args.drain_timeout)
        ready = await stack.readyz("worker1")
        log(f"worker /readyz: {ready}")
        rows = await stack.db(lambda c: c.fetch("SELECT id, idempotency_key FROM responses WHERE survey_id=$1",
                                                survey_pk))
        checks, figures = stored_keys_check(rows, load)
        checks |= {"processes_alive_not_restarted": all(alive.values()),
                   f"requests_succeed_again_within_{args.recover_within}s":
                       recovered is not None and recovered <= args.recover_within,
                   "every_accepted_response_analysed": took is not None,
                   "retries_all_accepted": set(retried) <= {"accepted"},
                   "analysed_once": state2["analysed_events"] == state2["analysed_event_responses"]
                   == state2["analysed"] and took2 is not None,
                   "worker_ready": ready.get("status_code") == 200}
        checks["first_try_accepted_all_stored"] = before_retries["accepted_stored"] == before_retries["accepted"]
        figures |= {"before_retries": before_retries, "load": summary, "mode": args.mode, "rate": args.rate,
                    "comment_share": args.comment_share, "restarts": args.restarts,
                    "restart_s": [round(back - began, 1) for began, back in windows],
                    "errors": errors,
                    "recovered_s_after_postgres_back": recovered_each,
                    "first_success_after_back_s": None if first_ok is None else round(first_ok - windows[-1][1], 2),
                    "drained_s_after_load": None if took is None else round(took, 1),
                    "final": state2, "processes_alive": alive, "worker_readyz": ready}
        report_stalled(stack, alive, drained=took is not None and took2 is not None)
        return finish(f"postgres-restart-{args.mode}", checks, figures)
    finally:
        stack.down(keep=args.keep)


async def idempotency_race(args: argparse.Namespace) -> bool:
    stack = Stack(pg_port=args.pg_port, redis_port=args.redis_port, redis_appendonly=False, extra_env={})
    try:
        await stack.up(workers=1)
        token, survey_pk = await stack.survey()
        url = f"http://127.0.0.1:{stack.port}/graphql"

        def body(key: str, score: int, comment: str) -> bytes:
            return json.dumps({"query": SUBMIT, "variables": {"input": {
                "token": token, "idempotencyKey": key, "score": score, "comment": comment, "completed": True}}},
                ensure_ascii=False).encode()

        async def burst(bodies: list[bytes]) -> list[tuple[int, dict[str, Any]]]:
            # One connection per request (force_close) so that the kernel spreads them over both
            # server processes; all are opened first and released together.
            conn = aiohttp.TCPConnector(limit=0, force_close=True)
            gate = asyncio.Event()
            async with aiohttp.ClientSession(connector=conn, timeout=aiohttp.ClientTimeout(total=60)) as session:
                async def one(b: bytes) -> tuple[int, dict[str, Any]]:
                    await gate.wait()
                    async with session.post(url, data=b, headers={"content-type": "application/json"}) as r:
                        return r.status, await r.json()

                tasks = [asyncio.create_task(one(b)) for b in bodies]
                await asyncio.sleep(0.2)
                gate.set()
                return list(await asyncio.gather(*tasks))

        def outcome(reply: tuple[int, dict[str, Any]]) -> str:
            status, data = reply
            payload = (data.get("data") or {}).get("submitResponse") or {}
            if status != 200 or data.get("errors"):
                return f"HTTP_{status}"
            if payload.get("errors"):
                return ",".join(e["code"] for e in payload["errors"])
            return "id:" + str(payload["response"]["id"])

        n = args.concurrency
        key = "race-same-payload-0001"
        log(f"inject: {n} concurrent submissions, one key, one payload")
        t = time.perf_counter()
        same = [outcome(r) for r in await burst([body(key, 3, "等待时间太长了")] * n)]
        took = time.perf_counter() - t
        kinds: dict[str, int] = {}
        for o in same:
            kinds[o] = kinds.get(o, 0) + 1
        log(f"  outcomes in {took:.2f}s: {kinds}")

        key2 = "race-mixed-payload-0002"
        log(f"inject: {n} concurrent submissions, one new key, {n} different payloads")
        mixed = [outcome(r) for r in await burst([body(key2, i % 11, f"评论 {i}") for i in range(n)])]
        mixed_kinds: dict[str, int] = {}
        for o in mixed:
            mixed_kinds[o if not o.startswith("id:") else "accepted"] = \
                mixed_kinds.get(o if not o.startswith("id:") else "accepted", 0) + 1
        log(f"  outcomes: {mixed_kinds}")
        later = outcome((await burst([body(key, 9, "another payload")]))[0])
        log(f"  the first key again with another payload: {later}")

        counts = await stack.db(lambda c: c.fetch(
            "SELECT r.idempotency_key AS key, count(DISTINCT r.id) AS rows, count(e.id) AS events FROM responses r "
            "LEFT JOIN outbox_events e ON e.topic='response.submitted' AND (e.payload->>'response_id')::int = r.id "
            "WHERE r.survey_id=$1 GROUP BY r.idempotency_key", survey_pk))
        per_key = {r["key"]: (r["rows"], r["events"]) for r in counts}
        log(f"  stored (rows, outbox events) per key: {per_key}")
        ids = {o for o in same if o.startswith("id:")}
        checks = {
            "same_payload_all_accepted": len(ids) == 1 and kinds.get(next(iter(ids), ""), 0) == n,
            "same_payload_one_row_one_event": per_key.get(key) == (1, 1),
            "mixed_payload_one_winner": mixed_kinds.get("accepted") == 1
            and mixed_kinds.get("IDEMPOTENCY_MISMATCH") == n - 1,
            "mixed_payload_one_row_one_event": per_key.get(key2) == (1, 1),
            "other_payload_later_is_mismatch": later == "IDEMPOTENCY_MISMATCH",
            "no_other_rows": set(per_key) == {key, key2},
        }
        return finish("idempotency-race", checks, {"concurrency": n, "same_payload": kinds,
                                                   "same_payload_s": round(took, 2), "mixed_payload": mixed_kinds,
                                                   "later_other_payload": later, "stored": per_key})
    finally:
        stack.down(keep=args.keep)


SCENARIOS: dict[str, Callable[[argparse.Namespace], Coroutine[Any, Any, bool]]] = {
    "redis-outage": redis_outage, "worker-kill": worker_kill, "postgres-restart": postgres_restart,
    "idempotency-race": idempotency_race,
}


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("scenario", choices=[*SCENARIOS, "all"])
    ap.add_argument("--rate", type=float, default=100, help="submissions per second (open loop)")
    ap.add_argument("--seconds", type=float, default=30, help="load duration")
    ap.add_argument("--at", type=float, default=8, help="seconds into the load when the fault is injected")
    ap.add_argument("--outage", type=float, default=10, help="redis-outage: seconds Redis stays down")
    ap.add_argument("--crash", action="store_true", help="redis-outage: SIGKILL Redis instead of SIGTERM")
    ap.add_argument("--no-aof", action="store_true",
                    help="redis-outage: Redis without an append-only file: it comes back empty, its stream lost")
    ap.add_argument("--comment-share", type=float, default=0.25,
                    help="share of submissions with a comment (each one is an analysis job)")
    ap.add_argument("--idle-timeout-ms", type=int, default=10_000,
                    help="VOC_QUEUE_IDLE_TIMEOUT_MS: an unacknowledged job is redelivered after this")
    ap.add_argument("--fit-idle-timeout-ms", type=int, default=30_000,
                    help="worker-kill: VOC_QUEUE_IDLE_TIMEOUT_MS (the killed worker's messages come back after it)")
    ap.add_argument("--job-lease-seconds", type=float, default=15,
                    help="worker-kill: VOC_JOB_LEASE_SECONDS (the killed worker's fit is taken over once it runs out)")
    ap.add_argument("--mode", default="fast", choices=["smart", "fast", "immediate"], help="pg_ctl restart mode")
    ap.add_argument("--recover-within", type=float, default=5, help="postgres-restart: allowed N seconds")
    ap.add_argument("--comments", type=int, default=1200, help="worker-kill: comments in the backlog")
    ap.add_argument("--fit-kill-delay", type=float, default=1.0, help="worker-kill: seconds into the fit stage")
    ap.add_argument("--concurrency", type=int, default=200, help="idempotency-race: concurrent requests")
    ap.add_argument("--drain-timeout", type=float, default=150, help="seconds allowed for the backlog to drain")
    ap.add_argument("--restarts", type=int, default=1, help="postgres-restart: how many restarts")
    ap.add_argument("--every", type=float, default=3, help="postgres-restart: seconds between restarts")
    ap.add_argument("--pg-port", type=int, default=0, help="0: a port the kernel reports free")
    ap.add_argument("--redis-port", type=int, default=0, help="0: a port the kernel reports free")
    ap.add_argument("--keep", action="store_true", help="keep the temporary directory (logs, data)")
    args = ap.parse_args()
    names = list(SCENARIOS) if args.scenario == "all" else [args.scenario]
    results: dict[str, bool] = {name: asyncio.run(SCENARIOS[name](args)) for name in names}
    if len(names) > 1:
        print(json.dumps({"scenario": "all", "pass": all(results.values()), "results": results}))
    sys.exit(0 if all(results.values()) else 1)


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, signal.default_int_handler)  # Ctrl-C and SIGTERM both clean up
    main()
