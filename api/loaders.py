"""DataLoaders, built per request: one query per batch, never one per row."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, Any

from strawberry.dataloader import DataLoader
from tortoise.models import Model

from actions import resurvey
from actions.models import ActionCase, ActionTopic, AuditEvent, CaseRule, Team, TeamMember
from analysis import insights
from analysis.models import CommentAnalysis, Topic, TopicSuccessor
from core.models import ApiKey, User
from surveys.models import Respondent, Response, Survey

if TYPE_CHECKING:
    from api.context import Context


def _by_id(model: type[Model]) -> Callable[[Sequence[int]], Awaitable[list[Any]]]:
    # Keys come from rows the caller may read: tenant-filtered queries, and field permissions refuse
    # rows of another organisation that reach a caller through the public surface.
    async def load(ids: Sequence[int]) -> list[Any]:
        found = {row.pk: row for row in await model.filter(id__in=list(ids))}
        return [found.get(i) for i in ids]

    return load


async def _analysis_by_response(ids: Sequence[int]) -> list[Any]:
    found = {row.response_id: row for row in await CommentAnalysis.filter(response_id__in=list(ids))}
    return [found.get(i) for i in ids]


async def _team_members(ids: Sequence[int]) -> list[Any]:
    found: dict[int, list[Any]] = {i: [] for i in ids}
    for member in await TeamMember.filter(team_id__in=list(ids)).order_by("id"):
        found[member.team_id].append(member)
    return [found[i] for i in ids]


async def _topic_successors(ids: Sequence[int]) -> list[Any]:
    # Retired topics' successors, largest share first (topic ids come from rows read under the
    # caller's tenant filter; successors belong to the same organisation).
    found: dict[int, list[Any]] = {i: [] for i in ids}
    rows = TopicSuccessor.filter(topic_id__in=list(ids)).select_related("successor").order_by("-share", "id")
    for row in await rows:
        found[row.topic_id].append(row.successor)
    return [found[i] for i in ids]


def _linked(link: type[Model], relation: str) -> Callable[[Sequence[int]], Awaitable[list[Any]]]:
    # Objects linked to improvement actions, per action id, in link order (action ids come from rows
    # read under the caller's tenant filter).
    async def load(ids: Sequence[int]) -> list[Any]:
        found: dict[int, list[Any]] = {i: [] for i in ids}
        for row in await link.filter(action_id__in=list(ids)).select_related(relation).order_by("id"):
            found[row.action_id].append(getattr(row, relation))  # type: ignore[attr-defined]
        return [found[i] for i in ids]

    return load


def _trails(subject: str) -> Callable[[int], Callable[[Sequence[int]], Awaitable[list[Any]]]]:
    """Case.events / Action.events: the audit events of many cases (or actions) in one query, oldest
    first, under the caller's organisation."""
    def for_organization(organization_id: int) -> Callable[[Sequence[int]], Awaitable[list[Any]]]:
        async def load(ids: Sequence[int]) -> list[Any]:
            found: dict[int, list[AuditEvent]] = {i: [] for i in ids}
            for event in await AuditEvent.filter(organization_id=organization_id, subject=subject,
                                                 subject_id__in=list(ids)).order_by("id"):
                found[event.subject_id].append(event)
            return [found[i] for i in ids]

        return load

    return for_organization


async def _representative_comments(keys: Sequence[tuple[int, int]]) -> list[Any]:
    # Keys are (topic id, limit); topics come from rows read under the caller's tenant filter.
    found: dict[tuple[int, int], list[str]] = {}
    for limit in {limit for _, limit in keys}:
        topic_ids = sorted({t for t, lim in keys if lim == limit})
        for topic_id, comments in (await insights.representative_comments_of(topic_ids=topic_ids,
                                                                              limit=limit)).items():
            found[(topic_id, limit)] = comments
    return [found.get(key, []) for key in keys]


LOADERS: dict[str, Callable[[Sequence[Any]], Awaitable[list[Any]]]] = {
    "survey": _by_id(Survey),
    "response": _by_id(Response),
    "user": _by_id(User),
    "respondent": _by_id(Respondent),
    "topic": _by_id(Topic),
    "topic_successors": _topic_successors,
    "analysis": _analysis_by_response,
    "representative_comments": _representative_comments,
    "action_topics": _linked(ActionTopic, "topic"),
    "action_cases": _linked(ActionCase, "case"),
    # Keys are (organisation id, survey id, resurvey key) of cases read under the tenant filter.
    "resurvey_url": resurvey.urls,
    "team": _by_id(Team),
    "team_members": _team_members,
    # Audit actors (ids from audit rows of the caller's organisation).
    "api_key": _by_id(ApiKey),
    "case_rule": _by_id(CaseRule),
}
# Loaders whose query filters by the caller's organisation itself.
TENANT_LOADERS: dict[str, Callable[[int], Callable[[Sequence[Any]], Awaitable[list[Any]]]]] = {
    "case_events": _trails("case"),
    "action_events": _trails("action"),
}


def build(name: str, context: Context) -> DataLoader[Any, Any]:
    if name in TENANT_LOADERS:
        return DataLoader(load_fn=TENANT_LOADERS[name](context.organization_id))
    return DataLoader(load_fn=LOADERS[name])
