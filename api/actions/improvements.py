"""Improvement actions over GraphQL: actions(filter), createAction, updateAction, transitionAction,
linkToAction, addActionNote. Reads need any role; writes need admin or analyst (product managers)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

import strawberry
from strawberry.types import Info

import api.scalars  # noqa: F401  (registers the enums with Strawberry)
from actions import improvements
from actions.improvements import KEEP, ActionUpdate, Links
from actions.models import ActionStatus
from actions.verdicts import Override
from analysis.models import Topic
from api.actions.types import ActionPayload, ActionType, actor_of
from api.analysis.types import TopicType, topic_type
from api.context import Context
from api.errors import UserError, api_error
from api.ids import decode_id, encode_cursor
from api.permissions import CanManageActions, CanRead
from api.relay import Connection, after_id, connection, newest_first_connection, page_size
from api.surveys.queries import _response_cursor
from api.surveys.types import ResponseType
from core.errors import DomainError
from surveys import listing


def _ids(values: list[strawberry.ID] | None, type_name: str, field: str) -> list[int]:
    return [decode_id(v, type_name, field=field) for v in values or []]


def _links(topic_ids: list[strawberry.ID] | None, response_ids: list[strawberry.ID] | None,
           case_ids: list[strawberry.ID] | None) -> Links:
    return Links(topic_ids=_ids(topic_ids, "Topic", "topicIds"),
                 response_ids=_ids(response_ids, "Response", "responseIds"),
                 case_ids=_ids(case_ids, "Case", "caseIds"))


@strawberry.input
class CreateActionInput:
    title: str
    description: str | None = None
    owner_id: strawberry.ID | None = strawberry.field(default=None, description="An admin, analyst or agent.")
    priority: int | None = strawberry.field(default=None, description="1 (highest) .. 5 (lowest), default 3.")
    due_at: datetime | None = strawberry.field(default=None, description="Not in the past.")
    topic_ids: list[strawberry.ID] | None = None
    response_ids: list[strawberry.ID] | None = None
    case_ids: list[strawberry.ID] | None = None
    verification_days: int | None = strawberry.field(
        default=None, description="Days after shipping before the effect is measured: 1..90, default 14.")


@strawberry.input
class UpdateActionInput:
    """Omitted fields stay as they are; null clears description, ownerId and dueAt."""

    title: str | None = strawberry.UNSET
    description: str | None = strawberry.UNSET
    owner_id: strawberry.ID | None = strawberry.UNSET
    priority: int | None = strawberry.UNSET
    due_at: datetime | None = strawberry.UNSET
    verification_days: int | None = strawberry.UNSET

    def to_domain(self) -> ActionUpdate:
        def kept(value: Any) -> bool:
            return value is strawberry.UNSET

        return ActionUpdate(
            title=KEEP if kept(self.title) or self.title is None else self.title,
            description=KEEP if kept(self.description) else self.description,
            owner_id=KEEP if kept(self.owner_id) else (
                decode_id(self.owner_id, "User", field="ownerId") if self.owner_id is not None else None),
            priority=KEEP if kept(self.priority) or self.priority is None else self.priority,
            due_at=KEEP if kept(self.due_at) else self.due_at,
            verification_days=KEEP if kept(self.verification_days) or self.verification_days is None
            else self.verification_days,
        )


@strawberry.input(name="ActionFilter")
class ActionFilterInput:
    status: ActionStatus | None = None
    owner_id: strawberry.ID | None = None
    topic_id: strawberry.ID | None = strawberry.field(
        default=None, description="Actions linked to the topic (or to a topic merged into it).")


async def linked_topics(info: Info[Context, Any], action_id: int) -> list[TopicType]:
    """Action.topics: the linked topics, followed to the live topic they were merged into, once each."""
    context = info.context
    out: list[TopicType] = []
    seen: set[int] = set()
    linked: list[Topic] = await context.loader("action_topics").load(action_id)
    for topic in linked:
        while topic.merged_into_id is not None:
            topic = await context.loader("topic").load(topic.merged_into_id)
        if topic.id not in seen:
            seen.add(topic.id)
            out.append(await topic_type(topic, cache=context.cache))
    return out


async def linked_responses(
    info: Info[Context, Any], action_id: int, *, first: int | None, after: str | None
) -> Connection[ResponseType]:
    """Action.responses: the linked responses, newest first."""
    context = info.context
    try:
        size = page_size(first, context.settings)
        page = await listing.list_responses(
            organization_id=context.organization_id, flt=improvements.linked_responses_filter(action_id),
            first=size, after=_response_cursor(after))
    except DomainError as exc:
        raise api_error(exc) from exc
    return connection(
        [(encode_cursor(r.submitted_at.isoformat(), r.id), ResponseType.of(r)) for r in page.items],
        has_next=page.has_next, has_previous=after is not None, total=page.total,
    )


@strawberry.type
class ActionQueries:
    @strawberry.field(permission_classes=[CanRead], description="Improvement actions, newest first.")
    async def actions(
        self, info: Info[Context, Any], filter: ActionFilterInput | None = None, first: int | None = None,
        after: str | None = None,
    ) -> Connection[ActionType]:
        context = info.context
        try:
            size, after_pk = page_size(first, context.settings), after_id(after)
            flt = filter or ActionFilterInput()
            page = await improvements.list_actions(
                organization_id=context.organization_id, status=flt.status,
                owner_id=decode_id(flt.owner_id, "User", field="filter.ownerId") if flt.owner_id else None,
                topic_id=decode_id(flt.topic_id, "Topic", field="filter.topicId") if flt.topic_id else None,
                first=size, after_id=after_pk,
            )
        except DomainError as exc:
            raise api_error(exc) from exc
        return newest_first_connection(page, ActionType.of, after=after)


@strawberry.type
class ActionMutations:
    @strawberry.mutation(permission_classes=[CanManageActions], description="From topics, responses or cases.")
    async def create_action(self, info: Info[Context, Any], input: CreateActionInput) -> ActionPayload:
        context = info.context
        try:
            action = await improvements.create_action(
                organization_id=context.organization_id, actor=actor_of(context.principal), title=input.title,
                description=input.description,
                owner_id=decode_id(input.owner_id, "User", field="ownerId") if input.owner_id else None,
                priority=input.priority, due_at=input.due_at, verification_days=input.verification_days,
                links=_links(input.topic_ids, input.response_ids, input.case_ids),
            )
        except DomainError as exc:
            return ActionPayload(errors=[UserError.of(exc)])
        return ActionPayload(action=ActionType.of(action))

    @strawberry.mutation(permission_classes=[CanManageActions])
    async def update_action(
        self, info: Info[Context, Any], id: strawberry.ID, input: UpdateActionInput
    ) -> ActionPayload:
        context = info.context
        try:
            action = await improvements.update_action(
                organization_id=context.organization_id, action_id=decode_id(id, "Action"),
                actor=actor_of(context.principal), changes=input.to_domain(),
            )
        except DomainError as exc:
            return ActionPayload(errors=[UserError.of(exc)])
        return ActionPayload(action=ActionType.of(action))

    @strawberry.mutation(
        permission_classes=[CanManageActions],
        description="Only the allowed transitions; DUPLICATE needs duplicateOfId (its links are merged there). "
                    "CLOSED_EFFECTIVE / CLOSED_INEFFECTIVE need the measured effect to support them (else "
                    "EFFECT_NOT_MEASURED or VERDICT_CONTRADICTS_EFFECT), or overrideReason.")
    async def transition_action(
        self, info: Info[Context, Any], id: strawberry.ID, to: ActionStatus, note: str | None = None,
        duplicate_of_id: strawberry.ID | None = None,
        override_reason: Annotated[str | None, strawberry.argument(
            description="Close against or without the measured effect (admins and analysts): why, 1-500 "
                        "characters. Recorded in the trail (verdict_overridden) and on the action.")] = None,
    ) -> ActionPayload:
        context = info.context
        assert context.principal is not None, "resolver reached without a permission class"
        try:
            action = await improvements.transition_action(
                organization_id=context.organization_id, action_id=decode_id(id, "Action"), to=to,
                actor=actor_of(context.principal), note=note,
                duplicate_of_id=decode_id(duplicate_of_id, "Action", field="duplicateOfId") if duplicate_of_id
                else None,
                override=Override(reason=override_reason, role=context.principal.role)
                if override_reason is not None else None,
            )
        except DomainError as exc:
            return ActionPayload(errors=[UserError.of(exc)])
        return ActionPayload(action=ActionType.of(action))

    @strawberry.mutation(permission_classes=[CanManageActions],
                         description="All or nothing: an unknown, foreign or already linked id changes nothing.")
    async def link_to_action(
        self, info: Info[Context, Any], action_id: strawberry.ID, topic_ids: list[strawberry.ID] | None = None,
        response_ids: list[strawberry.ID] | None = None, case_ids: list[strawberry.ID] | None = None,
    ) -> ActionPayload:
        context = info.context
        try:
            action = await improvements.link_to_action(
                organization_id=context.organization_id, action_id=decode_id(action_id, "Action", field="actionId"),
                actor=actor_of(context.principal), links=_links(topic_ids, response_ids, case_ids),
            )
        except DomainError as exc:
            return ActionPayload(errors=[UserError.of(exc)])
        return ActionPayload(action=ActionType.of(action))

    @strawberry.mutation(permission_classes=[CanManageActions], description="Appends a note to the audit trail.")
    async def add_action_note(self, info: Info[Context, Any], id: strawberry.ID, note: str) -> ActionPayload:
        context = info.context
        try:
            action = await improvements.add_note(
                organization_id=context.organization_id, action_id=decode_id(id, "Action"),
                actor=actor_of(context.principal), note=note,
            )
        except DomainError as exc:
            return ActionPayload(errors=[UserError.of(exc)])
        return ActionPayload(action=ActionType.of(action))
