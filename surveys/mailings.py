"""Sending a distribution's mails: each recipient's invitation and reminders, one idempotent queue task
per mail, throttled per distribution, retried with backoff, never lost and never repeated.

- A "distribution.due" event (written when a distribution is created due now, and by the periodic
  `scan` for every distribution with due mails: scheduled ones, reminders, retries, leases that
  ran out) starts `pump`: it claims up to the distribution's throttle window of due recipients,
  in a short transaction holding the distribution's row (`FOR UPDATE` on PostgreSQL), leases them
  (next_attempt_at moves to the lease's end) and queues one `send` task per recipient. When more
  are due than the window had room for, it announces the distribution again.
- `send` mails one claimed recipient and records the outcome in the one statement that ends the
  lease: the mail counted sent and the next one (a reminder) scheduled, or the attempt counted
  failed and retried later. A worker killed mid-send leaves the lease to run out; the scan then
  announces the recipient again and it is mailed with the same Message-ID (recipient and mail
  number), so a resend after a crash is at worst an identical copy, and nothing is lost.
- A reminder goes only to a recipient who has not answered (checked at each send), and nothing goes
  to an address that unsubscribed from the organisation: unsubscribing drops what is due at once,
  and each claim drops what a concurrent unsubscribe may have missed.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from email.utils import parseaddr
from typing import Any

import aiosmtplib
from tortoise.transactions import in_transaction

from core.db import dialect
from core.events import DistributionDue, emit
from core.mailer import Mail, mailer_for
from core.queue import enqueue_from_job
from core.settings import Settings
from surveys import mail_links
from surveys.distribution_models import Distribution, MailSuppression, Recipient, RecipientStatus
from surveys.mail_wording import MailParts, render
from surveys.models import Response

log = logging.getLogger("voc.mail")

PUMP = "distributions.pump"
SEND = "distributions.send"
WINDOW_SECONDS = 1.0
BACKOFF_FACTOR = 3
BACKOFF_MAX_SECONDS = 6 * 3600.0
DUE = (RecipientStatus.PENDING, RecipientStatus.SENT)


async def pump_task(distribution_id: int, *, settings: Settings, **_: Any) -> None:
    ids = await pump(distribution_id=distribution_id, settings=settings)
    try:
        await enqueue_from_job(SEND, [{"recipient_id": i} for i in ids])
    except Exception as exc:  # their leases run out, then the scan announces them again
        log.warning("mails to %d recipients could not be queued (%s); they are sent after their lease", len(ids), exc)


async def send_task(recipient_id: int, *, settings: Settings, **_: Any) -> None:
    await send(recipient_id=recipient_id, settings=settings)


async def pump(*, distribution_id: int, settings: Settings, now: datetime | None = None) -> list[int]:
    """Claim the distribution's due recipients that fit its throttle window; when more are due,
    announce it again (the next window's pump). Returns the claimed ids."""
    now = now or datetime.now(UTC)
    ids, more = await claim(distribution_id=distribution_id, settings=settings, now=now)
    if more:
        found = await Distribution.get_or_none(id=distribution_id)
        if found is not None:
            await emit(organization_id=found.organization_id, event=DistributionDue(distribution_id=distribution_id))
    return ids


async def claim(*, distribution_id: int, settings: Settings, now: datetime) -> tuple[list[int], bool]:
    """Due recipients leased to this caller (at most the window's room), and whether more are due."""
    room = max(1, round(settings.mail_rate_per_second * WINDOW_SECONDS))
    async with in_transaction():
        query = Distribution.filter(id=distribution_id)
        if dialect() == "postgres":
            query = query.select_for_update()
        distribution = await query.first()
        if distribution is None or distribution.cancelled_at is not None:
            return [], False
        used = await Recipient.filter(distribution_id=distribution_id,
                                      attempted_at__gt=now - timedelta(seconds=WINDOW_SECONDS)).count()
        if used >= room:
            return [], True
        due = await Recipient.filter(distribution_id=distribution_id, status__in=DUE, next_attempt_at__lte=now) \
            .order_by("next_attempt_at", "id").limit(room - used + 1).only("id", "email")
        # Addresses that unsubscribed since the distribution was made (unsubscribing drops what is
        # due at once; this catches one that raced with the distribution's creation).
        suppressed = {s.email for s in await MailSuppression.filter(
            organization_id=distribution.organization_id, email__in=[r.email for r in due]).only("email")}
        if suppressed:
            await mail_links.drop_suppressed(organization_id=distribution.organization_id, emails=sorted(suppressed),
                                             now=now)
        chosen = [r.id for r in due if r.email not in suppressed][:room - used]
        if chosen:
            await Recipient.filter(id__in=chosen).update(
                attempted_at=now, next_attempt_at=now + timedelta(seconds=settings.mail_lease_seconds))
    return chosen, len(due) - len(suppressed) > len(chosen)


async def scan(*, now: datetime | None = None) -> int:
    """Announce every distribution with due mails (the periodic job); returns how many."""
    now = now or datetime.now(UTC)
    due = await Recipient.filter(status__in=DUE, next_attempt_at__lte=now).distinct() \
        .values_list("distribution_id", "organization_id")
    for distribution_id, organization_id in sorted(set(due)):
        await emit(organization_id=int(organization_id), event=DistributionDue(distribution_id=int(distribution_id)))
    return len(set(due))


async def send(*, recipient_id: int, settings: Settings, now: datetime | None = None) -> str:
    """Mail one claimed recipient (the invitation or its next reminder) and record the outcome;
    returns what happened: sent, failed, retry, answered, or skipped."""
    now = now or datetime.now(UTC)
    recipient = await Recipient.get_or_none(id=recipient_id, status__in=DUE).select_related(
        "organization", "distribution__survey")
    if recipient is None or recipient.next_attempt_at is None:
        return "skipped"
    distribution = recipient.distribution
    if distribution.cancelled_at is not None:
        return "skipped"
    reminder = recipient.mails_sent > 0
    if reminder and (recipient.mails_sent > distribution.max_reminders or await _answered(recipient)):
        await _finish(recipient, None)
        return "answered"
    try:
        await mailer_for(settings).send(mail_for(recipient, settings))
    except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
        return await _failed(recipient, exc, settings, now)
    await _sent(recipient, now)
    return "sent"


def mail_for(recipient: Recipient, settings: Settings) -> Mail:
    """The recipient's next mail; its Message-ID names the recipient and the mail's number, so the
    same mail sent again (after a crash) is the same message."""
    distribution = recipient.distribution
    survey = distribution.survey
    token = mail_links.sign(recipient.organization.identity_secret, recipient.id)
    links = mail_links.links(settings.public_url, token)
    rendered = render(MailParts(
        locale=distribution.locale, kind=survey.kind, survey_name=survey.name, recipient_name=recipient.name,
        subject=distribution.subject, body=distribution.body, link=links.personal, score_link=links.score,
        unsubscribe_link=links.unsubscribe, reminder=recipient.mails_sent > 0))
    domain = parseaddr(settings.mail_from or "")[1].rpartition("@")[2] or "voc.invalid"
    return Mail(to=recipient.email, to_name=recipient.name, subject=rendered.subject, text=rendered.text,
                html=rendered.html, message_id=f"<voc.{recipient.id}.{recipient.mails_sent}@{domain}>",
                headers={"List-Unsubscribe": f"<{links.unsubscribe}>",
                         "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"})


async def _answered(recipient: Recipient) -> bool:
    distribution = recipient.distribution
    return await Response.exists(respondent_id=recipient.respondent_id, survey_id=distribution.survey_id,
                                 submitted_at__gte=distribution.created_at)


async def _sent(recipient: Recipient, now: datetime) -> None:
    """Counted sent, and the lease ended with the next reminder's time, in one conditional statement:
    a sender whose lease was taken over while it sent records nothing twice."""
    distribution = recipient.distribution
    sent = recipient.mails_sent + 1
    remind = distribution.remind_after_hours is not None and sent <= distribution.max_reminders
    await Recipient.filter(id=recipient.id, mails_sent=recipient.mails_sent, status__in=DUE).update(
        status=RecipientStatus.SENT, mails_sent=sent, attempts=0, last_error=None, last_sent_at=now,
        sent_at=recipient.sent_at or now,
        next_attempt_at=now + timedelta(hours=distribution.remind_after_hours or 0) if remind else None)


async def _finish(recipient: Recipient, error: str | None) -> None:
    await Recipient.filter(id=recipient.id, mails_sent=recipient.mails_sent).update(
        next_attempt_at=None, **({"last_error": error} if error else {}))


def _permanent(exc: Exception) -> bool:
    """The server refused the mail for good (5xx): retrying would be refused again."""
    if isinstance(exc, aiosmtplib.SMTPRecipientsRefused):
        return all(e.code >= 500 for e in exc.recipients)
    return isinstance(exc, aiosmtplib.SMTPResponseException) and exc.code >= 500


async def _failed(recipient: Recipient, exc: Exception, settings: Settings, now: datetime) -> str:
    error = (f"{type(exc).__name__}: {exc}")[:500]
    attempts = recipient.attempts + 1
    if _permanent(exc) or attempts >= settings.mail_max_attempts:
        if recipient.mails_sent == 0:
            await Recipient.filter(id=recipient.id, mails_sent=0, status=RecipientStatus.PENDING).update(
                status=RecipientStatus.FAILED, attempts=attempts, next_attempt_at=None, last_error=error)
        else:  # a reminder that could not be sent: no more reminders
            await Recipient.filter(id=recipient.id, mails_sent=recipient.mails_sent).update(attempts=attempts)
            await _finish(recipient, error)
        log.warning("mail to recipient %s failed for good: %s", recipient.id, error)
        return "failed"
    wait = min(settings.mail_backoff_seconds * BACKOFF_FACTOR ** (attempts - 1), BACKOFF_MAX_SECONDS)
    await Recipient.filter(id=recipient.id, mails_sent=recipient.mails_sent).update(
        attempts=attempts, last_error=error, next_attempt_at=now + timedelta(seconds=wait))
    return "retry"
