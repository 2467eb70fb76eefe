"""The inner loop end to end on a served app: a detractor answers through the public API, a case
opens with its SLA clocks and assignee, a signed webhook reaches a real receiver and a
subscriber sees the case appear, by the production path (outbox → queue)."""

from __future__ import annotations

from datetime import datetime, timedelta

import httpx
import pytest

from actions.live import channel
from actions.webhooks import verify_signature
from api.ids import encode_id
from core.models import Organization
from core.settings import Settings
from tests.support.client import GraphQL
from tests.support.live import connect, serving
from tests.support.ops import active_survey
from tests.support.waiting import until
from tests.support.webhooks import Receiver

SETUP_AGENT = """mutation { createUser(name: "小王", role: AGENT, email: "wang@example.com") { user { id } errors { code } } }"""
TEAM = """mutation($lead: ID) { createTeam(name: "客户成功", isDefault: true, leadId: $lead) { team { id } errors { code } } }"""
MEMBER = """mutation($team: ID!, $user: ID!) { addTeamMember(teamId: $team, userId: $user) { errors { code } } }"""
HOOK = """mutation($url: String!) { createWebhook(input: {url: $url, events: ["case.created"]}) {
  webhook { id } secret errors { code message } } }"""
SUBMIT = """mutation($i: SubmitResponseInput!) { submitResponse(input: $i) { errors { code } } }"""


@pytest.fixture
def app_settings(settings: Settings) -> Settings:
    """The receiver listens on loopback: this module's app may call private addresses."""
    return settings.model_copy(update={"rate_limit_per_ip": "100000/minute", "rate_limit_per_survey": "100000/minute",
                                       "webhook_allow_private": True})


CASES = """subscription { caseUpdated { id status createdAt firstContactDueAt resolveDueAt
  assignee { id name } response { score comment } } }"""


async def test_a_detractor_opens_a_case_a_signed_webhook_and_a_live_update(
    app_settings: Settings, gql: GraphQL, org: Organization, admin_key: str, receiver: Receiver,
) -> None:
    survey = await active_survey(gql)
    agent = (await gql(SETUP_AGENT))["createUser"]["user"]["id"]
    team = (await gql(TEAM, lead=None))["createTeam"]["team"]["id"]
    assert (await gql(MEMBER, team=team, user=agent))["addTeamMember"]["errors"] == []
    created = (await gql(HOOK, url=receiver.url))["createWebhook"]
    assert created["errors"] == []
    secret = created["secret"]
    async with serving(app_settings) as live, connect(live, admin_key) as ws:
        await ws.subscribe("cases", CASES)
        await until(lambda: live.hub.listening(channel(org.id, "case")))
        async with httpx.AsyncClient(base_url=live.url) as http:
            answer = await http.post("/graphql", json={"query": SUBMIT, "variables": {"i": {
                "token": survey["token"], "idempotencyKey": "e2e-detractor-1", "score": 2,
                "comment": "APP 总是闪退，客服也不回复", "respondent": {"externalId": "member-42"}}}})
        assert answer.status_code == 200 and answer.json()["data"]["submitResponse"]["errors"] == []

        seen = (await ws.receive())["payload"]["data"]["caseUpdated"]
        await until(lambda: len(receiver.received) >= 1)

    assert seen["response"] == {"score": 2, "comment": "APP 总是闪退，客服也不回复"}
    assert seen["assignee"] == {"id": agent, "name": "小王"}
    assert seen["status"] == "ASSIGNED"
    opened = datetime.fromisoformat(seen["createdAt"])
    assert datetime.fromisoformat(seen["firstContactDueAt"]) - opened == timedelta(hours=24)
    assert datetime.fromisoformat(seen["resolveDueAt"]) - opened == timedelta(days=7)

    post = receiver.received[0]
    assert post.headers["x-voc-event"] == "case.created"
    assert verify_signature(secret, post.headers["x-voc-signature"], post.body)
    assert not verify_signature("another-secret-of-16+", post.headers["x-voc-signature"], post.body)
    body = post.json()
    assert body["event"] == "case.created" and body["organization_id"] == org.id
    assert encode_id("Case", body["data"]["case_id"]) == seen["id"]
