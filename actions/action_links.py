"""Links of improvement actions to topics, responses and cases: checked all-or-nothing, written
with one audit event each (the object's global id), and moved to the target when an action is
merged as a DUPLICATE."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypedDict

from actions import audit
from actions.audit import Actor
from actions.errors import DuplicateLink
from actions.models import Action, ActionCase, ActionResponse, ActionTopic, Case
from actions.wording import ref
from analysis.models import Topic
from core.errors import NotFound, ValidationFailed
from core.events import ActionChanged, emit
from surveys.models import Response

MAX_LINKS = 500


@dataclass(frozen=True)
class Links:
    topic_ids: Sequence[int] = ()
    response_ids: Sequence[int] = ()
    case_ids: Sequence[int] = ()


@dataclass(frozen=True)
class _LinkKind:
    name: str  # in messages and event payloads: "topic", topic_ids
    type_name: str  # of its global id, the audit trail's reference
    field: str
    model: Any
    link: Any  # the link model
    column: str  # the link model's column pointing at the object


KINDS = (
    _LinkKind("topic", "Topic", "topicIds", Topic, ActionTopic, "topic_id"),
    _LinkKind("response", "Response", "responseIds", Response, ActionResponse, "response_id"),
    _LinkKind("case", "Case", "caseIds", Case, ActionCase, "case_id"),
)
_TOPICS, _RESPONSES, _CASES = KINDS


def _unique(ids: Sequence[int], field: str) -> list[int]:
    if len(ids) > MAX_LINKS:
        raise ValidationFailed(f"at most {MAX_LINKS} ids per call", field=field)
    return list(dict.fromkeys(ids))


async def check_links(organization_id: int, action_id: int | None, links: Links) -> dict[str, list[int]]:
    """The ids to link per kind, all checked: they exist in the organisation and are not linked yet."""
    wanted = {"topic": _unique(links.topic_ids, "topicIds"), "response": _unique(links.response_ids, "responseIds"),
              "case": _unique(links.case_ids, "caseIds")}
    for kind in KINDS:
        ids = wanted[kind.name]
        if not ids:
            continue
        found = set(await kind.model.filter(id__in=ids, organization_id=organization_id).values_list("id", flat=True))
        missing = [i for i in ids if i not in found]
        if missing:
            raise NotFound(f"no {kind.name} with id {ref(kind.type_name, missing[0])}", field=kind.field)
        if action_id is not None:
            existing = set(await kind.link.filter(action_id=action_id, **{f"{kind.column}__in": ids}).values_list(
                kind.column, flat=True))
            if existing:
                first = next(i for i in ids if i in existing)
                raise DuplicateLink(f"{kind.name} {ref(kind.type_name, first)} is already linked to action "
                                    f"{ref('Action', action_id)}", field=kind.field)
    return wanted


async def write_links(action: Action, wanted: dict[str, list[int]], *, actor: Actor, at: datetime,
                       note: str | None = None) -> None:
    for kind in KINDS:
        ids = wanted.get(kind.name, [])
        if not ids:
            continue
        await kind.link.bulk_create([kind.link(action_id=action.id, **{kind.column: i}) for i in ids])
        for i in ids:
            await audit.record(organization_id=action.organization_id, subject="action", subject_id=action.id,
                               actor=actor, kind="link", to_value=ref(kind.type_name, i), note=note, at=at)


class LinkIds(TypedDict):
    """What an event says was linked (core.events: the lists, left out when empty)."""

    topic_ids: list[int]
    response_ids: list[int]
    case_ids: list[int]


def link_ids(wanted: dict[str, list[int]]) -> LinkIds:
    return {"topic_ids": wanted.get("topic", []), "response_ids": wanted.get("response", []),
            "case_ids": wanted.get("case", [])}


async def merge_links(action: Action, target: Action, wanted: dict[str, list[int]], actor: Actor,
                       at: datetime) -> None:
    await write_links(target, wanted, actor=actor, at=at, note=f"merged from action {ref('Action', action.id)}")
    await Action.filter(id=target.id).update(updated_at=at)
    await emit(organization_id=target.organization_id, event=ActionChanged(
        action_id=target.id, changes=["link"], merged_from=action.id, **link_ids(wanted)))


async def missing_links(action: Action, target: Action) -> dict[str, list[int]]:
    """What `action` links and `target` does not, per kind (a merge moves these)."""
    wanted: dict[str, list[int]] = {}
    for kind in KINDS:
        mine = await kind.link.filter(action_id=action.id).order_by("id").values_list(kind.column, flat=True)
        theirs = set(await kind.link.filter(action_id=target.id).values_list(kind.column, flat=True))
        wanted[kind.name] = [int(i) for i in mine if i not in theirs]
    return wanted


async def linked_topics(*, organization_id: int, action_ids: Collection[int]) -> dict[int, list[Topic]]:
    """The topics linked to the organisation's actions, per action id, in link order."""
    return await _linked(_TOPICS, organization_id, action_ids)


async def linked_cases(*, organization_id: int, action_ids: Collection[int]) -> dict[int, list[Case]]:
    """The cases linked to the organisation's actions, per action id, in link order."""
    return await _linked(_CASES, organization_id, action_ids)


async def _linked(kind: _LinkKind, organization_id: int, action_ids: Collection[int]) -> dict[int, list[Any]]:
    found: dict[int, list[Any]] = {}
    rows = kind.link.filter(action_id__in=list(action_ids), **{f"{kind.name}__organization_id": organization_id})
    for row in await rows.select_related(kind.name).order_by("id"):
        found.setdefault(row.action_id, []).append(getattr(row, kind.name))
    return found


async def links_to_remove(action: Action, links: Links) -> dict[str, list[int]]:
    """The linked ids to remove per kind, all checked: each given id is linked to the action. A topic may
    be named by the topic it was merged into (as Action.topics shows it): every link that leads there goes."""
    given = {"topic": _unique(links.topic_ids, "topicIds"), "response": _unique(links.response_ids, "responseIds"),
             "case": _unique(links.case_ids, "caseIds")}
    wanted: dict[str, list[int]] = {}
    for kind in KINDS:
        ids = given[kind.name]
        if not ids:
            continue
        linked = [int(i) for i in await kind.link.filter(action_id=action.id).order_by("id").values_list(
            kind.column, flat=True)]
        leads_to = await _live_ids(action.organization_id, linked) if kind is _TOPICS else {i: i for i in linked}
        remove: list[int] = []
        for i in ids:
            found = [x for x in linked if x == i or leads_to.get(x) == i]
            if not found:
                raise NotFound(f"{kind.name} {ref(kind.type_name, i)} is not linked to action "
                               f"{ref('Action', action.id)}", field=kind.field)
            remove.extend(x for x in found if x not in remove)
        wanted[kind.name] = remove
    return wanted


async def _live_ids(organization_id: int, topic_ids: Sequence[int]) -> dict[int, int]:
    """Each topic id to the topic it was merged into (followed to the end; itself when not merged)."""
    out: dict[int, int] = {}
    for topic_id in topic_ids:
        current, seen = topic_id, set()
        while current not in seen:
            seen.add(current)
            topic = await Topic.get_or_none(id=current, organization_id=organization_id)
            if topic is None or topic.merged_into_id is None:
                break
            current = topic.merged_into_id
        out[topic_id] = current
    return out


async def remove_links(action: Action, wanted: dict[str, list[int]], *, actor: Actor, at: datetime) -> None:
    for kind in KINDS:
        ids = wanted.get(kind.name, [])
        if not ids:
            continue
        await kind.link.filter(action_id=action.id, **{f"{kind.column}__in": ids}).delete()
        for i in ids:
            await audit.record(organization_id=action.organization_id, subject="action", subject_id=action.id,
                               actor=actor, kind="unlink", from_value=ref(kind.type_name, i), at=at)
