"""Follow-up cases (the inner loop): opened by rules or by hand, assigned, walked through their
transition table, every change audited and announced in the same transaction.

Transitions (anything else is refused with INVALID_TRANSITION naming the allowed targets):

    NEW -> ASSIGNED (assignCase)        ASSIGNED -> IN_PROGRESS
    IN_PROGRESS <-> WAITING_CUSTOMER    IN_PROGRESS | WAITING_CUSTOMER -> RESOLVED
    RESOLVED -> CLOSED                  RESOLVED -> IN_PROGRESS (reopen, within reopen_days)
    NEW | ASSIGNED | IN_PROGRESS | WAITING_CUSTOMER -> CANCELLED

WAITING_CUSTOMER may resolve directly (the customer's answer solved it). The first move to
IN_PROGRESS or WAITING_CUSTOMER is the first contact. WAITING_CUSTOMER pauses both SLA clocks;
leaving it moves both due times on by the pause. RESOLVED records the note as resolution reason
and issues the re-survey (an account warning's case has nobody to ask: skipped, recorded); CLOSED
needs a reason (the note, or the one given when resolving). One case may be open (anything but
CLOSED/CANCELLED) per respondent and survey: `open_key`. Account warnings' cases: actions/account_cases.py;
reading them (the inbox, caps, by id): actions/case_reads.py.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from actions import assignment, audit, resurvey
from actions.audit import Actor
from actions.errors import CaseAlreadyOpen, InvalidAssignee, InvalidTransition, OverCap
from actions.models import Case, CaseRule, CaseStatus
from actions.rules import RULES, effective_rule, score_matches, score_threshold, sentiment_matches
from actions.wording import label, number, ref
from analysis.models import Topic
from core.batching import Batch
from core.errors import NotFound, ValidationFailed, or_not_found
from core.events import CaseAssigned, CaseCreated, CaseNoted, CaseStatusChanged, emit
from core.formats import optional_text, utc_iso
from core.models import Role, User
from surveys.batches import RESPONSES, SURVEYS
from surveys.models import Channel, Response, Survey

S = CaseStatus
TRANSITIONS: dict[CaseStatus, tuple[CaseStatus, ...]] = {
    S.NEW: (S.ASSIGNED, S.CANCELLED),
    S.ASSIGNED: (S.IN_PROGRESS, S.CANCELLED),
    S.IN_PROGRESS: (S.WAITING_CUSTOMER, S.RESOLVED, S.CANCELLED),
    S.WAITING_CUSTOMER: (S.IN_PROGRESS, S.RESOLVED, S.CANCELLED),
    S.RESOLVED: (S.CLOSED, S.IN_PROGRESS),
    S.CLOSED: (),
    S.CANCELLED: (),
}
FINAL = (S.CLOSED, S.CANCELLED)
MAX_NOTE = 2000
MAX_REASON = 500


# Why a rule opened a response's case (Case.reason), with the figures it compared in Case.reason_detail:
#   score:     {"survey_kind": "NPS", "score": 3, "nps_max": 6}  (csat_max, or ces_min: a score at least it)
#   sentiment: {"sentiment": -0.99, "sentiment_max": -0.6}, and "rescored": true with the answer's
#              "submitted_at" when a sentiment rescoring (not the answer's arrival) put it to the rule.
# An account's early warning stores its own rule's code and figures there (actions/account_cases.py).
SCORE_REASON = "score"
SENTIMENT_REASON = "sentiment"


@dataclass(frozen=True)
class Reason:
    code: str
    detail: dict[str, Any]


def open_key(response: Response) -> str:
    who = str(response.respondent_id) if response.respondent_id is not None else f"r{response.id}"
    return f"{response.survey_id}:{who}"


def user_ref(user_id: int | None) -> str | None:
    return ref("User", user_id) if user_id is not None else None


# --- opening ------------------------------------------------------------------------------------


async def evaluate_response(*, response_id: int, now: datetime | None = None) -> Case | None:
    """The score rule on "response.submitted" (partial responses included: the score is known).
    `now`: when the rule runs (the demo replays arrivals at their own times)."""
    return await _by_score(await _candidate(response_id), now)


async def evaluate_sentiment(*, response_id: int, sentiment: float | None, rescored: bool = False) -> Case | None:
    """The sentiment rule on "response.analysed": a clearly negative comment opens a case. `rescored`: the
    event came from a sentiment rescoring, not from the answer's analysis on arrival."""
    return await _by_sentiment(await _candidate(response_id), sentiment, rescored)


@dataclass(frozen=True)
class _Candidate:
    """A response a rule may open a case for, with what deciding and opening it needs."""

    response: Response
    survey: Survey
    rule: CaseRule
    routing: assignment.RoutingConfig


async def _by_score(found: _Candidate | None, now: datetime | None = None) -> Case | None:
    if found is None or not score_matches(found.rule, found.survey.kind, found.response.score):
        return None
    field, value = score_threshold(found.rule, found.survey.kind) or ("", 0)  # it matched: there is one
    reason = Reason(SCORE_REASON, {"survey_kind": found.survey.kind.name, "score": found.response.score, field: value})
    return await _create(found.response, found.rule, Actor.rule(found.rule.id), source="rule",
                         note=f"score {found.response.score}", config=found.routing, open_key_checked=True, now=now,
                         reason=reason)


async def _by_sentiment(found: _Candidate | None, sentiment: float | None, rescored: bool = False) -> Case | None:
    if found is None or sentiment is None or not sentiment_matches(found.rule, sentiment):
        return None
    detail: dict[str, Any] = {"sentiment": sentiment, "sentiment_max": found.rule.sentiment_max}
    if rescored:
        detail |= {"rescored": True, "submitted_at": utc_iso(found.response.submitted_at)}
    return await _create(found.response, found.rule, Actor.rule(found.rule.id), source="rule",
                         note=f"sentiment {number(sentiment, 2)}" + (" after rescoring" if rescored else ""),
                         config=found.routing, open_key_checked=True, reason=Reason(SENTIMENT_REASON, detail))


async def evaluate_responses(response_ids: Sequence[int]) -> dict[int, Case | None]:
    """The score rule for many responses (the events of one queue message): their lookups
    together, then the cases opened in submission order, so that a respondent's first matching
    answer opens their case as it would one by one (one open case per respondent and survey)."""
    ids = sorted(set(response_ids))
    found = await asyncio.gather(*(_candidate(i) for i in ids))
    return {i: await _by_score(f) for i, f in zip(ids, found, strict=True)}


SentimentItem = tuple[int, float | None, bool]  # response id, sentiment, rescored


async def evaluate_sentiments(items: Sequence[SentimentItem]) -> dict[SentimentItem, Case | None]:
    """`evaluate_sentiment` for many (response_id, sentiment, rescored), in submission order likewise."""
    ordered = sorted(set(items), key=lambda item: item[0])
    found = await asyncio.gather(*(_candidate(i) for i, _, _ in ordered))
    return {item: await _by_sentiment(f, item[1], item[2]) for item, f in zip(ordered, found, strict=True)}


# The rule tasks of one queue message (core.queue.dispatch runs its events concurrently).
SCORE_RULE: Batch[int, Case | None] = Batch(evaluate_responses, max_size=500, linger_seconds=0.002)
SENTIMENT_RULE: Batch[SentimentItem, Case | None] = Batch(
    evaluate_sentiments, max_size=500, linger_seconds=0.002)


async def _candidate(response_id: int) -> _Candidate | None:
    response = await RESPONSES.submit(response_id)
    # Redelivered events and the completion of a partial find the case they opened. Imported
    # history (`voc import`, the demo) is for analysis: a year-old answer gets no follow-up case
    # with a fresh 24 h clock (one can still be opened by hand).
    if response is None or response.channel == Channel.IMPORT or await _HAS_CASE.submit(response.id):
        return None
    survey = await SURVEYS.submit(response.survey_id)
    if survey is None or resurvey.is_resurvey(survey):
        return None
    # Looked up now, together with the other candidates' (one query each for the batch, where one by
    # one in _create they were three per case): the open case of the respondent, the routing.
    if await _OPEN_KEY_TAKEN.submit(open_key(response)):
        return None
    rule, routing = await asyncio.gather(RULES.submit((response.organization_id, survey.id)),
                                         assignment.ROUTING.submit(response.organization_id))
    return _Candidate(response, survey, rule, routing)


async def _open_keys_taken(keys: Sequence[str]) -> dict[str, bool]:
    taken = {c.open_key for c in await Case.filter(open_key__in=list(keys)).only("id", "open_key")}
    return {key: key in taken for key in keys}


_OPEN_KEY_TAKEN: Batch[str, bool] = Batch(_open_keys_taken, max_size=500, linger_seconds=0.002)


async def _have_cases(response_ids: Sequence[int]) -> dict[int, bool]:
    found = {c.response_id for c in await Case.filter(response_id__in=list(response_ids)).only("id", "response_id")}
    return {r: r in found for r in response_ids}


# The rule tasks of one queue message run together (core.queue.dispatch): their lookups share queries.
_HAS_CASE: Batch[int, bool] = Batch(_have_cases, max_size=500, linger_seconds=0.002)


async def open_case(*, organization_id: int, response_id: int, actor: Actor) -> Case:
    """A case opened by hand from a response, with the SLA of the survey's rule."""
    response = or_not_found(await Response.get_or_none(id=response_id, organization_id=organization_id),
                            "no such response", field="responseId")
    rule = await effective_rule(organization_id=organization_id, survey_id=response.survey_id)
    case = await _create(response, rule, actor, source="manual", note=None)
    if case is None:
        raise CaseAlreadyOpen("a case is already open for this respondent and survey", field="responseId")
    return case


async def _create(response: Response, rule: CaseRule, actor: Actor, *, source: str, note: str | None,
                  config: assignment.RoutingConfig | None = None, open_key_checked: bool = False,
                  now: datetime | None = None, reason: Reason | None = None) -> Case | None:
    """The case, or None when the respondent has one open for the survey. Rules pass the routing
    `config` and have looked up the open case already (`open_key_checked`: one opened since then
    fails on the unique key, as a concurrent one always did), and why they open it (`reason`)."""
    key = open_key(response)
    if not open_key_checked and await Case.exists(open_key=key):
        return None
    now = now or datetime.now(UTC)
    try:
        async with in_transaction():
            routing = await assignment.route(organization_id=response.organization_id,
                                             attributes=response.attributes, now=now, config=config)
            case = await Case.create(
                organization_id=response.organization_id, survey_id=response.survey_id, response_id=response.id,
                respondent_id=response.respondent_id, open_key=key, source=source,
                status=S.ASSIGNED if routing.assignee_id else S.NEW,
                team_id=routing.team_id, assignee_id=routing.assignee_id,
                first_contact_due_at=now + timedelta(hours=rule.first_contact_hours),
                resolve_due_at=now + timedelta(hours=rule.resolve_hours),
                reopen_days=rule.reopen_days, created_at=now,
                reason=reason.code if reason else None, reason_detail=reason.detail if reason else None,
            )
            record = recorder(case, actor, now)
            await record("created", to_value=label(S.NEW), note=note)
            if routing.team_id is not None:
                await record("team", to_value=ref("Team", routing.team_id), note=routing.note())
            if routing.assignee_id is not None:
                await record("assignee", to_value=user_ref(routing.assignee_id), note=routing.note())
                await record("status", from_value=label(S.NEW), to_value=label(S.ASSIGNED))
            await emit(organization_id=case.organization_id, event=CaseCreated(
                case_id=case.id, status=case.status.value, survey_id=response.survey_id, response_id=response.id,
                respondent_id=case.respondent_id, team_id=case.team_id, assignee_id=case.assignee_id, source=source,
                first_contact_due_at=utc_iso(case.first_contact_due_at), resolve_due_at=utc_iso(case.resolve_due_at)))
    except IntegrityError:  # a concurrent delivery (or person) opened it first
        return None
    return case


def recorder(case: Case, actor: Actor, now: datetime) -> Any:
    async def record(kind: str, *, from_value: object = None, to_value: object = None,
                     note: str | None = None) -> None:
        await audit.record(organization_id=case.organization_id, subject="case", subject_id=case.id, actor=actor,
                           kind=kind, from_value=from_value, to_value=to_value, note=note, at=now)

    return record


# --- changes ------------------------------------------------------------------------------------


async def get_case(*, organization_id: int, case_id: int) -> Case:
    return or_not_found(await Case.get_or_none(id=case_id, organization_id=organization_id), "no such case")


async def _locked(organization_id: int, case_id: int) -> Case:
    case = await Case.filter(id=case_id, organization_id=organization_id).select_for_update().first()
    if case is None:
        raise NotFound("no such case", field="id")
    return case


def allowed_targets(case: Case, now: datetime) -> tuple[CaseStatus, ...]:
    allowed = TRANSITIONS[case.status]
    if case.status == S.RESOLVED and not within_reopen_window(case, now):
        allowed = tuple(s for s in allowed if s != S.IN_PROGRESS)
    return allowed


def within_reopen_window(case: Case, now: datetime) -> bool:
    return case.resolved_at is not None and now < case.resolved_at + timedelta(days=case.reopen_days)


async def transition(
    *, organization_id: int, case_id: int, to: CaseStatus, actor: Actor, note: str | None = None,
    root_cause_topic_id: int | None = None, now: datetime | None = None,
) -> Case:
    note = optional_text(note, field="note", max_chars=MAX_NOTE)
    if to in (S.RESOLVED, S.CLOSED) and note is not None and len(note) > MAX_REASON:
        raise ValidationFailed(f"a resolution reason is at most {MAX_REASON} characters", field="note")
    if root_cause_topic_id is not None:
        if to not in (S.RESOLVED, S.CLOSED):
            raise ValidationFailed("a root-cause topic is recorded when resolving or closing",
                                   field="rootCauseTopicId")
        if not await Topic.exists(id=root_cause_topic_id, organization_id=organization_id):
            raise NotFound("no such topic", field="rootCauseTopicId")
    now = now or datetime.now(UTC)
    async with in_transaction():
        case = await _locked(organization_id, case_id)
        current = case.status
        allowed = allowed_targets(case, now)
        if to not in allowed:
            refused = InvalidTransition.between("case", current, to, allowed)
            if current == S.RESOLVED and to == S.IN_PROGRESS:
                refused.message += f" (the reopen window of {case.reopen_days} days has passed)"
            raise refused
        if to == S.ASSIGNED and case.assignee_id is None:
            raise InvalidAssignee("the case has nobody to assign: use assignCase", field="to")
        if to == S.CLOSED and note is None and not case.resolution_reason:
            raise ValidationFailed("closing needs a resolution reason: give it as the note", field="note")
        record = recorder(case, actor, now)
        uncontacted = case.first_contacted_at is None
        link = await _apply(case, current, to, note, now)
        if root_cause_topic_id is not None and root_cause_topic_id != case.root_cause_topic_id:
            previous = case.root_cause_topic_id
            case.root_cause_topic_id = root_cause_topic_id
            await record("root_cause", from_value=ref("Topic", previous) if previous else None,
                         to_value=ref("Topic", root_cause_topic_id))
        await case.save()
        await record("status", from_value=label(current), to_value=label(to), note=note)
        if uncontacted and case.first_contacted_at is not None:  # said in the trail: the move stopped a clock
            await record("first_contact", to_value=label(to))
        if link is not None:
            await record("resurvey", to_value=link, note="re-survey issued")
        elif to == S.RESOLVED and case.response_id is None:
            await record("resurvey", note=resurvey.SKIPPED)
        await emit(organization_id=case.organization_id, event=CaseStatusChanged(
            case_id=case.id, status=case.status.value, from_=current.value, to=to.value, resurvey_url=link))
    return case


async def _apply(case: Case, current: CaseStatus, to: CaseStatus, note: str | None, now: datetime) -> str | None:
    """Set the fields a move changes; returns the re-survey link when one was issued."""
    if current == S.WAITING_CUSTOMER:
        resume_clocks(case, now)
    # Working on the case or waiting on the customer means the customer was reached: the first contact is
    # recorded by that move (no separate step), which stops the first-contact clock; the trail says so.
    if to in (S.IN_PROGRESS, S.WAITING_CUSTOMER) and case.first_contacted_at is None:
        case.first_contacted_at = now
    if to == S.WAITING_CUSTOMER:
        case.paused_at = now
    case.status = to
    link = None
    if to == S.RESOLVED:
        case.resolved_at = now
        case.resolution_reason = note or case.resolution_reason
        link = await resurvey.issue(case=case) if case.response_id is not None else None
    elif current == S.RESOLVED and to == S.IN_PROGRESS:  # reopened: the next resolution re-surveys anew
        case.resolved_at = None
        case.resurvey_key = None
    elif to in FINAL:
        case.closed_at = now
        case.open_key = None
        if to == S.CLOSED:
            case.resolution_reason = note or case.resolution_reason
    return link


def resume_clocks(case: Case, now: datetime) -> None:
    """Leaving WAITING_CUSTOMER: both due times move on by the time the clocks stood still."""
    if case.paused_at is None:
        return
    paused = max(now - case.paused_at, timedelta(0))
    if case.first_contact_due_at is not None:
        case.first_contact_due_at += paused
    if case.resolve_due_at is not None:
        case.resolve_due_at += paused
    case.paused_at = None


async def assign(*, organization_id: int, case_id: int, assignee_id: int, actor: Actor,
                 now: datetime | None = None, within_cap: bool = False) -> Case:
    """Assign (or reassign) an open case to an agent of the organisation; NEW becomes ASSIGNED. A person
    may give an agent more than their cap (a lead's decision); `within_cap` refuses that (OVER_CAP), so a
    page can ask them first, on the counts as they are when the case would be assigned."""
    now = now or datetime.now(UTC)
    async with in_transaction():
        case = await _locked(organization_id, case_id)
        user = await User.get_or_none(id=assignee_id, organization_id=organization_id)
        if user is None or user.role != Role.AGENT:
            raise InvalidAssignee("cases go to users of your organisation with the agent role", field="assigneeId")
        if case.status in FINAL:
            raise InvalidTransition(f"a case in {label(case.status)} cannot be assigned", field="id")
        if case.assignee_id == user.id:
            return case
        if within_cap and (full := await assignment.over_cap(organization_id=organization_id, user_id=user.id)):
            raise OverCap(f"{user.name} has {full[0]} open cases, at or over their cap of {full[1]}",
                          field="assigneeId")
        previous, current = case.assignee_id, case.status
        case.assignee_id = user.id
        if current == S.NEW:
            case.status = S.ASSIGNED
        await case.save()
        await assignment.note_assigned(organization_id=organization_id, user_id=user.id, now=now)
        record = recorder(case, actor, now)
        await record("assignee", from_value=user_ref(previous), to_value=user_ref(user.id),
                     note="reassigned" if previous else None)
        if case.status != current:
            await record("status", from_value=label(current), to_value=label(case.status))
        await emit(organization_id=case.organization_id, event=CaseAssigned(
            case_id=case.id, status=case.status.value, from_=previous, to=user.id))
    return case


async def add_note(*, organization_id: int, case_id: int, note: str, actor: Actor,
                   now: datetime | None = None) -> Case:
    text = optional_text(note, field="note", max_chars=MAX_NOTE)
    if text is None:
        raise ValidationFailed("note must not be empty", field="note")
    now = now or datetime.now(UTC)
    async with in_transaction():
        case = await _locked(organization_id, case_id)
        await Case.filter(id=case.id).update(updated_at=now)
        await recorder(case, actor, now)("note", note=text)
        await emit(organization_id=case.organization_id, event=CaseNoted(case_id=case.id, status=case.status.value))
    return case
