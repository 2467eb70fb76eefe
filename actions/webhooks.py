"""Webhooks: organisations subscribe http(s) URLs to loop events; every POST is signed.

Signature scheme (what a receiver checks): each delivery carries the header

    X-Voc-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" keyed by the secret>

Compute the HMAC over the exact bytes received (not a re-serialised JSON), compare it in
constant time, and refuse timestamps far from now (replays). `verify_signature` below does all
of that and has no dependency beyond the standard library: receivers may copy it.

Targets must be public: private, loopback, link-local, multicast, reserved and unspecified
addresses are refused when a webhook is saved and again before every delivery (the host may
resolve elsewhere by then), unless `VOC_WEBHOOK_ALLOW_PRIVATE=1` (development and tests).
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import ipaddress
import secrets
import socket
import time
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urlsplit

from tortoise.transactions import in_transaction

from actions.errors import InvalidTransition, InvalidWebhook
from actions.models import DeliveryStatus, Webhook, WebhookDelivery
from core import events as topics
from core.errors import or_not_found
from core.paging import Page, newest_first
from core.reads import rows_by_id

# Webhook event name -> the outbox topic that announces it.
EVENT_TOPICS: dict[str, str] = {
    "response.created": topics.RESPONSE_SUBMITTED,
    "case.created": topics.CASE_CREATED,
    "case.updated": topics.CASE_UPDATED,
    "case.sla_breached": topics.CASE_SLA_BREACHED,
    "case.account_warning": topics.CASE_ACCOUNT_WARNING,
    "action.status_changed": topics.ACTION_STATUS_CHANGED,
    "action.shipped": topics.ACTION_SHIPPED,
    "topic.emerging": topics.TOPIC_EMERGING,
}
TOPIC_EVENTS: dict[str, str] = {topic: event for event, topic in EVENT_TOPICS.items()}
MIN_SECRET = 16
MAX_SECRET = 128
MAX_URL = 2048
RESOLVE_TIMEOUT_SECONDS = 5.0

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


# --- signing ------------------------------------------------------------------------------------


def sign(secret: str, body: bytes, timestamp: int) -> str:
    """The X-Voc-Signature header value for `body` sent at `timestamp` (unix seconds)."""
    mac = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    return f"t={timestamp},v1={mac}"


def verify_signature(
    secret: str, header: str, body: bytes | str, tolerance_seconds: int = 300, *, now: float | None = None
) -> bool:
    """True when `header` (X-Voc-Signature) signs `body` (the raw request body) with `secret`
    and its timestamp is within `tolerance_seconds` of now. Several v1 values may be present
    (any one matching is enough)."""
    raw = body.encode() if isinstance(body, str) else body
    stamp: int | None = None
    candidates: list[str] = []
    for part in header.split(","):
        key, _, value = part.strip().partition("=")
        if key == "t" and value.isdigit():
            stamp = int(value)
        elif key == "v1" and value:
            candidates.append(value)
    if stamp is None or not candidates:
        return False
    if abs((time.time() if now is None else now) - stamp) > tolerance_seconds:
        return False
    expected = hmac.new(secret.encode(), f"{stamp}.".encode() + raw, hashlib.sha256).hexdigest()
    return any(hmac.compare_digest(expected, candidate) for candidate in candidates)


# --- target checks ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Target:
    """A checked URL: its host and the addresses it resolved to (empty when private targets are
    allowed and nothing was resolved)."""

    url: str
    host: str
    addresses: tuple[IPAddress, ...]


def _refused(address: IPAddress) -> bool:
    mapped = address.ipv4_mapped if isinstance(address, ipaddress.IPv6Address) else None
    if mapped is not None:
        return _refused(mapped)
    return (address.is_private or address.is_loopback or address.is_link_local or address.is_multicast
            or address.is_reserved or address.is_unspecified or not address.is_global)


async def _resolve(host: str, port: int) -> list[IPAddress]:
    loop = asyncio.get_running_loop()
    infos = await asyncio.wait_for(
        loop.getaddrinfo(host, port, type=socket.SOCK_STREAM), timeout=RESOLVE_TIMEOUT_SECONDS)
    # The address is the first item of sockaddr; IPv6 scope ids ("fe80::1%eth0") are dropped.
    return [ipaddress.ip_address(str(info[4][0]).split("%", 1)[0]) for info in infos]


async def check_url(url: str, *, allow_private: bool) -> Target:
    """The URL's target when it may receive webhooks; InvalidWebhook (field "url") otherwise."""
    url = url.strip()
    if not url or len(url) > MAX_URL:
        raise InvalidWebhook(f"url must be 1-{MAX_URL} characters", field="url")
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise InvalidWebhook(f"url is not a valid URL: {exc}", field="url") from exc
    if parts.scheme not in ("http", "https"):
        raise InvalidWebhook("url must be an http or https URL", field="url")
    host = (parts.hostname or "").rstrip(".")
    if not host:
        raise InvalidWebhook("url needs a host", field="url")
    if allow_private:
        return Target(url=url, host=host, addresses=())
    if host == "localhost" or host.endswith(".localhost"):
        raise InvalidWebhook("url points at this machine (localhost)", field="url")
    try:
        addresses = [ipaddress.ip_address(host)]
    except ValueError:
        try:
            addresses = await _resolve(host, port or (443 if parts.scheme == "https" else 80))
        except (OSError, TimeoutError, UnicodeError) as exc:
            raise InvalidWebhook(f"the host “{host}” does not resolve", field="url") from exc
    if not addresses:
        raise InvalidWebhook(f"the host “{host}” does not resolve", field="url")
    for address in addresses:
        if _refused(address):
            raise InvalidWebhook(
                f"url resolves to a private, loopback or reserved address ({address}); only public "
                "addresses may receive webhooks", field="url")
    return Target(url=url, host=host, addresses=tuple(addresses))


# --- webhooks -----------------------------------------------------------------------------------


def _checked_events(events: Sequence[str]) -> list[str]:
    chosen = sorted(set(events))
    unknown = [e for e in chosen if e not in EVENT_TOPICS]
    if unknown:
        raise InvalidWebhook(f"unknown events: {', '.join(unknown)}; allowed: {', '.join(EVENT_TOPICS)}",
                             field="events")
    if not chosen:
        raise InvalidWebhook(f"subscribe to at least one event; allowed: {', '.join(EVENT_TOPICS)}",
                             field="events")
    return chosen


def _checked_secret(secret: str | None) -> str:
    if secret is None:
        return secrets.token_urlsafe(32)
    if not MIN_SECRET <= len(secret) <= MAX_SECRET or secret != secret.strip():
        raise InvalidWebhook(f"secret must be {MIN_SECRET}-{MAX_SECRET} characters without surrounding spaces",
                             field="secret")
    return secret


async def create_webhook(
    *, organization_id: int, url: str, events: Sequence[str], secret: str | None = None, allow_private: bool,
) -> Webhook:
    """A new active webhook. Its secret (given, or generated) is readable on the returned row:
    show it to the caller once, it is never listed again."""
    chosen = _checked_events(events)
    key = _checked_secret(secret)
    target = await check_url(url, allow_private=allow_private)
    return await Webhook.create(organization_id=organization_id, url=target.url, events=chosen, secret=key,
                                active=True)


async def get_webhook(*, organization_id: int, webhook_id: int) -> Webhook:
    return or_not_found(await Webhook.get_or_none(id=webhook_id, organization_id=organization_id), "no such webhook")


async def webhooks_by_id(*, organization_id: int, ids: Collection[int]) -> dict[int, Webhook]:
    return await rows_by_id(Webhook, organization_id=organization_id, ids=ids)


async def list_webhooks(*, organization_id: int, first: int, after_id: int | None) -> Page[Webhook]:
    """Newest first."""
    query = Webhook.filter(organization_id=organization_id)
    return await newest_first(query, first=first, after_id=after_id)


async def update_webhook(
    *, organization_id: int, webhook_id: int, url: str | None = None, events: Sequence[str] | None = None,
    active: bool | None = None, allow_private: bool,
) -> Webhook:
    """Change the URL, the events, or (de)activate; everything is checked before anything is saved."""
    webhook = await get_webhook(organization_id=organization_id, webhook_id=webhook_id)
    if events is not None:
        webhook.events = _checked_events(events)
    if url is not None:
        webhook.url = (await check_url(url, allow_private=allow_private)).url
    if active is not None:
        webhook.active = active
    await webhook.save(update_fields=["url", "events", "active"])
    return webhook


async def rotate_secret(*, organization_id: int, webhook_id: int, secret: str | None = None) -> Webhook:
    """A new secret (given, or generated) for the coming deliveries; retries sign with it too."""
    key = _checked_secret(secret)
    webhook = await get_webhook(organization_id=organization_id, webhook_id=webhook_id)
    webhook.secret = key
    await webhook.save(update_fields=["secret"])
    return webhook


async def delete_webhook(*, organization_id: int, webhook_id: int) -> Webhook:
    """Removes the webhook and its delivery log; returns the row as it was."""
    webhook = await get_webhook(organization_id=organization_id, webhook_id=webhook_id)
    async with in_transaction():
        await WebhookDelivery.filter(webhook_id=webhook.id).delete()
        await Webhook.filter(id=webhook.id, organization_id=organization_id).delete()
    return webhook


# --- the delivery log ---------------------------------------------------------------------------


async def list_deliveries(
    *, organization_id: int, webhook_id: int, status: DeliveryStatus | None, first: int, after_id: int | None,
) -> Page[WebhookDelivery]:
    """Newest first."""
    query = WebhookDelivery.filter(organization_id=organization_id, webhook_id=webhook_id)
    if status is not None:
        query = query.filter(status=status)
    return await newest_first(query, first=first, after_id=after_id)


async def deliveries_by_id(*, organization_id: int, ids: Collection[int]) -> dict[int, WebhookDelivery]:
    return await rows_by_id(WebhookDelivery, organization_id=organization_id, ids=ids)


async def redeliver(*, organization_id: int, delivery_id: int) -> WebhookDelivery:
    """A FAILED delivery goes back to PENDING with a fresh set of attempts, due now."""
    delivery = or_not_found(await WebhookDelivery.get_or_none(id=delivery_id, organization_id=organization_id),
                            "no such webhook delivery")
    changed = 0
    if delivery.status == DeliveryStatus.FAILED:
        changed = await WebhookDelivery.filter(id=delivery.id, status=DeliveryStatus.FAILED).update(
            status=DeliveryStatus.PENDING, attempts=0, next_attempt_at=datetime.now(UTC))
    if not changed:  # not failed, or redelivered by someone else meanwhile
        raise InvalidTransition(
            f"only a FAILED delivery can be redelivered; this one is {delivery.status.upper()}", field="id")
    await delivery.refresh_from_db()
    return delivery
