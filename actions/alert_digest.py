"""The daily digest: a channel with "digest" among its events gets, once a day at or after its
`digest_hour` in the organisation's time zone, the last 24 hours of the loop in a few lines (new
cases and how many were detractors', SLA breaches, open cases, emerging topics, shipped actions).

A periodic job (api/wiring.py) looks every few minutes. "Once a day" is kept by the delivery log's
unique (channel, event_id): a digest's event_id is its local day as -YYYYMMDD (outbox ids are
positive), so two workers that look at once write one digest; the message is then sent as any other
(the channel's rate window, folding, retries)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from tortoise.exceptions import IntegrityError

from actions import alert_messages, alerts
from actions.channel_models import NotificationChannel, NotificationDelivery
from actions.models import Action, AuditEvent, Case, CaseBreach, CaseStatus
from core.settings import Settings
from surveys.models import NpsCategory

CLOSED = (CaseStatus.RESOLVED, CaseStatus.CLOSED, CaseStatus.CANCELLED)


def day_key(local: datetime) -> int:
    return -(local.year * 10_000 + local.month * 100 + local.day)


async def figures(*, organization_id: int, since: datetime, until: datetime) -> dict[str, int]:
    cases = Case.filter(organization_id=organization_id, created_at__gte=since, created_at__lt=until)
    return {
        "cases": await cases.count(),
        "detractor_cases": await cases.filter(response__nps_category=NpsCategory.DETRACTOR).count(),
        "breaches": await CaseBreach.filter(case__organization_id=organization_id, detected_at__gte=since,
                                            detected_at__lt=until).count(),
        "open_cases": await Case.filter(organization_id=organization_id).exclude(status__in=CLOSED).count(),
        "emerging_topics": await AuditEvent.filter(organization_id=organization_id, subject="topic", kind="emerging",
                                                   at__gte=since, at__lt=until).count(),
        "actions_shipped": await Action.filter(organization_id=organization_id, shipped_at__gte=since,
                                               shipped_at__lt=until).count(),
    }


async def send_digests(*, settings: Settings, now: datetime | None = None) -> int:
    """Write and send the digests that are due; returns how many were written. `now` (tests) is passed
    on to the sending; otherwise each channel is sent on its own clock, since a slow robot before it
    must not age its lease."""
    given, now = now, now or datetime.now(UTC)
    written = 0
    for channel in await NotificationChannel.filter(active=True).select_related("organization").order_by("id"):
        if alert_messages.DIGEST not in channel.events:
            continue
        try:
            zone = ZoneInfo(channel.organization.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            zone = ZoneInfo(settings.default_timezone)
        local = now.astimezone(zone)
        key = day_key(local)
        if local.hour < channel.digest_hour or await NotificationDelivery.exists(channel_id=channel.id, event_id=key):
            continue
        found = await figures(organization_id=channel.organization_id, since=now - timedelta(days=1), until=now)
        message = alert_messages.digest(day=local.date().isoformat(), figures=found, locale=channel.locale,
                                        base_url=settings.public_url)
        try:
            await NotificationDelivery.create(organization_id=channel.organization_id, channel_id=channel.id,
                                              event=alert_messages.DIGEST, event_id=key, message=message,
                                              next_attempt_at=now)
        except IntegrityError:  # another worker wrote it first
            continue
        written += 1
        await alerts.flush(channel_id=channel.id, settings=settings, now=given)
    return written
