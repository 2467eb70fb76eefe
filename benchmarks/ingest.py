#!/usr/bin/env python3
"""Ingest throughput: ``submitResponse`` on a live ``voc serve`` (PostgreSQL) against a bare endpoint.

Usage: python benchmarks/ingest.py [--workers 2] [--concurrency 64] [--duration 8] [--rounds 3] [--rate 500]
                                   [--redis | --no-redis] [--loop | --no-loop] [--keep-db] [--attributes]

One run does everything itself:

1. creates a fresh PostgreSQL database, ``voc migrate``, ``voc apikey create``, starts ``voc serve``
   (production mode, rate limits raised) on a free port, creates and publishes an NPS survey;
2. drives ``submitResponse`` from a separate load-generator process (aiohttp, HTTP/1.1 keep-alive):
   a short warm-up, a closed loop (``--concurrency`` clients back to back for ``--duration`` s:
   the maximum throughput and its latencies) and an open loop at a fixed ``--rate`` (requests are
   sent on a fixed schedule and latency is counted from the scheduled time, so a stalled server
   cannot hide its queue: no coordinated omission);
3. stops it, starts the bare endpoint (benchmarks/bare_endpoint.py: Starlette + asyncpg under the
   same Uvicorn with the same worker count, same body, the same INSERT of the same columns with
   the same unique constraint and indexes) and drives it with the same generator and phases;
4. checks that the rows stored equal the responses accepted (none lost, none doubled) and that
   each stored response has its outbox event, prints a table and the ratio, and drops the database.

The machine has 2 cores shared by Postgres, the server workers and the generator, so the CPU
time of the server processes per accepted request is printed as well (less noisy than req/s).
Goals (issue): >= 1,000 accepted/s, p99 < 50 ms at 500/s, >= 0.5x the bare endpoint.
The last line of output is one JSON object for machines.
"""

from __future__ import annotations

import os
import sys

# Run as a script, benchmarks/ is sys.path[0]: put the repository root there instead, so the
# project's packages import from this checkout.
ROOT_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path[0] = ROOT_DIR

import argparse
import asyncio
import json
import math
import random
import signal
import socket
import statistics
import subprocess
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
PG_ADMIN_DSN = os.environ.get("BENCH_PG_ADMIN_DSN", "postgres://postgres@127.0.0.1:5432/test")
PG_BASE = PG_ADMIN_DSN.rsplit("/", 1)[0]
BARE_TABLE = "bench_bare_responses"

COMMENTS = [
    "客服响应很快，问题当天就解决了", "物流太慢了，等了一个星期", "价格实惠，质量也不错",
    "界面有点复杂，找不到退款入口",
    "整体满意，会推荐给朋友", "包装破损，希望改进", "售后态度很好", "APP经常闪退，体验很差", "发货及时，好评",
    "说明书看不懂，希望有中文视频教程", "性价比高", "等待时间太长了",
]

PLANS = ["free", "pro", "team", "enterprise"]
CITIES = ["上海", "北京", "深圳", "杭州", "成都", "广州", "武汉", "南京"]

SUBMIT = ("mutation($input: SubmitResponseInput!){ submitResponse(input:$input){ response{ id } "
          "errors{ code message } } }")


# --------------------------------------------------------------------------- load generator (child)

def _pct(values: list[float], q: float) -> float | None:
    if not values:
        return None
    values = sorted(values)
    k = min(len(values) - 1, max(0, math.ceil(q / 100 * len(values)) - 1))  # nearest rank
    return values[k]


async def _loadgen(cfg: dict[str, Any]) -> dict[str, Any]:
    import aiohttp

    token = cfg["token"]
    headers = {"content-type": "application/json"}

    # Per target. Unknown: refused, timed out or failed: must not be stored, except a timed-out one.
    accepted_keys: dict[str, list[str]] = {name: [] for name in cfg["targets"]}
    unknown_keys: dict[str, list[str]] = {name: [] for name in cfg["targets"]}

    def body(key: str) -> bytes:
        answer: dict[str, Any] = {"token": token, "idempotencyKey": key, "score": random.randint(0, 10),
                                  "comment": random.choice(COMMENTS), "completed": True}
        if cfg["attributes"]:  # a known respondent with segment attributes (respondent upsert, segment counts)
            answer["respondent"] = {"externalId": f"u{random.randrange(100_000)}", "attributes": {
                "plan": random.choice(PLANS), "city": random.choice(CITIES), "seats": random.randint(1, 500)}}
        return json.dumps({"query": SUBMIT, "variables": {"input": answer}}, ensure_ascii=False).encode()

    async def one(name: str, stats: dict[str, Any], t_start: float) -> None:
        key = str(uuid.uuid4())
        try:
            async with sessions[name].post(cfg["targets"][name]["url"], data=body(key), headers=headers) as resp:
                raw = await resp.read()
                status = resp.status
        except Exception as exc:  # timeout / reset: the outcome is unknown (the row may exist)
            stats["errors"][type(exc).__name__] = stats["errors"].get(type(exc).__name__, 0) + 1
            stats["failed_lat"].append((time.perf_counter() - t_start) * 1000)
            unknown_keys[name].append(key)
            return
        latency = (time.perf_counter() - t_start) * 1000
        ok = False
        if status == 200:
            try:
                payload = json.loads(raw)["data"]["submitResponse"]
                ok = payload["errors"] == [] and bool((payload.get("response") or {}).get("id"))
                if not ok:
                    code = ",".join(e["code"] for e in payload["errors"]) or "NO_ID"
                    stats["errors"][code] = stats["errors"].get(code, 0) + 1
            except Exception:
                stats["errors"]["BAD_BODY"] = stats["errors"].get("BAD_BODY", 0) + 1
        else:
            stats["errors"][f"HTTP_{status}"] = stats["errors"].get(f"HTTP_{status}", 0) + 1
        stats["sent"] += 1
        if ok:
            stats["accepted"] += 1
            stats["lat"].append(latency)
            accepted_keys[name].append(key)
        else:
            stats["failed_lat"].append(latency)
            unknown_keys[name].append(key)

    def new_stats() -> dict[str, Any]:
        return {"sent": 0, "accepted": 0, "errors": {}, "lat": [], "failed_lat": []}

    async def closed(name: str, concurrency: int, seconds: float) -> dict[str, Any]:
        stats = new_stats()
        t0 = time.perf_counter()
        deadline = t0 + seconds

        async def client() -> None:
            while time.perf_counter() < deadline:
                await one(name, stats, time.perf_counter())

        await asyncio.gather(*(client() for _ in range(concurrency)))
        stats["elapsed"] = time.perf_counter() - t0
        return stats

    async def open_loop(name: str, rate: float, seconds: float) -> dict[str, Any]:
        stats = new_stats()
        n = int(rate * seconds)
        tasks = []
        t0 = time.perf_counter()
        lag = 0.0
        for i in range(n):
            scheduled = t0 + i / rate
            delay = scheduled - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            else:
                lag = max(lag, -delay)
            # Latency counts from the scheduled send time: generator or server lag is included.
            tasks.append(asyncio.ensure_future(one(name, stats, scheduled)))
        await asyncio.gather(*tasks)
        stats["elapsed"] = time.perf_counter() - t0
        stats["offered_per_s"] = rate
        stats["max_send_lag_ms"] = lag * 1000
        return stats

    def summary(stats: dict[str, Any], accepted_window: float | None = None) -> dict[str, Any]:
        # Percentiles over every request sent: a refused or timed-out one counts with its time to failure
        # (for a timeout, a lower bound), so failures cannot flatter the tail.
        lat = stats.pop("lat") + stats.pop("failed_lat")
        window = accepted_window or stats["elapsed"]
        return {**stats, "accepted_per_s": stats["accepted"] / window, "p50_ms": _pct(lat, 50),
                "p90_ms": _pct(lat, 90), "p99_ms": _pct(lat, 99), "max_ms": max(lat) if lat else None}

    # Both servers are up at once and the phases alternate between them, round by round (voc then
    # bare, then bare then voc, ...): this machine's neighbours come and go, and a ratio of phases
    # minutes apart measured the neighbours as much as the servers.
    results: dict[str, Any] = {name: {"closed": [], "fixed": []} for name in cfg["targets"]}
    timeout = aiohttp.ClientTimeout(total=cfg["timeout"])
    cpu0 = time.process_time()
    sessions = {name: aiohttp.ClientSession(
        connector=aiohttp.TCPConnector(limit=cfg["connections"], force_close=False, keepalive_timeout=60),
        timeout=timeout) for name in cfg["targets"]}

    async def phase(name: str, kind: str) -> None:
        target = cfg["targets"][name]
        mark = _proc_cpu(target["server_pids"])
        gen0 = time.process_time()
        stats = (await closed(name, cfg["concurrency"], cfg["duration"]) if kind == "closed"
                 else await open_loop(name, cfg["rate"], cfg["duration"]))
        result = summary(stats)
        result["server_cpu_s"] = _proc_cpu(target["server_pids"]) - mark
        result["gen_cpu_s"] = time.process_time() - gen0
        results[name][kind].append(result)
        await asyncio.sleep(1)

    try:
        for name in cfg["targets"]:
            summary(await closed(name, cfg["concurrency"], cfg["warmup"]))
        names = list(cfg["targets"])
        for round_no in range(cfg["rounds"]):
            order = names if round_no % 2 == 0 else names[::-1]
            for kind in ("closed", "fixed"):
                for name in order:
                    await phase(name, kind)
    finally:
        for session in sessions.values():
            await session.close()
    results["gen_cpu_total_s"] = time.process_time() - cpu0
    for name in cfg["targets"]:
        results[name]["accepted_keys"] = accepted_keys[name]
        results[name]["unknown_keys"] = unknown_keys[name]
    return results


def _proc_tree(pid: int) -> list[int]:
    out = [pid]
    try:
        for tid in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{tid}/children") as fh:
                for child in fh.read().split():
                    out.extend(_proc_tree(int(child)))
    except OSError:
        pass
    return out


def _proc_cpu(pids: list[int]) -> float:
    """utime + stime (seconds) of the given processes and their children."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0
    for root in pids:
        for pid in _proc_tree(root):
            try:
                with open(f"/proc/{pid}/stat") as fh:
                    fields = fh.read().rsplit(")", 1)[1].split()
                total += int(fields[11]) + int(fields[12])
            except OSError:
                pass
    return total / tick


def loadgen_main() -> None:
    cfg = json.loads(sys.stdin.read())
    try:
        import uvloop
        uvloop.install()
    except ImportError:
        pass
    result = asyncio.run(_loadgen(cfg))
    with open(cfg["out"], "w") as fh:
        json.dump(result, fh)


# --------------------------------------------------------------------------- orchestration (parent)

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_healthy(port: int, proc: subprocess.Popen[bytes], timeout: float = 60) -> None:
    import httpx

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server on port {port} exited with {proc.returncode}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"server on port {port} not healthy after {timeout}s")


def stop(proc: subprocess.Popen[bytes] | None) -> None:
    if proc is None or proc.poll() is not None:
        return
    os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


def run_loadgen(cfg: dict[str, Any]) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "result.json")
        out = subprocess.run([sys.executable, __file__, "--_loadgen"], input=json.dumps({**cfg, "out": path}),
                             capture_output=True, text=True, check=False, cwd=ROOT)
        if out.returncode != 0:
            raise RuntimeError(f"load generator failed:\n{out.stderr[-3000:]}")
        with open(path) as fh:
            result: dict[str, Any] = json.load(fh)
            return result


async def _sql(db: str, fn: Any) -> Any:
    import asyncpg

    conn = await asyncpg.connect(f"{PG_BASE}/{db}")
    try:
        return await fn(conn)
    finally:
        await conn.close()


def sql(db: str, fn: Any) -> Any:
    return asyncio.run(_sql(db, fn))


def gql(port: int, key: str, query: str, variables: dict[str, Any]) -> dict[str, Any]:
    import httpx

    r = httpx.post(f"http://127.0.0.1:{port}/graphql", json={"query": query, "variables": variables},
                   headers={"Authorization": f"Bearer {key}"}, timeout=30)
    r.raise_for_status()
    data = r.json()
    if data.get("errors"):
        raise RuntimeError(data["errors"])
    answer: dict[str, Any] = data["data"]
    return answer


def fmt(v: float | None, nd: int = 1) -> str:
    return "-" if v is None else f"{v:,.{nd}f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--workers", type=int, default=2, help="server worker processes (both targets)")
    ap.add_argument("--concurrency", type=int, default=64, help="closed-loop clients")
    ap.add_argument("--duration", type=float, default=8, help="seconds per measured phase")
    ap.add_argument("--rounds", type=int, default=3,
                    help="rounds of phases, alternating between the targets; figures are medians of the rounds")
    ap.add_argument("--warmup", type=float, default=2, help="closed-loop warm-up seconds (not reported)")
    ap.add_argument("--rate", type=float, default=500, help="open-loop offered rate, requests/s")
    ap.add_argument("--connections", type=int, default=256, help="generator connection pool size")
    ap.add_argument("--timeout", type=float, default=10, help="client timeout per request, seconds")
    ap.add_argument("--redis", action=argparse.BooleanOptionalAction, default=True,
                    help="VOC_REDIS_URL for the rate limiter (shared by workers, as in production)")
    ap.add_argument("--redis-url", default="redis://127.0.0.1:6379/0")
    ap.add_argument("--db-pool", type=int, default=None, help="VOC_DB_POOL_SIZE (and the bare pool); default 10")
    ap.add_argument("--skip-bare", action="store_true")
    ap.add_argument("--asgi-factory", default=None, metavar="MODULE:CALLABLE",
                    help="experiments: serve this ASGI app factory under Uvicorn (same options as `voc serve`) "
                         "instead of `voc serve`, e.g. a patched copy of api.asgi:create; PYTHONPATH is honoured")
    ap.add_argument("--limit-concurrency", type=int, default=None, metavar="N",
                    help="pass --limit-concurrency N to `voc serve` (overload answered with fast 503s)")
    ap.add_argument("--keep-db", action="store_true", help="do not drop the database at the end")
    ap.add_argument("--attributes", action="store_true",
                    help="answers carry a respondent (one of 100k) with three segment attributes")
    ap.add_argument("--loop", action=argparse.BooleanOptionalAction, default=True,
                    help="case rules on (default: detractor answers open cases) or off (rule disabled)")
    args = ap.parse_args()

    db = f"voc_bench_{os.getpid()}_{int(time.time())}"
    env = {**os.environ, "VOC_DATABASE_URL": f"{PG_BASE}/{db}", "VOC_ENV": "production", "VOC_SECRET_KEY": "bench",
           "VOC_RATE_LIMIT_PER_IP": "1000000/minute", "VOC_RATE_LIMIT_PER_SURVEY": "1000000/minute",
           "VOC_RATE_LIMIT_PER_API_KEY": "1000000/minute", "VOC_REDIS_URL": args.redis_url if args.redis else ""}
    if args.db_pool:
        env["VOC_DB_POOL_SIZE"] = str(args.db_pool)
    # The `voc` console script when the package is installed, else the same Typer app from the checkout.
    voc_cmd = [str(VENV_BIN / "voc")] if (VENV_BIN / "voc").exists() else [sys.executable, "-m", "api.cli"]
    server: subprocess.Popen[bytes] | None = None
    bare: subprocess.Popen[bytes] | None = None
    report: dict[str, Any] = {}
    ok = True
    sql("test", lambda c: c.execute(f'CREATE DATABASE "{db}"'))
    try:
        t_setup = time.perf_counter()
        subprocess.run([*voc_cmd, "migrate"], env=env, check=True, cwd=ROOT, capture_output=True)
        out = subprocess.run([*voc_cmd, "apikey", "create", "--org", "Bench", "--role", "admin"], env=env, check=True,
                             cwd=ROOT, capture_output=True, text=True)
        key = out.stdout.strip().splitlines()[-1]
        port = free_port()
        serve_cmd = ([*voc_cmd, "serve", "--host", "127.0.0.1", "--port", str(port), "--workers", str(args.workers),
                      *(["--limit-concurrency", str(args.limit_concurrency)] if args.limit_concurrency else [])]
                     if not args.asgi_factory else
                     [str(VENV_BIN / "uvicorn"), "--factory", args.asgi_factory, "--host", "127.0.0.1", "--port",
                      str(port), "--workers", str(args.workers), "--log-level", "warning", "--no-access-log",
                      "--proxy-headers"])
        server = subprocess.Popen(serve_cmd, env=env, cwd=ROOT, start_new_session=True)
        wait_healthy(port, server)
        created = gql(port, key, "mutation($input: CreateSurveyInput!){ createSurvey(input:$input){ "
                      "survey{ id token } errors{code message} } }", {"input": {"name": "bench", "kind": "NPS"}})
        survey = created["createSurvey"]["survey"]
        published = gql(port, key, "mutation($id: ID!){ publishSurvey(id:$id){ survey{ status } errors{code} } }",
                        {"id": survey["id"]})
        assert not published["publishSurvey"]["errors"], published
        token = survey["token"]
        if not args.loop:
            rule = gql(port, key, "mutation{ setCaseRule(input:{enabled:false}){ errors{code} } }", {})
            assert not rule["setCaseRule"]["errors"], rule
        survey_pk, org_pk = sql(db, lambda c: c.fetchrow("SELECT id, organization_id FROM surveys WHERE token=$1",
                                                          token))
        print(f"setup {time.perf_counter() - t_setup:.1f}s  db={db}  workers={args.workers}  "
              f"redis={'on' if args.redis else 'off'}  concurrency={args.concurrency}  duration={args.duration}s  "
              f"rate={args.rate}/s  loop={'on' if args.loop else 'off'}"
              + (f"  app={args.asgi_factory}" if args.asgi_factory else ""), flush=True)

        targets = {"voc": {"url": f"http://127.0.0.1:{port}/graphql", "server_pids": [server.pid]}}
        if not args.skip_bare:
            sql(db, lambda c: c.execute(f"CREATE TABLE {BARE_TABLE} (LIKE responses INCLUDING ALL)"))
            bport = free_port()
            benv = {**os.environ, "BENCH_BARE_DSN": f"{PG_BASE}/{db}", "BENCH_BARE_TABLE": BARE_TABLE,
                    "BENCH_BARE_TOKEN": token, "BENCH_BARE_SURVEY_ID": str(survey_pk),
                    "BENCH_BARE_ORG_ID": str(org_pk), "BENCH_BARE_POOL": str(args.db_pool or 10),
                    "PYTHONPATH": str(ROOT)}
            bare = subprocess.Popen([str(VENV_BIN / "uvicorn"), "--factory", "benchmarks.bare_endpoint:create",
                                     "--host", "127.0.0.1", "--port", str(bport), "--workers", str(args.workers),
                                     "--log-level", "warning", "--no-access-log"], env=benv, cwd=ROOT,
                                    start_new_session=True)
            wait_healthy(bport, bare)
            targets["bare"] = {"url": f"http://127.0.0.1:{bport}/graphql", "server_pids": [bare.pid]}
        cfg = {"token": token, "attributes": args.attributes, "concurrency": args.concurrency,
               "duration": args.duration, "warmup": args.warmup,
               "rate": args.rate, "connections": max(args.connections, args.concurrency), "timeout": args.timeout,
               "rounds": args.rounds, "targets": targets}
        report.update(run_loadgen(cfg))
        stop(server)
        stop(bare)
        server = bare = None

        # Integrity: every accepted key is stored exactly once; any other stored row is one whose request
        # timed out or failed on the client side (its outcome unknown), never an unrelated row.
        async def check(c: Any, table: str, side: str) -> dict[str, int]:
            accepted = report[side].pop("accepted_keys")
            unknown = report[side].pop("unknown_keys")
            r = await c.fetchrow(f"SELECT count(*) AS n, count(DISTINCT idempotency_key) AS k, "
                                 f"count(*) FILTER (WHERE idempotency_key = ANY($2::text[])) AS acc, "
                                 f"count(*) FILTER (WHERE idempotency_key = ANY($3::text[])) AS unk "
                                 f"FROM {table} WHERE survey_id=$1", survey_pk, accepted, unknown)
            return {"accepted": len(accepted), "rows": r["n"], "distinct_keys": r["k"],
                    "accepted_stored": r["acc"], "unknown": len(unknown), "unknown_stored": r["unk"]}

        async def counts(c: Any) -> dict[str, Any]:
            res: dict[str, Any] = {"voc": await check(c, "responses", "voc")}
            res["voc"]["outbox"] = await c.fetchval(
                "SELECT count(*) FROM outbox_events WHERE topic='response.submitted'")
            if "bare" in report:
                res["bare"] = await check(c, BARE_TABLE, "bare")
            return res

        stored = sql(db, counts)
        report["stored"] = stored
    finally:
        stop(server)
        stop(bare)
        if not args.keep_db:
            try:
                sql("test", lambda c: c.execute(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)'))
            except Exception as exc:
                print(f"warning: could not drop {db}: {exc}", file=sys.stderr)

    # ---- report
    def cpu_ms(ph: dict[str, Any]) -> float | None:
        return ph["server_cpu_s"] * 1000 / ph["accepted"] if ph["accepted"] else None

    sides = [side for side in ("voc", "bare") if side in report]
    print()
    print(f"{'round':<5} {'target':<6} {'phase':<14} {'sent':>7} {'acc':>7} {'acc/s':>8} {'p50 ms':>8} {'p90 ms':>8} "
          f"{'p99 ms':>8} {'max ms':>8} {'srv CPU ms/req':>15} {'errors'}")
    for round_no in range(args.rounds):
        for side in sides:
            for name, kind in ((f"closed c={args.concurrency}", "closed"), (f"fixed {args.rate:g}/s", "fixed")):
                ph = report[side][kind][round_no]
                print(f"{round_no + 1:<5} {side:<6} {name:<14} {ph['sent']:>7} {ph['accepted']:>7} "
                      f"{fmt(ph['accepted_per_s']):>8} {fmt(ph['p50_ms']):>8} {fmt(ph['p90_ms']):>8} "
                      f"{fmt(ph['p99_ms']):>8} {fmt(ph['max_ms']):>8} {fmt(cpu_ms(ph), 2):>15} {ph['errors'] or ''}")

    def median_of(side: str, kind: str, key: str) -> float | None:
        values = [v for v in (ph[key] if key != "cpu" else cpu_ms(ph) for ph in report[side][kind]) if v is not None]
        return statistics.median(values) if values else None

    voc_closed = median_of("voc", "closed", "accepted_per_s") or 0.0
    voc_fixed_p99 = median_of("voc", "fixed", "p99_ms")
    ratios = ([v["accepted_per_s"] / b["accepted_per_s"] for v, b in zip(report["voc"]["closed"],
                                                                         report["bare"]["closed"], strict=True)
               if b["accepted_per_s"]] if "bare" in report else [])
    ratio = statistics.median(ratios) if ratios else None
    bare_per_s = median_of("bare", "closed", "accepted_per_s") if "bare" in report else None
    voc_cpu, bare_cpu = median_of("voc", "closed", "cpu"), median_of("bare", "closed", "cpu") if bare_per_s else None
    print(f"\nmedians of {args.rounds} rounds: voc {fmt(voc_closed)} accepted/s (CPU {fmt(voc_cpu, 2)} ms/req), "
          f"fixed {args.rate:g}/s p99 {fmt(voc_fixed_p99)} ms"
          + (f"; bare {fmt(bare_per_s)}/s (CPU {fmt(bare_cpu, 2)} ms/req)" if bare_per_s else ""))
    print(f"ratio voc / bare (closed-loop accepted/s, same round): {', '.join(fmt(r, 3) for r in ratios) or '-'}"
          f" -> median {fmt(ratio, 3)}")
    print("generator max send lag in fixed phases: " + ", ".join(
        f"{side} {fmt(max(ph['max_send_lag_ms'] for ph in report[side]['fixed']))} ms" for side in sides))

    stored = report["stored"]
    checks = {}
    for side, st in stored.items():
        checks[side] = (st["accepted_stored"] == st["accepted"] and st["rows"] == st["distinct_keys"]
                        and st["rows"] == st["accepted"] + st["unknown_stored"])
        print(f"integrity {side}: accepted {st['accepted']}, rows {st['rows']} ({st['distinct_keys']} distinct keys), "
              f"accepted keys stored {st['accepted_stored']}, unknown-outcome requests {st['unknown']} of which "
              f"stored {st['unknown_stored']}" + (f", outbox events {st['outbox']}" if "outbox" in st else "")
              + f" -> {'OK' if checks[side] else 'MISMATCH'}")
    if "outbox" in stored.get("voc", {}):
        checks["voc_outbox"] = stored["voc"]["outbox"] == stored["voc"]["rows"]
    ok = all(checks.values())
    goals = {"accepted_per_s>=1000": voc_closed >= 1000,
             "fixed_p99<50ms": voc_fixed_p99 is not None and voc_fixed_p99 < 50
             and all(ph["accepted"] == ph["sent"] for ph in report["voc"]["fixed"]),
             "ratio>=0.5": ratio is not None and ratio >= 0.5}
    print("goals: " + "  ".join(f"{k} {'MET' if v else 'NOT MET'}" for k, v in goals.items()))
    summary = {
        "accepted_per_s": round(voc_closed, 1),
        "p50_ms": median_of("voc", "closed", "p50_ms"), "p99_ms": median_of("voc", "closed", "p99_ms"),
        "fixed_rate": args.rate, "fixed_rate_accepted_per_s": median_of("voc", "fixed", "accepted_per_s"),
        "fixed_rate_p50_ms": median_of("voc", "fixed", "p50_ms"), "fixed_rate_p99_ms": voc_fixed_p99,
        "bare_per_s": round(bare_per_s, 1) if bare_per_s else None,
        "bare_p50_ms": median_of("bare", "closed", "p50_ms") if "bare" in report else None,
        "bare_p99_ms": median_of("bare", "closed", "p99_ms") if "bare" in report else None,
        "bare_fixed_rate_p99_ms": median_of("bare", "fixed", "p99_ms") if "bare" in report else None,
        "ratio": round(ratio, 3) if ratio else None, "ratios": [round(r, 3) for r in ratios],
        "voc_server_cpu_ms_per_req": median_of("voc", "closed", "cpu"),
        "bare_server_cpu_ms_per_req": median_of("bare", "closed", "cpu") if "bare" in report else None,
        "errors": {k: v for side in ("closed", "fixed") for ph in report["voc"][side] for k, v in ph["errors"].items()},
        "integrity_ok": ok, "goals": goals, "rounds": args.rounds,
        "workers": args.workers, "concurrency": args.concurrency, "duration_s": args.duration,
        "redis": args.redis, "loop": args.loop, "asgi_factory": args.asgi_factory,
        "limit_concurrency": args.limit_concurrency,
    }
    for k in ("p50_ms", "p99_ms", "fixed_rate_p50_ms", "fixed_rate_p99_ms", "bare_p50_ms", "bare_p99_ms",
              "bare_fixed_rate_p99_ms", "voc_server_cpu_ms_per_req", "bare_server_cpu_ms_per_req",
              "fixed_rate_accepted_per_s"):
        if summary[k] is not None:
            summary[k] = round(summary[k], 2)
    print(json.dumps(summary, ensure_ascii=False))
    if not ok:
        sys.exit(1)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--_loadgen":
        loadgen_main()
    else:
        main()
