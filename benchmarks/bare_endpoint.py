"""The ceiling for benchmarks/ingest.py: a bare Starlette + asyncpg endpoint that stores the same row.

Run by the benchmark as ``uvicorn --factory benchmarks.bare_endpoint:create --workers N`` (same
Uvicorn, same event loop and HTTP parser as ``voc serve``). It accepts the same GraphQL POST body
as ``submitResponse``, reads ``variables.input`` without any GraphQL parsing or validation, does
the same idempotent INSERT (unique on survey_id + idempotency_key) into ``BENCH_BARE_TABLE`` (a
copy of ``responses`` with the same columns, constraints and indexes) and answers a JSON shaped
like the real payload. No auth, rate limit, respondent upsert, payload hash or outbox event:
this is the floor cost of HTTP + JSON + one INSERT round trip.

Environment: BENCH_BARE_DSN (asyncpg DSN), BENCH_BARE_TABLE, BENCH_BARE_TOKEN, BENCH_BARE_SURVEY_ID,
BENCH_BARE_ORG_ID, BENCH_BARE_POOL (pool size, default 10 like VOC_DB_POOL_SIZE).
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime

import asyncpg
import orjson
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route


def _category(score: int | None) -> str | None:
    if score is None:
        return None
    return "promoter" if score >= 9 else "passive" if score >= 7 else "detractor"


def create() -> Starlette:
    dsn = os.environ["BENCH_BARE_DSN"]
    table = os.environ.get("BENCH_BARE_TABLE", "bench_bare_responses")
    token = os.environ["BENCH_BARE_TOKEN"]
    survey_id = int(os.environ["BENCH_BARE_SURVEY_ID"])
    org_id = int(os.environ["BENCH_BARE_ORG_ID"])
    pool_size = int(os.environ.get("BENCH_BARE_POOL", "10"))
    insert = (
        f"INSERT INTO {table} (organization_id, survey_id, idempotency_key, payload_hash, score, nps_category,"
        " comment, completed, channel, identity_verified, submitted_at, updated_at)"
        " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'widget', false, $9, $9)"
        " ON CONFLICT (survey_id, idempotency_key) DO NOTHING RETURNING id"
    )
    state: dict[str, asyncpg.Pool] = {}

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        state["pool"] = await asyncpg.create_pool(dsn, min_size=pool_size, max_size=pool_size)
        try:
            yield
        finally:
            await state["pool"].close()

    async def graphql(request: Request) -> Response:
        body = orjson.loads(await request.body())
        data = body["variables"]["input"]
        if data.get("token") != token:
            return JSONResponse({"data": {"submitResponse": {"response": None, "errors": [
                {"code": "NOT_FOUND", "message": "no such survey"}]}}})
        score = data.get("score")
        now = datetime.now(UTC)
        async with state["pool"].acquire() as conn:
            row_id = await conn.fetchval(insert, org_id, survey_id, data["idempotencyKey"], "0" * 64, score,
                                         _category(score), data.get("comment"), bool(data.get("completed", True)),
                                         now)
            if row_id is None:  # a retry: the stored row
                row_id = await conn.fetchval(f"SELECT id FROM {table} WHERE survey_id=$1 AND idempotency_key=$2",
                                             survey_id, data["idempotencyKey"])
        return Response(orjson.dumps({"data": {"submitResponse": {"response": {"id": str(row_id)}, "errors": []}}}),
                        media_type="application/json")

    async def healthz(request: Request) -> Response:
        return JSONResponse({"status": "ok"})

    return Starlette(routes=[Route("/graphql", graphql, methods=["POST"]), Route("/healthz", healthz)],
                     lifespan=lifespan)
