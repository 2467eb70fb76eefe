"""Rate limits count in memory while Redis is down: a Redis outage must not turn submissions away.

Found by benchmarks/faults/faults.py redis-outage: every submitResponse failed for as long as
Redis was down, although a response needs only PostgreSQL to be stored. Uses a private
redis-server (the shared one is never stopped)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from redis.asyncio import Redis

from core.ratelimit import RETRY_REDIS_AFTER_SECONDS
from core.settings import Settings
from surveys.models import Response
from tests.support.client import GraphQL, app_client
from tests.support.ops import SUBMIT, active_survey, submit
from tests.support.private_redis import PrivateRedis


@pytest.fixture
def private_redis() -> Iterator[PrivateRedis]:
    server = PrivateRedis()
    server.start()
    yield server
    server.kill()


async def test_submissions_are_stored_while_redis_is_down_and_limits_return_with_it(
    app_settings: Settings, gql: GraphQL, private_redis: PrivateRedis
) -> None:
    survey = await active_survey(gql)
    limited = app_settings.model_copy(update={"redis_url": private_redis.url, "rate_limit_per_ip": "2/minute"})
    serving = app_client(limited)
    async with serving as client:
        public = GraphQL(client)
        assert (await submit(public, survey["token"], "before-outage-1", score=9))["errors"] == []

        private_redis.kill()
        # The limits' storage is gone: this process counts alone, and the limit of 2 still holds.
        during = [await public.raw(SUBMIT, input={"token": survey["token"], "idempotencyKey": f"during-outage-{i}",
                                                   "score": 7, "comment": "物流太慢了"}) for i in range(4)]
        assert [r.status_code for r in during] == [200, 200, 429, 429], [r.text for r in during]
        assert all(r.json()["data"]["submitResponse"]["response"] for r in during[:2])
        assert await Response.filter(idempotency_key__startswith="during-outage-").count() == 2

        private_redis.start()  # back, empty: counting starts again and the limit applies again
        statuses = []
        for i in range(6):
            response = await public.raw(SUBMIT, input={"token": survey["token"], "idempotencyKey": f"after-{i:04d}",
                                                       "score": 8})
            statuses.append(response.status_code)
        assert 429 in statuses, statuses
        await asyncio.sleep(RETRY_REDIS_AFTER_SECONDS + 0.1)  # the retry window is time: then Redis counts again
        await public.raw(SUBMIT, input={"token": survey["token"], "idempotencyKey": "after-retry", "score": 8})
        redis = Redis.from_url(private_redis.url)
        try:
            assert await redis.keys("voc-limits*"), "the limits are counted in Redis again"
        finally:
            await redis.aclose()
        assert serving.app.state.limiter.unavailable >= 4  # the calls counted in memory
