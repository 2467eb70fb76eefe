"""Team alerts in tests: robots on loopback per vendor, channels pointing at them, detractor cases
with comments, and outbox events delivered to channels as the queue would."""

from __future__ import annotations

from typing import Any

from actions import alerts, cases, channels
from actions.channel_models import ChannelKind, NotificationChannel
from actions.models import Case
from core.models import Organization, OutboxEvent
from core.settings import Settings
from surveys.models import Survey
from tests.support.cases import respond
from tests.support.robots import Robot

DEV = channels.Where(development=True, allow_private=True)
PUBLIC_URL = "https://voc.example.com"


def alert_settings(settings: Settings) -> Settings:
    """Few attempts, short timeouts, a known public URL; webhook channels may point at loopback."""
    return settings.model_copy(update={"webhook_max_attempts": 3, "webhook_backoff_seconds": 10.0, "webhook_allow_private": True,
                                       "webhook_timeout_seconds": 2.0, "public_url": PUBLIC_URL})


class Robots:
    """Starts robots and stops them all at the end of the test."""

    def __init__(self) -> None:
        self.started: list[Robot] = []

    def __call__(self, kind: str, secret: str | None = None, **extra: Any) -> Robot:
        robot = Robot(kind, secret, **extra).start()
        self.started.append(robot)
        return robot

    def stop(self) -> None:
        for robot in self.started:
            robot.stop()


async def channel(org: Organization, robot: Robot, events: list[str] | None = None, **extra: Any,
                  ) -> NotificationChannel:
    return await channels.create_channel(organization_id=org.id, kind=ChannelKind(robot.kind), name=f"{robot.kind} 群",
                                         url=robot.url, events=events or ["case.created"], where=DEV, **extra)


async def detractor_case(org: Organization, survey: Survey, *, who: str, comment: str = "配送太慢了，客服也不回复",
                         score: int = 2) -> Case:
    response = await respond(survey, score, who=who, comment=comment)
    case = await cases.evaluate_response(response_id=response.id)
    assert case is not None
    return case


async def announce(org: Organization, topic: str, **payload: Any) -> int:
    return int((await OutboxEvent.create(organization=org, topic=topic, payload=payload)).id)


async def alert(event_ids: list[int], settings: Settings) -> None:
    """What the queue does: each event's fan-out, then one flush per channel that got messages."""
    touched: set[int] = set()
    for event_id in event_ids:
        touched.update(await alerts.fan_out(event_id=event_id, settings=settings))
    for channel_id in sorted(touched):
        await alerts.flush(channel_id=channel_id, settings=settings)
