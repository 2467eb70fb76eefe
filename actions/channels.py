"""Notification channels: an organisation's group robots (WeCom, DingTalk, Feishu) or signed
webhooks that get team alerts, checked before anything is saved, and their delivery logs.

A channel's secret is stored and used for signing only: no answer carries it, and its URL (which
holds the robot's key) is only answered masked (vendors.masked)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from tortoise.transactions import in_transaction

from actions import alert_messages, alerts, vendors, webhooks
from actions.channel_models import AlertStatus, ChannelKind, NotificationChannel, NotificationDelivery
from actions.errors import InvalidChannel
from core.errors import or_not_found
from core.paging import Page, newest_first
from core.reads import rows_by_id
from core.settings import Settings

MAX_NAME = 200
MAX_SECRET = 256
DIGEST_HOUR = 9


@dataclass(frozen=True)
class Where:
    """Where channels may point (core.settings): loopback robots outside production; private
    webhook targets only with VOC_WEBHOOK_ALLOW_PRIVATE."""

    development: bool
    allow_private: bool

    @classmethod
    def of(cls, settings: Settings) -> Where:
        return cls(development=settings.env != "production", allow_private=settings.webhook_allow_private)


def _name(name: str) -> str:
    name = name.strip()
    if not 1 <= len(name) <= MAX_NAME:
        raise InvalidChannel(f"name must be 1-{MAX_NAME} characters", field="name")
    return name


def _events(events: Sequence[str]) -> list[str]:
    chosen = sorted(set(events))
    allowed = ", ".join(alert_messages.EVENTS)
    unknown = [e for e in chosen if e not in alert_messages.EVENTS]
    if unknown:
        raise InvalidChannel(f"unknown events: {', '.join(unknown)}; allowed: {allowed}", field="events")
    if not chosen:
        raise InvalidChannel(f"choose at least one event; allowed: {allowed}", field="events")
    return chosen


def _locale(locale: str | None) -> str:
    if locale is None:
        return alert_messages.LOCALES[0]
    if locale not in alert_messages.LOCALES:
        raise InvalidChannel(f"locale must be one of {', '.join(alert_messages.LOCALES)}", field="locale")
    return locale


def _digest_hour(hour: int | None) -> int:
    if hour is None:
        return DIGEST_HOUR
    if not 0 <= hour <= 23:
        raise InvalidChannel("digestHour must be 0-23 (the organisation's local time)", field="digestHour")
    return hour


def _secret(kind: ChannelKind, secret: str | None, *, signed: bool | None) -> str | None:
    """The secret to store (None: none); `signed` True demands one, False refuses one."""
    secret = secret or None
    if secret is not None and (secret != secret.strip() or len(secret) > MAX_SECRET):
        raise InvalidChannel(f"secret must be at most {MAX_SECRET} characters without surrounding spaces",
                             field="secret")
    if kind == ChannelKind.WECOM and (secret or signed):
        raise InvalidChannel("a WeCom robot signs nothing (its key is in the url): leave secret empty", field="secret")
    if kind == ChannelKind.WEBHOOK and (secret is None or len(secret) < webhooks.MIN_SECRET or signed is False):
        raise InvalidChannel(f"a webhook is always signed: give a secret of {webhooks.MIN_SECRET}-"
                             f"{webhooks.MAX_SECRET} characters", field="secret")
    if kind == ChannelKind.WEBHOOK and len(secret or "") > webhooks.MAX_SECRET:
        raise InvalidChannel(f"a webhook's secret is at most {webhooks.MAX_SECRET} characters", field="secret")
    if signed and secret is None:
        raise InvalidChannel(f"signing is on: give the {kind.value} robot's secret"
                             + (" (SEC…, 加签)" if kind == ChannelKind.DINGTALK else " (签名校验)"), field="secret")
    if signed is False and secret is not None:
        raise InvalidChannel("signing is off: leave secret empty", field="secret")
    if kind == ChannelKind.DINGTALK and secret is not None and not secret.startswith("SEC"):
        raise InvalidChannel("a DingTalk robot's secret starts with SEC (加签)", field="secret")
    return secret


async def create_channel(
    *, organization_id: int, kind: ChannelKind, name: str, url: str, events: Sequence[str],
    secret: str | None = None, signed: bool | None = None, mentions: Sequence[str] | None = None,
    locale: str | None = None, digest_hour: int | None = None, where: Where,
) -> NotificationChannel:
    """A new active channel; everything is checked before it is saved."""
    checked_name, chosen, lang, hour = _name(name), _events(events), _locale(locale), _digest_hour(digest_hour)
    key = _secret(kind, secret, signed=signed)
    people = vendors.check_mentions(kind, list(mentions or []))
    checked = await vendors.check_url(kind, url, development=where.development, allow_private=where.allow_private)
    return await NotificationChannel.create(organization_id=organization_id, kind=kind, name=checked_name,
                                            url=checked, secret=key, events=chosen, mentions=people, locale=lang,
                                            digest_hour=hour, active=True)


async def get_channel(*, organization_id: int, channel_id: int) -> NotificationChannel:
    return or_not_found(await NotificationChannel.get_or_none(id=channel_id, organization_id=organization_id),
                        "no such notification channel")


async def list_channels(*, organization_id: int) -> list[NotificationChannel]:
    """Oldest first (an organisation has a handful)."""
    return await NotificationChannel.filter(organization_id=organization_id).order_by("id")


async def channels_by_id(*, organization_id: int, ids: Collection[int]) -> dict[int, NotificationChannel]:
    return await rows_by_id(NotificationChannel, organization_id=organization_id, ids=ids)


async def update_channel(
    *, organization_id: int, channel_id: int, name: str | None = None, url: str | None = None,
    secret: str | None = None, signed: bool | None = None, events: Sequence[str] | None = None,
    mentions: Sequence[str] | None = None, locale: str | None = None, digest_hour: int | None = None,
    active: bool | None = None, where: Where,
) -> NotificationChannel:
    """Change what is given (secret: "" removes it, None keeps it); everything is checked before
    anything is saved."""
    channel = await get_channel(organization_id=organization_id, channel_id=channel_id)
    kept = channel.secret if secret is None else secret
    values = {
        "name": _name(name) if name is not None else channel.name,
        "events": _events(events) if events is not None else channel.events,
        "locale": _locale(locale) if locale is not None else channel.locale,
        "secret": _secret(channel.kind, kept, signed=signed if signed is not None else (True if kept else None)),
        "mentions": vendors.check_mentions(channel.kind, list(mentions)) if mentions is not None else channel.mentions,
        "digest_hour": _digest_hour(digest_hour) if digest_hour is not None else channel.digest_hour,
        "active": channel.active if active is None else active,
    }
    if url is not None:
        values["url"] = await vendors.check_url(channel.kind, url, development=where.development,
                                                allow_private=where.allow_private)
    channel.update_from_dict(values)
    await channel.save(update_fields=list(values))
    return channel


async def delete_channel(*, organization_id: int, channel_id: int) -> NotificationChannel:
    """Removes the channel and its delivery log; returns the row as it was."""
    channel = await get_channel(organization_id=organization_id, channel_id=channel_id)
    async with in_transaction():
        await NotificationDelivery.filter(channel_id=channel.id).delete()
        await NotificationChannel.filter(id=channel.id, organization_id=organization_id).delete()
    return channel


async def send_test(*, organization_id: int, channel_id: int, settings: Settings) -> NotificationDelivery:
    """A test message, sent now (within the channel's rate, like any other); returns its log row."""
    channel = await get_channel(organization_id=organization_id, channel_id=channel_id)
    if not channel.active:
        raise InvalidChannel("the channel is inactive: activate it first", field="id")
    row = await NotificationDelivery.create(
        organization_id=organization_id, channel_id=channel.id, event=alert_messages.TEST,
        message=alert_messages.test_message(channel_name=channel.name, locale=channel.locale,
                                            base_url=settings.public_url))
    row.next_attempt_at = row.created_at
    await row.save(update_fields=["next_attempt_at"])
    await alerts.flush(channel_id=channel.id, settings=settings)
    await row.refresh_from_db()
    return row


# --- the delivery log ---------------------------------------------------------------------------


async def list_deliveries(
    *, organization_id: int, channel_id: int, status: AlertStatus | None, first: int, after_id: int | None,
) -> Page[NotificationDelivery]:
    """Newest first."""
    query = NotificationDelivery.filter(organization_id=organization_id, channel_id=channel_id)
    if status is not None:
        query = query.filter(status=status)
    return await newest_first(query, first=first, after_id=after_id)


async def last_attempted(*, organization_id: int, channel_ids: Collection[int]) -> dict[int, NotificationDelivery]:
    """Each channel's message tried most recently (its last delivery's outcome, for the list of
    channels), by the channel's id; a channel that never sent anything has none. One indexed read per
    channel (ix_notifications_window): an organisation has a handful."""
    found: dict[int, NotificationDelivery] = {}
    for channel_id in channel_ids:
        row = await (NotificationDelivery.filter(organization_id=organization_id, channel_id=channel_id,
                                                 attempted_at__isnull=False)
                     .order_by("-attempted_at", "-id").first())
        if row is not None:
            found[channel_id] = row
    return found


async def deliveries_by_id(*, organization_id: int, ids: Collection[int]) -> dict[int, NotificationDelivery]:
    return await rows_by_id(NotificationDelivery, organization_id=organization_id, ids=ids)
