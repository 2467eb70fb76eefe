"""submitResponse is exactly-once per (survey, idempotency key), partial answers included."""

from __future__ import annotations

import asyncio

from core.models import OutboxEvent
from surveys.models import Response
from tests.support.client import GraphQL
from tests.support.ops import active_survey, submit


async def test_same_key_and_payload_returns_the_same_response(gql: GraphQL, public: GraphQL) -> None:
    survey = await active_survey(gql)
    first = await submit(public, survey["token"], "retry-key-1", score=3, comment="太慢了")
    second = await submit(public, survey["token"], "retry-key-1", score=3, comment="太慢了")
    assert first["errors"] == second["errors"] == []
    assert first["response"]["id"] == second["response"]["id"]
    assert await Response.all().count() == 1


async def test_partial_then_complete_makes_one_response(gql: GraphQL, public: GraphQL) -> None:
    survey = await active_survey(gql)
    partial = await submit(public, survey["token"], "partial-key-1", score=4, completed=False)
    assert partial["response"]["completed"] is False and partial["response"]["npsCategory"] == "DETRACTOR"
    done = await submit(public, survey["token"], "partial-key-1", score=4, comment="客服不回消息", completed=True)
    assert done["errors"] == []
    assert done["response"]["id"] == partial["response"]["id"]
    assert done["response"]["completed"] is True and done["response"]["comment"] == "客服不回消息"
    # A late retry of the partial after completion is the same response, not a mismatch.
    late = await submit(public, survey["token"], "partial-key-1", score=4, completed=False)
    assert late["errors"] == [] and late["response"]["comment"] == "客服不回消息"
    assert await Response.all().count() == 1
    assert await OutboxEvent.filter(topic="response.submitted").count() == 2


async def test_a_different_payload_under_a_used_key_is_refused(gql: GraphQL, public: GraphQL) -> None:
    survey = await active_survey(gql)
    await submit(public, survey["token"], "used-key-01", score=9, comment="很好")
    refused = await submit(public, survey["token"], "used-key-01", score=2, comment="很差")
    assert refused["response"] is None
    assert refused["errors"][0]["code"] == "IDEMPOTENCY_MISMATCH"
    stored = await Response.get()
    assert (stored.score, stored.comment) == (9, "很好")


async def test_another_respondent_cannot_reuse_a_key(gql: GraphQL, public: GraphQL) -> None:
    survey = await active_survey(gql)
    await submit(public, survey["token"], "shared-key-1", score=8, completed=False, respondent={"externalId": "a"})
    refused = await submit(public, survey["token"], "shared-key-1", score=8, respondent={"externalId": "b"})
    assert refused["errors"][0]["code"] == "IDEMPOTENCY_MISMATCH"


async def test_concurrent_duplicates_store_one_row(gql: GraphQL, public: GraphQL) -> None:
    survey = await active_survey(gql)
    results = await asyncio.gather(*[
        submit(public, survey["token"], "burst-key-01", score=10, comment="同时提交") for _ in range(20)
    ])
    assert all(r["errors"] == [] for r in results)
    assert len({r["response"]["id"] for r in results}) == 1
    assert await Response.filter(idempotency_key="burst-key-01").count() == 1


async def test_keys_are_per_survey(gql: GraphQL, public: GraphQL) -> None:
    one = await active_survey(gql, name="one")
    two = await active_survey(gql, name="two")
    a = await submit(public, one["token"], "same-key-01", score=7)
    b = await submit(public, two["token"], "same-key-01", score=7)
    assert a["response"]["id"] != b["response"]["id"]
