"""Webhooks in GraphQL: subscriptions of URLs to loop events, and their delivery log (admins only)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import strawberry
from strawberry.scalars import JSON
from strawberry.types import Info

from actions import models
from actions import webhooks as service
from actions.models import DeliveryStatus
from api.actions.types import WebhookPayload, WebhookType
from api.context import Context
from api.errors import UserError, api_error
from api.ids import decode_id, encode_id
from api.permissions import IsAdmin
from api.relay import Connection, Node, after_id, newest_first_connection, page_size, register_node
from core.errors import DomainError

EVENTS_HELP = "Any of: " + ", ".join(service.EVENT_TOPICS) + "."


@strawberry.input
class CreateWebhookInput:
    url: str = strawberry.field(description="An http(s) URL on a public address.")
    events: list[str] = strawberry.field(description=EVENTS_HELP)
    secret: str | None = strawberry.field(
        default=None, description="At least 16 characters; generated when omitted. Shown once, in the payload.")


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
    def of(cls, d: models.WebhookDelivery) -> WebhookDeliveryType:
        return cls(id=strawberry.ID(encode_id("WebhookDelivery", d.id)), event=d.event, status=d.status,
                   attempts=d.attempts, last_status_code=d.last_status_code, last_error=d.last_error,
                   payload=JSON(d.payload), created_at=d.created_at, delivered_at=d.delivered_at,
                   next_attempt_at=d.next_attempt_at)


@register_node("WebhookDelivery")
async def _delivery_node(organization_id: int, pk: int) -> WebhookDeliveryType | None:
    found = await models.WebhookDelivery.get_or_none(id=pk, organization_id=organization_id)
    return WebhookDeliveryType.of(found) if found else None


@strawberry.type
class WebhookDeliveryPayload:
    delivery: WebhookDeliveryType | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)




async def resolve_deliveries(
    info: Info[Context, Any], webhook: models.Webhook, *, first: int | None, after: str | None,
    status: DeliveryStatus | None,
) -> Connection[WebhookDeliveryType]:
    context = info.context
    try:
        page = await service.list_deliveries(
            organization_id=context.organization_id, webhook_id=webhook.id, status=status,
            first=page_size(first, context.settings), after_id=after_id(after))
    except DomainError as exc:
        raise api_error(exc) from exc
    return newest_first_connection(page, WebhookDeliveryType.of, after=after)


@strawberry.type
class WebhookQueries:
    @strawberry.field(permission_classes=[IsAdmin], description="The organisation's webhooks, newest first.")
    async def webhooks(
        self, info: Info[Context, Any], first: int | None = None, after: str | None = None
    ) -> Connection[WebhookType]:
        context = info.context
        try:
            page = await service.list_webhooks(
                organization_id=context.organization_id, first=page_size(first, context.settings),
                after_id=after_id(after))
        except DomainError as exc:
            raise api_error(exc) from exc
        return newest_first_connection(page, WebhookType.of, after=after)


@strawberry.type
class WebhookMutations:
    @strawberry.mutation(permission_classes=[IsAdmin],
                         description="Subscribe a URL to events. The payload's secret is shown this once.")
    async def create_webhook(self, info: Info[Context, Any], input: CreateWebhookInput) -> WebhookPayload:
        context = info.context
        try:
            webhook = await service.create_webhook(
                organization_id=context.organization_id, url=input.url, events=input.events, secret=input.secret,
                allow_private=context.settings.webhook_allow_private)
        except DomainError as exc:
            return WebhookPayload(errors=[UserError.of(exc)])
        return WebhookPayload(webhook=WebhookType.of(webhook), secret=webhook.secret)

    @strawberry.mutation(permission_classes=[IsAdmin], description="Change the URL or events, or (de)activate.")
    async def update_webhook(
        self, info: Info[Context, Any], id: strawberry.ID, url: str | None = None, events: list[str] | None = None,
        active: bool | None = None,
    ) -> WebhookPayload:
        context = info.context
        try:
            webhook = await service.update_webhook(
                organization_id=context.organization_id, webhook_id=decode_id(id, "Webhook"), url=url, events=events,
                active=active, allow_private=context.settings.webhook_allow_private)
        except DomainError as exc:
            return WebhookPayload(errors=[UserError.of(exc)])
        return WebhookPayload(webhook=WebhookType.of(webhook))

    @strawberry.mutation(permission_classes=[IsAdmin],
                         description="A new secret (given, or generated) for the coming deliveries; shown this once.")
    async def rotate_webhook_secret(
        self, info: Info[Context, Any], id: strawberry.ID, secret: str | None = None
    ) -> WebhookPayload:
        context = info.context
        try:
            webhook = await service.rotate_secret(
                organization_id=context.organization_id, webhook_id=decode_id(id, "Webhook"), secret=secret)
        except DomainError as exc:
            return WebhookPayload(errors=[UserError.of(exc)])
        return WebhookPayload(webhook=WebhookType.of(webhook), secret=webhook.secret)

    @strawberry.mutation(permission_classes=[IsAdmin], description="Removes the webhook and its delivery log.")
    async def delete_webhook(self, info: Info[Context, Any], id: strawberry.ID) -> WebhookPayload:
        context = info.context
        try:
            webhook = await service.delete_webhook(
                organization_id=context.organization_id, webhook_id=decode_id(id, "Webhook"))
        except DomainError as exc:
            return WebhookPayload(errors=[UserError.of(exc)])
        return WebhookPayload(webhook=WebhookType.of(webhook))

    @strawberry.mutation(permission_classes=[IsAdmin], description="A FAILED delivery is tried again from scratch.")
    async def redeliver_webhook_delivery(self, info: Info[Context, Any], id: strawberry.ID) -> WebhookDeliveryPayload:
        context = info.context
        try:
            delivery = await service.redeliver(
                organization_id=context.organization_id, delivery_id=decode_id(id, "WebhookDelivery"))
        except DomainError as exc:
            return WebhookDeliveryPayload(errors=[UserError.of(exc)])
        return WebhookDeliveryPayload(delivery=WebhookDeliveryType.of(delivery))
