"""Webhooks through GraphQL: create (secret shown once), list, update, rotate, delete, the
delivery log and redelivery; typed errors, admin-only access and tenant isolation."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from actions import delivery, webhooks
from actions.models import DeliveryStatus, WebhookDelivery
from api.ids import decode_id
from core import events as topics
from core.models import Organization, OutboxEvent, Role
from core.service import create_api_key, get_or_create_organization
from core.settings import Settings
from tests.support.client import GraphQL, app_client
from tests.support.webhooks import Receiver, deliver

ERRORS = "errors { code field message }"
CREATE = f"""mutation($input: CreateWebhookInput!) {{
  createWebhook(input: $input) {{ webhook {{ id url events active createdAt }} secret {ERRORS} }} }}"""
UPDATE = f"""mutation($id: ID!, $url: String, $events: [String!], $active: Boolean) {{
  updateWebhook(id: $id, url: $url, events: $events, active: $active) {{
    webhook {{ id url events active }} secret {ERRORS} }} }}"""
ROTATE = f"""mutation($id: ID!, $secret: String) {{
  rotateWebhookSecret(id: $id, secret: $secret) {{ webhook {{ id }} secret {ERRORS} }} }}"""
DELETE = f"mutation($id: ID!) {{ deleteWebhook(id: $id) {{ webhook {{ id url }} {ERRORS} }} }}"
REDELIVER = f"""mutation($id: ID!) {{
  redeliverWebhookDelivery(id: $id) {{ delivery {{ id status attempts nextAttemptAt }} {ERRORS} }} }}"""
LIST = "query($first: Int, $after: String) { webhooks(first: $first, after: $after) { totalCount " \
       "pageInfo { hasNextPage endCursor } edges { node { id url events active } } } }"
DELIVERIES = """query($id: ID!, $status: WebhookDeliveryStatus, $first: Int) { node(id: $id) { ... on Webhook {
  deliveries(first: $first, status: $status) { totalCount edges { node {
    id event status attempts lastStatusCode lastError createdAt deliveredAt nextAttemptAt payload } } } } } }"""
NODE = "query($id: ID!) { node(id: $id) { id ... on Webhook { url } } }"


@pytest.fixture
def app_settings(settings: Settings) -> Settings:
    """This module's API allows private targets (the receiver is on loopback)."""
    return settings.model_copy(update={"rate_limit_per_ip": "100000/minute", "rate_limit_per_survey": "100000/minute",
                                       "webhook_allow_private": True, "webhook_max_attempts": 2})


@pytest.fixture
async def strict_gql(app_settings: Settings, admin_key: str) -> AsyncIterator[GraphQL]:
    async with app_client(app_settings.model_copy(update={"webhook_allow_private": False})) as c:
        yield GraphQL(c, admin_key)


def tomorrow() -> datetime:
    return datetime.now(UTC) + timedelta(days=1)


async def key(org: Organization, role: Role) -> str:
    return (await create_api_key(organization=org, role=role, name=f"{role.value} key"))[1]


async def create(gql: GraphQL, **fields: Any) -> dict[str, Any]:
    payload: dict[str, Any] = (await gql(CREATE, input={"events": ["case.created"], **fields}))["createWebhook"]
    return payload


async def test_create_list_update_rotate_delete(gql: GraphQL, receiver: Receiver) -> None:
    made = await create(gql, url=receiver.url, events=["case.created", "response.created"])
    assert made["errors"] == []
    webhook = made["webhook"]
    assert webhook["url"] == receiver.url and webhook["active"] is True
    assert webhook["events"] == ["case.created", "response.created"]
    assert len(made["secret"]) >= 40  # generated, and shown only here
    given = await create(gql, url=receiver.url + "2", secret="a-secret-of-my-own-choosing")
    assert given["secret"] == "a-secret-of-my-own-choosing"

    listed = (await gql(LIST, first=1))["webhooks"]
    assert listed["totalCount"] == 2 and listed["pageInfo"]["hasNextPage"] is True
    assert [e["node"]["id"] for e in listed["edges"]] == [given["webhook"]["id"]]  # newest first
    rest = (await gql(LIST, first=5, after=listed["pageInfo"]["endCursor"]))["webhooks"]
    assert [e["node"]["id"] for e in rest["edges"]] == [webhook["id"]]
    no_secret = await gql.raw("{ webhooks { edges { node { id secret } } } }")
    assert "secret" in no_secret.json()["errors"][0]["message"]  # never readable after creation

    updated = (await gql(UPDATE, id=webhook["id"], active=False, events=["case.sla_breached"]))["updateWebhook"]
    assert updated["errors"] == [] and updated["secret"] is None
    assert (updated["webhook"]["active"], updated["webhook"]["events"]) == (False, ["case.sla_breached"])

    rotated = (await gql(ROTATE, id=webhook["id"]))["rotateWebhookSecret"]
    assert rotated["errors"] == [] and rotated["secret"] not in (None, made["secret"])
    stored = await webhooks.get_webhook(organization_id=(await Organization.get(name="Acme 商城")).id,
                                        webhook_id=decode_id(webhook["id"], "Webhook"))
    assert stored.secret == rotated["secret"]
    short = (await gql(ROTATE, id=webhook["id"], secret="short"))["rotateWebhookSecret"]
    assert short["errors"][0]["code"] == "INVALID_WEBHOOK" and short["errors"][0]["field"] == "secret"

    deleted = (await gql(DELETE, id=webhook["id"]))["deleteWebhook"]
    assert deleted["errors"] == [] and deleted["webhook"]["id"] == webhook["id"]
    assert (await gql(NODE, id=webhook["id"]))["node"] is None
    again = (await gql(DELETE, id=webhook["id"]))["deleteWebhook"]
    assert again["errors"][0]["code"] == "NOT_FOUND"


async def test_typed_errors_change_nothing(gql: GraphQL, strict_gql: GraphQL) -> None:
    unknown = await create(gql, url="http://127.0.0.1/x", events=["case.created", "case.exploded"])
    assert unknown["webhook"] is None and unknown["secret"] is None
    error = unknown["errors"][0]
    assert (error["code"], error["field"]) == ("INVALID_WEBHOOK", "events")
    assert "case.exploded" in error["message"] and "action.shipped" in error["message"]
    assert (await create(gql, url="http://127.0.0.1/x", events=[]))["errors"][0]["field"] == "events"
    assert (await create(gql, url="http://127.0.0.1/x", secret="tiny"))["errors"][0]["field"] == "secret"

    for url in ("ftp://example.com/x", "file:///etc/passwd", "http://127.0.0.1:9000/x", "http://10.0.0.1/x",
                "http://[::1]/x", "http://169.254.169.254/latest", "http://localhost:8000/x"):
        refused = await create(strict_gql, url=url)
        assert refused["errors"][0]["code"] == "INVALID_WEBHOOK" and refused["errors"][0]["field"] == "url", url
    assert (await create(gql, url="ftp://example.com/x"))["errors"][0]["field"] == "url"  # scheme: always
    assert (await gql(LIST))["webhooks"]["totalCount"] == 0

    made = (await create(gql, url="http://127.0.0.1:9000/x"))["webhook"]  # private allowed on this API
    moved = (await strict_gql(UPDATE, id=made["id"], url="http://10.1.1.1/x", active=False))["updateWebhook"]
    assert moved["errors"][0]["code"] == "INVALID_WEBHOOK"
    node = (await gql(LIST))["webhooks"]["edges"][0]["node"]
    assert (node["url"], node["active"]) == ("http://127.0.0.1:9000/x", True)
    bad_id = (await gql(UPDATE, id="not-an-id", active=False))["updateWebhook"]
    assert bad_id["errors"][0]["code"] == "NOT_FOUND"


async def test_the_delivery_log_and_redelivery(
    gql: GraphQL, org: Organization, receiver: Receiver, app_settings: Settings
) -> None:
    made = await create(gql, url=receiver.url, events=["case.created", "case.updated"])
    webhook_id = made["webhook"]["id"]
    receiver.statuses = [200, 500, 500]
    first = await OutboxEvent.create(organization=org, topic=topics.CASE_CREATED, payload={"case_id": 1})
    second = await OutboxEvent.create(organization=org, topic=topics.CASE_UPDATED, payload={"case_id": 1})
    await deliver(first.id, app_settings)
    await deliver(second.id, app_settings)
    await delivery.retry_due(settings=app_settings, now=tomorrow())  # the second fails again: FAILED (2 attempts)

    log = (await gql(DELIVERIES, id=webhook_id))["node"]["deliveries"]
    assert log["totalCount"] == 2
    failed, succeeded = (e["node"] for e in log["edges"])  # newest first
    assert (succeeded["event"], succeeded["status"], succeeded["attempts"]) == ("case.created", "SUCCEEDED", 1)
    assert succeeded["lastStatusCode"] == 200 and succeeded["deliveredAt"] and succeeded["createdAt"]
    assert succeeded["payload"]["id"] == str(first.id) and succeeded["payload"]["data"] == {"case_id": 1}
    assert (failed["event"], failed["status"], failed["attempts"]) == ("case.updated", "FAILED", 2)
    assert (failed["lastStatusCode"], failed["lastError"], failed["nextAttemptAt"]) == (500, "HTTP 500", None)
    only = (await gql(DELIVERIES, id=webhook_id, status="FAILED"))["node"]["deliveries"]
    assert [e["node"]["id"] for e in only["edges"]] == [failed["id"]]

    refused = (await gql(REDELIVER, id=succeeded["id"]))["redeliverWebhookDelivery"]
    assert refused["errors"][0]["code"] == "INVALID_TRANSITION" and refused["delivery"] is None
    again = (await gql(REDELIVER, id=failed["id"]))["redeliverWebhookDelivery"]
    assert again["errors"] == []
    assert (again["delivery"]["status"], again["delivery"]["attempts"]) == ("PENDING", 0)
    assert await delivery.retry_due(settings=app_settings) == 1
    row = await WebhookDelivery.get(id=decode_id(failed["id"], "WebhookDelivery"))
    assert row.status == DeliveryStatus.SUCCEEDED and len(receiver.received) == 4


async def test_only_admins_manage_webhooks_and_read_deliveries(
    client: httpx.AsyncClient, gql: GraphQL, org: Organization
) -> None:
    made = (await create(gql, url="http://127.0.0.1:9000/x"))["webhook"]
    for role in (Role.ANALYST, Role.AGENT, Role.VIEWER):
        other = GraphQL(client, await key(org, role))
        for query, variables in ((CREATE, {"input": {"url": "http://127.0.0.1/y", "events": ["case.created"]}}),
                                 (DELETE, {"id": made["id"]}), (LIST, {}), (DELIVERIES, {"id": made["id"]})):
            answer = (await other.raw(query, **variables)).json()
            assert answer["errors"][0]["extensions"]["code"] == "FORBIDDEN", (role, query)
    assert (await gql(LIST))["webhooks"]["totalCount"] == 1
    anonymous = (await GraphQL(client).raw(LIST)).json()
    assert anonymous["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_another_organisation_cannot_see_or_change_a_webhook(
    client: httpx.AsyncClient, gql: GraphQL, org: Organization, receiver: Receiver, app_settings: Settings
) -> None:
    made = (await create(gql, url=receiver.url))["webhook"]
    receiver.statuses = [500, 500]
    event = await OutboxEvent.create(organization=org, topic=topics.CASE_CREATED, payload={"case_id": 5})
    await deliver(event.id, app_settings)
    await delivery.retry_due(settings=app_settings, now=tomorrow())
    delivery_id = (await gql(DELIVERIES, id=made["id"]))["node"]["deliveries"]["edges"][0]["node"]["id"]

    b = GraphQL(client, await key(await get_or_create_organization(name="Org B"), Role.ADMIN))
    assert (await b(LIST))["webhooks"]["totalCount"] == 0
    assert (await b(NODE, id=made["id"]))["node"] is None
    assert (await b(DELIVERIES, id=made["id"]))["node"] is None
    for query, name, variables in ((UPDATE, "updateWebhook", {"active": False}), (ROTATE, "rotateWebhookSecret", {}),
                                   (DELETE, "deleteWebhook", {})):
        assert (await b(query, id=made["id"], **variables))[name]["errors"][0]["code"] == "NOT_FOUND"
    assert (await b(REDELIVER, id=delivery_id))["redeliverWebhookDelivery"]["errors"][0]["code"] == "NOT_FOUND"

    node = (await gql(LIST))["webhooks"]["edges"][0]["node"]
    assert node["active"] is True
    assert (await WebhookDelivery.get()).status == DeliveryStatus.FAILED
