"""eraseRespondent: the respondent's identity, attributes and comments leave every store, in one
go, only in the caller's organisation, audited, with metrics unchanged. The proof scans every
table generically afterwards (every Tortoise model, every column) and finds 0 traces."""

from __future__ import annotations

import json
import uuid
from typing import Any

import httpx
import pytest
from redis.asyncio import Redis
from taskiq import InMemoryBroker
from tortoise import Tortoise

from actions import erasure, erasure_queue, erasure_traces
from actions.models import AuditEvent, Case, CaseStatus, WebhookDelivery
from analysis.models import CommentAnalysis
from api.jobs import broker_for
from core import events
from core.db import db
from core.models import ApiKey, Organization, OutboxEvent, Role
from core.outbox import relay_once
from core.service import create_api_key, get_or_create_organization
from core.settings import Settings
from surveys.models import Display, Respondent, Response
from tests.support.client import GraphQL
from tests.support.databases import REDIS_URL
from tests.support.erasure import COMMENTS, ERASE, EXT, PERSON, PHONE, PM, TRACES, a_respondent_everywhere
from tests.support.ops import METRICS, active_survey, submit
from tests.support.queue import drain

RESPONSES = """query($surveyId: ID) { responses(surveyId: $surveyId, first: 50) {
  edges { node { comment score respondent { externalId } } } } }"""


async def rows_of(table: str, organization_id: int | None) -> list[str]:
    rows = await db().execute_query_dict(f'SELECT * FROM "{table}"')
    if organization_id is not None and rows and "organization_id" in rows[0]:
        rows = [r for r in rows if int(r["organization_id"]) == organization_id]
    return sorted(repr(sorted(dict(r).items())) for r in rows)


async def everything(organization_id: int | None = None) -> dict[str, list[str]]:
    """Every row of every table of the app, rendered as text (one organisation's where they have one)."""
    tables = sorted({model._meta.db_table for model in Tortoise.apps["voc"].values()})
    assert {"responses", "comment_analyses", "cases", "audit_events", "webhook_deliveries", "outbox_events"} <= set(tables)
    # API keys stamp last_used_at on every call: not personal data, and not part of "nothing changed".
    return {t: await rows_of(t, organization_id) for t in tables if t != "api_keys" or organization_id is not None}


def traces_in(snapshot: dict[str, list[str]], needles: list[str]) -> list[tuple[str, str, str]]:
    return [(table, needle, row[:300]) for table, rows in snapshot.items() for row in rows for needle in needles
            if needle in row]


async def export_csv(client: httpx.AsyncClient, key: str) -> str:
    response = await client.get("/export/responses.csv", headers={"authorization": f"Bearer {key}"})
    assert response.status_code == 200
    return response.text


async def metrics(gql: GraphQL, survey_id: str) -> list[dict[str, Any]]:
    return [(await gql(METRICS, surveyId=survey_id))["metrics"], (await gql(METRICS))["metrics"]]


async def test_erasure_leaves_no_trace_in_any_store(
    client: httpx.AsyncClient, gql: GraphQL, public: GraphQL, org: Organization, admin_key: str,
    broker: InMemoryBroker,
) -> None:
    # Another organisation knows a person by the same external id: theirs stays untouched.
    other = await get_or_create_organization(name="Other 商城")
    _, other_key = await create_api_key(organization=other, role=Role.ADMIN, name="other admin")
    other_survey = await active_survey(GraphQL(client, other_key))
    kept = await submit(public, other_survey["token"], f"{EXT}-1", score=3, comment="别家的评论，必须保留",
                        respondent=PERSON)
    assert kept["errors"] == []

    survey = await active_survey(gql)
    made = await a_respondent_everywhere(gql, public, org, broker, survey)
    assert traces_in(await everything(org.id), TRACES)  # the scan does see them before
    csv_before = await export_csv(client, admin_key)
    assert COMMENTS[0] in csv_before and PHONE in csv_before and EXT in csv_before
    before_metrics = await metrics(gql, survey["id"])
    displays = await Display.filter(organization_id=org.id).count()
    other_before = await everything(other.id)

    # A non-admin key is refused and changes nothing.
    _, analyst_key = await create_api_key(organization=org, role=Role.ANALYST, name="analyst")
    untouched = await everything()
    refused = (await GraphQL(client, analyst_key).raw(ERASE, externalId=EXT)).json()
    assert refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert await everything() == untouched

    result = (await gql(ERASE, externalId=EXT))["eraseRespondent"]
    assert result["errors"] == []
    assert result["erasedResponses"] == 4  # three answers and the anonymous re-survey answer of their case
    assert result["erasedCases"] == 1 and result["erasedAnalyses"] == 4
    assert result["scrubbedRecords"] >= 4  # the action, its trail, the shipped event, two deliveries

    # 0 traces in any row of any table of this organisation.
    after = await everything(org.id)
    assert traces_in(after, TRACES) == []
    assert traces_in({"api_keys": await rows_of("api_keys", org.id)}, TRACES) == []
    # Nor in the export, which is built from the database.
    csv_after = await export_csv(client, admin_key)
    assert not [t for t in TRACES if t in csv_after]

    # Metrics as before: every score, category and display is still counted.
    assert await metrics(gql, survey["id"]) == before_metrics
    assert await Display.filter(organization_id=org.id).count() == displays
    assert await Display.filter(organization_id=org.id, respondent_id__isnull=False).count() == 0
    listed = [e["node"] for e in (await gql(RESPONSES, surveyId=survey["id"]))["responses"]["edges"]]
    assert sorted(n["score"] for n in listed) == [2, 5, 9, 10]
    assert [n["respondent"] for n in listed if n["score"] != 10] == [None, None, None]

    # What is kept: the case and its history (SLA, status), the bystander, the action's links.
    case = await Case.get(id=made["case_id"])
    assert case.status == CaseStatus.RESOLVED and case.respondent_id is None
    assert case.resolution_reason == erasure_traces.ERASED
    trail = await AuditEvent.filter(subject="case", subject_id=case.id).order_by("id")
    assert [e.kind for e in trail][:1] == ["created"] and all(e.note in (None, erasure_traces.ERASED) for e in trail)
    bystander = await Response.get(id=made["bystander_id"])
    assert bystander.comment == "一切都好，下次还来" and bystander.respondent_id is not None
    shipped = await OutboxEvent.get(organization_id=org.id, topic=events.ACTION_SHIPPED)
    assert shipped.payload["respondents"] == ["someone-else"]
    bystander_log = await WebhookDelivery.get(event_id=shipped.id + 1000)
    assert bystander_log.payload["data"]["respondent"] == "someone-else"
    assert not await Respondent.exists(organization_id=org.id, external_id=EXT)

    # Audited, with counts and never the external id.
    audit = await AuditEvent.get(organization_id=org.id, subject="respondent", kind="erased")
    admin = await ApiKey.get(organization_id=org.id, role=Role.ADMIN)
    assert audit.subject_id == made["respondent_id"]
    assert audit.actor == f"apikey:{admin.id}"
    assert audit.note is not None and "4 responses" in audit.note and EXT not in audit.note

    # Idempotent: a second erasure (and an unknown id) erase 0, change nothing, need no new audit.
    settled = await everything()
    for external_id in (EXT, "never-seen-9"):
        again = (await gql(ERASE, externalId=external_id))["eraseRespondent"]
        assert again == {"erasedResponses": 0, "erasedCases": 0, "erasedAnalyses": 0, "scrubbedRecords": 0,
                         "errors": []}
    assert await everything() == settled

    # The other organisation's person with the same external id: every row as it was.
    assert await everything(other.id) == other_before
    theirs = await Respondent.get(organization_id=other.id, external_id=EXT)
    assert theirs.attributes["phone"] == PHONE
    assert await Response.filter(organization_id=other.id, comment="别家的评论，必须保留",
                                 respondent_id=theirs.id).exists()


async def test_the_same_words_from_someone_else_stay(
    gql: GraphQL, public: GraphQL, org: Organization, broker: InMemoryBroker
) -> None:
    """A comment is the person's words in their response; the same words in another respondent's
    response are that respondent's, and stay (with their analysis)."""
    survey = await active_survey(gql)
    same = "物流太慢了，客服也不回复"
    for key, who in (("mine-key-1", EXT), ("theirs-key-1", "neighbour-22")):
        sent = await submit(public, survey["token"], key, score=3, comment=same,
                            respondent={"externalId": who, "attributes": {}})
        assert sent["errors"] == []
    await drain(broker)
    done = (await gql(ERASE, externalId=EXT))["eraseRespondent"]
    assert (done["erasedResponses"], done["erasedAnalyses"]) == (1, 1)
    theirs = await Response.get(idempotency_key="theirs-key-1")
    assert theirs.comment == same
    assert (await CommentAnalysis.get(response_id=theirs.id)).normalized
    mine = await Response.get(organization_id=org.id, comment=None)
    assert mine.idempotency_key.startswith("erased:") and mine.score == 3


async def test_input_is_checked(gql: GraphQL) -> None:
    for bad in ("", "   ", "x" * 257):
        refused = (await gql(ERASE, externalId=bad))["eraseRespondent"]
        assert refused["errors"][0]["code"] == "VALIDATION" and refused["errors"][0]["field"] == "externalId"


def test_payload_scrubbing_is_exact_for_short_ids() -> None:
    """An external id like "42" is removed as a whole value, never from inside text or from ids."""
    traces = erasure_traces.Traces(frozenset({"42"}))
    payload = {"id": "42", "event_id": 42, "respondents": ["42", "421"], "respondent": "42",
               "title": "action 42 shipped", "nested": [{"respondent": "42"}]}
    assert erasure_traces.scrub_json(payload, traces) == {
        "id": "42", "event_id": 42, "respondents": ["421"], "respondent": None, "title": "action 42 shipped",
        "nested": [{"respondent": None}]}


@pytest.mark.redis
async def test_queue_messages_lose_the_external_id(settings: Settings, org: Organization) -> None:
    """The relay puts payloads into the Redis stream as task arguments, and the stream is never
    trimmed: acknowledged messages that name the person are deleted, unfinished ones are replaced
    by a scrubbed copy, another organisation's are left alone."""
    assert REDIS_URL is not None
    stream = f"voc:test-erasure:{uuid.uuid4().hex[:8]}"
    broker = broker_for(settings.model_copy(update={"redis_url": REDIS_URL, "queue_name": stream}))
    redis = Redis.from_url(REDIS_URL)
    other = await get_or_create_organization(name="Other 商城")
    try:
        await redis.xgroup_create(stream, "voc-workers", id="0", mkstream=True)
        await OutboxEvent.create(organization_id=org.id, topic=events.ACTION_SHIPPED,
                                 payload={"action_id": 1, "respondents": [EXT, "keep-me"], "truncated": False})
        await relay_once(broker)
        read: Any = await redis.xreadgroup("voc-workers", "c1", {stream: ">"}, count=100)
        done_ids = [message_id for _, messages in read for message_id, _ in messages]
        assert done_ids
        await redis.xack(stream, "voc-workers", *done_ids)  # finished work
        await OutboxEvent.create(organization_id=org.id, topic=events.ACTION_SHIPPED,
                                 payload={"action_id": 2, "respondents": [EXT, "keep-me"], "truncated": False})
        await OutboxEvent.create(organization_id=other.id, topic=events.ACTION_SHIPPED,
                                 payload={"action_id": 3, "respondents": [EXT], "truncated": False})
        await relay_once(broker)  # still to be done

        done = await erasure.erase_respondent(organization_id=org.id, external_id=EXT, actor=PM, redis=redis,
                                              stream=stream)
        assert done.queue_messages >= 2 and not done.queue_unreachable
        entries: Any = await redis.xrange(stream)
        # The relay batches events into messages (core.queue.dispatch), whatever their organisation:
        # the second pass sent events 2 (ours) and 3 (the other organisation's) in one message.
        kwargs = [event["payload"] for _, fields in entries
                  for event in json.loads(fields[b"data"])["kwargs"]["events"]]
        assert {k["action_id"] for k in kwargs} == {2, 3}  # the finished one is gone
        assert all(k["respondents"] == ["keep-me"] for k in kwargs if k["action_id"] == 2)
        assert all(k["respondents"] == [EXT] for k in kwargs if k["action_id"] == 3)
        assert not [k for k in kwargs if k["action_id"] != 3 and EXT in json.dumps(k)]
        again = await erasure.erase_respondent(organization_id=org.id, external_id=EXT, actor=PM, redis=redis,
                                               stream=stream)
        assert again.queue_messages == 0
    finally:
        await redis.delete(stream)
        await redis.aclose()
        await broker.shutdown()


def test_queue_messages_of_an_older_relay_and_batches_are_scrubbed_for_this_organisation_only() -> None:
    traces = erasure_traces.Traces(frozenset({EXT}))
    ours, theirs = {"action_id": 1, "respondents": [EXT, "keep-me"]}, {"action_id": 2, "respondents": [EXT]}
    # One event per message (the relay before batching): scrubbed only when the event is ours.
    assert erasure_queue._scrub_ours({"event_id": 1, "topic": "t", "payload": ours}, {1}, traces)["payload"][
        "respondents"] == ["keep-me"]
    assert erasure_queue._scrub_ours({"event_id": 2, "topic": "t", "payload": theirs}, {1}, traces)["payload"] == theirs
    # A batch mixing organisations: only our event changes.
    batch = {"events": [{"event_id": 1, "topic": "t", "payload": ours}, {"event_id": 2, "topic": "t", "payload": theirs}]}
    clean = erasure_queue._scrub_ours(batch, {1}, traces)["events"]
    assert [e["payload"]["respondents"] for e in clean] == [["keep-me"], [EXT]]
    assert erasure_queue._event_ids(batch) == [1, 2] and erasure_queue._event_ids({"event_id": 7}) == [7]
