"""Erasing one respondent (the right to be forgotten): their identity, attributes and comments go
from every store, in one transaction, scoped to one organisation, audited; metrics stay as they were.

Decisions (what goes, what stays, and why):
- The respondent row is deleted. Responses, displays and cases stay, with `respondent_id` NULL:
  nothing links them to each other or to a person any more. A respondent who comes back with the
  same external id is a new respondent (recontact rules start afresh).
- Responses keep everything metrics are computed from (survey, score, NPS category, completed,
  channel, locale, submitted time): NPS, CSAT, CES, response rate and their series do not move.
  The comment, text answers, attribute snapshot and page URL are cleared; rating and choice answers
  stay (they are the survey's own options). The idempotency key and payload hash become a keyed
  hash under a random key used once: unique as before, reversible and checkable by nobody (a key
  an integration built from a user id or an e-mail cannot be guessed back). A retry of the original
  submission after the erasure is therefore stored as a new response.
- Their comment analyses are deleted, as for a response that never had a comment: topic sizes,
  sentiment mixes and NPS impact stop counting those comments now, as the next topic fit (which
  reads comments) would anyway, and no topic shows an empty representative comment.
- Their cases (by respondent, by response, and the cases whose re-survey they answered) stay with
  status history, SLA clocks, breaches and root-cause topic, so loop metrics do not move; their
  free text (resolution reason, every audit note) becomes "[erased]": agents write it about this
  person and often quote them or their phone number.
- Elsewhere in the organisation, free text (audit events, action titles and descriptions, other
  cases' reasons, other responses' comments, page URLs and keys, comment analyses) and the JSON
  payloads of outbox events and webhook deliveries lose every "trace": the external id, the
  comments, and identifier-like attribute values (6+ characters with a digit or "@": phone, e-mail,
  member number). In JSON a value equal to a trace is nulled (or dropped from a list); a payload
  about an erased response or case loses its personal keys whatever they hold (a delivery may
  carry an earlier, partial comment). Inside longer text a trace is replaced by "[erased]", only
  when it has 6+ characters: a short id such as "42" is matched as a whole JSON value only, never
  inside text, where it would wipe unrelated numbers.
- The job queue: the outbox relay puts each event's payload into the Redis stream as task
  arguments ("action.shipped" lists external ids). Acknowledged messages are deleted from the
  stream (core/queue.py), so only work in flight can hold a trace; `scrub_queue` rewrites this
  organisation's messages that mention the external id: one still undelivered or pending is
  replaced by a scrubbed copy first, any other deleted (tasks are idempotent, a second run is
  harmless). It runs after the commit (Redis is not part of the transaction); when Redis is
  unreachable the result says so and calling again finishes it: erasure is idempotent.
- An unknown external id erases nothing and is no error (GDPR tooling retries); a repeated erasure
  finds nothing and changes nothing. One AuditEvent (subject "respondent", kind "erased", the
  former respondent id or 0) records what was erased, in counts, never the external id, and only
  when something was.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TypeVar

from redis.asyncio import Redis
from redis.exceptions import RedisError, ResponseError
from tortoise.expressions import Q
from tortoise.models import Model
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from actions import audit
from actions.audit import Actor
from actions.models import Action, AuditEvent, Case, WebhookDelivery
from analysis.models import CommentAnalysis
from core.db import dialect
from core.errors import ValidationFailed
from core.models import OutboxEvent
from core.sql import fetch
from surveys.models import Display, Respondent, Response, Survey
from surveys.respondents import MAX_EXTERNAL_ID

ERASED = "[erased]"
MIN_SUBSTRING = 6  # shorter traces are matched as whole JSON values only
KEPT_ANSWER_TYPES = frozenset({"rating", "single_choice", "multiple_choice"})
# Keys that hold personal data in a payload about an erased response or case.
PERSONAL_KEYS = frozenset({"comment", "respondent", "respondent_id", "external_id", "attributes", "answers",
                           "page_url", "note", "resolution_reason"})
ID_PATHS = ("response_id", "case_id", "resurvey_response_id")
CHUNK = 500
STREAM_BATCH = 500
T = TypeVar("T")


@dataclass(frozen=True)
class Traces:
    """What must not be found afterwards, and the rows known to be about the person.

    `identity` (external id, identifier-like attributes) is removed everywhere in the organisation.
    `comments` (their comments and text answers) only where staff copy them (actions, their audit
    trail, payloads outside "comment" keys): the same words in someone else's comment are theirs.
    """

    identity: frozenset[str]
    comments: frozenset[str] = frozenset()
    response_ids: frozenset[int] = frozenset()
    case_ids: frozenset[int] = frozenset()

    @property
    def values(self) -> frozenset[str]:
        return self.identity | self.comments

    def text(self, value: str, *, comments: bool = True) -> str:
        # Longest first: a comment that contains the external id is replaced whole.
        found = self.values if comments else self.identity
        for trace in sorted((v for v in found if len(v) >= MIN_SUBSTRING), key=len, reverse=True):
            value = value.replace(trace, ERASED)
        return value

    def substrings(self, *, comments: bool = True) -> list[str]:
        return [v for v in (self.values if comments else self.identity) if len(v) >= MIN_SUBSTRING]

    def like_patterns(self) -> list[str]:
        """LIKE patterns over JSON text: a long trace anywhere, a short one as a whole string value."""
        out = []
        for value in self.values:
            encoded = _like_escape(json.dumps(value, ensure_ascii=False)[1:-1])
            out.append(f"%{encoded}%" if len(value) >= MIN_SUBSTRING else f'%"{encoded}"%')
        return out

    def about(self, payload: dict[str, Any]) -> bool:
        return any(_int(payload.get(key)) in ids for key, ids in (
            ("response_id", self.response_ids), ("resurvey_response_id", self.response_ids),
            ("case_id", self.case_ids)))


@dataclass
class Erasure:
    respondent_id: int | None = None
    responses: int = 0
    analyses: int = 0
    displays: int = 0
    cases: int = 0
    audit_events: int = 0
    actions: int = 0
    other_texts: int = 0  # other responses, comment analyses and cases that mentioned a trace
    events: int = 0
    deliveries: int = 0
    queue_messages: int = 0
    queue_unreachable: bool = False

    @property
    def changed(self) -> bool:
        return any((self.respondent_id, self.responses, self.analyses, self.displays, self.cases,
                    self.audit_events, self.actions, self.other_texts, self.events, self.deliveries))

    def summary(self) -> str:
        return (f"erased {self.responses} responses, {self.analyses} comment analyses, {self.cases} cases "
                f"(free text), {self.displays} displays unlinked; scrubbed {self.audit_events} audit events, "
                f"{self.actions} actions, {self.other_texts} other texts, {self.events} outbox events, "
                f"{self.deliveries} webhook deliveries")


async def erase_respondent(
    *, organization_id: int, external_id: str, actor: Actor, redis: Redis | None = None,
    stream: str | None = None,
) -> Erasure:
    """Erase the organisation's respondent `external_id` everywhere (see the module docstring)."""
    if not 0 < len(external_id) <= MAX_EXTERNAL_ID or not external_id.strip():
        raise ValidationFailed(f"externalId must be 1-{MAX_EXTERNAL_ID} characters", field="externalId")
    done = Erasure()
    now = datetime.now(UTC)
    async with in_transaction():
        query = Respondent.filter(organization_id=organization_id, external_id=external_id)
        if dialect() == "postgres":  # a concurrent submission for this person waits, then fails its FK
            query = query.select_for_update()
        person = await query.first()
        if person is None:  # nothing of theirs is linked; strays that name them are still removed
            traces = Traces(frozenset({external_id}))
        else:
            traces = await _erase_person(organization_id, external_id, person, done, now)
        await _scrub_elsewhere(organization_id, traces, done, now)
        if done.changed:
            await audit.record(organization_id=organization_id, subject="respondent",
                               subject_id=done.respondent_id or 0, actor=actor, kind="erased",
                               note=done.summary(), at=now)
    if redis is not None and stream:
        try:
            done.queue_messages = await scrub_queue(redis=redis, stream=stream, organization_id=organization_id,
                                                    traces=traces)
        except (RedisError, OSError):
            done.queue_unreachable = True
    return done


# --- the person's own rows ----------------------------------------------------------------------


async def _erase_person(organization_id: int, external_id: str, person: Respondent, done: Erasure,
                        now: datetime) -> Traces:
    done.respondent_id = person.id
    found: list[Any] = await Response.filter(organization_id=organization_id, respondent_id=person.id) \
        .values_list("id", flat=True)
    response_ids = {int(i) for i in found}
    by_id = {c.id: c for c in await Case.filter(organization_id=organization_id, respondent_id=person.id)}
    for chunk in _chunks(sorted(response_ids), CHUNK):
        by_id.update({c.id: c for c in await Case.filter(organization_id=organization_id, response_id__in=chunk)})
    # The re-survey answers of their cases are theirs too (the hosted page may be anonymous).
    response_ids |= {c.resurvey_response_id for c in by_id.values() if c.resurvey_response_id is not None}
    responses = [r for chunk in _chunks(sorted(response_ids), CHUNK)
                 for r in await Response.filter(organization_id=organization_id, id__in=chunk)]
    types = await _answer_types({r.survey_id for r in responses})
    identity = {external_id, *_identifiers(person.attributes)}
    comments: set[str] = set()
    for r in responses:
        identity |= _identifiers(r.attributes or {})
        comments |= {r.comment} if r.comment else set()
        comments |= {v for q, v in (r.answers or {}).items()
                     if isinstance(v, str) and v and types.get((r.survey_id, q)) not in KEPT_ANSWER_TYPES}
    traces = Traces(frozenset(identity), frozenset(comments), frozenset(response_ids), frozenset(by_id))

    key = secrets.token_bytes(32)  # used once and forgotten: the hashes below cannot be checked
    for r in responses:
        answers = {q: v for q, v in (r.answers or {}).items() if types.get((r.survey_id, q)) in KEPT_ANSWER_TYPES}
        await Response.filter(id=r.id).update(
            respondent_id=None, comment=None, answers=answers or None, attributes=None, page_url=None,
            idempotency_key="erased:" + _keyed(key, r.idempotency_key), payload_hash=_keyed(key, r.payload_hash),
            updated_at=now)
    done.responses = len(responses)
    for chunk in _chunks(sorted(response_ids), CHUNK):
        done.analyses += await CommentAnalysis.filter(organization_id=organization_id, response_id__in=chunk).delete()
    done.displays = await Display.filter(organization_id=organization_id, respondent_id=person.id) \
        .update(respondent_id=None)
    for case in by_id.values():
        changes: dict[str, Any] = {"respondent_id": None, "updated_at": now}
        if case.resolution_reason is not None:
            changes["resolution_reason"] = ERASED
        if case.open_key is not None:  # the key an anonymous response's case has
            changes["open_key"] = f"{case.survey_id}:r{case.response_id}"
        await Case.filter(id=case.id).update(**changes)
    done.cases = len(by_id)
    for chunk in _chunks(sorted(by_id), CHUNK):
        for event in await AuditEvent.filter(organization_id=organization_id, subject="case", subject_id__in=chunk):
            fields = _scrubbed_fields(event, ("from_value", "to_value"), traces, comments=True)
            if event.note is not None and event.note != ERASED:
                fields["note"] = ERASED
            if fields:
                await AuditEvent.filter(id=event.id).update(**fields)
                done.audit_events += 1
    await Respondent.filter(id=person.id).delete()
    return traces


def _identifiers(attributes: dict[str, Any]) -> set[str]:
    """Attribute values that identify someone (phone, e-mail, member number), not segments ("pro")."""
    out = set()
    for value in attributes.values():
        if isinstance(value, bool) or not isinstance(value, str | int):
            continue
        text = str(value)
        if len(text) >= MIN_SUBSTRING and any(ch.isdigit() or ch == "@" for ch in text):
            out.add(text)
    return out


async def _answer_types(survey_ids: set[int]) -> dict[tuple[int, str], str]:
    types: dict[tuple[int, str], str] = {}
    for survey in await Survey.filter(id__in=sorted(survey_ids)).only("id", "definition"):
        for question in (survey.definition or {}).get("questions", []):
            if isinstance(question, dict) and "id" in question:
                types[(survey.id, str(question["id"]))] = str(question.get("type"))
    return types


def _keyed(key: bytes, value: str) -> str:
    return hmac.new(key, value.encode(), hashlib.sha256).hexdigest()


# --- everything else in the organisation --------------------------------------------------------


async def _scrub_elsewhere(organization_id: int, traces: Traces, done: Erasure, now: datetime) -> None:
    audit_text = ("note", "from_value", "to_value")
    # Staff-written text: actions and every trail but other people's cases may quote the comments.
    staff = AuditEvent.filter(organization_id=organization_id).exclude(subject="case")
    for row in await _mentioning(staff, audit_text, traces.substrings()):
        if fields := _scrubbed_fields(row, audit_text, traces, comments=True):
            await AuditEvent.filter(id=row.id).update(**fields)
            done.audit_events += 1
    cases_trail = AuditEvent.filter(organization_id=organization_id, subject="case")
    for row in await _mentioning(cases_trail, audit_text, traces.substrings(comments=False)):
        if fields := _scrubbed_fields(row, audit_text, traces, comments=False):
            await AuditEvent.filter(id=row.id).update(**fields)
            done.audit_events += 1
    actions = Action.filter(organization_id=organization_id)
    for action in await _mentioning(actions, ("title", "description"), traces.substrings()):
        if fields := _scrubbed_fields(action, ("title", "description"), traces, comments=True):
            await Action.filter(id=action.id).update(**fields, updated_at=now)
            done.actions += 1
    # Other people's rows: only the identity (their own words are theirs).
    identity = traces.substrings(comments=False)
    for case in await _mentioning(Case.filter(organization_id=organization_id), ("resolution_reason",), identity):
        if fields := _scrubbed_fields(case, ("resolution_reason",), traces, comments=False):
            await Case.filter(id=case.id).update(**fields, updated_at=now)
            done.other_texts += 1
    key = secrets.token_bytes(32)
    responses = Response.filter(organization_id=organization_id)
    for response in await _mentioning(responses, ("comment", "page_url", "idempotency_key"), identity):
        changes: dict[str, Any] = _scrubbed_fields(response, ("comment", "page_url"), traces, comments=False)
        if traces.text(response.idempotency_key, comments=False) != response.idempotency_key:
            changes["idempotency_key"] = "erased:" + _keyed(key, response.idempotency_key)
        if changes:
            await Response.filter(id=response.id).update(**changes, updated_at=now)
            done.other_texts += 1
    analyses = CommentAnalysis.filter(organization_id=organization_id)
    for analysis in await _mentioning(analyses, ("normalized",), identity):
        changes = _scrubbed_fields(analysis, ("normalized",), traces, comments=False)
        only_identity = Traces(traces.identity)
        changes.update({name: scrub_json(getattr(analysis, name), only_identity) for name in ("tokens", "keywords")})
        await CommentAnalysis.filter(id=analysis.id).update(**changes)
        done.other_texts += 1
    done.events = await _scrub_payloads(OutboxEvent, "outbox_events", (), organization_id, traces)
    done.deliveries = await _scrub_payloads(WebhookDelivery, "webhook_deliveries", ("data",), organization_id, traces)


M = TypeVar("M", bound=Model)


async def _mentioning(query: QuerySet[M], columns: Sequence[str], substrings: Sequence[str]) -> list[M]:
    """Rows whose text columns contain a long trace (LIKE narrows, Python replaces exactly)."""
    found: dict[int, M] = {}
    for chunk in _chunks(substrings, 50):
        q = Q(*[Q(**{f"{column}__contains": trace}) for column in columns for trace in chunk], join_type="OR")
        for row in await query.filter(q):
            found[row.pk] = row
    return list(found.values())


def _scrubbed_fields(row: Model, columns: Sequence[str], traces: Traces, *, comments: bool) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    for column in columns:
        value = getattr(row, column)
        if isinstance(value, str) and (clean := traces.text(value, comments=comments)) != value:
            changes[column] = clean
    return changes


async def _scrub_payloads(model: type[OutboxEvent] | type[WebhookDelivery], table: str, prefix: tuple[str, ...],
                          organization_id: int, traces: Traces) -> int:
    ids: set[int] = set()
    text = 'CAST("payload" AS TEXT)' if dialect() == "postgres" else '"payload"'
    base = f'SELECT "id" FROM "{table}" WHERE "organization_id" = %s AND '
    for patterns in _chunks(traces.like_patterns(), 50):
        clause = " OR ".join([f"{text} LIKE %s ESCAPE '\\'"] * len(patterns))
        ids |= {int(r["id"]) for r in await fetch(base + f"({clause})", [organization_id, *patterns])}
    for name in ID_PATHS:
        wanted = traces.case_ids if name == "case_id" else traces.response_ids
        for id_chunk in _chunks(sorted(wanted), CHUNK):
            marks = ", ".join(["%s"] * len(id_chunk))
            # PostgreSQL's #>> gives text, SQLite's json_extract the number.
            params: list[Any] = [str(i) for i in id_chunk] if dialect() == "postgres" else [*id_chunk]
            sql = base + f"{_json_path((*prefix, name))} IN ({marks})"
            ids |= {int(r["id"]) for r in await fetch(sql, [organization_id, *params])}
    changed = 0
    for chunk in _chunks(sorted(ids), CHUNK):
        for row in await model.filter(id__in=chunk, organization_id=organization_id):
            clean = scrub_json(row.payload, traces)
            if clean != row.payload:
                await model.filter(id=row.id).update(payload=clean)
                changed += 1
    return changed


def _json_path(path: Sequence[str]) -> str:
    if dialect() == "postgres":
        return f""""payload" #>> '{{{",".join(path)}}}'"""
    return f"""json_extract("payload", '$.{".".join(path)}')"""


def scrub_json(value: Any, traces: Traces, *, comments: bool = True) -> Any:
    """`value` without traces: equal strings nulled (dropped from lists), longer text cleaned; in an
    object about an erased response or case, the personal keys nulled whatever they hold. Under a
    "comment" key only the identity counts: someone else may have written the same words."""
    if isinstance(value, dict):
        mine = traces.about(value)
        out: dict[str, Any] = {}
        for key, item in value.items():
            inner = comments and key != "comment"
            if mine and key in PERSONAL_KEYS:
                out[key] = None
            elif isinstance(item, str) and _system_key(key):
                out[key] = item
            elif isinstance(item, str) and item in (traces.values if inner else traces.identity):
                out[key] = None
            else:
                out[key] = scrub_json(item, traces, comments=inner)
        return out
    if isinstance(value, list):
        found = traces.values if comments else traces.identity
        return [scrub_json(v, traces, comments=comments) for v in value if not (isinstance(v, str) and v in found)]
    if isinstance(value, str):
        return traces.text(value, comments=comments)
    return value


def _system_key(key: str) -> bool:
    # Ids and times the system wrote: an external id that happens to equal one is a coincidence.
    return key in ("id", "event") or key.endswith("_id") or key.endswith("_at")


# --- the job queue ------------------------------------------------------------------------------


def _event_ids(kwargs: dict[str, Any]) -> list[Any]:
    """The outbox event ids a dispatch message carries: a batch (`events`) or one (`event_id`)."""
    events = kwargs.get("events")
    if isinstance(events, list):
        return [e.get("event_id") for e in events if isinstance(e, dict)]
    return [kwargs.get("event_id")]


def _scrub_ours(kwargs: dict[str, Any], ours: set[int], traces: Traces) -> dict[str, Any]:
    """The message's arguments with this organisation's events scrubbed; a batch may also carry
    other organisations' events, which stay as they are."""
    events = kwargs.get("events")
    if isinstance(events, list):
        return {**kwargs, "events": [
            scrub_json(e, traces) if isinstance(e, dict) and _int(e.get("event_id")) in ours else e
            for e in events]}
    return scrub_json(kwargs, traces) if _int(kwargs.get("event_id")) in ours else kwargs


async def scrub_queue(*, redis: Redis, stream: str, organization_id: int, traces: Traces) -> int:
    """Rewrite the stream's messages of this organisation that mention a trace; returns how many."""
    try:
        groups: Any = await redis.xinfo_groups(stream)
    except ResponseError:  # no such stream: nothing was ever queued there
        return 0
    delivered = [(_text(g["name"]), _stream_id(g["last-delivered-id"])) for g in groups]
    needles = {form for v in traces.values for form in (v.encode(), json.dumps(v)[1:-1].encode())}
    changed, cursor = 0, "-"
    while True:
        entries: Any = await redis.xrange(stream, min=cursor, max="+", count=STREAM_BATCH)
        found: list[tuple[bytes, dict[str, Any]]] = []
        for message_id, fields in entries or []:
            data = fields.get(b"data", b"")
            if any(n in data for n in needles):
                try:
                    message = json.loads(data)
                except ValueError:
                    continue
                if isinstance(message, dict) and isinstance(message.get("kwargs"), dict):
                    found.append((message_id, message))
        event_ids = {i for _, m in found for i in map(_int, _event_ids(m["kwargs"]))} - {None}
        known: list[Any] = await OutboxEvent.filter(
            id__in=sorted(i for i in event_ids if i is not None), organization_id=organization_id,
        ).values_list("id", flat=True)
        ours = {int(i) for i in known}
        for message_id, message in found:
            clean = {**message, "kwargs": _scrub_ours(message["kwargs"], ours, traces)}
            if clean == message:  # another organisation's events, or not announcements
                continue
            if await _unfinished(redis, stream, delivered, message_id):
                await redis.xadd(stream, {b"data": json.dumps(clean).encode()})
            await redis.xdel(stream, message_id)
            changed += 1
        if not entries or len(entries) < STREAM_BATCH:
            return changed
        cursor = "(" + _text(entries[-1][0])


async def _unfinished(redis: Redis, stream: str, delivered: list[tuple[str, tuple[int, int]]],
                      message_id: bytes) -> bool:
    """Not yet read by some consumer group, or read and not acknowledged: still to be run."""
    if not delivered:
        return True
    for group, last in delivered:
        if _stream_id(message_id) > last:
            return True
        pending: Any = await redis.xpending_range(stream, group, min=message_id, max=message_id, count=1)
        if pending:
            return True
    return False


def _stream_id(value: bytes | str) -> tuple[int, int]:
    ms, _, seq = _text(value).partition("-")
    return int(ms), int(seq or 0)


def _text(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


# --- small helpers ------------------------------------------------------------------------------


def _int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
