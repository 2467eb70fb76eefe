"""Live updates over a real WebSocket: a Uvicorn server on an ephemeral port, graphql-transport-ws.

Events travel the production path: a change and its outbox row commit together, the relay sends
the row to the queue, the live task publishes to the hub (Redis pub/sub when VOC_TEST_REDIS_URL
is set), and the subscription loads the object under the subscriber's organisation.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from tortoise.transactions import in_transaction

from actions.live import channel
from actions.models import Action, ActionStatus, Case, CaseStatus
from api.ids import decode_id, encode_id
from core import events
from core.models import Organization, OutboxEvent, Role
from core.pubsub import RedisHub
from core.service import create_api_key, get_or_create_organization
from core.settings import Settings
from surveys.models import NpsCategory, Response
from tests.support.client import GraphQL
from tests.support.databases import REDIS_URL
from tests.support.live import LiveServer, connect, serving
from tests.support.ops import active_survey, submit
from tests.support.waiting import until

CASES = "subscription { caseUpdated { id status breached response { id score } } }"
ACTIONS = "subscription { actionUpdated { id title status } }"
RESPONSES = "subscription($surveyId: ID) { responseSubmitted(surveyId: $surveyId) { id score survey { id } } }"


@pytest.fixture
async def live(orm: None, app_settings: Settings) -> AsyncIterator[LiveServer]:
    async with serving(app_settings) as server:
        yield server


def code_of(message: dict[str, Any]) -> str:
    assert message["type"] == "error", message
    code: str = message["payload"][0]["extensions"]["code"]
    return code


async def open_case(org: Organization, survey_pk: int) -> Case:
    """A detractor's case as the case service would open it: row and outbox event in one transaction."""
    async with in_transaction():
        response = await Response.create(
            organization_id=org.id, survey_id=survey_pk, idempotency_key=uuid.uuid4().hex, payload_hash="0" * 64,
            score=3, nps_category=NpsCategory.DETRACTOR, submitted_at=datetime.now(UTC))
        case = await Case.create(organization_id=org.id, survey_id=survey_pk, response_id=response.id)
        await OutboxEvent.create(organization_id=org.id, topic=events.CASE_CREATED,
                                 payload={"case_id": case.id, "status": case.status.value})
    return case


async def change_case(case: Case, topic: str, **changes: Any) -> None:
    async with in_transaction():
        await Case.filter(id=case.id).update(**changes)
        await OutboxEvent.create(organization_id=case.organization_id, topic=topic,
                                 payload={"case_id": case.id, "status": str(changes.get("status", case.status))})


async def survey_pk(gql: GraphQL, **fields: Any) -> tuple[dict[str, Any], int]:
    survey = await active_survey(gql, **fields)
    return survey, decode_id(survey["id"], "Survey")


async def test_a_subscriber_sees_its_cases_open_and_change(
    live: LiveServer, gql: GraphQL, org: Organization, admin_key: str
) -> None:
    _, pk = await survey_pk(gql)
    async with connect(live, admin_key) as ws:
        await ws.subscribe("c", CASES)
        await until(lambda: live.hub.listening(channel(org.id, "case")))

        case = await open_case(org, pk)
        got = await ws.receive()
        assert got["id"] == "c" and got["type"] == "next"
        seen = got["payload"]["data"]["caseUpdated"]
        assert seen["id"] == encode_id("Case", case.id) and seen["status"] == "NEW" and not seen["breached"]
        assert case.response_id is not None
        assert seen["response"] == {"id": encode_id("Response", case.response_id), "score": 3}

        await change_case(case, events.CASE_UPDATED, status=CaseStatus.ASSIGNED)
        assert (await ws.receive())["payload"]["data"]["caseUpdated"]["status"] == "ASSIGNED"
        await change_case(case, events.CASE_SLA_BREACHED, breached=True)
        assert (await ws.receive())["payload"]["data"]["caseUpdated"]["breached"] is True

        await ws.send({"id": "c", "type": "complete"})
        await until(lambda: live.hub.subscribers(channel(org.id, "case")) == 0)


async def test_actions_stream_with_the_key_in_the_connection_init_payload(
    live: LiveServer, org: Organization, admin_key: str
) -> None:
    async with connect(live, params={"authorization": f"Bearer {admin_key}"}) as ws:
        await ws.subscribe("a", ACTIONS)
        await until(lambda: live.hub.listening(channel(org.id, "action")))
        async with in_transaction():
            action = await Action.create(organization_id=org.id, title="修复闪退", status=ActionStatus.UNDER_REVIEW)
            await OutboxEvent.create(organization_id=org.id, topic=events.ACTION_STATUS_CHANGED,
                                     payload={"action_id": action.id, "from": "proposed", "to": "under_review"})
        seen = (await ws.receive())["payload"]["data"]["actionUpdated"]
        assert seen == {"id": encode_id("Action", action.id), "title": "修复闪退", "status": "UNDER_REVIEW"}

        async with in_transaction():
            await Action.filter(id=action.id).update(status=ActionStatus.SHIPPED)
            await OutboxEvent.create(organization_id=org.id, topic=events.ACTION_SHIPPED,
                                     payload={"action_id": action.id, "respondents": ["u-1", "u-2"]})
        assert (await ws.receive())["payload"]["data"]["actionUpdated"]["status"] == "SHIPPED"


async def test_submitted_responses_arrive_filtered_by_survey(
    live: LiveServer, gql: GraphQL, public: GraphQL, org: Organization, admin_key: str
) -> None:
    a, _ = await survey_pk(gql, name="A")
    b, _ = await survey_pk(gql, name="B")
    async with connect(live, admin_key) as ws:
        await ws.subscribe("all", RESPONSES)
        await ws.subscribe("only-a", RESPONSES, surveyId=a["id"])
        await until(lambda: live.hub.subscribers(channel(org.id, "response")) == 2
                    and live.hub.listening(channel(org.id, "response")))

        to_b = await submit(public, b["token"], "live-b-0001", score=9)
        got = await ws.receive()
        assert got["id"] == "all"
        assert got["payload"]["data"]["responseSubmitted"] == {
            "id": to_b["response"]["id"], "score": 9, "survey": {"id": b["id"]}}

        to_a = await submit(public, a["token"], "live-a-0001", score=10)
        both = [await ws.receive(), await ws.receive()]
        assert sorted(m["id"] for m in both) == ["all", "only-a"]
        assert {m["payload"]["data"]["responseSubmitted"]["id"] for m in both} == {to_a["response"]["id"]}
        await ws.silent_for(0.3)


async def test_an_organisation_hears_nothing_of_another(
    live: LiveServer, client: httpx.AsyncClient, gql: GraphQL, public: GraphQL, org: Organization, admin_key: str
) -> None:
    a_survey, a_pk = await survey_pk(gql)
    other = await get_or_create_organization(name="Org B")
    _, b_key = await create_api_key(organization=other, role=Role.VIEWER)
    b_survey, b_pk = await survey_pk(GraphQL(client, (await create_api_key(organization=other, role=Role.ADMIN))[1]))

    async with connect(live, admin_key) as a_ws, connect(live, b_key) as b_ws:
        for ws in (a_ws, b_ws):
            await ws.subscribe("cases", CASES)
            await ws.subscribe("responses", RESPONSES)
        # A survey of another organisation, or no survey at all, is not found.
        await b_ws.subscribe("foreign", RESPONSES, surveyId=a_survey["id"])
        assert code_of(await b_ws.receive()) == "NOT_FOUND"
        await b_ws.subscribe("bogus", RESPONSES, surveyId="not-an-id")
        assert code_of(await b_ws.receive()) == "NOT_FOUND"
        wanted = [channel(org_id, kind) for org_id in (org.id, other.id) for kind in ("case", "response")]
        await until(lambda: all(live.hub.listening(name) for name in wanted))

        a_case = await open_case(org, a_pk)
        await submit(public, a_survey["token"], "iso-live-0001", score=10)
        heard = {(m := await a_ws.receive())["id"]: m["payload"]["data"] for _ in range(2)}
        assert heard["cases"]["caseUpdated"]["id"] == encode_id("Case", a_case.id)
        # A message naming A's case on B's channel (a forged or misrouted one) is re-checked on load.
        await live.hub.publish(channel(other.id, "case"), {"id": a_case.id, "event_id": 0})
        await b_ws.silent_for(0.5)

        b_case = await open_case(other, b_pk)
        assert (await b_ws.receive())["payload"]["data"]["caseUpdated"]["id"] == encode_id("Case", b_case.id)
        await a_ws.silent_for(0.3)
        assert b_survey["id"] != a_survey["id"]


async def test_anonymous_and_invalid_keys_are_refused(live: LiveServer) -> None:
    async with connect(live) as ws:
        await ws.subscribe("1", CASES)
        assert code_of(await ws.receive()) == "UNAUTHENTICATED"
    async with connect(live, params={"authorization": "Bearer voc_not-a-key"}) as ws:
        await ws.subscribe("2", ACTIONS)
        refused = await ws.receive()
        assert code_of(refused) == "UNAUTHENTICATED" and "invalid" in refused["payload"][0]["message"]
    assert live.hub.subscribers(channel(1, "case")) == 0


async def test_subscriptions_per_connection_are_limited(
    orm: None, app_settings: Settings, org: Organization, admin_key: str
) -> None:
    cases = channel(org.id, "case")
    async with serving(app_settings.model_copy(update={"max_subscriptions_per_connection": 2})) as live, \
            connect(live, admin_key) as ws:
        await ws.subscribe("1", CASES)
        await ws.subscribe("2", CASES)
        await until(lambda: live.hub.subscribers(cases) == 2)
        await ws.subscribe("3", CASES)
        refused = await ws.receive()
        assert refused["id"] == "3" and code_of(refused) == "TOO_MANY_SUBSCRIPTIONS"

        await ws.send({"id": "1", "type": "complete"})
        await until(lambda: live.hub.subscribers(cases) == 1)
        await ws.subscribe("4", CASES)
        await until(lambda: live.hub.subscribers(cases) == 2)
        async with connect(live, admin_key) as second:  # the limit is per connection
            await second.subscribe("1", CASES)
            await until(lambda: live.hub.subscribers(cases) == 3)
        await ws.silent_for(0.1)


@pytest.mark.redis
async def test_events_published_by_another_process_reach_the_subscribers(
    live: LiveServer, gql: GraphQL, org: Organization, admin_key: str
) -> None:
    assert REDIS_URL and isinstance(live.hub, RedisHub)
    _, pk = await survey_pk(gql)
    async with in_transaction():  # rows only: the event comes from the "worker" below
        response = await Response.create(organization_id=org.id, survey_id=pk, idempotency_key="x-process",
                                         payload_hash="0" * 64, score=2, submitted_at=datetime.now(UTC))
        case = await Case.create(organization_id=org.id, survey_id=pk, response_id=response.id)
    worker = RedisHub(REDIS_URL)  # a `voc worker` process's hub: it only publishes
    try:
        async with connect(live, admin_key) as ws:
            await ws.subscribe("c", CASES)
            await until(lambda: live.hub.listening(channel(org.id, "case")))
            await worker.publish(channel(org.id, "case"), {"id": case.id, "event_id": 1})
            assert (await ws.receive())["payload"]["data"]["caseUpdated"]["id"] == encode_id("Case", case.id)
    finally:
        await worker.close()
