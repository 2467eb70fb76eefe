#!/usr/bin/env python3
"""Load benchmark: widget traffic at a fixed rate (wrk, or locust) plus product-manager queries
(locust), on a production-like stack, then a reconciliation of every acknowledged answer with the database.

Usage: python benchmarks/load/run.py [--rate 200] [--duration 120] [--workers 2] [--analysis-workers 2]
                                     [--generator wrk|locust] [--worker-nice 19] [--pm-rate 2]
                                     [--history 300 | --no-fit] [--redis-db 7] [--keep-db]

One run:

1. creates a fresh PostgreSQL database (dropped at the end), `voc migrate`, `voc apikey create`,
   starts `voc serve --workers N` (production mode, public rate limits raised: every request comes
   from one IP) with VOC_REDIS_URL on its own Redis DB number (flushed at the start and the end);
2. creates and publishes an NPS survey, loads `--history` real comments through `voc import`, fits
   a topic model (`voc topics fit`), so every new comment is assigned a topic, then starts M
   `voc worker` processes (with --worker-nice, below the API in the CPU's queue) and lets them
   drain the history;
3. for `--duration` s sends `--rate` respondents/s: recordDisplay, and submitResponse with a unique
   idempotency key, an NPS score and a real short comment from ../shared/data/waimai_10k.csv. By
   default from wrk (`apt-get install wrk`; widget.lua, wrk_load.py), which costs a few per
   cent of a core where locust (locustfile.py, --generator locust) costs half of one; beside them
   locust sends `--pm-rate` queries/s of metrics / topics / responses;
4. waits until every stored answer is analysed (the queue lag) or `--drain-timeout` passes;
5. reconciles: acknowledged (a response id came back) = stored = analysed, no refused answer stored,
   no row nobody sent; prints throughput, latency percentiles, error and 429 rates, queue lag and
   backlog, peak RSS of the serve and worker process trees, the CPU of each part (serve, workers,
   load generators, the rest: PostgreSQL and Redis) and a JSON line.

Exit status 1 when an answer was lost (acknowledged but not stored, or stored under another id),
doubled, or wrongly stored (refused, or never sent); 2 when the run itself failed; 3 when nothing was
lost but some stored answers were not analysed within --drain-timeout (still queued).
"""

from __future__ import annotations

import os
import sys

# Run as a script, benchmarks/load is sys.path[0]: the repository root goes there instead (the
# project's packages import from this checkout), benchmarks/ and benchmarks/load/ after it.
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT_DIR = os.path.dirname(os.path.dirname(HERE))
sys.path[0:1] = [ROOT_DIR, os.path.dirname(HERE), HERE]

import argparse
import glob
import json
import math
import random
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

import wrk_load
from ingest import VENV_BIN, fmt, sql, stop
from load_stack import (
    ANALYSED_SQL,
    LOAD_ANALYSED_SQL,
    LOAD_STORED_SQL,
    PENDING_SQL,
    STORED_SQL,
    WAIMAI_CSV,
    Monitor,
    Stack,
    cpu_seconds,
    group_pids,
    pct,
    read_comments,
    reconcile_problems,
)

LOCUSTFILE = Path(__file__).resolve().parent / "locustfile.py"
WARM_SUBMIT = "mutation($i:SubmitResponseInput!){submitResponse(input:$i){response{id} errors{code}}}"


def run_load(stack: Stack, args: argparse.Namespace, out_dir: str, survey: tuple[str, str, int],
             comments_path: str) -> tuple[dict[str, Any], float, float, dict[str, float]]:
    """Widget traffic (wrk or locust) and product-manager queries (locust) at once, for --duration s.
    Returns (merged results, start, end, CPU seconds of each load generator)."""
    procs: list[tuple[str, subprocess.Popen[bytes], str]] = []
    if args.generator == "wrk":
        run_id = f"wrk{os.getpid()}x{int(time.time())}"
        connections = max(1, math.ceil(args.rate / args.per_user_rate))
        for mode in ("display", "submit"):
            procs.append((f"wrk {mode}", *wrk_load.start(
                mode=mode, port=stack.port, rate=args.rate, connections=connections, threads=args.wrk_threads,
                duration=args.duration, timeout=args.timeout, out_dir=out_dir, comments_path=comments_path,
                token=survey[1], run_id=run_id)))
        print(f"wrk: {args.rate:g} displays/s and {args.rate:g} answers/s, each from {args.wrk_threads} threads "
              f"with {connections} connections, {args.duration:g}s", flush=True)
    classes = (["Respondent"] if args.generator == "locust" else []) + (["ProductManager"] if args.pm_rate > 0 else [])
    if classes:
        procs.append(("locust", *start_locust(stack, args, out_dir, survey, comments_path, classes)))
    started = time.time()
    generator_cpu: dict[str, float] = {}
    while len(generator_cpu) < len(procs):
        for name, proc, _ in procs:
            if name not in generator_cpu and (cpu := _reap(proc)) is not None:
                generator_cpu[name] = cpu
        stack.check_alive()
        time.sleep(1)
    ended = time.time()
    merged: dict[str, Any] = {"latency_ms": {}, "outcomes": {}, "acked": [], "refused": [], "unknown": [],
                              "first_submit": None, "last_submit": None}
    for name, proc, log_path in procs:
        if proc.returncode != 0 and not (name == "locust" and proc.returncode == 1):
            raise RuntimeError(f"{name} failed ({proc.returncode}):\n{_tail(log_path)}")
    if args.generator == "wrk":
        wrk = wrk_load.read(out_dir)
        merged.update(sent_keys=wrk["sent_keys"], acked_ids=wrk["acked_ids"], latency_summary=wrk["latency_summary"])
        merge_result(merged, {"latency_ms": {}, "outcomes": wrk["outcomes"], "acked": [], "refused": [],
                              "unknown": [], "window": {}})
    files = glob.glob(os.path.join(out_dir, "result-*.json"))
    if classes and not files:
        raise RuntimeError(f"locust wrote no results:\n{_tail(os.path.join(out_dir, 'locust.log'))}")
    for path in files:
        with open(path, encoding="utf-8") as handle:
            merge_result(merged, json.load(handle))
    return merged, started, ended, generator_cpu


def _reap(proc: subprocess.Popen[bytes]) -> float | None:
    """None while `proc` runs; once it has exited, the CPU seconds it and its children used (from
    wait4: exact, and nothing to sample while the load runs)."""
    pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
    if pid == 0:
        return None
    proc.returncode = os.waitstatus_to_exitcode(status)
    return float(usage.ru_utime + usage.ru_stime)


def _tail(path: str) -> str:
    return Path(path).read_text(errors="replace")[-3000:]


def start_locust(stack: Stack, args: argparse.Namespace, out_dir: str, survey: tuple[str, str, int],
                 comments_path: str, classes: list[str]) -> tuple[subprocess.Popen[bytes], str]:
    per_user = min(args.per_user_rate, args.rate)
    submit_users = max(1, math.ceil(args.rate / per_user)) if "Respondent" in classes else 0
    pm_users = max(1, math.ceil(args.pm_rate / 0.5)) if "ProductManager" in classes else 0
    env = {**os.environ, "VOC_LOAD_TOKEN": survey[1], "VOC_LOAD_API_KEY": stack.key, "VOC_LOAD_SURVEY_ID": survey[0],
           "VOC_LOAD_COMMENTS": comments_path, "VOC_LOAD_OUT": out_dir,
           "VOC_LOAD_SUBMIT_USERS": str(submit_users),
           "VOC_LOAD_SUBMIT_PER_USER": repr(args.rate / submit_users if submit_users else 1.0),
           "VOC_LOAD_PM_USERS": str(pm_users),
           "VOC_LOAD_PM_PER_USER": repr(args.pm_rate / pm_users if pm_users else 0.5),
           "VOC_LOAD_TIMEOUT": repr(args.timeout)}
    users = submit_users + pm_users
    cmd = [str(VENV_BIN / "locust"), "-f", str(LOCUSTFILE), "--headless", "--host", f"http://127.0.0.1:{stack.port}",
           "-u", str(users), "-r", str(max(1, users // 2)), "-t", f"{int(args.duration)}s", "--stop-timeout",
           str(int(args.timeout) + 2), "--only-summary", "--csv", os.path.join(out_dir, "locust"),
           "--exit-code-on-error", "0", "--loglevel", "WARNING"]
    if args.locust_processes > 1:
        cmd += ["--processes", str(args.locust_processes)]
    cmd += classes
    print(f"locust: {submit_users} respondents x {args.rate / max(1, submit_users):.3g}/s, {pm_users} product "
          f"managers x {(args.pm_rate / pm_users) if pm_users else 0:.3g}/s, {args.duration:g}s", flush=True)
    log_path = os.path.join(out_dir, "locust.log")
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(cmd, env=env, cwd=ROOT_DIR, stdout=log, stderr=subprocess.STDOUT,
                                start_new_session=True)
    return proc, log_path


def merge_result(merged: dict[str, Any], part: dict[str, Any]) -> None:
    for name, values in part["latency_ms"].items():
        merged["latency_ms"].setdefault(name, []).extend(values)
    for name, counts in part["outcomes"].items():
        into = merged["outcomes"].setdefault(name, {})
        for label, n in counts.items():
            into[label] = into.get(label, 0) + n
    for k in ("acked", "refused", "unknown"):
        merged[k].extend(part[k])
    window = part["window"]
    if "first_submit" in window:
        merged["first_submit"] = min(filter(None, (merged["first_submit"], window["first_submit"])))
        merged["last_submit"] = max(filter(None, (merged["last_submit"], window["last_submit"])))


def machine_cpu() -> tuple[float, float]:
    """(busy, total) CPU seconds of the whole machine so far, from /proc/stat."""
    with open("/proc/stat") as handle:
        ticks = [int(v) for v in handle.readline().split()[1:]]
    idle = ticks[3] + ticks[4]  # idle + iowait
    total = sum(ticks[:8])  # guest time is already in user
    hz = os.sysconf("SC_CLK_TCK")
    return (total - idle) / hz, total / hz


def drain(stack: Stack, survey_pk: int, timeout: float, channel: str = "widget", after_id: int | None = None,
          every: float = 0.5) -> dict[str, Any]:
    """Wait until every stored answer of the run is analysed, then until the outbox and stream are empty.
    With `after_id`: the load's answers, those above that response id (cheap counts, LOAD_*_SQL)."""
    def counts() -> tuple[int, int]:
        if after_id is not None:
            return stack.fetchval(LOAD_STORED_SQL, after_id), stack.fetchval(LOAD_ANALYSED_SQL, after_id)
        return stack.fetchval(STORED_SQL, survey_pk, channel), stack.fetchval(ANALYSED_SQL, survey_pk, channel)

    t0 = time.monotonic()
    stored, analysed = counts()
    at_end = {"outbox_pending": stack.fetchval(PENDING_SQL), "stream_length": stack.stream_length(),
              "stored": stored, "analysed": analysed}
    analysed_after = quiet_after = None
    while time.monotonic() - t0 < timeout:
        stack.check_alive()
        stored, analysed = counts()
        if analysed_after is None and analysed >= stored:
            analysed_after = time.monotonic() - t0
        if analysed_after is not None and stack.fetchval(PENDING_SQL) == 0 and stack.stream_length() == 0:
            quiet_after = time.monotonic() - t0
            break
        time.sleep(every)
    return {"at_end_of_load": at_end, "analysed_lag_s": analysed_after, "quiet_lag_s": quiet_after,
            "timed_out": quiet_after is None}


def warm_up(stack: Stack, token: str, survey_pk: int, comments: list[str], count: int, timeout: float) -> float:
    """Answers through the API channel (not counted in the reconciliation), analysed before the load: each
    worker process loads the tokenizer, sentiment and topic models on its first comment, which would
    otherwise show up as queue lag of the first seconds. In waves, so every worker gets some."""
    import httpx

    t0 = time.perf_counter()
    url = f"http://127.0.0.1:{stack.port}/graphql"
    with httpx.Client(timeout=30) as client:
        for i in range(count):
            answer = client.post(url, json={"query": WARM_SUBMIT, "variables": {"i": {
                "token": token, "idempotencyKey": f"warm-{i}", "score": i % 11, "comment": comments[i % len(comments)],
                "completed": True, "channel": "API"}}})
            answer.raise_for_status()
            if i % 10 == 9:
                time.sleep(0.3)
    if drain(stack, survey_pk, timeout, channel="api")["timed_out"]:
        raise RuntimeError("the warm-up answers were not analysed in time")
    return time.perf_counter() - t0


def reconcile(stack: Stack, survey_pk: int, result: dict[str, Any]) -> dict[str, Any]:
    if "sent_keys" in result:  # wrk: keys sent and ids acknowledged, not paired (wrk_load.py)
        return sql(stack.db, lambda c: wrk_load.reconcile(c, survey_pk, result, _decode))  # type: ignore[no-any-return]
    acked_keys = [k for k, _ in result["acked"]]
    # One row per key sent (a key acknowledged twice is counted below, then kept once), copied into a
    # temporary table and joined: `= ANY(array)` over hundreds of thousands of keys per row is quadratic.
    records: dict[str, tuple[str, str, int | None]] = {}
    for key, global_id in result["acked"]:
        records.setdefault(key, (key, "acked", _decode(global_id)))
    for kind in ("refused", "unknown"):
        for key in result[kind]:
            records.setdefault(key, (key, kind, None))

    async def check(c: Any) -> dict[str, Any]:
        await c.execute("CREATE TEMP TABLE sent (key text PRIMARY KEY, kind text NOT NULL, id bigint)")
        await c.copy_records_to_table("sent", records=list(records.values()), columns=["key", "kind", "id"])
        await c.execute("ANALYZE sent")
        row = await c.fetchrow(
            "SELECT count(*) AS rows, count(DISTINCT r.idempotency_key) AS keys, "
            "count(*) FILTER (WHERE s.kind = 'acked') AS acked, "
            "count(*) FILTER (WHERE s.kind = 'acked' AND s.id = r.id) AS ids_match, "
            "count(*) FILTER (WHERE s.kind = 'refused') AS refused, "
            "count(*) FILTER (WHERE s.kind = 'unknown') AS unknown, "
            "count(*) FILTER (WHERE s.kind IS NULL) AS stray, "
            "count(a.id) AS analysed, count(a.topic_id) AS with_topic "
            "FROM responses r LEFT JOIN sent s ON s.key = r.idempotency_key "
            "LEFT JOIN comment_analyses a ON a.response_id = r.id "
            "WHERE r.survey_id = $1 AND r.channel = 'widget'", survey_pk)
        return dict(row)

    counts: dict[str, Any] = sql(stack.db, check)
    counts["acknowledged"] = len(acked_keys)
    counts["acknowledged_distinct"] = len(set(acked_keys))
    counts["refused_sent"] = len(result["refused"])
    counts["unknown_sent"] = len(result["unknown"])
    counts["problems"] = reconcile_problems(counts)
    # Not analysed (yet) is not lost: the events are still in the outbox or the stream. Reported apart.
    counts["unanalysed"] = counts["rows"] - counts["analysed"]
    return counts


def _decode(global_id: str) -> int:
    from api.ids import decode_id

    return decode_id(global_id, "Response", field="id")


def summarise_latency(values: list[float]) -> dict[str, float | None]:
    return {"p50_ms": pct(values, 50), "p95_ms": pct(values, 95), "p99_ms": pct(values, 99),
            "max_ms": max(values) if values else None}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rate", type=float, default=200, help="respondents per second (one display + one answer each)")
    ap.add_argument("--duration", type=float, default=120, help="seconds of load")
    ap.add_argument("--workers", type=int, default=2, help="`voc serve --workers`")
    ap.add_argument("--analysis-workers", type=int, default=2, help="`voc worker` processes")
    ap.add_argument("--worker-nice", type=int, default=0,
                    help="run `voc worker` under `nice -n N`: answers are taken first and analysed with the CPU "
                         "left over (the backlog is the queue lag), as on a machine shared by API and workers")
    ap.add_argument("--worker-concurrency", type=int, default=8, help="`voc worker --concurrency` (messages at once)")
    ap.add_argument("--pm-rate", type=float, default=2, help="product-manager queries per second (0: none)")
    ap.add_argument("--generator", choices=("wrk", "locust"), default="wrk",
                    help="widget traffic from wrk (C, a few per cent of a core at 1,000 requests/s) or locust "
                         "(Python, about half a core there); product-manager queries always come from locust")
    ap.add_argument("--per-user-rate", type=float, default=None,
                    help="respondents per second per locust user (default 0.25) or wrk connection (default 1): "
                         "users or connections = rate / this, so answers slower than 1 / this seconds start to "
                         "lower the offered rate")
    ap.add_argument("--wrk-threads", type=int, default=2, help="threads of each wrk process")
    ap.add_argument("--history", type=int, default=300, help="historical comments imported before the load")
    ap.add_argument("--fit", action=argparse.BooleanOptionalAction, default=True,
                    help="fit a topic model on the history (each new comment is then assigned a topic)")
    ap.add_argument("--warm-up", type=int, default=60,
                    help="answers (API channel, not counted) analysed before the load, so that workers start warm")
    ap.add_argument("--timeout", type=float, default=10, help="client timeout per request, seconds")
    ap.add_argument("--drain-timeout", type=float, default=600, help="longest wait for the queue to drain")
    ap.add_argument("--locust-processes", type=int, default=1, help="locust --processes (load generator cores)")
    ap.add_argument("--redis-db", type=int, default=7, help="Redis DB number used (and flushed) by this run only")
    ap.add_argument("--comments-csv", type=Path, default=WAIMAI_CSV)
    ap.add_argument("--keep-db", action="store_true", help="keep the database and data directory")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    if args.per_user_rate is None:
        args.per_user_rate = 1.0 if args.generator == "wrk" else 0.25

    comments = read_comments(args.comments_csv)
    random.Random(args.seed).shuffle(comments)
    history, live = comments[:args.history], comments[args.history:] or comments
    stack = Stack(name="load", redis_db=args.redis_db, serve_workers=args.workers,
                  worker_concurrency=args.worker_concurrency, worker_nice=args.worker_nice)
    out_dir = tempfile.mkdtemp(prefix="voc-load-out-")
    load_avg = os.getloadavg()
    report: dict[str, Any] = {}
    try:
        t0 = time.perf_counter()
        stack.create()
        stack.start_server()
        survey = stack.create_survey()
        fit = ""
        if args.history:
            stack.import_history(survey[2], history)
        if args.fit and args.history:
            t_fit = time.perf_counter()
            fit = stack.fit_topics(survey[2])
            fit += f" ({time.perf_counter() - t_fit:.0f}s)"
        stack.start_workers(args.analysis_workers)
        stack.wait_workers_ready()
        warm_s = warm_up(stack, survey[1], survey[2], live, args.warm_up, args.drain_timeout) if args.warm_up else 0.0
        # The history's and the warm-up's events too: the load starts with an empty queue.
        if drain(stack, survey[2], args.drain_timeout)["timed_out"]:
            raise RuntimeError("the outbox did not drain before the load")
        print(f"setup {time.perf_counter() - t0:.0f}s  db={stack.db}  redis db {args.redis_db}  serve workers "
              f"{args.workers}  analysis workers {args.analysis_workers}  history {args.history}  {fit or 'no fit'}"
              f"  warm-up {args.warm_up} answers {warm_s:.0f}s  load average {load_avg[0]:.2f}/{load_avg[1]:.2f}",
              flush=True)

        comments_path = os.path.join(out_dir, "comments.json")
        with open(comments_path, "w", encoding="utf-8") as handle:
            json.dump(live, handle, ensure_ascii=False)
        serve_pids = group_pids(lambda: [stack.server])
        worker_pids = group_pids(lambda: list(stack.workers))
        cpu0 = {"serve": cpu_seconds(serve_pids()), "workers": cpu_seconds(worker_pids())}
        machine0 = machine_cpu()
        after_id = int(stack.fetchval("SELECT coalesce(max(id), 0) FROM responses"))
        with Monitor(stack, {"serve": serve_pids, "workers": worker_pids}, survey_pk=survey[2],
                     after_id=after_id) as monitor:
            result, started, ended, generator_cpu = run_load(stack, args, out_dir, survey, comments_path)
            cpu_load = {"serve": cpu_seconds(serve_pids()) - cpu0["serve"],
                        "workers": cpu_seconds(worker_pids()) - cpu0["workers"], **generator_cpu}
            busy, elapsed = (b - a for a, b in zip(machine0, machine_cpu(), strict=True))
            # What no process above used: PostgreSQL and Redis, mostly (and anything else running).
            cpu_load["other"] = max(0.0, busy - sum(cpu_load.values()))
            cpu_load["machine_busy_share"] = busy / max(1e-9, elapsed)
            lag = drain(stack, survey[2], args.drain_timeout, after_id=after_id, every=2)
        report = {"result": result, "started": started, "ended": ended, "lag": lag, "cpu": cpu_load,
                  "peak_rss": monitor.peak_rss, "max_outbox_pending": monitor.max_outbox_pending,
                  "max_stream_length": monitor.max_stream_length, "max_unanalysed": monitor.max_unanalysed,
                  "reconcile": reconcile(stack, survey[2], result), "fit": fit}
    except Exception as exc:
        print(f"run failed: {type(exc).__name__}: {exc}", file=sys.stderr)
    finally:
        if args.keep_db:
            print(f"kept database {stack.db} and data directory {stack.data_dir}; results in {out_dir}")
            stack.stop_workers()
            stop(stack.server)
        else:
            stack.destroy()
    if not report:
        sys.exit(2)
    print_report(args, report, load_avg, out_dir)


def print_report(args: argparse.Namespace, report: dict[str, Any], load_avg: tuple[float, float, float],
                 out_dir: str) -> None:
    result, lag, rec = report["result"], report["lag"], report["reconcile"]
    outcomes = result["outcomes"]
    submit = outcomes.get("submitResponse", {})
    sent = sum(submit.values())
    window = (result["last_submit"] - result["first_submit"]) if result["first_submit"] else args.duration
    window = max(window, 1e-9)
    rate_429 = sum(n for k, n in submit.items() if "429" in k or "RATE_LIMITED" in k)
    errors = sent - submit.get("ok", 0)
    # wrk waits for every answer; one later than --timeout counts as an error here (the widget would
    # have given up and retried with the same key), though its outcome is known and reconciled.
    # (Socket errors with a submission in flight are already there, as transport:NoAnswer.)
    wrk_submit = result.get("latency_summary", {}).get("submitResponse", {})
    errors += wrk_submit.get("socket_errors", {}).get("timeout", 0)
    pm_names = [n for n in result["latency_ms"] if n.startswith("pm:")]
    pm_lat = [v for n in pm_names for v in result["latency_ms"][n]]
    pm_sent = sum(sum(outcomes.get(n, {}).values()) for n in pm_names)
    pm_errors = pm_sent - sum(outcomes.get(n, {}).get("ok", 0) for n in pm_names)
    lat = {name: summarise_latency(values) for name, values in result["latency_ms"].items()}
    lat.update(result.get("latency_summary", {}))  # wrk's own percentiles
    lat["pm:all"] = summarise_latency(pm_lat)

    print()
    print(f"{'request':<16} {'count':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'max ms':>8}  outcomes")
    for name in ("recordDisplay", "submitResponse", *sorted(pm_names), "pm:all"):
        if name not in lat:
            continue
        n = (sum(outcomes.get(name, {}).values()) if name in result.get("latency_summary", {})
             else len(result["latency_ms"].get(name, pm_lat if name == "pm:all" else [])))
        s = lat[name]
        print(f"{name:<16} {n:>8} {fmt(s['p50_ms']):>8} {fmt(s['p95_ms']):>8} {fmt(s['p99_ms']):>8} "
              f"{fmt(s['max_ms']):>8}  {outcomes.get(name, '')}")
    acked_per_s = rec["acknowledged"] / window
    mb = 1024 * 1024
    print(f"\noffered {args.rate:g}/s for {args.duration:g}s: {sent} answers sent ({sent / window:.1f}/s: lower than "
          f"offered when answers took longer than users / rate), {rec['acknowledged']} acknowledged "
          f"= {acked_per_s:.1f}/s over the {window:.1f}s submit window; errors {errors} ({errors / max(1, sent):.2%}), "
          f"429 {rate_429} ({rate_429 / max(1, sent):.2%}); PM queries {pm_sent}, errors {pm_errors}")
    for name, figures in result.get("latency_summary", {}).items():
        # Read errors as wrk stops are the server closing keep-alive connections left idle after the
        # load; a submission that was in flight on a failed connection is counted above (NoAnswer).
        print(f"wrk {name}: {int(figures['requests'])} requests, socket errors {figures.get('socket_errors')}")
    at_end = lag["at_end_of_load"]
    print(f"queue: at end of load {at_end['stored'] - at_end['analysed']} stored answers not yet analysed, outbox "
          f"pending {at_end['outbox_pending']}, stream {at_end['stream_length']}; max during load outbox "
          f"{report['max_outbox_pending']}, stream {report['max_stream_length']}, unanalysed answers "
          f"{report['max_unanalysed']}; lag until all analysed "
          f"{fmt(lag['analysed_lag_s'])}s, until outbox and stream empty {fmt(lag['quiet_lag_s'])}s")
    generators = ", ".join(f"{k} {v:.0f}s" for k, v in report["cpu"].items() if k.startswith(("wrk", "locust")))
    print(f"peak RSS: serve tree {report['peak_rss']['serve'] / mb:.0f} MB, worker trees "
          f"{report['peak_rss']['workers'] / mb:.0f} MB; CPU during load: serve {report['cpu']['serve']:.0f}s, "
          f"workers {report['cpu']['workers']:.0f}s, load generators {generators}, other "
          f"(PostgreSQL, Redis) {report['cpu']['other']:.0f}s, machine busy {report['cpu']['machine_busy_share']:.0%} "
          f"({report['cpu']['serve'] * 1000 / max(1, sent):.2f} ms serve CPU per respondent); load average before "
          f"{load_avg[0]:.2f}")
    verdict = "LOST: " + "; ".join(rec["problems"]) if rec["problems"] else (
        f"nothing lost, but {rec['unanalysed']} not analysed within the drain timeout" if rec["unanalysed"] else "OK")
    print(f"reconcile: acknowledged {rec['acknowledged']}, stored {rec['rows']} ({rec['keys']} distinct keys; "
          f"{rec['acked']} acknowledged, {rec['unknown']} of {rec['unknown_sent']} unknown-outcome, "
          f"{rec['refused']} of {rec['refused_sent']} refused), ids matching {rec['ids_match']}, analysed "
          f"{rec['analysed']} ({rec['with_topic']} with a topic) -> {verdict}")
    print(f"locust CSV and logs: {out_dir}")

    def r(v: Any) -> Any:
        return round(v, 2) if isinstance(v, float) else v

    summary = {
        "rate": args.rate, "duration_s": args.duration, "serve_workers": args.workers,
        "analysis_workers": args.analysis_workers, "pm_rate": args.pm_rate, "history": args.history,
        "sent": sent, "sent_per_s": r(sent / window), "acknowledged": rec["acknowledged"],
        "acknowledged_per_s": r(acked_per_s),
        "stored": rec["rows"], "analysed": rec["analysed"], "with_topic": rec["with_topic"],
        "submit": {k: r(v) for k, v in lat.get("submitResponse", {}).items()},
        "display": {k: r(v) for k, v in lat.get("recordDisplay", {}).items()},
        "pm": {k: r(v) for k, v in lat["pm:all"].items()},
        "error_rate": round(errors / max(1, sent), 5), "rate_429": round(rate_429 / max(1, sent), 5),
        "pm_queries": pm_sent, "pm_errors": pm_errors,
        "queue_lag_s": r(lag["analysed_lag_s"]), "quiet_lag_s": r(lag["quiet_lag_s"]),
        "backlog_at_end": {"unanalysed": at_end["stored"] - at_end["analysed"], "outbox": at_end["outbox_pending"],
                           "stream": at_end["stream_length"]},
        "max_outbox_pending": report["max_outbox_pending"], "max_stream_length": report["max_stream_length"],
        "max_unanalysed": report["max_unanalysed"],
        "peak_rss_mb": {k: round(v / mb) for k, v in report["peak_rss"].items()},
        "cpu_s": {k: round(v, 3 if k == "machine_busy_share" else 1) for k, v in report["cpu"].items()},
        "load_average_before": round(load_avg[0], 2),
        "outcomes": outcomes, "lost": bool(rec["problems"]), "problems": rec["problems"],
        "unanalysed_after_drain": rec["unanalysed"],
    }
    print(json.dumps(summary, ensure_ascii=False))
    if rec["problems"]:
        sys.exit(1)
    if rec["unanalysed"]:
        print(f"{rec['unanalysed']} stored answers not analysed within --drain-timeout {args.drain_timeout:g}s",
              file=sys.stderr)
        sys.exit(3)


if __name__ == "__main__":
    main()
