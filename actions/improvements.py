"""Improvement actions (the outer loop): created from topics or cases, walked through an explicit
transition table, measured before (baseline when PLANNED) and after (effect once SHIPPED).

Decisions:
- Transitions are exactly TRANSITIONS: PROPOSED may only go to UNDER_REVIEW (declining or merging
  needs a review first); DUPLICATE needs the action it is merged into, whose links it receives.
  SHIPPED → VERIFYING is normally made by the periodic verification (actor "system") once the
  verification window has passed; done by hand earlier, the effect covers the data so far
  (`window_complete: false`).
- Owners: users of the organisation with role admin, analyst or agent (a viewer cannot own work).
- Closing (CLOSED_EFFECTIVE / CLOSED_INEFFECTIVE) follows the measured effect, or an admin's or
  analyst's override with a reason (actions.verdicts).
- Links: all-or-nothing. Every id is checked first (unknown or foreign → NOT_FOUND, already linked
  → DUPLICATE_LINK naming it), then all are written in one transaction (actions.action_links).
- "Tell them it is fixed" (ACTION_SHIPPED) lists the external ids of the respondents of the linked
  responses, of the linked cases, and of the responses in the linked topics from the baseline
  window's start until shipping (at most MAX_RESPONDENTS; `truncated` says when more exist).
- Every change appends an audit event and an outbox event in the transaction that makes it.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import Enum
from functools import partial
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from actions import audit, effect, verdicts
from actions.action_links import Links as Links  # part of this service's signatures
from actions.action_links import (
    check_links,
    link_ids,
    links_to_remove,
    merge_links,
    missing_links,
    remove_links,
    write_links,
)
from actions.audit import Actor
from actions.effect import Verdict
from actions.errors import DuplicateLink, InvalidAssignee, InvalidTransition
from actions.models import Action, ActionStatus, ActionTopic
from actions.verdicts import CLOSING, Override
from actions.wording import label, ref, with_article
from analysis import topic_versions
from analysis.models import Topic
from core.errors import NotFound, ValidationFailed, or_not_found
from core.events import ActionChanged, ActionCreated, ActionShipped, ActionStatusChanged, emit
from core.formats import optional_text
from core.models import Role, User
from core.paging import Page, newest_first
from core.reads import rows_by_id
from surveys.filters import ResponseFilter

S = ActionStatus
TRANSITIONS: dict[ActionStatus, frozenset[ActionStatus]] = {
    S.PROPOSED: frozenset({S.UNDER_REVIEW}),
    S.UNDER_REVIEW: frozenset({S.PLANNED, S.DECLINED, S.DUPLICATE}),
    S.PLANNED: frozenset({S.IN_PROGRESS}),
    S.DECLINED: frozenset(),
    S.DUPLICATE: frozenset(),
    S.IN_PROGRESS: frozenset({S.ON_HOLD, S.SHIPPED}),
    S.ON_HOLD: frozenset({S.IN_PROGRESS}),
    S.SHIPPED: frozenset({S.VERIFYING}),
    S.VERIFYING: frozenset({S.CLOSED_EFFECTIVE, S.CLOSED_INEFFECTIVE}),
    S.CLOSED_EFFECTIVE: frozenset(),
    S.CLOSED_INEFFECTIVE: frozenset({S.IN_PROGRESS}),  # reopen
}
# Between planning and shipping, a change of linked topics measures the baseline window again.
BASELINE_FOLLOWS_LINKS = frozenset({S.PLANNED, S.IN_PROGRESS, S.ON_HOLD})
OWNER_ROLES = frozenset({Role.ADMIN, Role.ANALYST, Role.AGENT})
DEFAULT_PRIORITY = 3
DEFAULT_VERIFICATION_DAYS = 14
MAX_VERIFICATION_DAYS = 90
MAX_TITLE = 300
MAX_TEXT = 10_000
MAX_RESPONDENTS = 10_000


class _Keep(Enum):
    KEEP = "keep"


KEEP = _Keep.KEEP


@dataclass(frozen=True)
class ActionUpdate:
    """Fields to change; KEEP leaves one as it is, None clears an optional one."""

    title: str | _Keep = KEEP
    description: str | _Keep | None = KEEP
    owner_id: int | _Keep | None = KEEP
    priority: int | _Keep = KEEP
    due_at: datetime | _Keep | None = KEEP
    verification_days: int | _Keep = KEEP


# --- reads ------------------------------------------------------------------------------------


async def get_action(*, organization_id: int, action_id: int, field: str = "id") -> Action:
    return or_not_found(await Action.get_or_none(id=action_id, organization_id=organization_id),
                        f"no action with id {ref('Action', action_id)}", field=field)


async def actions_by_id(*, organization_id: int, ids: Collection[int]) -> dict[int, Action]:
    return await rows_by_id(Action, organization_id=organization_id, ids=ids)


async def list_actions(
    *, organization_id: int, status: ActionStatus | None = None, owner_id: int | None = None,
    topic_id: int | None = None, first: int, after_id: int | None = None,
) -> Page[Action]:
    """Newest first; `topic_id` matches actions linked to the topic, to a topic merged into it, or to a
    retired topic whose comments went to it."""
    query = Action.filter(organization_id=organization_id)
    if status is not None:
        query = query.filter(status=status)
    if owner_id is not None:
        if not await User.exists(id=owner_id, organization_id=organization_id):
            raise NotFound(f"no user with id {ref('User', owner_id)}", field="filter.ownerId")
        query = query.filter(owner_id=owner_id)
    if topic_id is not None:
        if not await Topic.exists(id=topic_id, organization_id=organization_id):
            raise NotFound(f"no topic with id {ref('Topic', topic_id)}", field="filter.topicId")
        related = await topic_versions.topics_leading_to(organization_id=organization_id, topic_id=topic_id)
        linked = ActionTopic.filter(topic_id__in=related).values_list("action_id", flat=True)
        query = query.filter(id__in=await linked)
    return await newest_first(query, first=first, after_id=after_id)


def linked_responses_filter(action_id: int) -> ResponseFilter:
    """The responses linked to an action, for the shared response listing."""
    return ResponseFilter(extra=((
        "EXISTS (SELECT 1 FROM action_responses ar WHERE ar.response_id = {alias}.id AND ar.action_id = %s)",
        (action_id,)),))


async def linked_topic_ids(action_id: int) -> list[int]:
    ids: list[int] = await ActionTopic.filter(action_id=action_id).order_by("id").values_list(  # type: ignore[assignment]
        "topic_id", flat=True)
    return [int(i) for i in ids]


# --- validation -------------------------------------------------------------------------------


def _title(title: str) -> str:
    clean = title.strip()
    if not clean or len(clean) > MAX_TITLE:
        raise ValidationFailed(f"title must be 1-{MAX_TITLE} characters", field="title")
    return clean


def _priority(priority: int) -> int:
    if not 1 <= priority <= 5:
        raise ValidationFailed("priority must be 1 (highest) to 5 (lowest)", field="priority")
    return priority


def _due(due_at: datetime | None, now: datetime) -> datetime | None:
    if due_at is None:
        return None
    if due_at.tzinfo is None:
        raise ValidationFailed("dueAt needs a time zone offset", field="dueAt")
    if due_at < now:
        raise ValidationFailed("dueAt must not be in the past", field="dueAt")
    return due_at


def _verification_days(days: int) -> int:
    if not 1 <= days <= MAX_VERIFICATION_DAYS:
        raise ValidationFailed(f"verificationDays must be 1-{MAX_VERIFICATION_DAYS}", field="verificationDays")
    return days


async def _owner(organization_id: int, owner_id: int | None) -> int | None:
    if owner_id is None:
        return None
    user = or_not_found(await User.get_or_none(id=owner_id, organization_id=organization_id),
                        f"no user with id {ref('User', owner_id)}", field="ownerId")
    if user.role not in OWNER_ROLES:
        raise InvalidAssignee(f"user {ref('User', owner_id)} is {with_article(user.role.value)}; an owner must be an "
                              "admin, analyst or agent", field="ownerId")
    return user.id


# --- writes -----------------------------------------------------------------------------------


async def create_action(
    *, organization_id: int, actor: Actor, title: str, description: str | None = None, owner_id: int | None = None,
    priority: int | None = None, due_at: datetime | None = None, verification_days: int | None = None,
    links: Links = Links(), now: datetime | None = None,
) -> Action:
    now = now or datetime.now(UTC)
    values: dict[str, Any] = dict(
        organization_id=organization_id, title=_title(title),
        description=optional_text(description, field="description", max_chars=MAX_TEXT),
        owner_id=await _owner(organization_id, owner_id),
        priority=_priority(DEFAULT_PRIORITY if priority is None else priority), due_at=_due(due_at, now),
        verification_days=_verification_days(
            DEFAULT_VERIFICATION_DAYS if verification_days is None else verification_days),
        status=S.PROPOSED, created_at=now,  # the time its "created" event says
    )
    wanted = await check_links(organization_id, None, links)
    async with in_transaction():
        action = await Action.create(**values)
        await _record(action, actor, "created", to_value=action.title, at=now)
        await write_links(action, wanted, actor=actor, at=now)
        await emit(organization_id=organization_id, event=ActionCreated(
            action_id=action.id, status=action.status.value, **link_ids(wanted)))
    return action


async def update_action(
    *, organization_id: int, action_id: int, actor: Actor, changes: ActionUpdate, now: datetime | None = None
) -> Action:
    """Changes title, description, owner, priority, due date or verification window: one audit event per
    changed field (kinds title, description, owner, priority, due_at, verification_days)."""
    now = now or datetime.now(UTC)
    action = await get_action(organization_id=organization_id, action_id=action_id)
    new: dict[str, Any] = {}
    if changes.title is not KEEP:
        new["title"] = _title(changes.title)
    if changes.description is not KEEP:
        new["description"] = optional_text(changes.description, field="description", max_chars=MAX_TEXT)
    if changes.owner_id is not KEEP:
        new["owner_id"] = await _owner(organization_id, changes.owner_id)
    if changes.priority is not KEEP:
        new["priority"] = _priority(changes.priority)
    if changes.due_at is not KEEP:
        new["due_at"] = _due(changes.due_at, now)
    if changes.verification_days is not KEEP:
        new["verification_days"] = _verification_days(changes.verification_days)
    changed = {k: v for k, v in new.items() if getattr(action, k) != v}
    if not changed:
        return action
    kinds = {"owner_id": "owner"}
    async with in_transaction():
        await Action.filter(id=action.id).update(**changed, updated_at=now)
        for name, value in changed.items():
            await _record(action, actor, kinds.get(name, name), from_value=_shown(name, getattr(action, name)),
                          to_value=_shown(name, value), at=now)
        await emit(organization_id=organization_id, event=ActionChanged(
            action_id=action.id, changes=[kinds.get(n, n) for n in changed]))
    await action.refresh_from_db()
    return action


def _shown(name: str, value: object) -> object:
    """A changed field's value in the trail: the owner as a user reference."""
    return ref("User", value) if name == "owner_id" and isinstance(value, int) else value


async def add_note(*, organization_id: int, action_id: int, actor: Actor, note: str,
                   now: datetime | None = None) -> Action:
    now = now or datetime.now(UTC)
    action = await get_action(organization_id=organization_id, action_id=action_id)
    text = optional_text(note, field="note", max_chars=MAX_TEXT)
    if text is None:
        raise ValidationFailed("note must not be empty", field="note")
    async with in_transaction():
        await Action.filter(id=action.id).update(updated_at=now)
        await _record(action, actor, "note", note=text, at=now)
        await emit(organization_id=organization_id, event=ActionChanged(action_id=action.id, changes=["note"]))
    await action.refresh_from_db()
    return action


async def link_to_action(
    *, organization_id: int, action_id: int, actor: Actor, links: Links, now: datetime | None = None
) -> Action:
    """Links topics, responses and cases: all or nothing (see the module's decisions)."""
    now = now or datetime.now(UTC)
    action = await get_action(organization_id=organization_id, action_id=action_id, field="actionId")
    if action.status == S.DUPLICATE:
        raise ValidationFailed(f"this action was merged into action {ref('Action', action.duplicate_of_id or 0)}: "
                               "link to that one", field="actionId")
    wanted = await check_links(organization_id, action.id, links)
    if not any(wanted.values()):
        raise ValidationFailed("nothing to link: give topicIds, responseIds or caseIds", field="actionId")
    baseline = await _rebaseline(action, extra_topics=wanted["topic"])
    try:
        async with in_transaction():
            await write_links(action, wanted, actor=actor, at=now)
            if baseline is not None:
                await _set_baseline(action, baseline, actor, now)
            await Action.filter(id=action.id).update(updated_at=now)
            await emit(organization_id=organization_id, event=ActionChanged(
                action_id=action.id, changes=["link"], **link_ids(wanted)))
    except IntegrityError as exc:  # linked concurrently by someone else
        raise DuplicateLink("one of these is already linked to the action", field="actionId") from exc
    await action.refresh_from_db()
    return action


async def unlink_from_action(
    *, organization_id: int, action_id: int, actor: Actor, links: Links, now: datetime | None = None
) -> Action:
    """Removes links: all or nothing (an id that is not linked changes nothing). Between planning and
    shipping, removing a topic measures the baseline again over the same window."""
    now = now or datetime.now(UTC)
    action = await get_action(organization_id=organization_id, action_id=action_id, field="actionId")
    wanted = await links_to_remove(action, links)
    if not any(wanted.values()):
        raise ValidationFailed("nothing to unlink: give topicIds, responseIds or caseIds", field="actionId")
    baseline = None
    if wanted.get("topic") and action.status in BASELINE_FOLLOWS_LINKS and action.planned_at is not None:
        kept = [i for i in await linked_topic_ids(action.id) if i not in wanted["topic"]]
        baseline = await effect.snapshot_baseline(
            organization_id=organization_id, topic_ids=kept, planned_at=action.planned_at,
            weeks=int((action.baseline or {}).get("weeks", effect.BASELINE_WEEKS)))
    async with in_transaction():
        await remove_links(action, wanted, actor=actor, at=now)
        if baseline is not None:
            await _set_baseline(action, baseline, actor, now)
        await Action.filter(id=action.id).update(updated_at=now)
        await emit(organization_id=organization_id, event=ActionChanged(action_id=action.id, changes=["unlink"]))
    await action.refresh_from_db()
    return action


async def _rebaseline(action: Action, *, extra_topics: list[int]) -> dict[str, Any] | None:
    """A new baseline over the same window when topics are added between planning and shipping."""
    if not extra_topics or action.status not in BASELINE_FOLLOWS_LINKS or action.planned_at is None:
        return None
    weeks = int((action.baseline or {}).get("weeks", effect.BASELINE_WEEKS))
    return await effect.snapshot_baseline(
        organization_id=action.organization_id, topic_ids=[*await linked_topic_ids(action.id), *extra_topics],
        planned_at=action.planned_at, weeks=weeks)


async def _set_baseline(action: Action, baseline: dict[str, Any], actor: Actor, at: datetime) -> None:
    await Action.filter(id=action.id).update(baseline=baseline)
    await _record_baseline(action, baseline, actor, at)


async def _record_baseline(action: Action, baseline: dict[str, Any], actor: Actor, at: datetime) -> None:
    await _record(action, actor, "baseline", to_value=verdicts.baseline_summary(baseline), at=at,
                  note=verdicts.baseline_note(baseline))


async def _record(action: Action, actor: Actor, kind: str, *, from_value: object = None, to_value: object = None,
                  note: str | None = None, at: datetime) -> None:
    await audit.record(organization_id=action.organization_id, subject="action", subject_id=action.id, actor=actor,
                       kind=kind, from_value=from_value, to_value=to_value, note=note, at=at)


async def transition_action(
    *, organization_id: int, action_id: int, to: ActionStatus, actor: Actor, note: str | None = None,
    duplicate_of_id: int | None = None, override: Override | None = None, now: datetime | None = None,
) -> Action:
    """One move of the table. Closing needs the measured effect, or an `override` (actions.verdicts)."""
    now = now or datetime.now(UTC)
    action = await get_action(organization_id=organization_id, action_id=action_id)
    current = action.status
    if to not in TRANSITIONS[current]:
        raise InvalidTransition.between("action", current, to, TRANSITIONS[current])
    text = optional_text(note, field="note", max_chars=MAX_TEXT)
    if duplicate_of_id is not None and to != S.DUPLICATE:
        raise ValidationFailed("duplicateOfId is only for a move to DUPLICATE", field="duplicateOfId")
    if override is not None and to not in CLOSING:
        raise ValidationFailed("overrideReason is only for closing (CLOSED_EFFECTIVE or CLOSED_INEFFECTIVE)",
                               field="overrideReason")
    fields: dict[str, Any] = {}
    then: list[Callable[[], Awaitable[object]]] = []
    if to == S.PLANNED:
        baseline = await effect.snapshot_baseline(
            organization_id=organization_id, topic_ids=await linked_topic_ids(action.id), planned_at=now)
        fields.update(planned_at=now, baseline=baseline)
        then.append(partial(_record_baseline, action, baseline, actor, now))
    elif to == S.DUPLICATE:
        target, wanted = await _merge_plan(action, duplicate_of_id)
        fields.update(duplicate_of_id=target.id)
        text = text or f"merged into action {ref('Action', target.id)}"
        then.append(partial(merge_links, action, target, wanted, actor, now))
        if (rebased := await _rebaseline(target, extra_topics=wanted["topic"])) is not None:
            then.append(partial(_set_baseline, target, rebased, actor, now))
    elif to == S.SHIPPED:
        found = await effect.shipped_respondents(action=action, topic_ids=await linked_topic_ids(action.id),
                                                 until=now, limit=MAX_RESPONDENTS + 1)
        fields.update(shipped_at=now, effect=None, verdict_override_reason=None)
        then.append(partial(emit, organization_id=organization_id, event=ActionShipped(
            action_id=action.id, respondents=found[:MAX_RESPONDENTS], truncated=len(found) > MAX_RESPONDENTS)))
    elif to == S.VERIFYING:
        measured = await effect.evaluate(action=action, topic_ids=await linked_topic_ids(action.id), now=now)
        fields.update(effect=measured)
        then.append(partial(record_effect, action, measured, actor, now))
    elif to in CLOSING:
        judged = await verdicts.judge_closing(action=action, to=to, override=override,
                                              topic_ids=await linked_topic_ids(action.id), now=now)
        fields.update(verdict_override_reason=judged.override_reason)
        if judged.remeasured is not None:
            fields.update(effect=judged.remeasured)
            then.append(partial(record_effect, action, judged.remeasured, actor, now))
        if judged.override_reason is not None:
            then.append(partial(_record, action, actor, "verdict_overridden", from_value=label(judged.measured),
                                to_value=label(CLOSING[to]), note=judged.override_reason, at=now))
    elif current in CLOSING:  # reopened: the next closing is judged afresh
        fields.update(verdict_override_reason=None)
    if not await move_status(action, to, actor=actor, note=text, now=now, fields=fields, then=then):
        raise InvalidTransition(f"the action is no longer {label(current)}: it changed meanwhile; read it again",
                                field="to")
    await action.refresh_from_db()
    return action


async def _merge_plan(action: Action, duplicate_of_id: int | None) -> tuple[Action, dict[str, list[int]]]:
    """The target of a DUPLICATE move and the links it does not have yet."""
    if duplicate_of_id is None:
        raise ValidationFailed("a DUPLICATE needs duplicateOfId: the action it is merged into", field="duplicateOfId")
    target = await get_action(organization_id=action.organization_id, action_id=duplicate_of_id,
                              field="duplicateOfId")
    if target.id == action.id:
        raise ValidationFailed("an action cannot be a duplicate of itself", field="duplicateOfId")
    if target.status == S.DUPLICATE:
        raise ValidationFailed(f"action {ref('Action', target.id)} is itself a duplicate (of action "
                               f"{ref('Action', target.duplicate_of_id or 0)}): merge into that one",
                               field="duplicateOfId")
    return target, await missing_links(action, target)


async def record_effect(action: Action, measured: dict[str, Any], actor: Actor, at: datetime) -> None:
    await _record(action, actor, "effect", to_value=label(Verdict(measured["verdict"])), at=at,
                  note=verdicts.effect_note(measured))


async def move_status(
    action: Action, to: ActionStatus, *, actor: Actor, note: str | None, now: datetime, fields: dict[str, Any],
    then: Sequence[Callable[[], Awaitable[object]]] = (),
) -> bool:
    """The status change itself, conditional on the status read: of two concurrent movers one wins."""
    current = action.status
    async with in_transaction():
        moved = await Action.filter(id=action.id, status=current).update(status=to, updated_at=now, **fields)
        if not moved:
            return False
        await _record(action, actor, "status", from_value=label(current), to_value=label(to), note=note, at=now)
        await emit(organization_id=action.organization_id, event=ActionStatusChanged(
            action_id=action.id, from_=current.value, to=to.value, duplicate_of=fields.get("duplicate_of_id")))
        for step in then:
            await step()
    return True
