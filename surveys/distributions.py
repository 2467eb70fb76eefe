"""E-mail distributions: created with their recipients (all or none), cancelled, listed, and counted.

Creating one stores the distribution and one row per recipient, due at `send_at`, in one
transaction, with a "distribution.due" event when it is due now; surveys/mailings.py sends. Each
recipient is a verified respondent of the organisation (external id: the one given, else the
address), so their answers, through the hosted page or a score clicked in the mail, are theirs.

The figures are counted in SQL: sent (the invitation left), failed (it gave up), clicked, answered
(the recipient's respondent answered the survey after the distribution was created), unsubscribed,
and the response rate (answered / sent).
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from tortoise.transactions import in_transaction

from core import mailer
from core.errors import ValidationFailed, or_not_found
from core.events import DistributionDue, emit
from core.models import Organization
from core.paging import Page, newest_first
from core.settings import Settings
from core.sql import fetch
from surveys.distribution_models import Distribution, MailSuppression, Recipient, RecipientStatus
from surveys.errors import InvalidTransition, SurveyNotActive
from surveys.intake import current
from surveys.mail_wording import wording_locale
from surveys.models import Survey, SurveyPurpose, SurveyStatus
from surveys.recipient_rows import RecipientRow, check_rows
from surveys.respondents import Identity

MAX_SUBJECT = 200
MAX_BODY = 20_000
MAX_REMIND_HOURS = 24 * 30
MAX_REMINDERS = 5
MAX_AHEAD = timedelta(days=365)
# Respondents are stored a few at a time: PostgreSQL's group commit gathers them into statements.
UPSERT_CONCURRENCY = 64


@dataclass(frozen=True)
class DistributionSpec:
    survey_id: int
    recipients: list[RecipientRow]
    csv_recipients: list[RecipientRow] = field(default_factory=list)  # parsed from a CSV text (line numbers)
    subject: str | None = None
    body: str | None = None
    send_at: datetime | None = None
    remind_after_hours: int | None = None
    max_reminders: int | None = None


@dataclass(frozen=True)
class Figures:
    recipients: int
    sent: int
    failed: int
    clicked: int
    answered: int
    unsubscribed: int
    pending: int

    @property
    def response_rate(self) -> float | None:
        return self.answered / self.sent if self.sent else None


async def create_distribution(*, organization: Organization, spec: DistributionSpec, settings: Settings,
                              now: datetime | None = None) -> Distribution:
    """A distribution of an ACTIVE survey of the organisation; a refusal (any bad recipient row
    among them, each named) creates nothing."""
    now = now or datetime.now(UTC)
    mailer.check_configured(settings)
    survey = or_not_found(await Survey.get_or_none(id=spec.survey_id, organization_id=organization.id),
                          "no such survey", field="surveyId")
    if survey.purpose != SurveyPurpose.ORDINARY:
        raise ValidationFailed("a system survey is sent by VoC Loop itself", field="surveyId")
    if survey.status != SurveyStatus.ACTIVE:
        raise SurveyNotActive("only an ACTIVE survey can be sent", field="surveyId")
    subject, body = _templates(spec.subject, spec.body)
    send_at = _send_at(spec.send_at, now)
    remind_after, reminders = _reminders(spec.remind_after_hours, spec.max_reminders)
    rows = check_rows(spec.recipients, spec.csv_recipients, current().attributes)
    suppressed = {s.email: s.created_at for s in await MailSuppression.filter(
        organization_id=organization.id, email__in=[r.email for r in rows])}
    respondent_ids = await _respondents(organization.id, rows)
    async with in_transaction():
        distribution = await Distribution.create(
            organization_id=organization.id, survey_id=survey.id, subject=subject, body=body,
            locale=wording_locale(survey.locale), send_at=send_at, remind_after_hours=remind_after,
            max_reminders=reminders)
        await Recipient.bulk_create([Recipient(
            organization_id=organization.id, distribution_id=distribution.id, respondent_id=respondent_ids[r.email],
            email=r.email, name=r.name, attributes=r.attributes,
            status=RecipientStatus.SKIPPED if r.email in suppressed else RecipientStatus.PENDING,
            next_attempt_at=None if r.email in suppressed else send_at,
            unsubscribed_at=suppressed.get(r.email)) for r in rows], batch_size=500)
        if send_at <= now:
            await emit(organization_id=organization.id, event=DistributionDue(distribution_id=distribution.id))
    return distribution


def _templates(subject: str | None, body: str | None) -> tuple[str | None, str | None]:
    subject = subject.strip() if subject and subject.strip() else None
    body = body.strip() if body and body.strip() else None
    if subject is not None and (len(subject) > MAX_SUBJECT or any(ch in subject for ch in "\r\n\x00")):
        raise ValidationFailed(f"subject must be one line of at most {MAX_SUBJECT} characters", field="subject")
    if body is not None and (len(body) > MAX_BODY or "\x00" in body):
        raise ValidationFailed(f"body must be at most {MAX_BODY} characters", field="body")
    return subject, body


def _send_at(send_at: datetime | None, now: datetime) -> datetime:
    if send_at is None:
        return now
    if send_at.tzinfo is None:
        raise ValidationFailed("sendAt needs a time zone (e.g. 2026-12-24T09:00:00+08:00)", field="sendAt")
    if send_at > now + MAX_AHEAD:
        raise ValidationFailed("sendAt must be within a year", field="sendAt")
    return max(send_at, now)


def _reminders(after_hours: int | None, count: int | None) -> tuple[int | None, int]:
    count = count or 0
    if not 0 <= count <= MAX_REMINDERS:
        raise ValidationFailed(f"maxReminders must be between 0 and {MAX_REMINDERS}", field="maxReminders")
    if count and after_hours is None:
        raise ValidationFailed("reminders need remindAfterHours", field="remindAfterHours")
    if after_hours is not None and not 1 <= after_hours <= MAX_REMIND_HOURS:
        raise ValidationFailed(f"remindAfterHours must be between 1 and {MAX_REMIND_HOURS}", field="remindAfterHours")
    return after_hours, count


async def _respondents(organization_id: int, rows: list[RecipientRow]) -> dict[str, int]:
    """Each recipient's respondent, stored or merged (verified: the organisation gave the list)."""
    writes = current().writes
    gate = asyncio.Semaphore(UPSERT_CONCURRENCY)

    async def one(row: RecipientRow) -> tuple[str, int]:
        identity = Identity(external_id=row.external_id or row.email, attributes=row.attributes, verified=True,
                            account=row.account)
        async with gate:
            return row.email, (await writes.upsert_respondent(organization_id, identity)).id

    return dict(await asyncio.gather(*(one(r) for r in rows)))


async def cancel_distribution(*, organization: Organization, distribution_id: int,
                              now: datetime | None = None) -> Distribution:
    """No more mails: invitations not sent are CANCELLED, reminders stop. Mails already sent stay
    sent, and their links keep working."""
    now = now or datetime.now(UTC)
    distribution = await get_distribution(organization=organization, distribution_id=distribution_id)
    if distribution.cancelled_at is not None:
        raise InvalidTransition("this distribution is already cancelled", field="id")
    async with in_transaction():
        await Distribution.filter(id=distribution.id).update(cancelled_at=now)
        await Recipient.filter(distribution_id=distribution.id, status=RecipientStatus.PENDING).update(
            status=RecipientStatus.CANCELLED, next_attempt_at=None)
        await Recipient.filter(distribution_id=distribution.id, status=RecipientStatus.SENT).update(
            next_attempt_at=None)
    distribution.cancelled_at = now
    return distribution


async def get_distribution(*, organization: Organization, distribution_id: int) -> Distribution:
    return or_not_found(await Distribution.get_or_none(id=distribution_id, organization_id=organization.id),
                        "no such distribution")


async def list_distributions(*, organization_id: int, survey_id: int | None, first: int,
                             after_id: int | None) -> Page[Distribution]:
    query = Distribution.filter(organization_id=organization_id)
    if survey_id is not None:
        query = query.filter(survey_id=survey_id)
    return await newest_first(query, first=first, after_id=after_id)


async def failed_recipients(*, organization_id: int, distribution_id: int, first: int,
                            after_id: int | None) -> Page[Recipient]:
    """The recipients whose invitation gave up, with the last error of each."""
    query = Recipient.filter(organization_id=organization_id, distribution_id=distribution_id,
                             status=RecipientStatus.FAILED)
    return await newest_first(query, first=first, after_id=after_id)


async def figures(distribution_ids: list[int]) -> dict[int, Figures]:
    """Each distribution's figures, in one query (callers pass their own organisation's ids)."""
    if not distribution_ids:
        return {}
    marks = ", ".join(["%s"] * len(distribution_ids))
    # `answered` is worked out once per recipient (an EXISTS over responses) and read twice: an answer
    # counts as a click too (sent >= clicked >= answered): one from the product's widget, or from a
    # person whose page's report was lost.
    rows = await fetch(
        "SELECT id, COUNT(*) AS recipients, SUM(sent) AS sent, "
        "SUM(CASE WHEN status = %s THEN 1 ELSE 0 END) AS failed, "
        "SUM(CASE WHEN status = %s THEN 1 ELSE 0 END) AS pending, "
        "SUM(CASE WHEN clicked OR answered THEN 1 ELSE 0 END) AS clicked, "
        "SUM(CASE WHEN unsubscribed THEN 1 ELSE 0 END) AS unsubscribed, "
        "SUM(CASE WHEN answered THEN 1 ELSE 0 END) AS answered FROM ("
        "SELECT x.distribution_id AS id, x.status, CASE WHEN x.mails_sent > 0 THEN 1 ELSE 0 END AS sent, "
        "x.clicked_at IS NOT NULL AS clicked, x.unsubscribed_at IS NOT NULL AS unsubscribed, "
        f"(x.mails_sent > 0 AND {ANSWERED}) AS answered "
        "FROM distribution_recipients x JOIN distributions d ON d.id = x.distribution_id "
        f"WHERE x.distribution_id IN ({marks})) per_recipient GROUP BY id",
        [RecipientStatus.FAILED.value, RecipientStatus.PENDING.value, *distribution_ids])
    return {int(r["id"]): Figures(recipients=int(r["recipients"]), sent=int(r["sent"] or 0),
                                  failed=int(r["failed"] or 0), clicked=int(r["clicked"] or 0),
                                  answered=int(r["answered"] or 0), unsubscribed=int(r["unsubscribed"] or 0),
                                  pending=int(r["pending"] or 0)) for r in rows}


# A recipient answered: their respondent has a response to the distribution's survey since it was
# created (a score clicked in the mail starts one). `x` is the recipient, `d` its distribution.
ANSWERED = ("EXISTS (SELECT 1 FROM responses a WHERE a.respondent_id = x.respondent_id "
            "AND a.survey_id = d.survey_id AND a.submitted_at >= d.created_at)")


def status_of(distribution: Distribution, counted: Figures | None, now: datetime) -> str:
    """SCHEDULED, SENDING, SENT or CANCELLED (reminders may still follow a SENT one)."""
    if distribution.cancelled_at is not None:
        return "CANCELLED"
    if distribution.send_at > now and (counted is None or counted.sent == 0):
        return "SCHEDULED"
    return "SENDING" if counted is not None and counted.pending else "SENT"
