"""Webhook delivery: outbox events fan out to the subscribed webhooks, each POST is signed, and
failures are retried with exponential backoff until they succeed or run out of attempts.

- `webhooks.fan_out` (a queue task, started by every webhook-able outbox topic: api/wiring.py)
  writes one delivery row per active matching webhook (unique per webhook and event, so a
  redelivered announcement adds nothing), leased to the first attempt, and queues that attempt.
  It never calls a receiver: the other tasks of the event (the comment's analysis) and of its
  queue message never wait on someone else's server.
- `webhooks.attempt` (a queue task of its own, one per delivery) POSTs it and records the outcome.
  If it could not be queued (Redis down) or its worker died, the row's lease ends and the retry
  job takes it: a delivery row is never lost, only later.
- `retry_due` (a periodic job, webhooks.retry) claims due PENDING rows and attempts them. A claim moves
  `next_attempt_at` forward by a lease, in a short transaction (`FOR UPDATE SKIP LOCKED` on
  PostgreSQL), so several workers never send the same attempt; a worker killed mid-attempt leaves
  the row to be picked up when its lease ends. No transaction is open during an HTTP call.
"""

from __future__ import annotations

import asyncio
import functools
import json
import logging
import ssl
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import certifi
import httpx
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from actions.errors import InvalidWebhook
from actions.models import Action, Case, DeliveryStatus, Webhook, WebhookDelivery
from actions.webhooks import TOPIC_EVENTS, Target, check_url, sign
from analysis.models import Topic
from core import events as topics
from core.batching import Batch
from core.db import dialect
from core.formats import json_int, utc_iso
from core.models import OutboxEvent
from core.queue import enqueue_from_job
from core.settings import Settings
from surveys.models import Response

log = logging.getLogger("voc.webhooks")

FAN_OUT = "webhooks.fan_out"
ATTEMPT = "webhooks.attempt"
USER_AGENT = "voc-loop-webhooks/1"
BACKOFF_FACTOR = 3
CLAIM_BATCH = 100
CONCURRENT_ATTEMPTS = 16


@dataclass(frozen=True)
class Outcome:
    status_code: int | None
    error: str | None

    @property
    def ok(self) -> bool:
        return self.status_code is not None and 200 <= self.status_code < 300


def backoff(attempts: int, settings: Settings) -> float:
    """Seconds to wait after the `attempts`-th failed attempt: base, 3x base, 9x base ... capped."""
    return float(min(settings.webhook_backoff_seconds * BACKOFF_FACTOR ** (attempts - 1),
                     settings.webhook_backoff_max_seconds))


# --- fan-out ------------------------------------------------------------------------------------


async def fan_out_task(event_id: int, *, settings: Settings, **_: Any) -> None:
    created = await _FAN_OUTS.submit((event_id, settings.webhook_lease_seconds))
    try:
        await enqueue_from_job(ATTEMPT, [{"delivery_id": i} for i in created])
    except Exception as exc:  # the rows stay leased, then the retry job attempts them
        log.warning("webhook deliveries %s could not be queued (%s); the retry job will attempt them", created, exc)


async def attempt_task(delivery_id: int, *, settings: Settings, **_: Any) -> None:
    await attempt(delivery_id, settings)


async def fan_out(*, event_id: int, settings: Settings) -> list[int]:
    """Deliveries for one outbox event to every active webhook of its organisation that wants it;
    returns the ids of the new ones, which nobody has attempted yet. Idempotent: a webhook gets one
    delivery per event, ever."""
    return (await fan_out_many(event_ids=[event_id], lease_seconds=settings.webhook_lease_seconds))[event_id]


async def fan_out_many(*, event_ids: Sequence[int], lease_seconds: float) -> dict[int, list[int]]:
    """`fan_out` for many events: their rows and their organisations' webhooks in two queries
    (most events find no webhook that wants them, and then that is all they cost)."""
    found = [(e, TOPIC_EVENTS.get(e.topic)) for e in await OutboxEvent.filter(id__in=list(event_ids))]
    named = [(event, name) for event, name in found if name is not None]
    created: dict[int, list[int]] = {event_id: [] for event_id in event_ids}
    hooks_of: dict[int, list[Webhook]] = {}
    if named:
        for hook in await Webhook.filter(organization_id__in={e.organization_id for e, _ in named}, active=True):
            hooks_of.setdefault(hook.organization_id, []).append(hook)
    for event, name in named:
        hooks = [w for w in hooks_of.get(event.organization_id, []) if name in w.events]
        if hooks:
            created[event.id] = await _deliveries(event, name, hooks, lease_seconds)
    return created


async def _deliveries(event: OutboxEvent, name: str, hooks: list[Webhook], lease_seconds: float) -> list[int]:
    done = {d.webhook_id for d in await WebhookDelivery.filter(
        event_id=event.id, webhook_id__in=[w.id for w in hooks]).only("id", "webhook_id")}
    hooks = [w for w in hooks if w.id not in done]
    if not hooks:
        return []
    body = {
        "id": str(event.id),
        "event": name,
        "created_at": utc_iso(event.created_at),
        "organization_id": event.organization_id,
        "data": await _data(event.topic, event.organization_id, event.payload),
    }
    # Created under a lease: the retry job leaves them to their queued attempt unless that is lost.
    lease = datetime.now(UTC) + timedelta(seconds=lease_seconds)
    created: list[int] = []
    for hook in hooks:
        try:
            row = await WebhookDelivery.create(
                organization_id=event.organization_id, webhook_id=hook.id, event=name, event_id=event.id,
                payload=body, status=DeliveryStatus.PENDING, next_attempt_at=lease)
        except IntegrityError:  # a concurrent redelivery of the same announcement won the race
            continue
        created.append(row.id)
    return created


async def _fan_out_batch(keys: Sequence[tuple[int, float]]) -> dict[tuple[int, float], list[int]]:
    """(event id, lease seconds) -> the deliveries created (one lease per process: one call)."""
    done: dict[tuple[int, float], list[int]] = {}
    for lease in {lease for _, lease in keys}:
        created = await fan_out_many(event_ids=[e for e, held in keys if held == lease], lease_seconds=lease)
        done.update(((event_id, lease), ids) for event_id, ids in created.items())
    return done


# The events of one queue message run concurrently (core.queue.dispatch): their fan-outs share a batch.
_FAN_OUTS: Batch[tuple[int, float], list[int]] = Batch(_fan_out_batch, max_size=256, linger_seconds=0.002)


async def _data(topic: str, organization_id: int, payload: dict[str, Any]) -> dict[str, Any]:
    """The announcement's payload plus a few cheap facts about its subject (same organisation only).
    The announcement's own values win: they describe the moment of the event."""
    extra: dict[str, Any] = {}
    if topic.startswith("case.") and (case_id := json_int(payload.get("case_id"))) is not None:
        case = await Case.get_or_none(id=case_id, organization_id=organization_id)
        if case is not None:
            extra = {"case_id": case.id, "status": case.status.value, "survey_id": case.survey_id,
                     "response_id": case.response_id, "assignee_id": case.assignee_id, "team_id": case.team_id,
                     "breached": case.breached, "escalation_level": case.escalation_level,
                     "first_contact_due_at": utc_iso(case.first_contact_due_at),
                     "resolve_due_at": utc_iso(case.resolve_due_at)}
            if case.account_external_id is not None:  # an account warning's case
                extra |= {"account_external_id": case.account_external_id, "reason": case.reason}
    elif topic.startswith("action.") and (action_id := json_int(payload.get("action_id"))) is not None:
        action = await Action.get_or_none(id=action_id, organization_id=organization_id)
        if action is not None:
            extra = {"action_id": action.id, "title": action.title, "status": action.status.value,
                     "priority": action.priority, "owner_id": action.owner_id, "due_at": utc_iso(action.due_at)}
    elif topic == topics.RESPONSE_SUBMITTED and (response_id := json_int(payload.get("response_id"))) is not None:
        response = await Response.filter(id=response_id, organization_id=organization_id) \
            .select_related("respondent").first()
        if response is not None:
            extra = {"response_id": response.id, "survey_id": response.survey_id, "score": response.score,
                     "nps_category": response.nps_category.value if response.nps_category else None,
                     "comment": response.comment, "channel": response.channel.value, "locale": response.locale,
                     "completed": response.completed, "submitted_at": utc_iso(response.submitted_at),
                     "respondent": response.respondent.external_id if response.respondent else None}
    elif topic == topics.TOPIC_EMERGING and (topic_id := json_int(payload.get("topic_id"))) is not None:
        found = await Topic.get_or_none(id=topic_id, organization_id=organization_id)
        if found is not None:
            extra = {"topic_id": found.id, "label": found.display_label,
                     "keywords": [w for w, _ in found.keyword_pairs[:10]]}
    return {**extra, **payload}


# --- attempts -----------------------------------------------------------------------------------


async def attempt_all(delivery_ids: Sequence[int], settings: Settings) -> None:
    """Attempt claimed deliveries, a few at a time; one failing attempt spares the others."""
    gate = asyncio.Semaphore(CONCURRENT_ATTEMPTS)

    async def one(delivery_id: int) -> None:
        async with gate:
            try:
                await attempt(delivery_id, settings)
            except Exception:  # its lease ends and the retry job tries again
                log.exception("webhook delivery %s could not be attempted", delivery_id)

    await asyncio.gather(*(one(i) for i in delivery_ids))


async def attempt(delivery_id: int, settings: Settings) -> DeliveryStatus | None:
    """One POST of a claimed PENDING delivery, and its outcome recorded; None when not pending."""
    delivery = await WebhookDelivery.filter(id=delivery_id, status=DeliveryStatus.PENDING) \
        .select_related("webhook").first()
    if delivery is None:
        return None
    webhook: Webhook = delivery.webhook
    if not webhook.active:
        outcome = Outcome(None, "the webhook was deactivated before this delivery")
        return await _record(delivery, outcome, settings, final=True)
    body = json.dumps(delivery.payload, ensure_ascii=False, separators=(",", ":")).encode()
    return await _record(delivery, await _post(webhook, delivery, body, settings), settings)


@functools.cache
def _tls() -> ssl.SSLContext:
    return ssl.create_default_context(cafile=certifi.where())


def pinned(target: Target) -> tuple[httpx.URL, dict[str, str], dict[str, Any]]:
    """Send to the address that was checked, not to whatever the name resolves to a moment later
    (DNS rebinding): the URL names the address, Host and TLS SNI keep the original name."""
    url = httpx.URL(target.url)
    if not target.addresses or url.host == str(target.addresses[0]):
        return url, {}, {}
    extensions: dict[str, Any] = {"sni_hostname": url.raw_host.decode("ascii")} if url.scheme == "https" else {}
    return url.copy_with(host=str(target.addresses[0])), {"Host": url.netloc.decode("ascii")}, extensions


async def _post(webhook: Webhook, delivery: WebhookDelivery, body: bytes, settings: Settings) -> Outcome:
    try:
        target = await check_url(webhook.url, allow_private=settings.webhook_allow_private)
    except InvalidWebhook as exc:  # the name resolves elsewhere now (or the rules changed)
        return Outcome(None, f"target refused at delivery time: {exc.message}")
    url, headers, extensions = pinned(target)
    headers |= {
        "Content-Type": "application/json",
        "User-Agent": USER_AGENT,
        "X-Voc-Event": delivery.event,
        "X-Voc-Delivery": str(delivery.id),
        "X-Voc-Signature": sign(webhook.secret, body, int(time.time())),
    }
    timeout = settings.webhook_timeout_seconds
    client = httpx.AsyncClient(timeout=timeout, follow_redirects=False, trust_env=False, verify=_tls())
    try:
        # Streamed and never read: only the status matters, whatever the receiver answers with.
        async with client, client.stream("POST", url, content=body, headers=headers, extensions=extensions) as sent:
            code = sent.status_code
    except httpx.TimeoutException:
        return Outcome(None, f"no answer within {timeout:g} s")
    except httpx.HTTPError as exc:
        return Outcome(None, f"{type(exc).__name__}: {exc}")
    if 200 <= code < 300:
        return Outcome(code, None)
    if 300 <= code < 400:
        return Outcome(code, f"HTTP {code}: redirects are not followed")
    return Outcome(code, f"HTTP {code}")


async def _record(
    delivery: WebhookDelivery, outcome: Outcome, settings: Settings, *, final: bool = False
) -> DeliveryStatus:
    now = datetime.now(UTC)
    attempts = delivery.attempts + 1
    changes: dict[str, Any] = {"attempts": attempts, "last_status_code": outcome.status_code,
                               "last_error": outcome.error[:500] if outcome.error else None}
    if outcome.ok:
        status = DeliveryStatus.SUCCEEDED
        changes |= {"delivered_at": now, "next_attempt_at": None}
    elif final or attempts >= settings.webhook_max_attempts:
        status = DeliveryStatus.FAILED
        changes["next_attempt_at"] = None
    else:
        status = DeliveryStatus.PENDING
        changes["next_attempt_at"] = now + timedelta(seconds=backoff(attempts, settings))
    # Conditional: an attempt whose lease ran out and was taken over records nothing twice.
    await WebhookDelivery.filter(id=delivery.id, status=DeliveryStatus.PENDING, attempts=delivery.attempts) \
        .update(status=status, **changes)
    return status


# --- retries ------------------------------------------------------------------------------------


async def claim_due(*, settings: Settings, now: datetime, batch: int = CLAIM_BATCH) -> list[int]:
    """Due PENDING deliveries, leased to this caller (others skip them until the lease ends)."""
    lease = now + timedelta(seconds=settings.webhook_lease_seconds)
    async with in_transaction():
        query = WebhookDelivery.filter(status=DeliveryStatus.PENDING, next_attempt_at__lte=now) \
            .order_by("next_attempt_at", "id").limit(batch)
        if dialect() == "postgres":
            query = query.select_for_update(skip_locked=True)
        ids = [d.id for d in await query]
        if ids:
            await WebhookDelivery.filter(id__in=ids, status=DeliveryStatus.PENDING).update(next_attempt_at=lease)
    return ids


async def retry_due(*, settings: Settings, now: datetime | None = None) -> int:
    """Attempt every due delivery once; returns how many were attempted."""
    ids = await claim_due(settings=settings, now=now or datetime.now(UTC))
    await attempt_all(ids, settings)
    return len(ids)
