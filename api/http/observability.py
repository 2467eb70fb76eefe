"""Prometheus metrics (/metrics), health (/healthz) and readiness (/readyz)."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import time
from collections.abc import AsyncIterator, Generator
from contextlib import asynccontextmanager
from typing import Any

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest
from redis.asyncio import Redis
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from strawberry.extensions import SchemaExtension

from api.http import access
from core.db import db
from core.supervisor import Supervisor

REGISTRY = CollectorRegistry(auto_describe=True)
OPERATIONS = Counter(
    "voc_graphql_operations_total", "GraphQL operations by name, type and outcome",
    ["operation", "type", "outcome"], registry=REGISTRY,
)
LATENCY = Histogram(
    "voc_graphql_operation_seconds", "GraphQL operation latency", ["operation", "type"], registry=REGISTRY,
    buckets=(0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5),
)


class PrometheusExtension(SchemaExtension):
    """Counts every operation by name and outcome, and times it."""

    def on_operation(self) -> Generator[None, None, None]:
        started = time.perf_counter()
        yield
        ctx = self.execution_context
        kind = ctx.operation_type.value if ctx.operation_type else "unknown"
        result = ctx.result
        observe_operation(ctx.operation_name, kind, ok=not (result is None or result.errors),
                          seconds=time.perf_counter() - started)


# The labelled series of each (operation, type, outcome) seen: `labels()` checks and converts its
# arguments and takes a lock on every call, per request on the submission path. As many entries as
# the metrics themselves hold series.
_series: dict[tuple[str, str, bool], tuple[Counter, Histogram]] = {}


def observe_operation(name: str | None, kind: str, *, ok: bool, seconds: float) -> None:
    """One operation in the metrics and the access log (also called by the prepared submitResponse path)."""
    access.note_operation(name)
    name = name or "anonymous"
    if len(name) > 64:
        name = "long-name"
    series = _series.get((name, kind, ok))
    if series is None:
        series = _series[(name, kind, ok)] = (OPERATIONS.labels(name, kind, "ok" if ok else "error"),
                                              LATENCY.labels(name, kind))
    series[0].inc()
    series[1].observe(seconds)


async def metrics(request: Request) -> Response:
    return Response(generate_latest(REGISTRY), media_type=CONTENT_TYPE_LATEST)


async def healthz(request: Request) -> Response:
    return JSONResponse({"status": "ok"})


async def readyz(request: Request) -> Response:
    checks: dict[str, Any] = {}
    try:
        await db().execute_query("SELECT 1")
        checks["database"] = "ok"
    except Exception as exc:
        checks["database"] = f"error: {type(exc).__name__}"
    redis = request.app.state.redis
    if redis is not None:
        try:
            await redis.ping()
            checks["redis"] = "ok"
        except Exception as exc:
            checks["redis"] = f"error: {type(exc).__name__}"
    loops: Supervisor | None = getattr(request.app.state, "loops", None)
    if loops is not None:
        # The background loops this process runs (outbox relay, ticker, job consumer), by name:
        # "ok", or how long since one made progress.
        checks |= {f"loop:{name}": state for name, state in loops.health().items()}
    ready = all(v == "ok" for v in checks.values())
    return JSONResponse({"status": "ready" if ready else "not ready", "checks": checks},
                        status_code=200 if ready else 503)


def health_app(*, redis_url: str | None, loops: Supervisor) -> Starlette:
    """/healthz and /readyz alone, for `voc worker --health-port` (a worker serves no API)."""

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        app.state.redis = Redis.from_url(redis_url) if redis_url else None
        try:
            yield
        finally:
            if app.state.redis is not None:
                await app.state.redis.aclose()

    app = Starlette(routes=[Route("/healthz", healthz), Route("/readyz", readyz)], lifespan=lifespan)
    app.state.redis = None
    app.state.loops = loops
    return app


@asynccontextmanager
async def serve_health(app: Starlette, *, host: str, port: int) -> AsyncIterator[None]:
    """Serve `app` (health_app) with Uvicorn beside the worker's own work, for as long as the block runs."""
    import uvicorn

    class WorkerOwnsSignals(uvicorn.Server):
        @contextlib.contextmanager
        def capture_signals(self) -> Generator[None, None, None]:
            yield  # Ctrl-C and SIGTERM stop the worker, which stops this server

    # Bound here, so that a port in use fails the worker's start with an OSError that says so.
    sock = socket.create_server((host, port))
    server = WorkerOwnsSignals(uvicorn.Config(app, log_level="warning", access_log=False))
    running = asyncio.create_task(server.serve(sockets=[sock]))
    try:
        yield
    finally:
        server.should_exit = True
        await running
        sock.close()
