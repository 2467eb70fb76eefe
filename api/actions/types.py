"""Loop types shared by the case, action, webhook and live-update modules of the API."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Annotated, Any

import strawberry
from strawberry.scalars import JSON
from strawberry.types import Info

import api.scalars  # noqa: F401  (registers the enums with Strawberry)
from actions import models
from actions.audit import Actor
from actions.models import ActionStatus, CaseStatus, DeliveryStatus
from api.actions.effects import ActionBaseline, ActionEffect, as_json, baseline_of, effect_of
from api.actions.trail import AuditEventType, trail
from api.analysis.types import TopicType, topic_type
from api.context import Context
from api.core.types import UserType
from api.errors import UserError
from api.ids import encode_id
from api.permissions import IsAdmin
from api.relay import Connection, Node, register_node
from api.surveys.types import ResponseType
from core.service import Principal

if TYPE_CHECKING:
    from api.actions.cases import TeamType
    from api.actions.webhooks import WebhookDeliveryType

# Registered here, where it is first used (Webhook.deliveries); members are the GraphQL values.
strawberry.enum(DeliveryStatus, name="WebhookDeliveryStatus")


async def _user(info: Info[Context, Any], user_id: int | None) -> UserType | None:
    if user_id is None:
        return None
    found = await info.context.loader("user").load(user_id)
    return UserType.of(found) if found else None


def actor_of(principal: Principal | None) -> Actor:
    """The audit actor of an API call: its user when the key belongs to one, else the key."""
    assert principal is not None, "resolver reached without a permission class"
    return Actor.user(principal.user_id) if principal.user_id is not None else Actor.api_key(principal.api_key_id)


@strawberry.type(name="Case")
class CaseType(Node):
    status: CaseStatus
    source: str = strawberry.field(description='"rule" (opened by an automation rule) or "manual".')
    first_contact_due_at: datetime | None
    first_contacted_at: datetime | None
    resolve_due_at: datetime | None
    paused: bool = strawberry.field(description="The SLA clocks stand still while waiting on the customer.")
    breached: bool
    escalation_level: int = strawberry.field(description="0 none, 1 team lead notified, 2 admin notified.")
    resolved_at: datetime | None
    closed_at: datetime | None
    resolution_reason: str | None
    created_at: datetime
    updated_at: datetime
    _model: strawberry.Private[models.Case]

    @classmethod
    def of(cls, c: models.Case) -> CaseType:
        return cls(
            id=strawberry.ID(encode_id("Case", c.id)), status=c.status, source=c.source,
            first_contact_due_at=c.first_contact_due_at, first_contacted_at=c.first_contacted_at,
            resolve_due_at=c.resolve_due_at, paused=c.paused_at is not None, breached=c.breached,
            escalation_level=c.escalation_level, resolved_at=c.resolved_at, closed_at=c.closed_at,
            resolution_reason=c.resolution_reason, created_at=c.created_at, updated_at=c.updated_at, _model=c,
        )

    @strawberry.field
    async def response(self, info: Info[Context, Any]) -> ResponseType:
        return ResponseType.of(await info.context.loader("response").load(self._model.response_id))

    @strawberry.field
    async def assignee(self, info: Info[Context, Any]) -> UserType | None:
        return await _user(info, self._model.assignee_id)

    @strawberry.field(description="The case's audit trail, oldest first.")
    async def events(self, info: Info[Context, Any]) -> list[AuditEventType]:
        return await trail(info, "case", self._model.id)

    @strawberry.field(description="The team the case was routed to.")
    async def team(self, info: Info[Context, Any]) -> Annotated[TeamType, strawberry.lazy("api.actions.cases")] | None:
        from api.actions.cases import resolve_team

        return await resolve_team(info, self._model.team_id)

    @strawberry.field(description="The root-cause topic recorded when the case was resolved or closed.")
    async def root_cause_topic(self, info: Info[Context, Any]) -> TopicType | None:
        if self._model.root_cause_topic_id is None:
            return None
        found = await info.context.loader("topic").load(self._model.root_cause_topic_id)
        return await topic_type(found, cache=info.context.cache) if found else None

    @strawberry.field(description="The one-question re-survey link (a path on this server), issued on RESOLVED.")
    async def resurvey_url(self, info: Info[Context, Any]) -> str | None:
        m = self._model
        if m.resurvey_key is None:
            return None
        url: str | None = await info.context.loader("resurvey_url").load((m.organization_id, m.survey_id,
                                                                          m.resurvey_key))
        return url

    @strawberry.field(description="The respondent's answer to the re-survey, once given.")
    async def resurvey_response(self, info: Info[Context, Any]) -> ResponseType | None:
        if self._model.resurvey_response_id is None:
            return None
        found = await info.context.loader("response").load(self._model.resurvey_response_id)
        return ResponseType.of(found) if found else None


@strawberry.type(name="Action")
class ActionType(Node):
    title: str
    description: str | None
    status: ActionStatus
    priority: int = strawberry.field(description="1 (highest) .. 5 (lowest).")
    due_at: datetime | None
    verification_days: int
    baseline: JSON | None = strawberry.field(
        description="measuredBaseline as JSON: the same fields (camelCase keys), units and meaning.")
    effect: JSON | None = strawberry.field(description="measuredEffect as JSON: the same fields (camelCase keys), "
                                                       "units and meaning; the verdict by its EffectVerdict value.")
    measured_baseline: ActionBaseline | None = strawberry.field(
        description="The linked topics' share of comments, weekly volume, NPS and sentiment over the weeks before "
                    "the action was planned; null until PLANNED.")
    measured_effect: ActionEffect | None = strawberry.field(
        description="Before vs after shipping, with significance tests and a suggested verdict; null until the "
                    "action is verified.")
    verdict_override_reason: str | None = strawberry.field(
        description="Why an admin or analyst closed the action against or without its measured effect; null when "
                    "the closing followed the measured verdict, and while the action is open.")
    planned_at: datetime | None
    shipped_at: datetime | None
    created_at: datetime
    updated_at: datetime
    _model: strawberry.Private[models.Action]

    @classmethod
    def of(cls, a: models.Action) -> ActionType:
        baseline, effect = baseline_of(a.baseline), effect_of(a.effect)
        return cls(
            id=strawberry.ID(encode_id("Action", a.id)), title=a.title, description=a.description, status=a.status,
            priority=a.priority, due_at=a.due_at, verification_days=a.verification_days,
            baseline=JSON(as_json(baseline)) if baseline is not None else None,
            effect=JSON(as_json(effect)) if effect is not None else None, measured_baseline=baseline,
            measured_effect=effect, verdict_override_reason=a.verdict_override_reason, planned_at=a.planned_at,
            shipped_at=a.shipped_at, created_at=a.created_at, updated_at=a.updated_at, _model=a,
        )

    @strawberry.field
    async def owner(self, info: Info[Context, Any]) -> UserType | None:
        return await _user(info, self._model.owner_id)

    @strawberry.field(description="The action's audit trail, oldest first.")
    async def events(self, info: Info[Context, Any]) -> list[AuditEventType]:
        return await trail(info, "action", self._model.id)

    @strawberry.field(description="Linked topics, each followed to the topic it was merged into.")
    async def topics(self, info: Info[Context, Any]) -> list[TopicType]:
        from api.actions.improvements import linked_topics

        return await linked_topics(info, self._model.id)

    @strawberry.field(description="Linked responses, newest first.")
    async def responses(
        self, info: Info[Context, Any], first: int | None = None, after: str | None = None
    ) -> Connection[ResponseType]:
        from api.actions.improvements import linked_responses

        return await linked_responses(info, self._model.id, first=first, after=after)

    @strawberry.field
    async def cases(self, info: Info[Context, Any]) -> list[CaseType]:
        return [CaseType.of(c) for c in await info.context.loader("action_cases").load(self._model.id)]

    @strawberry.field(description="The action this one was merged into (status DUPLICATE).")
    async def duplicate_of(self, info: Info[Context, Any]) -> ActionType | None:
        if self._model.duplicate_of_id is None:
            return None
        found = await models.Action.get_or_none(id=self._model.duplicate_of_id,
                                                organization_id=info.context.organization_id)
        return ActionType.of(found) if found else None


@strawberry.type(name="Webhook")
class WebhookType(Node):
    # Receiver URLs often carry tokens: only admins read them (node(id) reaches any role).
    url: str = strawberry.field(permission_classes=[IsAdmin])
    events: list[str]
    active: bool
    created_at: datetime
    _model: strawberry.Private[models.Webhook]

    @classmethod
    def of(cls, w: models.Webhook) -> WebhookType:
        return cls(id=strawberry.ID(encode_id("Webhook", w.id)), url=w.url, events=list(w.events),
                   active=w.active, created_at=w.created_at, _model=w)

    @strawberry.field(permission_classes=[IsAdmin], description="The delivery log, newest first (admins only).")
    async def deliveries(
        self, info: Info[Context, Any], first: int | None = None, after: str | None = None,
        status: DeliveryStatus | None = None,
    ) -> Connection[Annotated[WebhookDeliveryType, strawberry.lazy("api.actions.webhooks")]]:
        from api.actions.webhooks import resolve_deliveries

        return await resolve_deliveries(info, self._model, first=first, after=after, status=status)


@strawberry.type
class CasePayload:
    case: CaseType | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class ActionPayload:
    action: ActionType | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class WebhookPayload:
    webhook: WebhookType | None = None
    secret: str | None = strawberry.field(
        default=None, description="The signing secret: only in the answer to createWebhook and rotateWebhookSecret.")
    errors: list[UserError] = strawberry.field(default_factory=list)


@register_node("Case")
async def _case_node(organization_id: int, pk: int) -> CaseType | None:
    found = await models.Case.get_or_none(id=pk, organization_id=organization_id)
    return CaseType.of(found) if found else None


@register_node("Action")
async def _action_node(organization_id: int, pk: int) -> ActionType | None:
    found = await models.Action.get_or_none(id=pk, organization_id=organization_id)
    return ActionType.of(found) if found else None


@register_node("Webhook")
async def _webhook_node(organization_id: int, pk: int) -> WebhookType | None:
    found = await models.Webhook.get_or_none(id=pk, organization_id=organization_id)
    return WebhookType.of(found) if found else None
