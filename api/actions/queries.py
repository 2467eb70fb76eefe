"""The loop's queries: cases, case rules, teams, routing rules, improvement actions, webhooks, team
alert channels and loopMetrics. Reads need any role, except webhooks and channels (admins)."""

from __future__ import annotations

from collections.abc import Awaitable
from datetime import datetime
from typing import Annotated, Any

import strawberry
from strawberry.types import Info

from actions import case_reads, channels, improvements, loop_metrics, rules
from actions import webhooks as webhook_service
from api.actions.inputs import ActionFilterInput, CaseFilterInput
from api.actions.types import (
    ActionType,
    CaseRuleType,
    CaseType,
    LoopMetricsType,
    LoopWeek,
    NotificationChannelType,
    RoutingRuleType,
    TeamType,
    WebhookType,
)
from api.context import Context
from api.errors import api_errors
from api.ids import decode_cursor, decode_id, encode_cursor
from api.permissions import CanRead, IsAdmin
from api.relay import Connection, after_id, connection, newest_first_connection, page_size
from core.errors import ValidationFailed


def _after_urgency(after: str | None) -> case_reads.UrgencyCursor | None:
    """The (tier, key, id) of an URGENCY cursor; a cursor of the newest-first order is refused, and so is one
    whose key is not whole milliseconds (the key was float seconds before: such a cursor would not compare
    equal to any row's key, so it is refused like a malformed one, not read approximately)."""
    if after is None:
        return None
    try:
        named, tier, key, pk = decode_cursor(after, 4)
        if named != case_reads.CaseOrder.URGENCY.value:
            raise ValueError("a cursor of another order")
        return case_reads.UrgencyCursor(int(tier), int(key), int(pk))
    except ValueError as exc:
        raise ValidationFailed("after is not a cursor of this list", field="after") from exc


@strawberry.type
class WebhookQueries:
    @strawberry.field(permission_classes=[IsAdmin], description="The organisation's webhooks, newest first.")
    @api_errors
    async def webhooks(
        self, info: Info[Context, Any], first: int | None = None, after: str | None = None
    ) -> Connection[WebhookType]:
        context = info.context
        page = await webhook_service.list_webhooks(
            organization_id=context.organization_id, first=page_size(first, context.settings),
            after_id=after_id(after))
        return newest_first_connection(page, WebhookType.of, after=after)

    @strawberry.field(permission_classes=[IsAdmin], description="The organisation's team alert channels, oldest first.")
    @api_errors
    async def notification_channels(self, info: Info[Context, Any]) -> list[NotificationChannelType]:
        found = await channels.list_channels(organization_id=info.context.organization_id)
        return [NotificationChannelType.of(c) for c in found]


@strawberry.type
class LoopMetricsQueries:
    @strawberry.field(permission_classes=[CanRead])
    @api_errors
    async def loop_metrics(
        self, info: Info[Context, Any],
        from_: Annotated[datetime | None, strawberry.argument(name="from")] = None, to: datetime | None = None,
    ) -> LoopMetricsType:
        organization_id = info.context.organization_id
        found = await loop_metrics.loop_metrics(organization_id=organization_id, since=from_, until=to)
        return LoopMetricsType.of(found, organization_id=organization_id, since=from_, until=to)

    @strawberry.field(permission_classes=[CanRead], description=(
        "loopMetrics' first-contact figures week by week: the last `weeks` weeks of the organisation's time zone, "
        "the last ending at the start of tomorrow (today included), oldest first; each over the cases opened in it."))
    @api_errors
    async def loop_trend(
        self, info: Info[Context, Any],
        weeks: Annotated[int, strawberry.argument(description=f"1 to {loop_metrics.MAX_TREND_WEEKS}.")],
    ) -> list[LoopWeek]:
        context = info.context
        found = await loop_metrics.contact_trend(organization_id=context.organization_id,
                                                 timezone=context.organization.timezone, weeks=weeks)
        return [LoopWeek.of(w) for w in found]


@strawberry.type
class ActionQueries:
    @strawberry.field(permission_classes=[CanRead], description="Improvement actions, newest first.")
    @api_errors
    async def actions(
        self, info: Info[Context, Any], filter: ActionFilterInput | None = None, first: int | None = None,
        after: str | None = None,
    ) -> Connection[ActionType]:
        context = info.context
        size, after_pk = page_size(first, context.settings), after_id(after)
        flt = filter or ActionFilterInput()
        page = await improvements.list_actions(
            organization_id=context.organization_id, status=flt.status,
            owner_id=decode_id(flt.owner_id, "User", field="filter.ownerId") if flt.owner_id else None,
            topic_id=decode_id(flt.topic_id, "Topic", field="filter.topicId") if flt.topic_id else None,
            first=size, after_id=after_pk,
        )
        return newest_first_connection(page, ActionType.of, after=after)


@strawberry.type
class CaseQueries:
    @strawberry.field(permission_classes=[CanRead], description=(
        "Follow-up cases, newest first unless orderBy says otherwise (URGENCY: the breached first, then the "
        "nearest SLA deadline)."))
    @api_errors
    async def cases(
        self, info: Info[Context, Any], filter: CaseFilterInput | None = None, first: int | None = None,
        after: str | None = None, order_by: case_reads.CaseOrder = case_reads.CaseOrder.NEWEST,
    ) -> Connection[CaseType]:
        context = info.context
        size = page_size(first, context.settings)
        flt = filter.to_domain() if filter else case_reads.CaseFilter()
        if order_by == case_reads.CaseOrder.URGENCY:
            urgent = await case_reads.list_urgent_cases(organization_id=context.organization_id, flt=flt, first=size,
                                                        after=_after_urgency(after))
            organization_id = context.organization_id

            def total() -> Awaitable[int]:  # counted only when asked for
                return case_reads.count_cases(organization_id=organization_id, flt=flt)

            return connection([(encode_cursor(order_by.value, k.cursor.tier, k.cursor.key, k.cursor.id),
                                CaseType.of(k.case)) for k in urgent.items],
                              has_next=urgent.has_next, has_previous=after is not None, total=total)
        page = await case_reads.list_cases(organization_id=context.organization_id, flt=flt, first=size,
                                           after_id=after_id(after))
        return newest_first_connection(page, CaseType.of, after=after)

    @strawberry.field(permission_classes=[CanRead],
                      description="Organisation-wide rule first (the built-in default when none is stored).")
    async def case_rules(self, info: Info[Context, Any]) -> list[CaseRuleType]:
        return [CaseRuleType.of(r) for r in await rules.list_case_rules(organization_id=info.context.organization_id)]

    @strawberry.field(permission_classes=[CanRead])
    async def teams(self, info: Info[Context, Any]) -> list[TeamType]:
        return [TeamType.of(t) for t in await rules.list_teams(organization_id=info.context.organization_id)]

    @strawberry.field(permission_classes=[CanRead], description="In the order they are tried.")
    async def routing_rules(self, info: Info[Context, Any]) -> list[RoutingRuleType]:
        found = await rules.list_routing_rules(organization_id=info.context.organization_id)
        return [RoutingRuleType.of(r) for r in found]
