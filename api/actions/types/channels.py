"""Team alert channels over GraphQL (admins only): WeCom, DingTalk and Feishu group robots or signed
webhooks, and each one's delivery log with the vendor's answer. A channel's secret is never
answered, and its URL only masked (the robot's key is in it)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import strawberry
from strawberry.scalars import JSON
from strawberry.types import Info

import api.scalars  # noqa: F401  (registers the enums with Strawberry)
from actions import channels, vendors
from actions.channel_models import AlertStatus, ChannelKind, NotificationChannel, NotificationDelivery
from api.context import Context
from api.errors import UserError, api_errors
from api.ids import encode_id
from api.permissions import IsAdmin
from api.relay import Connection, Node, after_id, newest_first_connection, node_by_id, page_size


@strawberry.type(name="NotificationChannel")
class NotificationChannelType(Node):
    kind: ChannelKind
    name: str
    url: str = strawberry.field(permission_classes=[IsAdmin],
                                description="The robot's URL with its key masked (****abcd).")
    events: list[str]
    mentions: list[str] = strawberry.field(permission_classes=[IsAdmin],
                                           description="User ids, mobiles or @all, mentioned in every message.")
    locale: str = strawberry.field(description="zh-CN or en: the language of its messages.")
    digest_hour: int = strawberry.field(description="With the event digest: the local hour of the daily digest.")
    active: bool
    signed: bool = strawberry.field(description="Whether a signing secret is stored (never answered).")
    created_at: datetime
    _model: strawberry.Private[NotificationChannel]

    @classmethod
    def of(cls, c: NotificationChannel) -> NotificationChannelType:
        return cls(id=strawberry.ID(encode_id("NotificationChannel", c.id)), kind=c.kind, name=c.name,
                   url=vendors.masked(c.url), events=list(c.events), mentions=list(c.mentions), locale=c.locale,
                   digest_hour=c.digest_hour, active=c.active, signed=c.secret is not None,
                   created_at=c.created_at, _model=c)

    @strawberry.field(permission_classes=[IsAdmin], description="The messages sent or to send, newest first.")
    @api_errors
    async def deliveries(
        self, info: Info[Context, Any], first: int | None = None, after: str | None = None,
        status: AlertStatus | None = None,
    ) -> Connection[NotificationDeliveryType]:
        context = info.context
        page = await channels.list_deliveries(
            organization_id=context.organization_id, channel_id=self._model.id, status=status,
            first=page_size(first, context.settings), after_id=after_id(after))
        return newest_first_connection(page, NotificationDeliveryType.of, after=after)

    @strawberry.field(permission_classes=[IsAdmin],
                      description="The message tried most recently (how the last delivery went); null before any.")
    async def last_delivery(self, info: Info[Context, Any]) -> NotificationDeliveryType | None:
        found = await info.context.loaders.last_notification_delivery.load((self._model.organization_id,
                                                                            self._model.id))
        return NotificationDeliveryType.of(found) if found else None


@strawberry.type(name="NotificationDelivery")
class NotificationDeliveryType(Node):
    event: str = strawberry.field(description="The alert's event, or \"test\".")
    status: AlertStatus
    count: int = strawberry.field(description="The events this message stands for (a summary of a burst: many).")
    # What it says can quote a respondent and name the assignee: admins only, as the channel's log is
    # (node(id) reaches a delivery with CanRead alone).
    title: str = strawberry.field(permission_classes=[IsAdmin])
    message: JSON = strawberry.field(permission_classes=[IsAdmin],
                                     description="What the message says: title, lines, link.")
    attempts: int
    http_status: int | None = strawberry.field(description="The HTTP status of the last attempt.")
    error_code: int | None = strawberry.field(
        description="The vendor's error code of the last attempt (DingTalk/WeCom errcode, Feishu code).")
    error_message: str | None = strawberry.field(permission_classes=[IsAdmin])
    folded_into: strawberry.ID | None = strawberry.field(description="The summary message that carried this one.")
    created_at: datetime
    delivered_at: datetime | None
    next_attempt_at: datetime | None

    @classmethod
    def of(cls, d: NotificationDelivery) -> NotificationDeliveryType:
        return cls(id=strawberry.ID(encode_id("NotificationDelivery", d.id)), event=d.event, status=d.status,
                   count=d.count, title=str(d.message.get("title", "")), message=JSON(d.message),
                   attempts=d.attempts, http_status=d.last_status_code, error_code=d.error_code,
                   error_message=d.last_error,
                   folded_into=strawberry.ID(encode_id("NotificationDelivery", d.folded_into_id))
                   if d.folded_into_id else None,
                   created_at=d.created_at, delivered_at=d.delivered_at, next_attempt_at=d.next_attempt_at)


@strawberry.type
class NotificationChannelPayload:
    channel: NotificationChannelType | None = None
    delivery: NotificationDeliveryType | None = strawberry.field(
        default=None, description="sendTestNotification: the test message and how its attempt went.")
    errors: list[UserError] = strawberry.field(default_factory=list)


node_by_id("NotificationChannel", lambda loaders: loaders.channel_by_id, NotificationChannelType.of)
node_by_id("NotificationDelivery", lambda loaders: loaders.notification_delivery_by_id, NotificationDeliveryType.of)
