"""GraphQL subscriptions over graphql-transport-ws: responseSubmitted, caseUpdated, actionUpdated.

Each subscription listens on its organisation's channel (actions.live), and for every message
loads the object by id under the subscriber's organisation before sending it. Refusals (no key,
unknown survey, too many subscriptions on the connection) happen before the stream starts, so
the client gets a graphql-transport-ws `error` message with the usual `extensions.code`.
"""

from __future__ import annotations

import weakref
from collections.abc import AsyncGenerator, Callable
from typing import Any, TypeVar

import strawberry
from strawberry.types import Info

from actions import live
from api.actions.types import ActionType, CaseType
from api.context import Context
from api.errors import ApiError, api_errors
from api.ids import decode_id
from api.permissions import CanRead
from api.surveys.types import ResponseType
from core.pubsub import Overflow, current_hub

T = TypeVar("T")


async def _stream(
    info: Info[Context, Any], kind: live.Kind, of: Callable[[Any], T], *, survey_id: strawberry.ID | None = None
) -> AsyncGenerator[T, None]:
    context = info.context
    organization_id = context.organization_id
    survey_pk = None
    if survey_id is not None:
        survey_pk = decode_id(survey_id, "Survey", field="surveyId")
        await live.check_survey(organization_id=organization_id, survey_id=survey_pk)
    # Counted from here (no await until the stream exists): a burst of subscribe messages cannot
    # slip past the limit. The slot is freed when the stream ends, or when it is dropped unstarted.
    limit = context.settings.max_subscriptions_per_connection
    if len(context.live_subscriptions) >= limit:
        raise ApiError(f"at most {limit} subscriptions may be active on one connection", "TOO_MANY_SUBSCRIPTIONS")
    slot = object()
    context.live_subscriptions.add(slot)
    stream = _events(context, slot, live.channel(organization_id, kind), kind, of, survey_pk)
    weakref.finalize(stream, context.live_subscriptions.discard, slot)
    return stream


async def _events(
    context: Context, slot: object, channel: str, kind: live.Kind, of: Callable[[Any], T], survey_pk: int | None
) -> AsyncGenerator[T, None]:
    hub = context.hub or current_hub()
    if hub is None:
        raise RuntimeError("live updates need the app's pub/sub hub (create_app builds it)")
    try:
        async with hub.subscribe(channel, max_queue=context.settings.subscription_queue_size) as subscriber:
            async for message in subscriber:
                if survey_pk is not None and message.get("survey_id") != survey_pk:
                    continue
                await context.recheck_session()  # a signed-in session may have ended meanwhile
                if context.principal is None:
                    raise ApiError(context.auth_error or "the session has ended", "UNAUTHENTICATED")
                found = await live.load(organization_id=context.organization_id, kind=kind, pk=int(message["id"]))
                if found is None:
                    continue
                # The context lives as long as the connection: each event shows current rows, and
                # the loaders' caches do not grow for hours.
                context.forget_reads()
                yield of(found)
    except Overflow as exc:
        raise ApiError("this subscription fell too far behind and was closed: subscribe again and re-read",
                       "SUBSCRIBER_TOO_SLOW") from exc
    finally:
        context.live_subscriptions.discard(slot)


@strawberry.type
class Subscription:
    @strawberry.subscription(permission_classes=[CanRead],
                             description="Responses as they are submitted (and completed), optionally of one survey.")
    @api_errors
    async def response_submitted(
        self, info: Info[Context, Any], survey_id: strawberry.ID | None = None
    ) -> AsyncGenerator[ResponseType, None]:
        return await _stream(info, "response", ResponseType.of, survey_id=survey_id)

    @strawberry.subscription(permission_classes=[CanRead],
                             description="Follow-up cases as they are opened and change (status, assignee, SLA).")
    @api_errors
    async def case_updated(self, info: Info[Context, Any]) -> AsyncGenerator[CaseType, None]:
        return await _stream(info, "case", CaseType.of)

    @strawberry.subscription(permission_classes=[CanRead],
                             description="Improvement actions as they change (status, owner, links, effect).")
    @api_errors
    async def action_updated(self, info: Info[Context, Any]) -> AsyncGenerator[ActionType, None]:
        return await _stream(info, "action", ActionType.of)
