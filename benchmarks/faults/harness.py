"""Private servers and `voc` processes for the fault scenarios (see faults.py).

The machine's PostgreSQL and Redis are shared, so nothing here touches them: each run starts its
own PostgreSQL cluster (initdb into a temporary directory) and its own redis-server, on their own
ports, and removes them at the end. PostgreSQL refuses to run as root; when this runs as root the
cluster is created and run as the `postgres` system user (`runuser -u postgres`).
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import asyncpg
import httpx
from ingest import free_port, wait_healthy

from tests.support.private_postgres import PrivatePostgres

ROOT = Path(__file__).resolve().parents[2]
VENV_BIN = Path(sys.executable).parent
VOC = [str(VENV_BIN / "voc")] if (VENV_BIN / "voc").exists() else [sys.executable, "-m", "api.cli"]


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


class PrivateRedis:
    """A redis-server on `port` (0: one the kernel reports free). `appendonly`: an AOF (fsync every
    second) so that a stopped and restarted server keeps its streams, as a production Redis that
    holds a job queue must."""

    def __init__(self, base: Path, port: int, *, appendonly: bool) -> None:
        self.dir = base / "redis"
        self.dir.mkdir(exist_ok=True)
        self.port = port or free_port()
        self.appendonly = appendonly
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        cmd = ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
               "--appendonly", "yes" if self.appendonly else "no", "--appendfsync", "everysec",
               "--dir", str(self.dir), "--logfile", str(self.dir / "redis.log"), "--daemonize", "no"]
        self.proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                     start_new_session=True)
        for _ in range(100):
            if subprocess.run(["redis-cli", "-p", str(self.port), "ping"], capture_output=True,
                              text=True).stdout.strip() == "PONG":
                return
            time.sleep(0.1)
        raise RuntimeError("private redis-server did not start")

    def stop(self, *, kill: bool = False) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        self.proc.send_signal(signal.SIGKILL if kill else signal.SIGTERM)
        self.proc.wait(timeout=30)
        self.proc = None

    def cli(self, *args: str) -> str:
        return subprocess.run(["redis-cli", "-p", str(self.port), *args], capture_output=True, text=True).stdout


class Stack:
    """Private PostgreSQL + Redis, a migrated database, an admin key and `voc` processes."""

    def __init__(self, *, pg_port: int, redis_port: int, redis_appendonly: bool, extra_env: dict[str, str]) -> None:
        self.base = Path(tempfile.mkdtemp(prefix="voc-faults-"))
        self.pg = PrivatePostgres(self.base, pg_port)
        self.redis = PrivateRedis(self.base, redis_port, appendonly=redis_appendonly)
        self.env = {**os.environ, "VOC_DATABASE_URL": self.pg.url("voc"), "VOC_REDIS_URL": self.redis.url,
                    "VOC_ENV": "production", "VOC_SECRET_KEY": "faults", "VOC_DATA_DIR": str(self.base / "data"),
                    "VOC_RATE_LIMIT_PER_IP": "1000000/minute", "VOC_RATE_LIMIT_PER_SURVEY": "1000000/minute",
                    "VOC_RATE_LIMIT_PER_API_KEY": "1000000/minute", "VOC_OUTBOX_POLL_SECONDS": "0.2",
                    "VOC_QUEUE_NAME": "voc:faults", **extra_env}
        self.procs: dict[str, subprocess.Popen[bytes]] = {}
        self.health_ports: dict[str, int] = {}  # each worker's /healthz and /readyz
        self.port = 0
        self.key = ""
        self.t_up = 0.0

    async def up(self, *, serve_workers: int = 2, workers: int = 1) -> None:
        await asyncio.to_thread(self._up_servers)
        await self.sql("postgres", lambda c: c.execute("CREATE DATABASE voc"))
        await asyncio.to_thread(self._up_voc, serve_workers, workers)

    def _up_servers(self) -> None:
        self.t_up = time.perf_counter()
        self.pg.init()
        self.redis.start()

    def _up_voc(self, serve_workers: int, workers: int) -> None:
        subprocess.run([*VOC, "migrate"], env=self.env, check=True, cwd=ROOT, capture_output=True)
        out = subprocess.run([*VOC, "apikey", "create", "--org", "Faults", "--role", "admin"], env=self.env,
                             check=True, cwd=ROOT, capture_output=True, text=True)
        self.key = out.stdout.strip().splitlines()[-1]
        self.port = free_port()
        self.start("serve", [*VOC, "serve", "--host", "127.0.0.1", "--port", str(self.port),
                             "--workers", str(serve_workers)])
        wait_healthy(self.port, self.procs["serve"])
        for i in range(workers):
            self.start_worker(f"worker{i + 1}")
        log(f"stack up in {time.perf_counter() - self.t_up:.1f}s: postgres :{self.pg.port} (dir {self.pg.dir}), "
            f"redis :{self.redis.port} (appendonly {'yes' if self.redis.appendonly else 'no'}), "
            f"voc serve :{self.port} x{serve_workers}, {workers} voc worker(s)")

    def start(self, name: str, cmd: list[str]) -> subprocess.Popen[bytes]:
        logfile = (self.base / f"{name}.log").open("ab")
        proc = subprocess.Popen(cmd, env=self.env, cwd=ROOT, stdout=logfile, stderr=subprocess.STDOUT,
                                start_new_session=True)
        self.procs[name] = proc
        return proc

    def start_worker(self, name: str) -> subprocess.Popen[bytes]:
        self.health_ports[name] = free_port()
        return self.start(name, [*VOC, "worker", "--health-port", str(self.health_ports[name])])

    async def readyz(self, name: str) -> dict[str, Any]:
        """A worker's /readyz: its status code and checks (the database, Redis, each background loop)."""
        try:
            async with httpx.AsyncClient(timeout=5) as client:
                r = await client.get(f"http://127.0.0.1:{self.health_ports[name]}/readyz")
        except httpx.HTTPError as exc:
            return {"status_code": None, "error": type(exc).__name__}
        answer: dict[str, Any] = {"status_code": r.status_code, **r.json()}
        return answer

    def alive(self) -> dict[str, bool]:
        return {name: proc.poll() is None for name, proc in self.procs.items()}

    def logtail(self, name: str, lines: int = 15) -> str:
        path = self.base / f"{name}.log"
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:]) if path.exists() else ""

    def kill(self, name: str, sig: int = signal.SIGKILL) -> None:
        proc = self.procs[name]
        if proc.poll() is None:
            os.killpg(proc.pid, sig)
            proc.wait(timeout=30)

    def down(self, *, keep: bool = False) -> None:
        for name in list(self.procs):
            try:
                self.kill(name, signal.SIGTERM)
            except (subprocess.TimeoutExpired, ProcessLookupError):
                self.kill(name, signal.SIGKILL)
        self.redis.stop()
        try:
            self.pg.destroy()
        except RuntimeError as exc:
            log(f"warning: {exc}")
        if keep:
            log(f"kept {self.base}")
        else:
            shutil.rmtree(self.base, ignore_errors=True)

    async def sql(self, database: str, fn: Callable[[asyncpg.Connection], Awaitable[Any]]) -> Any:
        conn = await asyncpg.connect(self.pg.url(database).replace("postgres://", "postgresql://", 1))
        try:
            return await fn(conn)
        finally:
            await conn.close()

    async def db(self, fn: Callable[[asyncpg.Connection], Awaitable[Any]]) -> Any:
        return await self.sql("voc", fn)

    async def gql(self, query: str, variables: dict[str, Any] | None = None) -> dict[str, Any]:
        async with httpx.AsyncClient(timeout=30) as client:
            r = await client.post(f"http://127.0.0.1:{self.port}/graphql",
                                  json={"query": query, "variables": variables or {}},
                                  headers={"Authorization": f"Bearer {self.key}"})
        r.raise_for_status()
        data = r.json()
        if data.get("errors"):
            raise RuntimeError(json.dumps(data["errors"], ensure_ascii=False))
        answer: dict[str, Any] = data["data"]
        return answer

    async def survey(self, name: str = "faults") -> tuple[str, int]:
        """A published NPS survey: (public token, primary key). Case rules off: not under test."""
        created = await self.gql("mutation($input: CreateSurveyInput!){ createSurvey(input:$input){ "
                                 "survey{ id token } errors{code message} } }",
                                 {"input": {"name": name, "kind": "NPS"}})
        survey = created["createSurvey"]["survey"]
        published = await self.gql("mutation($id: ID!){ publishSurvey(id:$id){ errors{code} } }", {"id": survey["id"]})
        assert not published["publishSurvey"]["errors"], published
        await self.gql("mutation{ setCaseRule(input:{enabled:false}){ errors{code} } }")
        pk = await self.db(lambda c: c.fetchval("SELECT id FROM surveys WHERE token=$1", survey["token"]))
        return survey["token"], int(pk)


async def wait_until(condition: Callable[[], Awaitable[bool]], seconds: float, every: float = 0.5) -> float | None:
    """Seconds until `condition` held, or None when it did not within `seconds`."""
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        try:
            if await condition():
                return time.perf_counter() - start
        except (OSError, asyncpg.PostgresError):
            pass
        await asyncio.sleep(every)
    return None
