"""A throw-away VoC Loop deployment for the load and scale-out benchmarks.

One `Stack` is: a fresh PostgreSQL database on the shared server (dropped at the end), its own Redis
database number (flushed at the start and the end: only that number, never the shared DB 0), its own
`VOC_DATA_DIR` (topic model files), `voc serve --workers N` in production mode with the public rate
limits raised (every load request comes from 127.0.0.1) and `voc worker` processes. Everything is
started through the `voc` CLI, as an operator would, and stopped by process group.

The ingest benchmark's helpers (database, HTTP, process handling) are reused by import: the scripts
put benchmarks/ and benchmarks/load/ on sys.path and import `ingest` and `load_stack` as top-level
modules (as mypy, with no __init__.py there, names them).
"""

from __future__ import annotations

import asyncio
import csv
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from ingest import PG_BASE, ROOT, VENV_BIN, _proc_cpu, _proc_tree, free_port, gql, sql, stop, wait_healthy
from ingest import _pct as pct

WAIMAI_CSV = ROOT.parent / "shared" / "data" / "waimai_10k.csv"
QUEUE = "voc:jobs"  # Settings.queue_name: the Redis stream the relay writes and the workers read
CREATE = ("mutation($input: CreateSurveyInput!){ createSurvey(input:$input){ survey{ id token } "
          "errors{ code message } } }")
PUBLISH = "mutation($id: ID!){ publishSurvey(id:$id){ survey{ status } errors{ code message } } }"


def voc_cmd() -> list[str]:
    """The `voc` console script when the package is installed, else the same Typer app from the checkout."""
    return [str(VENV_BIN / "voc")] if (VENV_BIN / "voc").exists() else [sys.executable, "-m", "api.cli"]


def read_comments(path: Path, *, max_chars: int = 80) -> list[str]:
    """Real short Chinese comments (benchmark time only: the tests never read the shared data)."""
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = [(row.get("review") or "").strip() for row in csv.DictReader(handle)]
    return [r for r in rows if 0 < len(r) <= max_chars]


def nps_score(rng: random.Random) -> int:
    """Scores with a plausible NPS mix (about 45 % promoters, 25 % passives, 30 % detractors)."""
    roll = rng.random()
    if roll < 0.45:
        return rng.choice((9, 10))
    if roll < 0.70:
        return rng.choice((7, 8))
    return rng.randint(0, 6)


def rss_bytes(pids: list[int]) -> int:
    """Resident memory of the given processes and all their descendants (from /proc)."""
    page = os.sysconf("SC_PAGE_SIZE")
    total = 0
    for root in pids:
        for pid in _proc_tree(root):
            try:
                with open(f"/proc/{pid}/statm") as fh:
                    total += int(fh.read().split()[1]) * page
            except (OSError, IndexError, ValueError):
                pass
    return total


def reconcile_problems(counts: dict[str, Any]) -> list[str]:
    """What a reconciliation's counts say was lost, doubled or wrongly stored (run.py, wrk_load.py)."""
    checks = [
        (counts["acked"] != counts["acknowledged"] or counts["ids_match"] != counts["acknowledged"],
         "acknowledged answers missing or stored under another id"),
        (counts["acknowledged_distinct"] != counts["acknowledged"], "an answer acknowledged twice"),
        (counts["rows"] != counts["keys"], "a key stored twice"),
        (bool(counts["refused"]), "refused answers stored"),
        (bool(counts["stray"]), "rows nobody sent"),
    ]
    return [problem for failed, problem in checks if failed]


def _nice_session(pid: int, nice: int) -> None:
    """With the kernel's autogroup scheduling on, each session (every process started with
    start_new_session) shares the CPU with the others as one group whatever its processes' own nice
    values: a niced worker would still take an equal share from `voc serve`. The group's own nice,
    /proc/<pid>/autogroup, is what ranks it below the others."""
    try:
        with open(f"/proc/{pid}/autogroup", "w") as handle:
            handle.write(str(nice))
    except OSError:  # no autogroup scheduling (or not allowed): the process nice is all there is
        pass


def cpu_seconds(pids: list[int]) -> float:
    return _proc_cpu(pids)


@dataclass
class Stack:
    name: str
    redis_db: int
    serve_workers: int = 2
    worker_concurrency: int = 8  # `voc worker --concurrency`: queue messages at once
    worker_nice: int = 0  # `nice -n` for the workers: analysis then takes only the CPU the API leaves
    redis_host: str = "redis://127.0.0.1:6379"
    db: str = ""
    data_dir: str = ""
    env: dict[str, str] = field(default_factory=dict)
    key: str = ""
    port: int = 0
    server: subprocess.Popen[bytes] | None = None
    workers: list[subprocess.Popen[bytes]] = field(default_factory=list)
    logs: list[Any] = field(default_factory=list)

    @property
    def redis_url(self) -> str:
        return f"{self.redis_host}/{self.redis_db}"

    # ---------------------------------------------------------------- set-up and tear-down

    def create(self, *, extra_env: dict[str, str] | None = None) -> None:
        if self.redis_db == 0:
            raise ValueError("Redis DB 0 is shared (tests, other work): pick another --redis-db")
        self.db = f"voc_{self.name}_{os.getpid()}_{int(time.time())}"
        self.data_dir = tempfile.mkdtemp(prefix=f"voc-{self.name}-")
        self.env = {
            **os.environ, "VOC_DATABASE_URL": f"{PG_BASE}/{self.db}", "VOC_ENV": "production",
            "VOC_SECRET_KEY": f"bench-{self.name}", "VOC_DATA_DIR": self.data_dir, "VOC_REDIS_URL": self.redis_url,
            "VOC_RATE_LIMIT_PER_IP": "1000000/minute", "VOC_RATE_LIMIT_PER_SURVEY": "1000000/minute",
            "VOC_RATE_LIMIT_PER_API_KEY": "1000000/minute", **(extra_env or {}),
        }
        self.flush_redis()
        sql("test", lambda c: c.execute(f'CREATE DATABASE "{self.db}"'))
        self.voc("migrate")
        out = self.voc("apikey", "create", "--org", "Bench", "--role", "admin")
        self.key = out.strip().splitlines()[-1]

    def destroy(self) -> None:
        self.stop_workers()
        stop(self.server)
        self.server = None
        for handle in self.logs:
            handle.close()
        self.logs.clear()
        if self.db:
            try:
                sql("test", lambda c: c.execute(f'DROP DATABASE IF EXISTS "{self.db}" WITH (FORCE)'))
            except Exception as exc:
                print(f"warning: could not drop {self.db}: {exc}", file=sys.stderr)
        try:
            self.flush_redis()
        except Exception as exc:
            print(f"warning: could not flush redis db {self.redis_db}: {exc}", file=sys.stderr)
        if self.data_dir:
            shutil.rmtree(self.data_dir, ignore_errors=True)

    def flush_redis(self) -> None:
        from redis import Redis

        with Redis.from_url(self.redis_url) as client:
            client.flushdb()

    def voc(self, *args: str) -> str:
        out = subprocess.run([*voc_cmd(), *args], env=self.env, cwd=ROOT, capture_output=True, text=True,
                             check=False)
        if out.returncode != 0:
            raise RuntimeError(f"voc {' '.join(args)} failed ({out.returncode}):\n{out.stdout[-2000:]}"
                               f"\n{out.stderr[-3000:]}")
        return out.stdout

    def _log(self, label: str) -> Any:
        handle = open(os.path.join(self.data_dir, f"{label}.log"), "wb")  # noqa: SIM115 (closed in destroy)
        self.logs.append(handle)
        return handle

    def log_tail(self, label: str, chars: int = 3000) -> str:
        try:
            return Path(self.data_dir, f"{label}.log").read_text(errors="replace")[-chars:]
        except OSError:
            return ""

    def start_server(self) -> None:
        self.port = free_port()
        log = self._log("serve")
        self.server = subprocess.Popen(
            [*voc_cmd(), "serve", "--host", "127.0.0.1", "--port", str(self.port), "--workers",
             str(self.serve_workers)], env=self.env, cwd=ROOT, start_new_session=True, stdout=log, stderr=log)
        try:
            wait_healthy(self.port, self.server)
        except RuntimeError as exc:
            raise RuntimeError(f"{exc}\n{self.log_tail('serve')}") from exc

    def start_workers(self, count: int) -> None:
        for _ in range(count):
            log = self._log(f"worker-{len(self.workers)}")
            self.workers.append(subprocess.Popen(
                [*(["nice", "-n", str(self.worker_nice)] if self.worker_nice else []), *voc_cmd(), "worker",
                 "--concurrency", str(self.worker_concurrency)], env=self.env, cwd=ROOT,
                start_new_session=True, stdout=log, stderr=log))
            if self.worker_nice:
                _nice_session(self.workers[-1].pid, self.worker_nice)

    def stop_workers(self) -> None:
        for proc in self.workers:
            stop(proc)
        self.workers.clear()

    def check_alive(self) -> None:
        for i, proc in enumerate(self.workers):
            if proc.poll() is not None:
                raise RuntimeError(f"voc worker {i} exited with {proc.returncode}:\n{self.log_tail(f'worker-{i}')}")
        if self.server is not None and self.server.poll() is not None:
            raise RuntimeError(f"voc serve exited with {self.server.returncode}:\n{self.log_tail('serve')}")

    def wait_workers_ready(self, timeout: float = 180) -> None:
        """Until every worker has started its broker (it prints "worker: consuming" just before reading
        the stream). Redis 7.0 lists a stream consumer only once a read returned something, so the
        consumer group cannot tell an idle reader from one still importing its modules."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.check_alive()
            if all("worker: consuming" in self.log_tail(f"worker-{i}", 100_000) for i in range(len(self.workers))):
                return
            time.sleep(0.5)
        raise RuntimeError(f"workers not started after {timeout}s")

    # ---------------------------------------------------------------- survey, history, topics

    def gql(self, query: str, variables: dict[str, Any]) -> dict[str, Any]:
        return gql(self.port, self.key, query, variables)

    def create_survey(self) -> tuple[str, str, int]:
        """An active NPS survey: (global id, public token, primary key)."""
        created = self.gql(CREATE, {"input": {"name": f"{self.name} NPS", "kind": "NPS", "locale": "zh-CN"}})
        survey = created["createSurvey"]["survey"]
        published = self.gql(PUBLISH, {"id": survey["id"]})
        if published["publishSurvey"]["errors"]:
            raise RuntimeError(published)
        pk = self.fetchval("SELECT id FROM surveys WHERE token=$1", survey["token"])
        return survey["id"], survey["token"], int(pk)

    def import_history(self, survey_pk: int, comments: list[str], *, days: int = 30, seed: int = 7) -> None:
        """Historical answers through `voc import` (spread over the last `days`), as a team would load them."""
        rng = random.Random(seed)
        now = datetime.now(UTC)
        path = os.path.join(self.data_dir, "history.csv")
        with open(path, "w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(["id", "score", "comment", "submitted_at"])
            for i, comment in enumerate(comments):
                at = now - timedelta(minutes=rng.randint(1, days * 24 * 60))
                writer.writerow([f"h{i}", nps_score(rng), comment, at.isoformat()])
        self.voc("import", path, "--survey", str(survey_pk), "--org", "Bench", "--score-col", "score",
                 "--comment-col", "comment", "--id-col", "id", "--time-col", "submitted_at")

    def fit_topics(self, survey_pk: int) -> str:
        """A topic model for the survey (`voc topics fit`), so that each new comment gets a topic."""
        out = self.voc("topics", "fit", "--org", "Bench", "--survey", str(survey_pk))
        return next((line.strip() for line in out.splitlines() if line.startswith("model v")), "")

    # ---------------------------------------------------------------- database and queue state

    def fetchval(self, query: str, *params: Any) -> Any:
        return sql(self.db, lambda c: c.fetchval(query, *params))

    def fetchrow(self, query: str, *params: Any) -> Any:
        return sql(self.db, lambda c: c.fetchrow(query, *params))

    def stream_length(self) -> int:
        from redis import Redis

        with Redis.from_url(self.redis_url) as client:
            return int(client.xlen(QUEUE))


ANALYSED_SQL = ("SELECT count(*) FROM comment_analyses a JOIN responses r ON r.id = a.response_id "
                "WHERE r.survey_id = $1 AND r.channel = $2")
STORED_SQL = "SELECT count(*) FROM responses WHERE survey_id = $1 AND channel = $2 AND comment IS NOT NULL"
PENDING_SQL = "SELECT count(*) FROM outbox_events WHERE dispatched_at IS NULL"
# The same two counts for the load's own answers, the widget answers with an id above the last one
# stored before the load: index range scans over the new rows only. The join above took half a
# second at 200k answers, and polled every second it slowed the very drain it was timing.
LOAD_STORED_SQL = "SELECT count(*) FROM responses WHERE id > $1 AND channel = 'widget' AND comment IS NOT NULL"
LOAD_ANALYSED_SQL = "SELECT count(*) FROM comment_analyses WHERE response_id > $1"


class Monitor:
    """Samples, in a background thread, the RSS and CPU of process groups and the queue backlog."""

    def __init__(self, stack: Stack, groups: dict[str, Callable[[], list[int]]], every: float = 1.0,
                 survey_pk: int | None = None, channel: str = "widget", after_id: int | None = None) -> None:
        self.stack = stack
        self.after_id = after_id
        self.survey_pk, self.channel = survey_pk, channel
        self.max_unanalysed = 0
        self.groups = groups
        self.every = every
        self.peak_rss: dict[str, int] = dict.fromkeys(groups, 0)
        self.max_outbox_pending = 0
        self.max_stream_length = 0
        self.samples: list[dict[str, Any]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="monitor", daemon=True)

    def __enter__(self) -> Monitor:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join(timeout=10)

    def _run(self) -> None:
        asyncio.run(self._loop())

    async def _loop(self) -> None:
        import asyncpg
        from redis.asyncio import Redis

        conn = await asyncpg.connect(f"{PG_BASE}/{self.stack.db}")
        redis = Redis.from_url(self.stack.redis_url)
        try:
            while not self._stop.is_set():
                sample: dict[str, Any] = {"t": time.time()}
                pending = self.samples[-1]["outbox_pending"] if self.samples else 0  # until counted again
                for name, pids in self.groups.items():
                    rss = rss_bytes(pids())
                    sample[f"rss_{name}"] = rss
                    self.peak_rss[name] = max(self.peak_rss[name], rss)
                try:
                    # The outbox count scans every pending row (and, with autovacuum off as on these
                    # machines, every dead one): every 5th sample, like the answers below.
                    if len(self.samples) % 5 == 0:
                        pending = int(await conn.fetchval(PENDING_SQL))
                    length = int(await redis.xlen(QUEUE))
                except Exception:  # a sample missed is not worth failing the run for
                    pending = length = -1
                sample["outbox_pending"], sample["stream_length"] = pending, length
                # Counting a survey's answers scans them: every 5th sample only, to stay out of the way.
                if self.survey_pk is not None and len(self.samples) % 5 == 0:
                    try:
                        if self.after_id is not None:
                            stored = int(await conn.fetchval(LOAD_STORED_SQL, self.after_id))
                            done = int(await conn.fetchval(LOAD_ANALYSED_SQL, self.after_id))
                        else:
                            stored = int(await conn.fetchval(STORED_SQL, self.survey_pk, self.channel))
                            done = int(await conn.fetchval(ANALYSED_SQL, self.survey_pk, self.channel))
                        sample["stored"], sample["analysed"] = stored, done
                        self.max_unanalysed = max(self.max_unanalysed, stored - done)
                    except Exception:
                        pass
                self.max_outbox_pending = max(self.max_outbox_pending, pending)
                self.max_stream_length = max(self.max_stream_length, length)
                self.samples.append(sample)
                await asyncio.sleep(self.every)
        finally:
            await conn.close()
            await redis.aclose()


def group_pids(procs: Callable[[], list[subprocess.Popen[bytes] | None]]) -> Callable[[], list[int]]:
    return lambda: [p.pid for p in procs() if p is not None and p.poll() is None]


__all__ = ["ANALYSED_SQL", "LOAD_ANALYSED_SQL", "LOAD_STORED_SQL", "PENDING_SQL", "QUEUE", "STORED_SQL",
           "WAIMAI_CSV", "Monitor", "Stack", "cpu_seconds", "group_pids", "nps_score", "pct",
           "read_comments", "reconcile_problems", "rss_bytes"]
