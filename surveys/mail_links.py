"""The links in a distribution's mails and what opening them does: the personal link to the hosted
page, a score (its link opens a page; the score is stored when that page posts it, with or without
a comment), and unsubscribing.

A link's token is `<recipient id>.<signature>`: an HMAC of the id with the organisation's identity
secret, the secret that signs respondents' identities. So the link identifies its recipient as a
verified respondent with no token of the host's; rotating the secret ends every link issued before.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import jwt
from tortoise.exceptions import IntegrityError
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from core.errors import NotFound
from surveys import definitions, service
from surveys.distribution_models import MailSuppression, Recipient, RecipientStatus
from surveys.errors import AlreadyAnswered, IdempotencyMismatch, SurveyNotActive
from surveys.models import Channel, Response, Survey, SurveyPurpose, SurveyStatus
from surveys.respondents import RespondentData

SIGNATURE_CHARS = 32
MAX_TOKEN = 64
IDENTITY_MINUTES = 60  # the hosted page's identity token (for the widget) lasts this long
UNKNOWN = "this link is not valid (mistyped, or from before the organisation changed its keys)"


def sign(secret: str, recipient_id: int) -> str:
    digest = hmac.new(secret.encode(), f"voc-mail:{recipient_id}".encode(), hashlib.sha256).digest()
    return f"{recipient_id}.{base64.urlsafe_b64encode(digest).decode()[:SIGNATURE_CHARS]}"


@dataclass(frozen=True)
class Links:
    personal: str
    score: str  # "{score}" stands for the score
    unsubscribe: str


def links(base_url: str, token: str) -> Links:
    base = base_url.rstrip("/")
    return Links(personal=f"{base}/m/{token}", score=f"{base}/m/{token}/{{score}}", unsubscribe=f"{base}/u/{token}")


def idempotency_key(recipient_id: int) -> str:
    """The key of the one response a recipient's mail may start: a second click finds it taken."""
    return f"mail-recipient-{recipient_id}"


async def recipient_of(token: str) -> Recipient:
    """The recipient a link's token names (with its distribution, survey and organisation); NotFound
    for anything else."""
    if not token or len(token) > MAX_TOKEN or "." not in token:
        raise NotFound(UNKNOWN, field="token")
    raw_id, _, _ = token.partition(".")
    if not raw_id.isdigit() or not 0 < int(raw_id) < 2**63:
        raise NotFound(UNKNOWN, field="token")
    recipient = await Recipient.get_or_none(id=int(raw_id)).select_related(
        "organization", "respondent", "distribution__survey")
    if recipient is None or not hmac.compare_digest(sign(recipient.organization.identity_secret, recipient.id),
                                                    token):
        raise NotFound(UNKNOWN, field="token")
    return recipient


async def open_link(*, token: str, now: datetime | None = None) -> Recipient:
    """The personal link's page saw a person (its script's beacon, not the GET a scanner sends): counted as
    a click (the first time)."""
    recipient = await recipient_of(token)
    await _clicked(recipient, now or datetime.now(UTC))
    return recipient


def identity_token(recipient: Recipient, *, now: datetime | None = None) -> str:
    """A short-lived identity JWT for the hosted page's widget: the answers it sends are the verified
    respondent's, as the mail's link vouched."""
    expires = (now or datetime.now(UTC)) + timedelta(minutes=IDENTITY_MINUTES)
    return jwt.encode({"sub": recipient.respondent.external_id, "exp": expires},
                      recipient.organization.identity_secret, algorithm="HS256")


async def choice(*, token: str, value: int) -> tuple[Recipient, Response | None]:
    """A score link opened (GET): checked (the token, the survey open, the score in its range) and
    nothing recorded, not even a click, since mail link scanners open every link of a mail before
    its reader does. Returns the recipient's response started through the mail, if any."""
    recipient = await recipient_of(token)
    _check_open(recipient)
    definitions.validate_score(kind=recipient.distribution.survey.kind, score=value, completed=False)
    return recipient, await _stored(recipient)


def comment_text(text: str) -> str:
    """A comment as the mail's form sent it, with its line breaks as a browser counts them: a textarea's
    maxlength counts a line break as one character, and the form submits it as two (CRLF)."""
    return text.replace("\r\n", "\n")


async def score(*, token: str, value: int, text: str | None = None,
                now: datetime | None = None) -> tuple[Recipient, Response]:
    """A score chosen from the mail (POSTed from the page its link opens), stored once as the start of
    the recipient's response: the first stored score wins and every later one (any score) changes
    nothing. With `text` (the page's comment, sent with the score) the response is completed too,
    even when the score was stored a moment before by another request (the page's own script).
    Returns the response, with the score that counts (the first stored, not necessarily `value`);
    AlreadyAnswered when `text` finds the response completed with another comment."""
    now = now or datetime.now(UTC)
    recipient = await recipient_of(token)
    _check_open(recipient)
    definitions.validate_score(kind=recipient.distribution.survey.kind, score=value, completed=False)
    if text is not None:  # too long: refused whole, the score too
        text = comment_text(text)
        service.check_comment_length(text)
    await _clicked(recipient, now)
    started = await _store_score(recipient, value, now)
    if text is None:
        return recipient, started
    return recipient, await _finish(recipient, started, text, now)


async def comment(*, token: str, text: str, now: datetime | None = None) -> Response:
    """The comment sent on its own from the page a score opened (POST /m/{token}/comment, the form of
    pages opened before the score and the comment were sent together): completes the response.
    NotFound when no score is stored; AlreadyAnswered when the response was completed with another
    comment."""
    now = now or datetime.now(UTC)
    recipient = await recipient_of(token)
    _check_open(recipient)
    text = comment_text(text)
    service.check_comment_length(text)
    started = await _stored(recipient)
    if started is None:
        raise NotFound("no score was given through this mail yet", field="token")
    return await _finish(recipient, started, text, now)


async def _store_score(recipient: Recipient, value: int, now: datetime) -> Response:
    """The score stored as the start of the recipient's response, under the recipient's idempotency key.
    Insert-only: a score stored already, by an earlier request or by one racing this one (the unique
    key's conflict, on SQLite and on PostgreSQL alike), comes back untouched and is never replaced. A
    store that fails stores nothing, and leaves nothing to undo: the next score is stored."""
    survey = recipient.distribution.survey
    return await service.store_response(survey=_with_org(recipient), amend=False, submission=service.Submission(
        token=survey.token, idempotency_key=idempotency_key(recipient.id), score=value, completed=False,
        channel=Channel.EMAIL, respondent=_respondent(recipient, now), locale=recipient.distribution.locale))


async def _finish(recipient: Recipient, started: Response, text: str, now: datetime) -> Response:
    """The response completed with the comment `text`; AlreadyAnswered if it was completed with another
    (the same comment again is a retry: the response as stored)."""
    if started.completed:
        if started.comment != (text.strip() or None):
            raise AlreadyAnswered("this mail's survey was already answered", score=started.score, field="comment")
        return started
    survey = recipient.distribution.survey
    try:
        return await service.store_response(survey=_with_org(recipient), submission=service.Submission(
            token=survey.token, idempotency_key=started.idempotency_key, score=started.score, comment=text,
            completed=True, channel=Channel.EMAIL, respondent=_respondent(recipient, now),
            locale=recipient.distribution.locale))
    except IdempotencyMismatch:  # completed meanwhile, by another request with another comment
        raise AlreadyAnswered("this mail's survey was already answered", score=started.score,
                              field="comment") from None


def _started(recipient: Recipient) -> QuerySet[Response]:
    """The response the recipient's mail started (one at most)."""
    return Response.filter(survey_id=recipient.distribution.survey.id, idempotency_key=idempotency_key(recipient.id))


async def _stored(recipient: Recipient) -> Response | None:
    """The response the recipient's mail started, if one is stored."""
    return await _started(recipient).first()


async def unsubscribe(*, token: str, now: datetime | None = None) -> Recipient:
    """The address is never mailed by the organisation again: its pending invitations and reminders,
    in every distribution, are dropped. Unsubscribing twice changes nothing more."""
    now = now or datetime.now(UTC)
    recipient = await recipient_of(token)
    async with in_transaction():
        try:
            async with in_transaction():
                await MailSuppression.create(organization_id=recipient.organization_id, email=recipient.email)
        except IntegrityError:
            pass  # already unsubscribed
        await Recipient.filter(id=recipient.id, unsubscribed_at=None).update(unsubscribed_at=now)
        await drop_suppressed(organization_id=recipient.organization_id, emails=[recipient.email], now=now)
    return recipient


async def drop_suppressed(*, organization_id: int, emails: list[str], now: datetime) -> None:
    """Nothing more is sent to these addresses: invitations not sent are SKIPPED, reminders stop."""
    await Recipient.filter(organization_id=organization_id, email__in=emails, status=RecipientStatus.PENDING) \
        .update(status=RecipientStatus.SKIPPED, next_attempt_at=None, unsubscribed_at=now)
    await Recipient.filter(organization_id=organization_id, email__in=emails, status=RecipientStatus.SENT) \
        .update(next_attempt_at=None)


def _check_open(recipient: Recipient) -> None:
    survey = recipient.distribution.survey
    if survey.status != SurveyStatus.ACTIVE or survey.purpose != SurveyPurpose.ORDINARY:
        raise SurveyNotActive("this survey is not accepting responses", field="token")


def _with_org(recipient: Recipient) -> Survey:
    survey = recipient.distribution.survey
    survey.organization = recipient.organization
    return survey


def _respondent(recipient: Recipient, now: datetime) -> RespondentData:
    return RespondentData(external_id=recipient.respondent.external_id, token=identity_token(recipient, now=now))


async def _clicked(recipient: Recipient, now: datetime) -> None:
    if recipient.clicked_at is None:
        await Recipient.filter(id=recipient.id, clicked_at=None).update(clicked_at=now)

