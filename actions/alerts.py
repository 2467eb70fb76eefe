"""Sending team alerts: outbox events become messages to the channels that want them, sent within
each robot's rate, folded into one summary when a burst outruns it, and retried with backoff.

- `alerts.fan_out` (a queue task on the alert-able outbox topics, api/wiring.py) writes one PENDING
  message per active channel that wants the event (unique per channel and event: a redelivered
  announcement adds nothing), rendered in the channel's locale, then queues `alerts.flush` for those
  channels. It never calls a vendor.
- `flush` (a queue task per channel, and the periodic `alerts.retry` for every channel with due
  messages) claims the channel's due messages in a short transaction that holds the channel's row
  (`FOR UPDATE` on PostgreSQL), so that two workers never spend the same window twice. The window:
  a robot takes about 20 messages a minute (VOC_ALERT_RATE_PER_MINUTE); the messages claimed in
  the last minute count against it. When more are due than the window has room for, the due
  messages of each event kind become one summary ("12 个新的差评工单") and are marked FOLDED into it;
  what still has no room waits for the window. Then each claimed message is POSTed, no transaction
  open, and its outcome recorded: SENT, or PENDING again after a backoff, or FAILED after the last
  attempt (the webhooks' VOC_WEBHOOK_* attempts and backoff). A vendor that is down loses nothing:
  its messages wait, and fold when they pile up.
"""

from __future__ import annotations

import functools
import logging
import ssl
import time
from datetime import UTC, datetime, timedelta
from typing import Any

import certifi
import httpx
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from actions import alert_messages, vendors, webhooks
from actions.channel_models import AlertStatus, ChannelKind, NotificationChannel, NotificationDelivery
from actions.delivery import USER_AGENT, backoff, pinned
from actions.errors import InvalidChannel, InvalidWebhook
from core.db import dialect
from core.models import OutboxEvent
from core.queue import enqueue_from_job
from core.settings import Settings

log = logging.getLogger("voc.alerts")

FAN_OUT = "alerts.fan_out"
FLUSH = "alerts.flush"
WINDOW = timedelta(minutes=1)
MAX_ANSWER_BYTES = 64 * 1024


# --- fan-out ------------------------------------------------------------------------------------


async def fan_out_task(event_id: int, *, settings: Settings, **_: Any) -> None:
    channels = await fan_out(event_id=event_id, settings=settings)
    try:
        await enqueue_from_job(FLUSH, [{"channel_id": c} for c in channels])
    except Exception as exc:  # the messages are due: the retry job sends them
        log.warning("alert flushes for channels %s could not be queued (%s); the retry job will send them",
                    channels, exc)


async def flush_task(channel_id: int, *, settings: Settings, **_: Any) -> None:
    await flush(channel_id=channel_id, settings=settings)


async def fan_out(*, event_id: int, settings: Settings, now: datetime | None = None) -> list[int]:
    """A PENDING message for one outbox event to every active channel of its organisation that wants
    it; returns the channels that got one. Idempotent: a channel gets one message per event, ever."""
    event = await OutboxEvent.get_or_none(id=event_id)
    name = alert_messages.alert_event(event.topic, event.payload) if event is not None else None
    if event is None or name is None:
        return []
    channels = [c for c in await NotificationChannel.filter(organization_id=event.organization_id, active=True)
                if name in c.events]
    done = {d.channel_id for d in await NotificationDelivery.filter(
        event_id=event.id, channel_id__in=[c.id for c in channels]).only("id", "channel_id")}
    channels = [c for c in channels if c.id not in done]
    if not channels:
        return []
    rendered = await alert_messages.render(name=name, organization_id=event.organization_id, payload=event.payload,
                                           locales={c.locale for c in channels}, base_url=settings.public_url)
    if rendered is None:  # its subject is gone (erased, deleted) since the announcement
        return []
    created: list[int] = []
    for channel in channels:
        try:
            await NotificationDelivery.create(
                organization_id=event.organization_id, channel_id=channel.id, event=name, event_id=event.id,
                message=rendered[channel.locale], next_attempt_at=now or datetime.now(UTC))
        except IntegrityError:  # a concurrent redelivery of the same announcement won the race
            continue
        created.append(channel.id)
    return created


# --- claiming within the rate window, folding bursts --------------------------------------------


async def claim(*, channel_id: int, settings: Settings, now: datetime) -> list[int]:
    """The channel's due messages that fit its window, leased to this caller until `lease_end(now)`
    (their next_attempt_at); a burst that does not fit is folded first, one summary per event kind."""
    rate = settings.alert_rate_per_minute
    lease = lease_end(now, settings)
    async with in_transaction():
        query = NotificationChannel.filter(id=channel_id)
        if dialect() == "postgres":
            query = query.select_for_update()
        channel = await query.first()
        if channel is None:
            return []
        due = await NotificationDelivery.filter(channel_id=channel_id, status=AlertStatus.PENDING,
                                                next_attempt_at__lte=now).order_by("id")
        if not due:
            return []
        if not channel.active:  # deactivated since: said once in the log, never sent
            await NotificationDelivery.filter(id__in=[d.id for d in due]).update(
                status=AlertStatus.FAILED, next_attempt_at=None, last_error="the channel was deactivated")
            return []
        used = await NotificationDelivery.filter(channel_id=channel_id, attempted_at__gt=now - WINDOW).count()
        room = rate - used
        if room < len(due):
            due = await _fold(channel, due, settings.public_url)
        chosen, waiting = due[:max(room, 0)], due[max(room, 0):]
        if chosen:
            await NotificationDelivery.filter(id__in=[d.id for d in chosen]).update(attempted_at=now,
                                                                                    next_attempt_at=lease)
        if waiting:  # due again when the window has room
            oldest = await NotificationDelivery.filter(channel_id=channel_id, attempted_at__gt=now - WINDOW) \
                .order_by("attempted_at").first()
            free = (oldest.attempted_at + WINDOW) if oldest and oldest.attempted_at else now + WINDOW
            await NotificationDelivery.filter(id__in=[d.id for d in waiting]).update(next_attempt_at=free)
    return [d.id for d in chosen]


async def _fold(channel: NotificationChannel, due: list[NotificationDelivery], base_url: str,
                ) -> list[NotificationDelivery]:
    """Every event kind with several due messages becomes one summary; returns what is then due."""
    kinds: dict[str, list[NotificationDelivery]] = {}
    for row in due:
        kinds.setdefault(row.event, []).append(row)
    out: list[NotificationDelivery] = []
    for event, rows in kinds.items():
        if len(rows) == 1:
            out.append(rows[0])
            continue
        count = sum(r.count for r in rows)
        message = alert_messages.summary(event=event, locale=channel.locale, messages=[r.message for r in rows],
                                         count=count, base_url=base_url)
        made = await NotificationDelivery.create(
            organization_id=channel.organization_id, channel_id=channel.id, event=event, event_id=None,
            message=message, count=count, next_attempt_at=rows[0].next_attempt_at)
        await NotificationDelivery.filter(id__in=[r.id for r in rows], status=AlertStatus.PENDING).update(
            status=AlertStatus.FOLDED, folded_into_id=made.id, next_attempt_at=None)
        out.append(made)
    return sorted(out, key=lambda r: r.id)


# --- sending ------------------------------------------------------------------------------------


@functools.cache
def _tls() -> ssl.SSLContext:
    return ssl.create_default_context(cafile=certifi.where())


def lease_end(now: datetime, settings: Settings) -> datetime:
    return now + timedelta(seconds=settings.webhook_lease_seconds)


async def flush(*, channel_id: int, settings: Settings, now: datetime | None = None) -> int:
    """Claim and send the channel's due messages; returns how many were sent (or tried)."""
    now = now or datetime.now(UTC)
    ids = await claim(channel_id=channel_id, settings=settings, now=now)
    for delivery_id in ids:  # in order: a robot shows them as they arrive
        try:
            await attempt(delivery_id, settings, leased_until=lease_end(now, settings))
        except Exception:  # its lease ends and the retry job tries again
            log.exception("alert %s could not be attempted", delivery_id)
    return len(ids)


async def attempt(delivery_id: int, settings: Settings, *, leased_until: datetime | None = None
                  ) -> AlertStatus | None:
    """One POST of a claimed PENDING message, and its outcome recorded; None when not pending, or when
    the lease `leased_until` of this caller's claim ran out and another worker claimed it since (a
    batch behind a slow robot): a group robot cannot tell a message sent twice."""
    row = await NotificationDelivery.filter(id=delivery_id, status=AlertStatus.PENDING) \
        .select_related("channel").first()
    if row is None:
        return None
    if leased_until is not None:  # still ours: renewed for this send, or left to whoever claimed it
        renewed = await NotificationDelivery.filter(id=delivery_id, status=AlertStatus.PENDING,
                                                    next_attempt_at=leased_until) \
            .update(next_attempt_at=lease_end(datetime.now(UTC), settings))
        if not renewed:
            return None
    channel: NotificationChannel = row.channel
    extensions: dict[str, Any] = {}
    try:
        if channel.kind == ChannelKind.WEBHOOK:  # sent to the address checked, as webhooks are (DNS rebinding)
            to, host, extensions = pinned(await webhooks.check_url(channel.url,
                                                                   allow_private=settings.webhook_allow_private))
        else:
            to, host = httpx.URL(await vendors.check_url(
                channel.kind, channel.url, development=settings.env != "production",
                allow_private=settings.webhook_allow_private)), {}
    except (InvalidChannel, InvalidWebhook) as exc:  # the rules changed since it was saved (production)
        return await _record(row, vendors.Answer(None, None, f"url refused at delivery time: {exc.message}"),
                             settings, final=True)
    except httpx.InvalidURL as exc:  # saved before check_url parsed it as httpx does: never sendable
        return await _record(row, vendors.Answer(None, None, f"url refused at delivery time: {exc}"),
                             settings, final=True)
    request = vendors.build_request(kind=channel.kind, url=channel.url, secret=channel.secret, message=row.message,
                                    mentions=list(channel.mentions), event=row.event, delivery_id=row.id,
                                    organization_id=row.organization_id, now=time.time())
    # The request's own URL (DingTalk adds its signature's query) on the checked address.
    url = httpx.URL(request.url).copy_with(host=to.host, port=to.port)
    return await _record(row, await _post(channel, request, url, host, extensions, settings), settings)


async def _post(channel: NotificationChannel, request: vendors.Request, url: httpx.URL, host: dict[str, str],
                extensions: dict[str, Any], settings: Settings) -> vendors.Answer:
    timeout = settings.webhook_timeout_seconds
    client = httpx.AsyncClient(timeout=timeout, follow_redirects=False, trust_env=False, verify=_tls())
    headers = request.headers | host | {"User-Agent": USER_AGENT}
    try:
        async with client, client.stream("POST", url, content=request.body, headers=headers,
                                         extensions=extensions) as sent:
            body = b""
            async for chunk in sent.aiter_bytes():
                body += chunk
                if len(body) >= MAX_ANSWER_BYTES:
                    break
            return vendors.read_answer(channel.kind, sent.status_code, body)
    except httpx.TimeoutException:
        return vendors.Answer(None, None, f"no answer within {timeout:g} s")
    except httpx.HTTPError as exc:
        return vendors.Answer(None, None, f"{type(exc).__name__}: {exc}")


async def _record(row: NotificationDelivery, answer: vendors.Answer, settings: Settings, *,
                  final: bool = False) -> AlertStatus:
    now = datetime.now(UTC)
    attempts = row.attempts + 1
    changes: dict[str, Any] = {"attempts": attempts, "last_status_code": answer.status_code,
                               "error_code": answer.error_code,
                               "last_error": answer.error[:500] if answer.error else None}
    if answer.ok:
        status = AlertStatus.SENT
        changes |= {"delivered_at": now, "next_attempt_at": None}
    elif final or attempts >= settings.webhook_max_attempts:
        status = AlertStatus.FAILED
        changes["next_attempt_at"] = None
    else:
        status = AlertStatus.PENDING
        changes["next_attempt_at"] = now + timedelta(seconds=backoff(attempts, settings))
    # Conditional: an attempt whose lease ran out and was taken over records nothing twice.
    await NotificationDelivery.filter(id=row.id, status=AlertStatus.PENDING, attempts=row.attempts) \
        .update(status=status, **changes)
    return status


# --- retries ------------------------------------------------------------------------------------


async def retry_due(*, settings: Settings, now: datetime | None = None) -> int:
    """Flush every channel with due messages; returns how many messages were sent (or tried). `now`
    (tests) is passed on; otherwise each channel is flushed on its own clock, since a slow robot
    before it must not age its lease."""
    channels = {int(row["channel_id"]) for row in await NotificationDelivery.filter(
        status=AlertStatus.PENDING, next_attempt_at__lte=now or datetime.now(UTC)).distinct().values("channel_id")}
    sent = 0
    for channel_id in sorted(channels):  # one after another: each holds its channel's row a moment
        sent += await flush(channel_id=channel_id, settings=settings, now=now)
    return sent
