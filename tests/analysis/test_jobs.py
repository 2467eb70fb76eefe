"""Comments reach the analysis through the outbox and the queue, exactly once in effect."""

from __future__ import annotations

import asyncio
from typing import Any

import asyncpg
import pytest
from taskiq import InMemoryBroker
from taskiq.exceptions import SendTaskError
from tortoise.exceptions import OperationalError

from analysis import service
from analysis.models import CommentAnalysis
from api.ids import decode_id
from core.models import OutboxEvent
from core.outbox import relay_once
from core.queue import wiring_of
from tests.support.client import GraphQL
from tests.support.ops import active_survey, submit

ANALYSIS = """query($id: ID!) { node(id: $id) { ... on Response { comment analysis {
  normalized tokens keywords sentiment topic { id } } } } }"""


async def test_a_submitted_comment_is_analysed_through_the_outbox(
    gql: GraphQL, public: GraphQL, broker: InMemoryBroker
) -> None:
    survey = await active_survey(gql)
    sent = await submit(public, survey["token"], "analyse-key-1", score=2, comment="ＡＰＰ總是閃退，太難用了！")
    assert (await gql(ANALYSIS, id=sent["response"]["id"]))["node"]["analysis"] is None
    assert await relay_once(broker) == 1
    await broker.wait_all()
    assert await OutboxEvent.filter(dispatched_at=None, topic="response.submitted").count() == 0
    # The analysis announces itself for the loop's sentiment rule.
    assert await OutboxEvent.filter(dispatched_at=None, topic="response.analysed").count() == 1
    analysis = (await gql(ANALYSIS, id=sent["response"]["id"]))["node"]["analysis"]
    assert analysis["normalized"].startswith("APP总是闪退")
    assert "闪退" in analysis["tokens"] and "APP" in analysis["tokens"]
    assert analysis["sentiment"] < 0
    assert analysis["topic"] is None  # no topic model fitted yet
    found = (await gql("query($q: String) { responses(filter: {search: $q}) { totalCount } }", q="闪退"))
    assert found["responses"]["totalCount"] == 1


async def test_taiwan_phrasing_is_analysed_in_mainland_words_and_kept_as_written(
    gql: GraphQL, public: GraphQL, broker: InMemoryBroker
) -> None:
    survey = await active_survey(gql)
    comment = "這個軟體常常當機，滑鼠也壞了"
    sent = await submit(public, survey["token"], "tw-phrases-1", score=2, comment=comment)
    await relay_once(broker)
    await broker.wait_all()
    node = (await gql(ANALYSIS, id=sent["response"]["id"]))["node"]
    assert node["comment"] == comment
    assert node["analysis"]["normalized"] == "这个软件常常死机,鼠标也坏了"
    assert {"软件", "死机", "鼠标"} <= set(node["analysis"]["tokens"])
    found = await gql("query($q: String) { responses(filter: {search: $q}) { totalCount } }", q="软件")
    assert found["responses"]["totalCount"] == 1


async def test_the_consumer_is_idempotent(gql: GraphQL, public: GraphQL, broker: InMemoryBroker) -> None:
    survey = await active_survey(gql)
    sent = await submit(public, survey["token"], "idem-key-01", score=9, comment="送餐很快，味道很好")
    await relay_once(broker)
    await broker.wait_all()
    first = await CommentAnalysis.get()
    response_id = first.response_id
    for _ in range(3):  # redelivered events
        await service.analyse_response(response_id=response_id)
    assert await CommentAnalysis.all().count() == 1
    again = await CommentAnalysis.get()
    assert (again.id, again.tokens, again.sentiment) == (first.id, first.tokens, first.sentiment)
    assert sent["response"]["id"]


async def test_a_completed_partial_is_analysed_again(gql: GraphQL, public: GraphQL, broker: InMemoryBroker) -> None:
    survey = await active_survey(gql)
    await submit(public, survey["token"], "partial-an-1", score=3, comment="慢", completed=False)
    await relay_once(broker)
    await broker.wait_all()
    await submit(public, survey["token"], "partial-an-1", score=3, comment="配送太慢了，饭都凉了", completed=True)
    await relay_once(broker)
    await broker.wait_all()
    row = await CommentAnalysis.get()
    assert "配送" in row.tokens or "凉" in "".join(row.tokens)


class BrokenQueue(InMemoryBroker):
    async def kick(self, message: Any) -> None:
        raise ConnectionError("queue is down")


async def test_a_queue_outage_loses_nothing(gql: GraphQL, public: GraphQL, broker: InMemoryBroker) -> None:
    survey = await active_survey(gql)
    await submit(public, survey["token"], "outage-key-1", score=1, comment="打不开")
    down = BrokenQueue()
    down.state.wiring = wiring_of(broker)
    for name, fn in broker.get_all_tasks().items():
        down.register_task(fn.original_func, task_name=name)
    with pytest.raises(SendTaskError):
        await relay_once(down)
    assert await OutboxEvent.filter(dispatched_at=None).count() == 1  # still pending
    assert await relay_once(broker) == 1  # the queue is back
    await broker.wait_all()
    assert await CommentAnalysis.all().count() == 1


VOCABULARY = """mutation($stop: [String!], $terms: [String!]) {
  updateVocabulary(stopWords: $stop, productTerms: $terms) { vocabulary { stopWords productTerms } errors { code field } } }"""


async def test_the_organisations_vocabulary_shapes_tokens(gql: GraphQL, public: GraphQL, broker: InMemoryBroker) -> None:
    survey = await active_survey(gql)
    comment = "喵喵卡续费以后还是提示喵喵卡过期，客服说亲稍等"
    await submit(public, survey["token"], "vocab-key-01", score=2, comment=comment)
    await relay_once(broker)
    await broker.wait_all()
    before = await CommentAnalysis.get()
    assert "喵喵卡" not in before.tokens  # jieba splits an unknown product name
    saved = (await gql(VOCABULARY, stop=["客服", "亲"], terms=["喵喵卡"]))["updateVocabulary"]
    assert saved["vocabulary"] == {"stopWords": ["客服", "亲"], "productTerms": ["喵喵卡"]}
    assert (await gql("{ vocabulary { productTerms } }"))["vocabulary"]["productTerms"] == ["喵喵卡"]
    await submit(public, survey["token"], "vocab-key-02", score=2, comment=comment)
    await relay_once(broker)
    await broker.wait_all()
    after = await CommentAnalysis.get(response__idempotency_key="vocab-key-02")
    assert "喵喵卡" in after.tokens and "客服" not in after.tokens
    refused = (await gql(VOCABULARY, terms=["x" * 40]))["updateVocabulary"]
    assert refused["errors"] == [{"code": "VALIDATION", "field": "productTerms"}]


COMMENTS = ["送餐很快，味道很好", "太咸了，再也不点了", "", "包装破了，汤洒了一半", "还不错"]


async def _submitted(gql: GraphQL, public: GraphQL, prefix: str) -> list[int]:
    survey = await active_survey(gql)
    ids = []
    for n, comment in enumerate(COMMENTS):
        sent = await submit(public, survey["token"], f"{prefix}-{n:04d}", score=n * 2, comment=comment or None)
        ids.append(decode_id(sent["response"]["id"], "Response"))
    return ids


async def test_concurrent_deliveries_are_analysed_as_one_batch_like_single_ones(
    gql: GraphQL, public: GraphQL
) -> None:
    ids = await _submitted(gql, public, "batch")
    rows = await asyncio.gather(*[service.analyse_response(response_id=i) for i in ids + ids[:2]])
    assert [r is None for r in rows] == [False, False, True, False, False, False, False]  # "" has no analysis
    stored = {a.response_id: a for a in await CommentAnalysis.all()}
    assert sorted(stored) == sorted(i for i, c in zip(ids, COMMENTS, strict=True) if c)
    for response_id, comment in zip(ids, COMMENTS, strict=True):
        if comment:
            alone = service.analyse_text(comment)
            row = stored[response_id]
            assert (row.normalized, row.tokens, row.keywords, row.sentiment) == (
                alone.normalized, alone.tokens, alone.keywords, alone.sentiment)
    events = await OutboxEvent.filter(topic="response.analysed")
    assert sorted(e.payload["response_id"] for e in events) == sorted(stored)


async def test_overlapping_batches_store_each_analysis_and_its_event_once(gql: GraphQL, public: GraphQL) -> None:
    ids = [i for i, c in zip(await _submitted(gql, public, "overlap"), COMMENTS, strict=True) if c]
    await asyncio.gather(service.analyse_responses(response_ids=ids[:3]),
                         service.analyse_responses(response_ids=ids[1:]))
    assert sorted(a.response_id for a in await CommentAnalysis.all()) == sorted(ids)
    events = await OutboxEvent.filter(topic="response.analysed")
    assert sorted(e.payload["response_id"] for e in events) == sorted(ids)


async def test_a_store_that_postgresql_aborted_to_break_a_deadlock_is_run_again(
    gql: GraphQL, public: GraphQL, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Two overlapping batches can deadlock on PostgreSQL (unique key and topic_activity row, taken in
    # opposite orders); the aborted one changed nothing and must be stored by running it again.
    ids = [i for i, c in zip(await _submitted(gql, public, "aborted"), COMMENTS, strict=True) if c]
    store = service._store
    tries: list[int] = []

    async def aborted_once(rows: Any) -> None:
        tries.append(len(rows))
        if len(tries) == 1:
            raise OperationalError("deadlock detected") from asyncpg.exceptions.DeadlockDetectedError("deadlock")
        await store(rows)

    monkeypatch.setattr(service, "_store", aborted_once)
    stored = await service.analyse_responses(response_ids=ids)
    assert tries == [len(ids), len(ids)]
    assert sorted(i for i, a in stored.items() if a is not None) == sorted(ids)
    events = await OutboxEvent.filter(topic="response.analysed")
    assert sorted(e.payload["response_id"] for e in events) == sorted(ids)
