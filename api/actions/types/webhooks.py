"""Webhooks over GraphQL: subscriptions of URLs to loop events, and their delivery log (admins only)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import strawberry
from strawberry.scalars import JSON
from strawberry.types import Info

from actions import webhooks
from actions.models import DeliveryStatus, Webhook, WebhookDelivery
from api.context import Context
from api.errors import UserError, api_errors
from api.ids import encode_id
from api.permissions import IsAdmin
from api.relay import Connection, Node, after_id, newest_first_connection, node_by_id, page_size

# Registered here, where it is first used (Webhook.deliveries); members are the GraphQL values.
strawberry.enum(DeliveryStatus, name="WebhookDeliveryStatus")


@strawberry.type(name="Webhook")
class WebhookType(Node):
    # Receiver URLs often carry tokens: only admins read them (node(id) reaches any role).
    url: str = strawberry.field(permission_classes=[IsAdmin])
    events: list[str]
    active: bool
    created_at: datetime
    _model: strawberry.Private[Webhook]

    @classmethod
    def of(cls, w: Webhook) -> WebhookType:
        return cls(id=strawberry.ID(encode_id("Webhook", w.id)), url=w.url, events=list(w.events),
                   active=w.active, created_at=w.created_at, _model=w)

    @strawberry.field(permission_classes=[IsAdmin], description="The delivery log, newest first (admins only).")
    @api_errors
    async def deliveries(
        self, info: Info[Context, Any], first: int | None = None, after: str | None = None,
        status: DeliveryStatus | None = None,
    ) -> Connection[WebhookDeliveryType]:
        context = info.context
        page = await webhooks.list_deliveries(
            organization_id=context.organization_id, webhook_id=self._model.id, status=status,
            first=page_size(first, context.settings), after_id=after_id(after))
        return newest_first_connection(page, WebhookDeliveryType.of, after=after)


@strawberry.type(name="WebhookDelivery")
class WebhookDeliveryType(Node):
    event: str
    status: DeliveryStatus
    attempts: int
    last_status_code: int | None
    last_error: str | None
    payload: JSON = strawberry.field(description="The JSON body that is POSTed (and signed).")
    created_at: datetime
    delivered_at: datetime | None
    next_attempt_at: datetime | None

    @classmethod
    def of(cls, d: WebhookDelivery) -> WebhookDeliveryType:
        return cls(id=strawberry.ID(encode_id("WebhookDelivery", d.id)), event=d.event, status=d.status,
                   attempts=d.attempts, last_status_code=d.last_status_code, last_error=d.last_error,
                   payload=JSON(d.payload), created_at=d.created_at, delivered_at=d.delivered_at,
                   next_attempt_at=d.next_attempt_at)


@strawberry.type
class WebhookPayload:
    webhook: WebhookType | None = None
    secret: str | None = strawberry.field(
        default=None, description="The signing secret: only in the answer to createWebhook and rotateWebhookSecret.")
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class WebhookDeliveryPayload:
    delivery: WebhookDeliveryType | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


node_by_id("Webhook", lambda loaders: loaders.webhook_by_id, WebhookType.of)
node_by_id("WebhookDelivery", lambda loaders: loaders.delivery_by_id, WebhookDeliveryType.of)
