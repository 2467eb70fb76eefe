"""Erasure in the database: the person's own rows (`erase_person`) and every other row of the
organisation that names or quotes them (`scrub_elsewhere`). Both run inside the transaction of
actions/erasure.py, where what goes and what stays is decided and explained."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from tortoise.expressions import Q
from tortoise.models import Model
from tortoise.queryset import QuerySet

from actions.channel_models import NotificationDelivery
from actions.erasure_traces import ERASED, MIN_SUBSTRING, Traces, chunks, scrub_json
from actions.models import Action, AuditEvent, Case, WebhookDelivery
from analysis.models import CommentAnalysis
from core.db import dialect
from core.models import OutboxEvent
from core.sql import fetch
from surveys.models import Display, Respondent, Response, SegmentActivity, Survey

KEPT_ANSWER_TYPES = frozenset({"rating", "single_choice", "multiple_choice"})
ID_PATHS = ("response_id", "case_id", "resurvey_response_id")
CHUNK = 500
# Every table an erasure may change (their old row versions are what the storage step reclaims),
# segment_activity's through its triggers: it counted the erased answers' attribute values.
TABLES = tuple(model._meta.db_table for model in (Respondent, Response, CommentAnalysis, Display, Case, AuditEvent,
                                                  Action, OutboxEvent, WebhookDelivery, NotificationDelivery,
                                                  SegmentActivity))


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
    deliveries: int = 0  # webhook deliveries and team alert messages
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
                f"{self.deliveries} webhook deliveries and team alerts")


# --- the person's own rows ----------------------------------------------------------------------


async def erase_person(organization_id: int, external_id: str, person: Respondent, done: Erasure,
                        now: datetime) -> Traces:
    done.respondent_id = person.id
    found: list[Any] = await Response.filter(organization_id=organization_id, respondent_id=person.id) \
        .values_list("id", flat=True)
    response_ids = {int(i) for i in found}
    by_id = {c.id: c for c in await Case.filter(organization_id=organization_id, respondent_id=person.id)}
    for chunk in chunks(sorted(response_ids), CHUNK):
        by_id.update({c.id: c for c in await Case.filter(organization_id=organization_id, response_id__in=chunk)})
    # The re-survey answers of their cases are theirs too (the hosted page may be anonymous).
    response_ids |= {c.resurvey_response_id for c in by_id.values() if c.resurvey_response_id is not None}
    responses = [r for chunk in chunks(sorted(response_ids), CHUNK)
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
    for chunk in chunks(sorted(response_ids), CHUNK):
        # Counted, then deleted: SQLite's count of a delete includes the rows its triggers change
        # (topic_activity's counts).
        analyses = CommentAnalysis.filter(organization_id=organization_id, response_id__in=chunk)
        done.analyses += await analyses.count()
        await analyses.delete()
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
    for chunk in chunks(sorted(by_id), CHUNK):
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


async def scrub_elsewhere(organization_id: int, traces: Traces, done: Erasure, now: datetime) -> None:
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
    # A team alert's message quotes the comment (under "comment", beside the case and response ids).
    done.deliveries += await _scrub_payloads(NotificationDelivery, "notification_deliveries", (), organization_id,
                                             traces, column="message")


M = TypeVar("M", bound=Model)


async def _mentioning(query: QuerySet[M], columns: Sequence[str], substrings: Sequence[str]) -> list[M]:
    """Rows whose text columns contain a long trace (LIKE narrows, Python replaces exactly)."""
    found: dict[int, M] = {}
    for chunk in chunks(substrings, 50):
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


async def _scrub_payloads(model: type[OutboxEvent] | type[WebhookDelivery] | type[NotificationDelivery], table: str,
                          prefix: tuple[str, ...], organization_id: int, traces: Traces, *,
                          column: str = "payload") -> int:
    ids: set[int] = set()
    text = f'CAST("{column}" AS TEXT)' if dialect() == "postgres" else f'"{column}"'
    base = f'SELECT "id" FROM "{table}" WHERE "organization_id" = %s AND '
    for patterns in chunks(traces.like_patterns(), 50):
        clause = " OR ".join([f"{text} LIKE %s ESCAPE '\\'"] * len(patterns))
        ids |= {int(r["id"]) for r in await fetch(base + f"({clause})", [organization_id, *patterns])}
    for name in ID_PATHS:
        wanted = traces.case_ids if name == "case_id" else traces.response_ids
        for id_chunk in chunks(sorted(wanted), CHUNK):
            marks = ", ".join(["%s"] * len(id_chunk))
            # PostgreSQL's #>> gives text, SQLite's json_extract the number.
            params: list[Any] = [str(i) for i in id_chunk] if dialect() == "postgres" else [*id_chunk]
            sql = base + f"{_json_path((*prefix, name), column)} IN ({marks})"
            ids |= {int(r["id"]) for r in await fetch(sql, [organization_id, *params])}
    changed = 0
    for chunk in chunks(sorted(ids), CHUNK):
        for row in await model.filter(id__in=chunk, organization_id=organization_id):
            before = getattr(row, column)
            clean = scrub_json(before, traces)
            if clean != before:
                await model.filter(id=row.id).update(**{column: clean})
                changed += 1
    return changed


def _json_path(path: Sequence[str], column: str = "payload") -> str:
    if dialect() == "postgres":
        return f""""{column}" #>> '{{{",".join(path)}}}'"""
    return f"""json_extract("{column}", '$.{".".join(path)}')"""
