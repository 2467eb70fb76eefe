"""Survey management and the public respondent surface. Every function takes the organisation
(or resolves it from the survey's public token) and is the only place that writes."""

from __future__ import annotations

import asyncio
import hashlib
import logging
import random
import re
import secrets
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from tortoise.transactions import in_transaction

from core.errors import ValidationFailed, or_not_found
from core.models import Organization
from surveys import definitions, logic, payloads
from surveys.errors import IdempotencyMismatch, InvalidTransition, OriginNotAllowed, SurveyNotActive
from surveys.intake import Intake, current
from surveys.models import Channel, Display, Respondent, Response, Survey, SurveyKind, SurveyPurpose, SurveyStatus
from surveys.respondents import Identity, RespondentData, find_respondent, resolve_identity
from surveys.writes import announce_submitted

TRANSITIONS: dict[SurveyStatus, tuple[SurveyStatus, ...]] = {
    SurveyStatus.DRAFT: (SurveyStatus.ACTIVE, SurveyStatus.ARCHIVED),
    SurveyStatus.ACTIVE: (SurveyStatus.PAUSED, SurveyStatus.ARCHIVED),
    SurveyStatus.PAUSED: (SurveyStatus.ACTIVE, SurveyStatus.ARCHIVED),
    SurveyStatus.ARCHIVED: (),
}
DEFAULT_DISPLAY_LIMIT = 3
MAX_IDEMPOTENCY_KEY = 128
# Schemes that run script when a stored page URL is later opened as a link (browsers drop ASCII
# control characters and spaces inside a scheme first: "java\tscript:" is javascript:).
SCRIPT_SCHEMES = ("javascript:", "vbscript:", "data:")
_URL_IGNORED = re.compile(r"[\x00-\x20]")
log = logging.getLogger(__name__)


# --- management -------------------------------------------------------------------------------


@dataclass(frozen=True)
class SurveyChanges:
    name: str | None = None
    question: str | None = None
    questions: Any = None
    allowed_origins: list[str] | None = None
    sample_rate: float | None = None
    recontact_days: int | None = None
    display_limit: int | None = None
    touchpoint: str | None = None  # "" clears it


async def create_survey(
    *, organization: Organization, name: str, kind: SurveyKind, locale: str | None, changes: SurveyChanges,
    purpose: SurveyPurpose = SurveyPurpose.ORDINARY,
) -> Survey:
    """A new DRAFT survey; `purpose` other than ORDINARY only for the system surveys VoC Loop runs."""
    locale = definitions.check_locale(locale or "zh-CN")
    definition = definitions.build_definition(
        kind=kind, locale=locale, question=changes.question, extra=changes.questions
    )
    sample_rate = 1.0 if changes.sample_rate is None else changes.sample_rate
    recontact_days = 30 if changes.recontact_days is None else changes.recontact_days
    display_limit = DEFAULT_DISPLAY_LIMIT if changes.display_limit is None else changes.display_limit
    _check_distribution(sample_rate, recontact_days, display_limit)
    return await Survey.create(
        organization=organization,
        name=_name(name),
        kind=kind,
        purpose=purpose,
        locale=locale,
        token=secrets.token_urlsafe(18),
        definition=definition,
        allowed_origins=_origins(changes.allowed_origins or []),
        sample_rate=sample_rate,
        recontact_days=recontact_days,
        display_limit=display_limit,
        touchpoint=_touchpoint(changes.touchpoint),
    )


async def update_survey(*, organization: Organization, survey_id: int, changes: SurveyChanges) -> Survey:
    survey = await get_survey(organization=organization, survey_id=survey_id)
    if survey.status == SurveyStatus.ARCHIVED:
        raise InvalidTransition("an archived survey cannot be changed", field="id")
    if changes.name is not None:
        survey.name = _name(changes.name)
    if changes.question is not None or changes.questions is not None:
        survey.definition = definitions.build_definition(
            kind=survey.kind, locale=survey.locale, question=changes.question, extra=changes.questions,
            previous=survey.definition,
        )
    if changes.allowed_origins is not None:
        survey.allowed_origins = _origins(changes.allowed_origins)
    if changes.sample_rate is not None:
        survey.sample_rate = changes.sample_rate
    if changes.recontact_days is not None:
        survey.recontact_days = changes.recontact_days
    if changes.display_limit is not None:
        survey.display_limit = changes.display_limit
    if changes.touchpoint is not None:
        survey.touchpoint = _touchpoint(changes.touchpoint)
    _check_distribution(survey.sample_rate, survey.recontact_days, survey.display_limit)
    await survey.save()
    forget_survey(survey.token)
    return survey


async def transition_survey(*, organization: Organization, survey_id: int, to: SurveyStatus) -> Survey:
    survey = await get_survey(organization=organization, survey_id=survey_id)
    if survey.status == to:
        return survey
    allowed = TRANSITIONS[survey.status]
    if to not in allowed:
        targets = ", ".join(s.value.upper() for s in allowed) or "none"
        raise InvalidTransition(
            f"a {survey.status.value.upper()} survey cannot become {to.value.upper()} (allowed: {targets})",
            field="id",
        )
    survey.status = to
    if to == SurveyStatus.ACTIVE and survey.published_at is None:
        survey.published_at = datetime.now(UTC)
    await survey.save(update_fields=["status", "published_at", "updated_at"])
    forget_survey(survey.token)
    return survey


async def get_survey(*, organization: Organization, survey_id: int) -> Survey:
    return or_not_found(await Survey.get_or_none(id=survey_id, organization=organization), "no such survey")


def _touchpoint(value: str | None) -> str | None:
    """A touchpoint as stored: trimmed, None when empty."""
    if value is None or not value.strip():
        return None
    if len(value.strip()) > 64 or any(not ch.isprintable() for ch in value.strip()):
        raise ValidationFailed("touchpoint must be 1-64 printable characters (empty: none)", field="touchpoint")
    return value.strip()


def _name(name: str) -> str:
    if not name.strip() or len(name) > 200:
        raise ValidationFailed("name must be 1-200 characters", field="name")
    return name.strip()


def _origins(origins: list[str]) -> list[str]:
    clean = []
    for origin in origins:
        parts = urlsplit(origin.strip())
        if parts.scheme not in ("http", "https") or not parts.netloc or parts.path not in ("", "/"):
            raise ValidationFailed(f"{origin!r} is not an origin like https://shop.example.com",
                                   field="allowedOrigins")
        clean.append(f"{parts.scheme}://{parts.netloc}".lower())
    return sorted(set(clean))


def _check_distribution(sample_rate: float, recontact_days: int, display_limit: int | None) -> None:
    if not 0.0 <= sample_rate <= 1.0:
        raise ValidationFailed("sampleRate must be between 0 and 1", field="sampleRate")
    if not 0 <= recontact_days <= 3650:
        raise ValidationFailed("recontactDays must be between 0 and 3650", field="recontactDays")
    if display_limit is not None and not 1 <= display_limit <= 1000:
        raise ValidationFailed("displayLimit must be between 1 and 1000", field="displayLimit")


# --- public respondent surface ---------------------------------------------------------------


@dataclass(frozen=True)
class Caller:
    """Where a public call comes from: its Origin header and our own origin (the hosted page)."""

    origin: str | None = None
    own_origin: str | None = None
    # The organisation of a valid API key on the call (a server-side integration submitting on a
    # respondent's behalf); such a call may skip the Origin check for its own organisation's surveys.
    api_organization_id: int | None = None


# Public calls look surveys up by token on every request: keep them a moment in this process.
# Changes made here drop the entry at once; other processes see them within SURVEY_CACHE_SECONDS.
SURVEY_CACHE_SECONDS = 2.0
SURVEY_CACHE_SIZE = 10_000
_surveys_by_token: dict[str, tuple[float, Survey | None]] = {}
# One lookup per token at a time: when an entry expires under load, every request in flight would
# otherwise miss together and each run the same query (1 in 7 requests did, at 32 concurrent).
_loading: dict[str, asyncio.Task[Survey | None]] = {}


def forget_survey(token: str) -> None:
    _surveys_by_token.pop(token, None)
    _loading.pop(token, None)


async def _survey_by_token(token: str) -> Survey | None:
    now = time.monotonic()
    cached = _surveys_by_token.get(token)
    if cached is not None and now - cached[0] < SURVEY_CACHE_SECONDS:
        return cached[1]
    if len(token) > 64:
        return None
    loading = _loading.get(token)
    if loading is None:
        loading = _loading[token] = asyncio.ensure_future(_load_survey(token, now))
    # Shielded: a caller that goes away (client disconnect) must not cancel the others' lookup.
    return await asyncio.shield(loading)


async def _load_survey(token: str, started: float) -> Survey | None:
    try:
        survey = await Survey.get_or_none(token=token).select_related("organization")
    finally:
        me = _loading.get(token)
        if me is asyncio.current_task():
            del _loading[token]
        else:
            me = None  # forgotten meanwhile (the survey changed): do not cache what may be stale
    if me is not None:
        if len(_surveys_by_token) >= SURVEY_CACHE_SIZE:
            _surveys_by_token.clear()
        _surveys_by_token[token] = (started, survey)
    return survey


async def active_survey(*, token: str, caller: Caller) -> Survey:
    survey = await _survey_by_token(token)
    if survey is None or survey.status != SurveyStatus.ACTIVE:
        raise SurveyNotActive("this survey does not exist or is not accepting responses", field="token")
    _check_origin(survey, caller)
    return survey


def _check_origin(survey: Survey, caller: Caller) -> None:
    if not survey.allowed_origins or caller.api_organization_id == survey.organization_id:
        return
    origin = (caller.origin or "").lower().rstrip("/")
    if origin and (origin in survey.allowed_origins or origin == (caller.own_origin or "").lower()):
        return
    raise OriginNotAllowed(f"origin {caller.origin or '(none)'} may not use this survey", field="token")


async def should_display(*, survey: Survey, respondent: Respondent | None, identity: Identity) -> bool:
    """The server's decision; clients only ask. Sampling is stable per respondent."""
    if survey.sample_rate < 1.0:
        if identity.external_id is None:
            draw = random.random()
        else:
            digest = hashlib.sha256(f"{survey.token}:{identity.external_id}".encode()).digest()
            draw = int.from_bytes(digest[:8], "big") / 2**64
        if draw >= survey.sample_rate:
            return False
    if respondent is None:
        return True
    since = datetime.now(UTC) - timedelta(days=survey.recontact_days)
    if survey.recontact_days and await Response.exists(respondent_id=respondent.id, submitted_at__gte=since):
        return False
    if survey.display_limit is not None:
        shown = await Display.filter(respondent_id=respondent.id, survey_id=survey.id).count()
        if shown >= survey.display_limit:
            return False
    return True


async def survey_for_respondent(
    *, token: str, respondent: RespondentData | None, caller: Caller
) -> tuple[Survey, bool] | None:
    try:
        survey = await active_survey(token=token, caller=caller)
    except SurveyNotActive:
        return None
    identity = resolve_identity(organization=survey.organization, data=respondent, limits=current().attributes)
    known = await find_respondent(organization=survey.organization, identity=identity)
    return survey, await should_display(survey=survey, respondent=known, identity=identity)


async def record_display(
    *, token: str, respondent: RespondentData | None, caller: Caller, channel: Channel = Channel.WIDGET
) -> Display:
    survey = await active_survey(token=token, caller=caller)
    intake = current()
    identity = resolve_identity(organization=survey.organization, data=respondent, limits=intake.attributes)
    person = await upsert_respondent(organization=survey.organization, identity=identity, intake=intake)
    display = Display(organization_id=survey.organization_id, survey=survey, respondent=person, channel=channel)
    return await intake.writes.insert_display(display)


@dataclass(frozen=True)
class Submission:
    token: str
    idempotency_key: str
    score: int | None = None
    comment: str | None = None
    answers: Any = None
    completed: bool = True
    respondent: RespondentData | None = None
    locale: str | None = None
    page_url: str | None = None
    channel: Channel = Channel.WIDGET
    submitted_at: datetime | None = None  # imports keep their historical time
    honeypot: str | None = None  # the widget's hidden form field: only bots fill it in
    hidden: Any = None  # the survey's hidden fields, filled in by the link or the host page: {key: text}


async def submit_response(*, submission: Submission, caller: Caller) -> Response:
    """Store a response exactly once per (survey, idempotency key), with its outbox event."""
    survey = await active_survey(token=submission.token, caller=caller)
    if submission.honeypot:
        return _decoy(survey, submission)
    return await store_response(survey=survey, submission=submission)


def _decoy(survey: Survey, submission: Submission) -> Response:
    """A filled honeypot: checked like any submission (the same refusals), then answered with a
    response that is never saved, so the bot sees success and cannot tell it was caught."""
    intake = current()
    fields = _validated_fields(survey, submission, intake)
    identity = resolve_identity(organization=survey.organization, data=submission.respondent, limits=intake.attributes)
    # Stable per key, like a stored response's id on a retry.
    digest = hashlib.sha256(f"{survey.id}:{submission.idempotency_key}".encode()).digest()
    log.info("honeypot filled: a submission to survey %s was not stored", survey.id)
    return Response(
        id=(int.from_bytes(digest[:4], "big") >> 1) or 1, organization_id=survey.organization_id,
        survey_id=survey.id, idempotency_key=submission.idempotency_key, identity_verified=identity.verified,
        submitted_at=datetime.now(UTC), **fields,
    )


async def store_response(*, survey: Survey, submission: Submission, amend: bool = True) -> Response:
    """The submission stored under its (survey, idempotency key), with its outbox event. A taken key is
    reconciled (a retry, a partial completed, a mismatch refused); with `amend` False it is insert-only:
    the stored response comes back untouched (nothing updated, no second event), whatever this says."""
    intake = current()
    fields = _validated_fields(survey, submission, intake)
    identity = resolve_identity(organization=survey.organization, data=submission.respondent, limits=intake.attributes)
    person = await upsert_respondent(organization=survey.organization, identity=identity, intake=intake)
    payload_hash = payloads.payload_hash(fields, identity.external_id)
    # New keys are the common case: insert first, and look at the stored row only when the key is taken
    # (a retry, a completion, or a concurrent duplicate that won the race).
    stored = await intake.writes.insert_response(_new_response(survey, submission, fields, person, identity,
                                                               payload_hash))
    if stored is not None:
        return stored
    existing = await Response.get(survey_id=survey.id, idempotency_key=submission.idempotency_key)
    if not amend:
        return existing
    return await _reconcile(existing, survey, fields, person, identity, payload_hash)


async def upsert_respondent(*, organization: Organization, identity: Identity,
                            intake: Intake | None = None) -> Respondent | None:
    """The organisation's respondent of `identity`, stored or merged; None for an anonymous one."""
    if identity.external_id is None:
        return None
    return await (intake or current()).writes.upsert_respondent(organization.id, identity)


def check_comment_length(comment: str, intake: Intake | None = None) -> None:
    """ValidationFailed for a comment longer than the intake's limit (Settings.max_comment_chars)."""
    limit = (intake or current()).max_comment_chars
    if len(comment) > limit:
        raise ValidationFailed(f"comment is longer than {limit} characters", field="comment")


def _validated_fields(survey: Survey, submission: Submission, intake: Intake) -> dict[str, Any]:
    key = submission.idempotency_key
    if not 8 <= len(key) <= MAX_IDEMPOTENCY_KEY:
        raise ValidationFailed(f"idempotencyKey must be 8-{MAX_IDEMPOTENCY_KEY} characters", field="idempotencyKey")
    definitions.validate_score(kind=survey.kind, score=submission.score, completed=submission.completed)
    comment = submission.comment
    if comment is not None:
        check_comment_length(comment, intake)
        comment = comment.strip() or None
    if submission.locale is not None:
        definitions.check_locale(submission.locale)
    if submission.page_url is not None and len(submission.page_url) > 2048:
        raise ValidationFailed("pageUrl is longer than 2048 characters", field="pageUrl")
    if submission.page_url is not None and _URL_IGNORED.sub("", submission.page_url).lower().startswith(
            SCRIPT_SCHEMES):
        raise ValidationFailed("pageUrl must be the address of the page the survey was shown on", field="pageUrl")
    hidden = logic.check_hidden(survey.definition, submission.hidden)
    answers = definitions.validate_answers(definition=survey.definition, answers=submission.answers, hidden=hidden,
                                           completed=submission.completed, score=submission.score, comment=comment)
    score = submission.score
    return {
        "score": score,
        "nps_category": definitions.nps_category(score) if survey.kind == SurveyKind.NPS and score is not None
        else None,
        "comment": comment,
        "answers": answers,
        "completed": submission.completed,
        "channel": submission.channel,
        "locale": submission.locale,
        "page_url": submission.page_url,
        "attributes": hidden or None,  # joined by the respondent's (logic.with_attributes)
    }


def _new_response(
    survey: Survey, submission: Submission, fields: dict[str, Any], person: Respondent | None,
    identity: Identity, payload_hash: str,
) -> Response:
    return Response(
        organization_id=survey.organization_id,
        survey_id=survey.id,
        respondent=person,
        idempotency_key=submission.idempotency_key,
        payload_hash=payload_hash,
        identity_verified=identity.verified,
        submitted_at=submission.submitted_at or datetime.now(UTC),
        **logic.with_attributes(fields, person.attributes if person else identity.attributes),
    )


async def _reconcile(
    existing: Response, survey: Survey, fields: dict[str, Any], person: Respondent | None,
    identity: Identity, payload_hash: str,
) -> Response:
    """Same key again: the same payload is a retry; a partial may be completed; else a mismatch."""
    if existing.payload_hash == payload_hash:
        return existing
    if existing.respondent_id != (person.id if person else None):
        raise IdempotencyMismatch("this idempotency key was used by another respondent", field="idempotencyKey")
    if not existing.completed:
        async with in_transaction():
            await Response.filter(id=existing.id).update(
                payload_hash=payload_hash, updated_at=datetime.now(UTC), **logic.with_attributes(
                    fields, person.attributes if person else identity.attributes))
            await existing.refresh_from_db()
            await announce_submitted(existing)
        return existing
    if payloads.is_stale_part_of(fields, existing):
        return existing
    raise IdempotencyMismatch(
        "this idempotency key was already used for a different completed response", field="idempotencyKey"
    )

