"""Improvement actions over GraphQL: the Action type, its links, trail, baseline and effect."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import strawberry
from strawberry.scalars import JSON
from strawberry.types import Info

import api.scalars  # noqa: F401  (registers the enums with Strawberry)
from actions import improvements
from actions.models import Action, ActionStatus
from analysis import topic_versions
from api.actions.types.cases import CaseType
from api.actions.types.effects import ActionBaseline, ActionEffect, as_json, baseline_of, effect_of
from api.actions.types.trail import AuditEventType, trail
from api.analysis.types import TopicType, topic_type
from api.context import Context
from api.core.types import UserType, user_type
from api.errors import UserError, api_errors
from api.ids import encode_id
from api.relay import Connection, Node, node_by_id
from api.surveys.types import ResponseType, response_connection


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
    _model: strawberry.Private[Action]

    @classmethod
    def of(cls, a: Action) -> ActionType:
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
        return await user_type(info.context, self._model.organization_id, self._model.owner_id)

    @strawberry.field(description="The action's audit trail, oldest first.")
    async def events(self, info: Info[Context, Any]) -> list[AuditEventType]:
        return await trail(info.context.loaders.action_trail, self._model.organization_id, self._model.id)

    @strawberry.field(description=(
        "The live topics that hold the linked topics' comments now: a topic merged into another is followed to "
        "it, and one a refit retired to its successors (where its comments went). A topic a refit found again "
        "keeps its id, so a link shows its current size."))
    async def topics(self, info: Info[Context, Any]) -> list[TopicType]:
        context, organization_id = info.context, self._model.organization_id
        linked = await context.loaders.action_topics.load((organization_id, self._model.id))
        out: list[TopicType] = []
        for topic_id in await topic_versions.live_topic_ids(organization_id=organization_id,
                                                            topic_ids=[t.id for t in linked]):
            topic = await context.loaders.topic_by_id.load((organization_id, topic_id))
            if topic is not None:
                out.append(await topic_type(topic, cache=context.cache))
        return out

    @strawberry.field(description="Linked responses, newest first.")
    @api_errors
    async def responses(
        self, info: Info[Context, Any], first: int | None = None, after: str | None = None
    ) -> Connection[ResponseType]:
        return await response_connection(info.context, first=first, after=after,
                                         matching=improvements.linked_responses_filter(self._model.id))

    @strawberry.field
    async def cases(self, info: Info[Context, Any]) -> list[CaseType]:
        found = await info.context.loaders.action_cases.load((self._model.organization_id, self._model.id))
        return [CaseType.of(c) for c in found]

    @strawberry.field(description="The action this one was merged into (status DUPLICATE).")
    async def duplicate_of(self, info: Info[Context, Any]) -> ActionType | None:
        found = await info.context.loaders.action_by_id.find(self._model.organization_id, self._model.duplicate_of_id)
        return ActionType.of(found) if found else None


@strawberry.type
class ActionPayload:
    action: ActionType | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


node_by_id("Action", lambda loaders: loaders.action_by_id, ActionType.of)
