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
  payloads of outbox events, webhook deliveries and team alert messages lose every "trace": the external id, the
  comments, and identifier-like attribute values (6+ characters with a digit or "@": phone, e-mail,
  member number). In JSON a value equal to a trace is nulled (or dropped from a list); a payload
  about an erased response or case loses its personal keys whatever they hold (a delivery may
  carry an earlier, partial comment). Inside longer text a trace is replaced by "[erased]", only
  when it has 6+ characters: a short id such as "42" is matched as a whole JSON value only, never
  inside text, where it would wipe unrelated numbers.
- The job queue (actions/erasure_queue.py): the outbox relay puts each event's payload into the
  Redis stream as task arguments ("action.shipped" lists external ids). Acknowledged messages are
  deleted from the stream (core/queue.py), so only work in flight can hold a trace; `scrub_queue`
  rewrites this organisation's messages that mention the external id: one still undelivered or pending is
  replaced by a scrubbed copy first, any other deleted (tasks are idempotent, a second run is
  harmless). It runs after the commit (Redis is not part of the transaction); when Redis is
  unreachable the result says so and calling again finishes it: erasure is idempotent.
- The disk: a row that is overwritten or deleted leaves its old version behind in the database's
  files. SQLite (the embedded database) deletes securely on every connection (freed content is
  zeroed), and right after the commit the write-ahead log, which still holds the old page
  versions, is checkpointed into the database file and truncated. On PostgreSQL the old row
  versions stay as dead tuples until a VACUUM, which cannot run in a transaction and takes a while
  on large tables: the erasure's outbox event ("respondent.erased", committed with it, so it is not
  lost) starts a job of its own that vacuums and analyses the tables an erasure changes (the
  planner's statistics keep sample values of columns until a new sample replaces them). What
  VACUUM leaves (free space in pages, the write-ahead log, backups, replicas): README "Personal
  data".
- An unknown external id erases nothing and is no error (GDPR tooling retries); a repeated erasure
  finds nothing and changes nothing. One AuditEvent (subject "respondent", kind "erased", the
  former respondent id or 0) records what was erased, in counts, never the external id, and only
  when something was.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

from redis.asyncio import Redis
from redis.exceptions import RedisError
from tortoise.transactions import in_transaction

from actions import audit
from actions.audit import Actor
from actions.erasure_db import TABLES, Erasure, erase_person, scrub_elsewhere
from actions.erasure_queue import scrub_queue
from actions.erasure_traces import Traces
from core.db import dialect, reclaim_space
from core.errors import ValidationFailed
from core.events import RespondentErased, emit
from core.queue import enqueue_from_job
from surveys.models import Respondent
from surveys.respondents import MAX_EXTERNAL_ID

log = logging.getLogger("voc.erasure")

QUEUE_RECLAIM = "privacy.queue_reclaim"
RECLAIM_STORAGE = "privacy.reclaim_storage"


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
            traces = await erase_person(organization_id, external_id, person, done, now)
        await scrub_elsewhere(organization_id, traces, done, now)
        if done.changed:
            await audit.record(organization_id=organization_id, subject="respondent",
                               subject_id=done.respondent_id or 0, actor=actor, kind="erased",
                               note=done.summary(), at=now)
            await emit(organization_id=organization_id, event=RespondentErased(tables=list(TABLES)))
    if done.changed and dialect() != "postgres":
        try:  # the embedded database: its files are clean when this returns
            await reclaim_space(TABLES)
        except Exception as exc:  # the queued job (started by the event above) tries again
            log.warning("erasure: the write-ahead log could not be checkpointed yet (%s)", exc)
    if redis is not None and stream:
        try:
            done.queue_messages = await scrub_queue(redis=redis, stream=stream, organization_id=organization_id,
                                                    traces=traces)
        except (RedisError, OSError):
            done.queue_unreachable = True
    return done


# --- the storage step, as queue jobs --------------------------------------------------------------


async def queue_reclaim(tables: list[str] | None = None, **_: Any) -> None:
    """On "respondent.erased": the reclaim runs as a job of its own (a VACUUM may take minutes), not
    inside the event's job. If it cannot be queued, this fails and the event is delivered again."""
    await enqueue_from_job(RECLAIM_STORAGE, [{"tables": tables or list(TABLES)}])


async def reclaim_storage(tables: list[str] | None = None, *, full: bool, **_: Any) -> None:
    """VACUUM (`full`: FULL, VOC_ERASURE_VACUUM_FULL) on PostgreSQL, or checkpoint (SQLite), the
    erased tables. A failure because the database was unreachable is retried (the message is
    redelivered); any other is logged and raised."""
    known = [t for t in tables or TABLES if t in TABLES]  # names from a message go into SQL: only ours
    try:
        await reclaim_space(known, full=full)
    except Exception:
        log.exception("erasure: the old row versions of %s were not reclaimed; run VACUUM on them if this "
                      "keeps failing", ", ".join(known))
        raise
