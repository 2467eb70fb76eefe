"""The pipeline recovers by itself after PostgreSQL restarts, every time.

`voc serve` and `voc worker` run against a private PostgreSQL cluster and a private redis-server
(the shared servers are never restarted) while submissions arrive at a steady rate; PostgreSQL is
restarted RESTARTS times under that load, and the backlog must then drain: outbox and job stream
empty, every comment analysed once, the worker's /readyz 200. Before the fix a restart that cut
the outbox relay's BEGIN left the relay failing every pass, and the outbox never moved again
(core/pgclient.py; tests/core/test_db_faults.py cuts that BEGIN on purpose)."""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import asyncpg
import httpx
import pytest
from redis.asyncio import Redis

from core import migrate
from tests.support.databases import asyncpg_url
from tests.support.paths import ROOT
from tests.support.private_postgres import PrivatePostgres
from tests.support.private_redis import PrivateRedis, free_port
from tests.support.waiting import until

pytestmark = [pytest.mark.postgres, pytest.mark.redis]

VOC = str(Path(sys.executable).parent / "voc")
RESTARTS = 12
SECONDS_BETWEEN_RESTARTS = 1.0
RATE = 20  # submissions per second, every other one with a comment (an analysis)
DRAIN_SECONDS = 60.0
COMMENTS = ["物流太慢了，等了一个星期", "客服响应很快，问题当天就解决了", "APP经常闪退，体验很差", "价格实惠，质量也不错"]
SUBMIT = ("mutation($input: SubmitResponseInput!){ submitResponse(input:$input){ response{ id } errors{ code } } }")


@dataclass
class Stack:
    pg: PrivatePostgres
    redis: PrivateRedis
    env: dict[str, str]
    api: str = ""
    key: str = ""
    health: str = ""
    procs: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)

    def start(self, name: str, *args: str) -> None:
        with (self.pg.socket_dir / f"{name}.log").open("ab") as log:  # the child keeps its own handle
            self.procs[name] = subprocess.Popen([VOC, *args], env=self.env, cwd=ROOT, stdout=log,
                                                stderr=subprocess.STDOUT, start_new_session=True)

    def log_tail(self, name: str, lines: int = 30) -> str:
        text = (self.pg.socket_dir / f"{name}.log").read_text(errors="replace")
        return "\n".join(text.splitlines()[-lines:])

    async def gql(self, http: httpx.AsyncClient, query: str, **variables: Any) -> dict[str, Any]:
        reply = await http.post(f"{self.api}/graphql", json={"query": query, "variables": variables},
                                headers={"authorization": f"Bearer {self.key}"})
        body = reply.json()
        assert reply.status_code == 200 and "errors" not in body, body
        data: dict[str, Any] = body["data"]
        return data


async def until_up(http: httpx.AsyncClient, url: str, proc: subprocess.Popen[bytes]) -> None:
    async def up() -> bool:
        assert proc.poll() is None, f"{url} exited with {proc.returncode}"
        try:
            return (await http.get(url)).status_code == 200
        except httpx.TransportError:
            return False

    await until(up, within=60, what=f"{url} answering")


@pytest.fixture
async def stack() -> AsyncIterator[Stack]:
    # Not pytest's tmp_path: the cluster runs as the postgres user, who cannot enter root's folders.
    base = Path(tempfile.mkdtemp(prefix="voc-pg-restart-"))
    pg, redis = PrivatePostgres(base), PrivateRedis()
    await asyncio.to_thread(pg.init)
    redis.start()
    conn = await asyncpg.connect(asyncpg_url(pg.url()))
    await conn.execute("CREATE DATABASE voc")
    await conn.close()
    await asyncio.to_thread(migrate.upgrade, pg.url("voc"))
    env = {**os.environ, "VOC_DATABASE_URL": pg.url("voc"), "VOC_REDIS_URL": redis.url, "VOC_ENV": "production",
           "VOC_SECRET_KEY": "restarts", "VOC_DATA_DIR": str(base / "data"),
           "VOC_RATE_LIMIT_PER_IP": "1000000/minute", "VOC_RATE_LIMIT_PER_SURVEY": "1000000/minute",
           # A job that failed while PostgreSQL restarted is redelivered after 3 s, not 5 minutes.
           "VOC_QUEUE_IDLE_TIMEOUT_MS": "3000",
           # The relay polls almost without pause, so that restarts land on its transactions often:
           # the stall needs a restart to cut the relay's BEGIN.
           "VOC_OUTBOX_POLL_SECONDS": "0.001"}
    made = await asyncio.to_thread(subprocess.run, [VOC, "apikey", "create", "--org", "Restarts"], env=env,
                                   cwd=ROOT, capture_output=True, text=True, check=True)
    stack = Stack(pg, redis, env, key=made.stdout.strip().splitlines()[-1])
    try:
        api_port, health_port = free_port(), free_port()
        stack.api, stack.health = f"http://127.0.0.1:{api_port}", f"http://127.0.0.1:{health_port}"
        stack.start("serve", "serve", "--port", str(api_port))
        stack.start("worker", "worker", "--health-port", str(health_port))
        async with httpx.AsyncClient(timeout=5) as http:
            await until_up(http, f"{stack.api}/healthz", stack.procs["serve"])
            await until_up(http, f"{stack.health}/healthz", stack.procs["worker"])
        yield stack
    finally:
        for proc in stack.procs.values():
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
        for proc in stack.procs.values():
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
        redis.kill()
        pg.destroy()
        shutil.rmtree(base, ignore_errors=True)


class Load:
    """Submissions at a steady rate; `accepted` keys got HTTP 200 with a response id."""

    def __init__(self, stack: Stack, token: str) -> None:
        self.stack, self.token = stack, token
        self.accepted: set[str] = set()
        self.failed: list[tuple[str, str | None]] = []

    async def submit(self, http: httpx.AsyncClient, key: str, comment: str | None) -> None:
        body = {"query": SUBMIT, "variables": {"input": {"token": self.token, "idempotencyKey": key, "score": 3,
                                                         "comment": comment, "completed": True}}}
        try:
            reply = await http.post(f"{self.stack.api}/graphql", json=body)
            data = reply.json() if reply.status_code == 200 else {}
            if ((data.get("data") or {}).get("submitResponse") or {}).get("response"):
                self.accepted.add(key)
                return
        except (httpx.TransportError, ValueError):
            pass
        self.failed.append((key, comment))

    async def run(self, stop: asyncio.Event) -> None:
        async with httpx.AsyncClient(timeout=10) as http:
            sent: list[asyncio.Task[None]] = []
            started = time.monotonic()
            while not stop.is_set():
                i = len(sent)
                sent.append(asyncio.create_task(self.submit(http, f"restart-{i:06d}",
                                                            COMMENTS[i % len(COMMENTS)] if i % 2 else None)))
                # The steady rate is the load under test: the next submission's moment, not an event.
                await asyncio.sleep(max(0.0, started + (i + 1) / RATE - time.monotonic()))
            await asyncio.gather(*sent)
            for _ in range(10):  # the requests that failed during a restart, again with their keys
                again, self.failed = self.failed, []
                await asyncio.gather(*(self.submit(http, key, comment) for key, comment in again))
                if not self.failed:
                    return
                await asyncio.sleep(1)  # a client's pause before it tries again (the server may be reconnecting)


async def backlog(stack: Stack, db: asyncpg.Connection, redis: Redis) -> dict[str, int]:
    row = await db.fetchrow(
        "SELECT (SELECT count(*) FROM responses) AS responses, "
        "(SELECT count(*) FROM responses WHERE comment IS NOT NULL) AS comments, "
        "(SELECT count(*) FROM comment_analyses) AS analysed, "
        "(SELECT count(DISTINCT response_id) FROM comment_analyses) AS analysed_responses, "
        "(SELECT count(*) FROM outbox_events WHERE dispatched_at IS NULL) AS outbox_pending")
    return {**dict(row), "stream": await redis.xlen("voc:jobs")}


async def test_the_backlog_drains_after_each_of_several_postgres_restarts_under_load(stack: Stack) -> None:
    async with httpx.AsyncClient(timeout=10) as http:
        survey = (await stack.gql(http, "mutation{ createSurvey(input:{name:\"restarts\", kind:NPS}){ "
                                        "survey{ id token } } }"))["createSurvey"]["survey"]
        await stack.gql(http, "mutation($id: ID!){ publishSurvey(id:$id){ errors{ code } } }", id=survey["id"])
        await stack.gql(http, "mutation{ setCaseRule(input:{enabled:false}){ errors{ code } } }")

    load, stop = Load(stack, survey["token"]), asyncio.Event()
    running = asyncio.create_task(load.run(stop))
    for _ in range(RESTARTS):
        await asyncio.sleep(SECONDS_BETWEEN_RESTARTS)  # load between restarts: the time under load is the test
        await asyncio.to_thread(stack.pg.restart, "fast")
    await asyncio.sleep(SECONDS_BETWEEN_RESTARTS)  # and load after the last one
    stop.set()
    await running
    assert not load.failed, f"{len(load.failed)} submissions still refused after PostgreSQL was back"

    db = await asyncpg.connect(asyncpg_url(stack.pg.url("voc")))
    redis = Redis.from_url(stack.redis.url)
    try:
        state: dict[str, int] = {}

        async def drained() -> bool:
            state.update(await backlog(stack, db, redis))
            return state["outbox_pending"] == state["stream"] == 0 and state["analysed"] == state["comments"]

        with contextlib.suppress(AssertionError):  # the assertions below say what is left
            await until(drained, within=DRAIN_SECONDS, every=0.5)
        async with httpx.AsyncClient(timeout=5) as http:
            ready = await http.get(f"{stack.health}/readyz")
        stalled = f"{state}; worker /readyz {ready.json()}\n{stack.log_tail('worker')}"
        assert state["outbox_pending"] == state["stream"] == 0, f"the backlog did not drain: {stalled}"
        assert state["responses"] == len(load.accepted) > RATE * SECONDS_BETWEEN_RESTARTS * RESTARTS / 2
        assert state["analysed"] == state["analysed_responses"] == state["comments"], stalled
        assert ready.status_code == 200, stalled
    finally:
        await db.close()
        await redis.aclose()
