"""The load benchmark's widget traffic from wrk (benchmarks/load/widget.lua), and its reconciliation.

Two wrk processes, one for `recordDisplay` and one for `submitResponse`, each with a few threads of
many connections: see widget.lua for why the calls cannot be paired inside one process. What
comes back is aggregate, and enough to reconcile: every key sent, every response id acknowledged,
how many answers were refused and how many never came; and wrk's own latency percentiles per call.
"""

from __future__ import annotations

import glob
import json
import math
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

from load_stack import reconcile_problems

WIDGET_LUA = Path(__file__).resolve().parent / "widget.lua"
MODES = {"display": "recordDisplay", "submit": "submitResponse"}


def start(*, mode: str, port: int, rate: float, connections: int, threads: int, duration: float, timeout: float,
          out_dir: str, comments_path: str, token: str, run_id: str) -> tuple[subprocess.Popen[bytes], str]:
    """One wrk process sending `mode` calls at `rate` per second; (process, its log path)."""
    if shutil.which("wrk") is None:
        raise RuntimeError("wrk is not installed (apt-get install wrk), or run with --generator locust")
    lines_path = os.path.join(out_dir, "comments.lines")
    if not os.path.exists(lines_path):
        with open(comments_path, encoding="utf-8") as src, open(lines_path, "w", encoding="utf-8") as dst:
            dst.writelines(json.dumps(c, ensure_ascii=False) + "\n" for c in json.load(src))
    threads = max(1, min(threads, connections))
    connections = max(threads, connections)
    # -d: the load's duration plus time for the answers in flight (no request starts after --duration).
    cmd = ["wrk", "-t", str(threads), "-c", str(connections), "-d", f"{math.ceil(duration + timeout + 2)}s",
           "--timeout", f"{math.ceil(timeout)}s", "-s", str(WIDGET_LUA), f"http://127.0.0.1:{port}/graphql",
           "--", mode, out_dir, lines_path, token, run_id, repr(rate / threads), repr(duration)]
    log_path = os.path.join(out_dir, f"wrk-{mode}.out")
    env = {**os.environ, "VOC_WRK_SUMMARY": os.path.join(out_dir, f"wrk-{mode}-summary.txt")}
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(cmd, cwd=out_dir, env=env, stdout=log, stderr=subprocess.STDOUT,
                                start_new_session=True)
    return proc, log_path


def read(out_dir: str) -> dict[str, Any]:
    """The two processes' logs: outcomes per call, keys sent, ids acknowledged, wrk's latencies."""
    outcomes: dict[str, dict[str, int]] = {name: {} for name in MODES.values()}
    sent: list[str] = []
    acked_ids: list[str] = []
    for path in glob.glob(os.path.join(out_dir, "wrk-*-*.log")):
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                kind, _, value = line.rstrip("\n").partition(" ")
                if kind == "Q":
                    sent.append(value)
                elif kind == "A":
                    acked_ids.append(value)
                    _count(outcomes["submitResponse"], "ok")
                elif kind == "R":
                    _count(outcomes["submitResponse"], value)
                elif kind == "D":
                    _count(outcomes["recordDisplay"], value)
    answered = sum(outcomes["submitResponse"].values())
    if len(sent) > answered:  # no answer: a socket error while in flight, or still in flight at the end
        _count(outcomes["submitResponse"], "transport:NoAnswer")
        outcomes["submitResponse"]["transport:NoAnswer"] = len(sent) - answered
    latency = {MODES[mode]: _summary(os.path.join(out_dir, f"wrk-{mode}-summary.txt")) for mode in MODES}
    return {"outcomes": outcomes, "sent_keys": sent, "acked_ids": acked_ids, "latency_summary": latency}


def _count(into: dict[str, int], label: str) -> None:
    into[label] = into.get(label, 0) + 1


def _summary(path: str) -> dict[str, Any]:
    figures: dict[str, Any] = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            name, _, rest = line.strip().partition(" ")
            if name == "errors":
                words = rest.split()
                figures["socket_errors"] = {words[i]: int(words[i + 1]) for i in range(0, len(words), 2)}
            else:
                figures[name] = float(rest)
    return figures


async def reconcile(conn: Any, survey_pk: int, result: dict[str, Any], decode: Any) -> dict[str, Any]:
    """Acknowledged = stored: every acknowledged id is a stored row of a key this run sent, no id twice;
    no row of a key nobody sent; rows beyond the acknowledged ones only where an answer never came."""
    await conn.execute("CREATE TEMP TABLE sent (key text PRIMARY KEY)")
    await conn.copy_records_to_table("sent", records=[(k,) for k in set(result["sent_keys"])], columns=["key"])
    await conn.execute("CREATE TEMP TABLE acked (id bigint)")
    await conn.copy_records_to_table("acked", records=[(decode(i),) for i in result["acked_ids"]], columns=["id"])
    await conn.execute("ANALYZE sent; ANALYZE acked")
    row = await conn.fetchrow(
        "SELECT count(*) AS rows, count(DISTINCT r.idempotency_key) AS keys, "
        "count(*) FILTER (WHERE s.key IS NULL) AS stray, "
        "count(k.id) FILTER (WHERE s.key IS NOT NULL) AS ids_match, "
        "count(a.id) AS analysed, count(a.topic_id) AS with_topic "
        "FROM responses r LEFT JOIN sent s ON s.key = r.idempotency_key "
        # A join, not `r.id IN (SELECT id FROM acked)`: past work_mem that subplan is not hashed and
        # rescans the 300k acknowledged ids for every row (it ran for hours after a 10-minute load).
        "LEFT JOIN (SELECT DISTINCT id FROM acked) k ON k.id = r.id "
        "LEFT JOIN comment_analyses a ON a.response_id = r.id "
        "WHERE r.survey_id = $1 AND r.channel = 'widget'", survey_pk)
    counts = dict(row)
    submit = result["outcomes"]["submitResponse"]
    unknown = sum(n for label, n in submit.items() if label.startswith(("transport:", "http_5")))
    counts.update(acknowledged=len(result["acked_ids"]), acknowledged_distinct=len(set(result["acked_ids"])),
                  sent=len(result["sent_keys"]), unknown_sent=unknown,
                  refused_sent=sum(submit.values()) - submit.get("ok", 0) - unknown)
    counts["acked"] = counts["ids_match"]
    # Rows beyond the acknowledged ones: calls whose answer never came (the client does not know; a
    # retry would tell), and beyond those, refused calls that were stored anyway.
    beyond = counts["rows"] - counts["ids_match"]
    counts["unknown"], counts["refused"] = min(beyond, unknown), max(0, beyond - unknown)
    counts["problems"] = reconcile_problems(counts)
    counts["unanalysed"] = counts["rows"] - counts["analysed"]
    return counts
