"""Webhooks: signed POSTs to a real local receiver, retries with backoff, idempotent fan-out,
refused targets, tenant isolation, the signature helper and emerging-topic announcements."""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import time
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from actions import delivery, emerging, webhooks
from actions.errors import InvalidTransition, InvalidWebhook
from actions.models import AuditEvent, DeliveryStatus, Webhook, WebhookDelivery
from analysis.models import CommentAnalysis, ModelStatus, Topic, TopicModelVersion
from api.ids import decode_id
from core import events as topics
from core.errors import NotFound
from core.models import Organization, OutboxEvent
from core.outbox import relay_once
from core.service import get_or_create_organization
from core.settings import Settings
from surveys.models import Response
from tests.support.client import GraphQL
from tests.support.ops import active_survey, submit
from tests.support.queue import in_process, settle
from tests.support.webhooks import SECRET, Receiver, deliver, hook


@pytest.fixture
def hooks(app_settings: Settings) -> Settings:
    """Private targets allowed (the receiver is on loopback), few attempts, short timeouts."""
    return app_settings.model_copy(update={
        "webhook_allow_private": True, "webhook_max_attempts": 3, "webhook_backoff_seconds": 10.0,
        "webhook_timeout_seconds": 2.0,
    })


@pytest.fixture
def strict(app_settings: Settings) -> Settings:
    return app_settings.model_copy(update={"webhook_allow_private": False, "webhook_timeout_seconds": 2.0})


async def announce(org: Organization, topic: str = topics.CASE_CREATED, **payload: Any) -> int:
    event = await OutboxEvent.create(organization=org, topic=topic, payload=payload or {"case_id": 1, "status": "new"})
    return int(event.id)


def later(seconds: float) -> datetime:
    return datetime.now(UTC) + timedelta(seconds=seconds)


# --- signing and a real receiver ------------------------------------------------------------


async def test_a_submitted_response_reaches_a_real_receiver_signed(
    gql: GraphQL, public: GraphQL, org: Organization, receiver: Receiver, hooks: Settings,
) -> None:
    webhook = await hook(org, receiver.url, ["response.created", "case.created"])
    survey = await active_survey(gql)
    sent = await submit(public, survey["token"], "hook-key-001", score=3, comment="配送太慢",
                        respondent={"externalId": "cust-42"})
    assert sent["errors"] == []

    async with in_process(hooks) as broker:  # the queue's tasks run with these settings
        assert await relay_once(broker) == 1  # outbox -> queue -> webhooks.fan_out -> webhooks.attempt -> POST
        await settle(broker)

    assert len(receiver.received) == 1
    got = receiver.received[0]
    row = await WebhookDelivery.get(webhook_id=webhook.id)
    event = await OutboxEvent.get(topic=topics.RESPONSE_SUBMITTED)
    assert got.path == "/hook"
    assert got.headers["content-type"] == "application/json"
    assert got.headers["x-voc-event"] == "response.created"
    assert got.headers["x-voc-delivery"] == str(row.id)
    assert webhooks.verify_signature(SECRET, got.headers["x-voc-signature"], got.body)
    stamp = int(got.headers["x-voc-signature"].split(",")[0].removeprefix("t="))
    assert abs(stamp - time.time()) < 30
    body = got.json()
    assert body["id"] == str(event.id) and body["event"] == "response.created"
    assert body["organization_id"] == org.id and datetime.fromisoformat(body["created_at"]).tzinfo is not None
    data = body["data"]
    assert data["response_id"] == event.payload["response_id"] and data["survey_id"] == event.payload["survey_id"]
    assert (data["score"], data["completed"], data["comment"], data["respondent"]) == (3, True, "配送太慢", "cust-42")
    assert (row.status, row.attempts, row.last_status_code, row.last_error) == (DeliveryStatus.SUCCEEDED, 1, 200, None)
    assert row.delivered_at is not None and row.next_attempt_at is None and row.event == "response.created"


async def test_failures_are_retried_with_backoff_until_success(
    org: Organization, receiver: Receiver, hooks: Settings
) -> None:
    receiver.statuses = [500, 503]
    webhook = await hook(org, receiver.url)
    event_id = await announce(org)
    before = datetime.now(UTC)
    assert await deliver(event_id, hooks) == 1

    row = await WebhookDelivery.get(webhook_id=webhook.id)
    assert (row.status, row.attempts, row.last_status_code, row.last_error) == (DeliveryStatus.PENDING, 1, 500,
                                                                                "HTTP 500")
    assert row.next_attempt_at is not None
    assert timedelta(seconds=10) <= row.next_attempt_at - before < timedelta(seconds=15)  # first backoff: 10 s
    assert await delivery.retry_due(settings=hooks) == 0  # not due yet
    assert len(receiver.received) == 1

    second = datetime.now(UTC)
    assert await delivery.retry_due(settings=hooks, now=later(11)) == 1
    await row.refresh_from_db()
    assert (row.status, row.attempts, row.last_status_code) == (DeliveryStatus.PENDING, 2, 503)
    assert row.next_attempt_at is not None
    assert timedelta(seconds=30) <= row.next_attempt_at - second < timedelta(seconds=35)  # then 3x longer
    assert await delivery.retry_due(settings=hooks, now=later(25)) == 0

    assert await delivery.retry_due(settings=hooks, now=later(31)) == 1
    await row.refresh_from_db()
    assert (row.status, row.attempts, row.last_status_code, row.last_error) == (DeliveryStatus.SUCCEEDED, 3, 200, None)
    assert row.delivered_at is not None and row.next_attempt_at is None

    # Every attempt carried the same body and delivery id, each signed afresh.
    assert len(receiver.received) == 3
    assert len({r.body for r in receiver.received}) == 1
    assert {r.headers["x-voc-delivery"] for r in receiver.received} == {str(row.id)}
    assert all(webhooks.verify_signature(SECRET, r.headers["x-voc-signature"], r.body) for r in receiver.received)
    assert await delivery.retry_due(settings=hooks, now=later(10_000)) == 0


async def test_a_delivery_fails_after_the_last_attempt_and_can_be_redelivered(
    org: Organization, receiver: Receiver, hooks: Settings
) -> None:
    receiver.statuses = [500, 500, 500]
    webhook = await hook(org, receiver.url)
    await deliver(await announce(org), hooks)
    for seconds in (100, 1000):
        assert await delivery.retry_due(settings=hooks, now=later(seconds)) == 1
    row = await WebhookDelivery.get(webhook_id=webhook.id)
    assert (row.status, row.attempts, row.last_status_code, row.next_attempt_at) == (DeliveryStatus.FAILED, 3, 500,
                                                                                     None)
    assert await delivery.retry_due(settings=hooks, now=later(100_000)) == 0
    assert len(receiver.received) == 3

    again = await webhooks.redeliver(organization_id=org.id, delivery_id=row.id)
    assert (again.status, again.attempts) == (DeliveryStatus.PENDING, 0)
    assert await delivery.retry_due(settings=hooks) == 1
    await row.refresh_from_db()
    assert (row.status, row.attempts) == (DeliveryStatus.SUCCEEDED, 1)
    with pytest.raises(InvalidTransition, match="only a FAILED delivery"):
        await webhooks.redeliver(organization_id=org.id, delivery_id=row.id)
    other = await get_or_create_organization(name="Other org")
    with pytest.raises(NotFound):
        await webhooks.redeliver(organization_id=other.id, delivery_id=row.id)


async def test_timeouts_refused_connections_and_redirects_are_failed_attempts(
    org: Organization, hooks: Settings
) -> None:
    quick = hooks.model_copy(update={"webhook_timeout_seconds": 0.3})
    slow = Receiver(delay=2.0).start()
    redirecting = Receiver(statuses=[302]).start()
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{s.getsockname()[1]}/hook"
    try:
        for url in (slow.url, redirecting.url, closed):
            await hook(org, url)
        await deliver(await announce(org), quick)
    finally:
        slow.stop()
        redirecting.stop()
    rows = {w.url: w for w in await Webhook.all()}
    by_url = {rows[url].url: await WebhookDelivery.get(webhook_id=rows[url].id) for url in rows}
    timed_out, redirected, refused = by_url[slow.url], by_url[redirecting.url], by_url[closed]
    assert all(r.status == DeliveryStatus.PENDING and r.attempts == 1 for r in by_url.values())
    assert (timed_out.last_status_code, timed_out.last_error) == (None, "no answer within 0.3 s")
    assert redirected.last_status_code == 302 and "redirects are not followed" in (redirected.last_error or "")
    assert len(redirecting.received) == 1  # the Location was not requested
    assert refused.last_status_code is None and "ConnectError" in (refused.last_error or "")


async def test_claims_are_exclusive(org: Organization, receiver: Receiver, hooks: Settings) -> None:
    webhook = await hook(org, receiver.url)
    for i in range(6):
        await WebhookDelivery.create(organization=org, webhook=webhook, event="case.created", event_id=1000 + i,
                                     payload={"id": str(i)}, next_attempt_at=datetime.now(UTC))
    first, second = await asyncio.gather(delivery.claim_due(settings=hooks, now=later(1)),
                                         delivery.claim_due(settings=hooks, now=later(1)))
    assert sorted(first + second) == sorted({*first, *second}) and len(first + second) == 6
    assert await delivery.claim_due(settings=hooks, now=later(1)) == []  # leased
    assert len(await delivery.claim_due(settings=hooks, now=later(hooks.webhook_lease_seconds + 5))) == 6


# --- fan-out ----------------------------------------------------------------------------------


async def test_fan_out_is_idempotent_and_only_to_active_subscribers(
    org: Organization, receiver: Receiver, hooks: Settings
) -> None:
    wanted = await hook(org, receiver.url, ["case.created", "case.updated"])
    also = await hook(org, receiver.url.replace("/hook", "/second"), ["case.created"])
    await hook(org, receiver.url.replace("/hook", "/other-event"), ["case.updated"])
    inactive = await hook(org, receiver.url.replace("/hook", "/inactive"), ["case.created"])
    await webhooks.update_webhook(organization_id=org.id, webhook_id=inactive.id, active=False, allow_private=True)
    event_id = await announce(org)

    counts = await asyncio.gather(*(deliver(event_id, hooks) for _ in range(3)))
    assert sum(counts) == 2
    assert await deliver(event_id, hooks) == 0  # redelivered announcement
    rows = await WebhookDelivery.filter(event_id=event_id)
    assert sorted(r.webhook_id for r in rows) == sorted([wanted.id, also.id])
    assert all(r.status == DeliveryStatus.SUCCEEDED for r in rows)
    assert sorted(r.path for r in receiver.received) == ["/hook", "/second"]
    # A topic webhooks do not carry is not delivered.
    assert await deliver(await announce(org, topics.ACTION_UPDATED, action_id=1), hooks) == 0


async def test_other_organisations_never_receive_the_events(
    org: Organization, receiver: Receiver, hooks: Settings
) -> None:
    other = await get_or_create_organization(name="Org B")
    theirs = Receiver().start()
    try:
        await webhooks.create_webhook(organization_id=other.id, url=theirs.url, events=list(webhooks.EVENT_TOPICS),
                                      allow_private=True)
        ours = await hook(org, receiver.url)
        await deliver(await announce(org), hooks)
    finally:
        theirs.stop()
    assert theirs.received == []
    assert [r.webhook_id for r in await WebhookDelivery.all()] == [ours.id]
    assert len(receiver.received) == 1
    with pytest.raises(NotFound):
        await webhooks.update_webhook(organization_id=other.id, webhook_id=ours.id, active=False, allow_private=True)
    with pytest.raises(NotFound):
        await webhooks.delete_webhook(organization_id=other.id, webhook_id=ours.id)
    page = await webhooks.list_deliveries(organization_id=other.id, webhook_id=ours.id, status=None,
                                          first=10, after_id=None)
    assert (page.items, page.total) == ([], 0)


async def test_a_deactivated_webhook_fails_its_pending_deliveries(
    org: Organization, receiver: Receiver, hooks: Settings
) -> None:
    receiver.statuses = [500]
    webhook = await hook(org, receiver.url)
    await deliver(await announce(org), hooks)
    await webhooks.update_webhook(organization_id=org.id, webhook_id=webhook.id, active=False, allow_private=True)
    assert await delivery.retry_due(settings=hooks, now=later(60)) == 1
    row = await WebhookDelivery.get(webhook_id=webhook.id)
    assert row.status == DeliveryStatus.FAILED and "deactivated" in (row.last_error or "")
    assert len(receiver.received) == 1


# --- targets ----------------------------------------------------------------------------------

REFUSED = [
    "ftp://example.com/hook",
    "file:///etc/passwd",
    "example.com/no-scheme",
    "http:///no-host",
    "http://127.0.0.1/hook",
    "http://127.0.0.1:8080/hook",
    "http://10.0.0.1/hook",
    "http://192.168.1.20/hook",
    "http://172.16.0.5/hook",
    "http://100.64.0.1/hook",
    "http://[::1]/hook",
    "http://[::ffff:127.0.0.1]/hook",
    "http://[fd00::1]/hook",
    "http://169.254.169.254/latest/meta-data",
    "http://0.0.0.0/hook",
    "http://224.0.0.1/hook",
    "http://240.0.0.1/hook",
    "http://localhost/hook",
    "http://LOCALHOST.:9000/hook",
    "http://api.localhost/hook",
    "http://2130706433/hook",  # resolves (by the real resolver) to 127.0.0.1
    "http://example.com:99999/hook",
]


@pytest.mark.parametrize("url", REFUSED)
async def test_private_and_odd_targets_are_refused(org: Organization, url: str) -> None:
    with pytest.raises(InvalidWebhook) as refused:
        await webhooks.create_webhook(organization_id=org.id, url=url, events=["case.created"], allow_private=False)
    assert refused.value.code == "INVALID_WEBHOOK" and refused.value.field == "url"
    assert await Webhook.all().count() == 0


async def test_every_resolved_address_is_checked(org: Organization, monkeypatch: pytest.MonkeyPatch) -> None:
    answers = {
        "hooks.example.com": ["93.184.216.34"],
        "intranet.example.com": ["10.1.2.3"],
        "mixed.example.com": ["93.184.216.34", "127.0.0.1"],
        "v6.example.com": ["2606:2800:220:1:248:1893:25c8:1946", "fe80::1"],
    }

    async def resolve(host: str, port: int) -> list[ipaddress.IPv4Address | ipaddress.IPv6Address]:
        if host not in answers:
            raise socket.gaierror("no such host")
        return [ipaddress.ip_address(a) for a in answers[host]]

    monkeypatch.setattr(webhooks, "_resolve", resolve)
    made = await webhooks.create_webhook(organization_id=org.id, url=" https://hooks.example.com/in ",
                                         events=["case.created"], allow_private=False)
    assert made.url == "https://hooks.example.com/in"
    assert (await webhooks.check_url("https://93.184.216.34:8443/x", allow_private=False)).addresses == (
        ipaddress.ip_address("93.184.216.34"),)
    for host in ("intranet.example.com", "mixed.example.com", "v6.example.com", "nowhere.example.com"):
        with pytest.raises(InvalidWebhook):
            await webhooks.create_webhook(organization_id=org.id, url=f"https://{host}/in", events=["case.created"],
                                          allow_private=False)
    assert await Webhook.all().count() == 1


@pytest.mark.parametrize("url", ["http://127.0.0.1:8080/hook", "http://[::1]/hook", "http://localhost:9/x",
                                 "http://10.0.0.1/hook", "https://receiver.internal/hook"])
async def test_private_targets_are_accepted_when_allowed(org: Organization, url: str) -> None:
    made = await webhooks.create_webhook(organization_id=org.id, url=url, events=["case.created"], allow_private=True)
    assert made.url == url and made.active


async def test_the_allow_private_setting_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VOC_WEBHOOK_ALLOW_PRIVATE", "1")
    assert Settings().webhook_allow_private is True
    monkeypatch.delenv("VOC_WEBHOOK_ALLOW_PRIVATE")
    assert Settings().webhook_allow_private is False


async def test_a_name_that_rebinds_to_a_private_address_is_refused_at_delivery(
    org: Organization, receiver: Receiver, strict: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    address = {"now": "93.184.216.34"}

    async def resolve(host: str, port: int) -> list[ipaddress.IPv4Address | ipaddress.IPv6Address]:
        return [ipaddress.ip_address(address["now"])]

    monkeypatch.setattr(webhooks, "_resolve", resolve)
    webhook = await webhooks.create_webhook(organization_id=org.id, url=f"http://rebind.example.com:{receiver.port}/",
                                            events=["case.created"], allow_private=False)
    address["now"] = "127.0.0.1"
    await deliver(await announce(org), strict)
    row = await WebhookDelivery.get(webhook_id=webhook.id)
    assert (row.status, row.attempts, row.last_status_code) == (DeliveryStatus.PENDING, 1, None)
    assert (row.last_error or "").startswith("target refused at delivery time") and "127.0.0.1" in (row.last_error or "")
    assert receiver.received == []


async def test_the_post_goes_to_the_checked_address_with_the_original_host(
    org: Organization, receiver: Receiver, strict: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "receiver.test" does not exist: the request reaches the receiver only through the checked address.
    async def resolve(host: str, port: int) -> list[ipaddress.IPv4Address | ipaddress.IPv6Address]:
        assert host == "receiver.test"
        return [ipaddress.ip_address("127.0.0.1")]

    monkeypatch.setattr(webhooks, "_resolve", resolve)
    monkeypatch.setattr(webhooks, "_refused", lambda address: False)  # pretend loopback is public
    url = f"http://receiver.test:{receiver.port}/pinned?x=1"
    webhook = await webhooks.create_webhook(organization_id=org.id, url=url, events=["case.created"],
                                            secret=SECRET, allow_private=False)
    await deliver(await announce(org), strict)
    assert (await WebhookDelivery.get(webhook_id=webhook.id)).status == DeliveryStatus.SUCCEEDED
    got = receiver.received[0]
    assert got.path == "/pinned?x=1" and got.headers["host"] == f"receiver.test:{receiver.port}"
    assert webhooks.verify_signature(SECRET, got.headers["x-voc-signature"], got.body)


# --- events, secrets, changes ---------------------------------------------------------------


async def test_event_names_and_secrets_are_validated(org: Organization) -> None:
    with pytest.raises(InvalidWebhook) as unknown:
        await hook(org, "http://127.0.0.1/x", ["case.created", "case.deleted"])
    assert unknown.value.field == "events" and "case.deleted" in unknown.value.message
    assert all(name in unknown.value.message for name in webhooks.EVENT_TOPICS)
    with pytest.raises(InvalidWebhook) as none:
        await hook(org, "http://127.0.0.1/x", [])
    assert none.value.field == "events"
    with pytest.raises(InvalidWebhook) as short:
        await webhooks.create_webhook(organization_id=org.id, url="http://127.0.0.1/x", events=["case.created"],
                                      secret="too-short", allow_private=True)
    assert short.value.field == "secret"
    assert await Webhook.all().count() == 0

    made = await webhooks.create_webhook(organization_id=org.id, url="http://127.0.0.1/x",
                                         events=["topic.emerging", "case.created", "case.created"],
                                         allow_private=True)
    assert made.events == ["case.created", "topic.emerging"] and len(made.secret) >= 40


async def test_update_rotate_and_delete(org: Organization, receiver: Receiver, hooks: Settings) -> None:
    webhook = await hook(org, receiver.url)
    with pytest.raises(InvalidWebhook):  # nothing changes when any part is refused
        await webhooks.update_webhook(organization_id=org.id, webhook_id=webhook.id, events=["action.shipped"],
                                      url="http://10.0.0.1/", allow_private=False)
    with pytest.raises(InvalidWebhook):
        await webhooks.update_webhook(organization_id=org.id, webhook_id=webhook.id, events=["nope"],
                                      active=False, allow_private=True)
    stored = await Webhook.get(id=webhook.id)
    assert (stored.url, stored.events, stored.active) == (receiver.url, ["case.created"], True)

    changed = await webhooks.update_webhook(organization_id=org.id, webhook_id=webhook.id,
                                            events=["action.shipped"], allow_private=True)
    assert changed.events == ["action.shipped"] and changed.url == receiver.url

    rotated = await webhooks.rotate_secret(organization_id=org.id, webhook_id=webhook.id)
    assert rotated.secret != SECRET and len(rotated.secret) >= 40
    await deliver(await announce(org, topics.ACTION_SHIPPED, action_id=7, respondents=["c1"]), hooks)
    got = receiver.received[0]
    assert webhooks.verify_signature(rotated.secret, got.headers["x-voc-signature"], got.body)
    assert not webhooks.verify_signature(SECRET, got.headers["x-voc-signature"], got.body)
    assert got.json()["data"] == {"action_id": 7, "respondents": ["c1"]}  # no such action: nothing added

    await webhooks.delete_webhook(organization_id=org.id, webhook_id=webhook.id)
    assert await Webhook.all().count() == 0 and await WebhookDelivery.all().count() == 0


def test_verify_signature() -> None:
    body = '{"id":"1","event":"case.created","data":{"comment":"太慢了"}}'.encode()
    now = int(time.time())
    header = webhooks.sign(SECRET, body, now)
    assert header.startswith(f"t={now},v1=") and len(header.split("v1=")[1]) == 64
    assert webhooks.verify_signature(SECRET, header, body)
    assert webhooks.verify_signature(SECRET, header, body.decode())
    assert not webhooks.verify_signature(SECRET, header, body.replace(b"case", b"fake"))  # tampered body
    assert not webhooks.verify_signature("another-secret-of-ours", header, body)  # wrong secret
    stale = webhooks.sign(SECRET, body, now - 301)
    assert not webhooks.verify_signature(SECRET, stale, body)  # replayed later
    assert webhooks.verify_signature(SECRET, stale, body, tolerance_seconds=600)
    assert not webhooks.verify_signature(SECRET, webhooks.sign(SECRET, body, now + 3600), body)
    forged_time = header.replace(f"t={now}", f"t={now + 1}")
    assert not webhooks.verify_signature(SECRET, forged_time, body)
    wrong = webhooks.sign("another-secret-of-ours", body, now).split(",")[1]
    assert webhooks.verify_signature(SECRET, f"{header},{wrong}", body)  # any v1 may match
    for broken in ("", "t=abc,v1=00", f"v1={header.split('v1=')[1]}", f"t={now}", "garbage"):
        assert not webhooks.verify_signature(SECRET, broken, body)


# --- emerging topics ------------------------------------------------------------------------


async def test_an_emerging_topic_is_announced_once_and_delivered(
    gql: GraphQL, org: Organization, receiver: Receiver, hooks: Settings
) -> None:
    survey = await active_survey(gql)
    survey_pk = decode_id(survey["id"], "Survey")
    model = await TopicModelVersion.create(organization=org, version=1, status=ModelStatus.ACTIVE, path="-",
                                           documents=10, outlier_share=0.1)
    rising = await Topic.create(organization=org, model=model, index=0, label="配送 · 慢",
                                keywords=[["配送", 0.5], ["慢", 0.3]])
    steady = await Topic.create(organization=org, model=model, index=1, label="味道", keywords=[["味道", 0.6]])
    now = datetime.now(UTC)
    plan = [(now - timedelta(days=10), rising if i == 0 else steady) for i in range(20)]
    plan += [(now - timedelta(days=1), rising if i < 6 else steady) for i in range(12)]
    for i, (at, topic) in enumerate(plan):
        response = await Response.create(organization=org, survey_id=survey_pk, idempotency_key=f"emerging-{i:04d}",
                                         payload_hash="x", score=5, completed=True, submitted_at=at, comment="评论")
        await CommentAnalysis.create(organization=org, response=response, normalized="评论", tokens=[], keywords=[],
                                     sentiment=0.0, topic=topic, model_version="t")
    await webhooks.create_webhook(organization_id=org.id, url=receiver.url, events=["topic.emerging"],
                                  secret=SECRET, allow_private=True)

    assert await emerging.announce_emerging(settings=hooks) == 1
    assert await emerging.announce_emerging(settings=hooks) == 0  # at most once per topic
    announced = await OutboxEvent.filter(topic=topics.TOPIC_EMERGING)
    assert len(announced) == 1 and announced[0].payload["topic_id"] == rising.id
    assert await AuditEvent.filter(subject="topic", subject_id=rising.id, kind="emerging").count() == 1

    await deliver(announced[0].id, hooks)
    body = receiver.received[0].json()
    assert body["event"] == "topic.emerging"
    assert body["data"]["label"] == "配送 · 慢" and body["data"]["keywords"] == ["配送", "慢"]
    assert body["data"]["size"] == 6
    # Its share in the window before (1 of 20 comments), for the growth team alerts show.
    assert body["data"]["previous_share"] == pytest.approx(1 / 20) and body["data"]["share"] == pytest.approx(6 / 12)
