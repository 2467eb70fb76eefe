"""Loop mails: the re-survey after a resolved case and the "it shipped" note, sent by the distributions'
mailer to respondents with an e-mail address, when the organisation turned that on.

A respondent's address is the one of their latest distribution recipient row (surveys keeps no
other), unless it unsubscribed. Closing the loop (actions/loop_mail.py) says what to send; here each
mail is one row, unique per kind, subject and respondent (a redelivered event adds nothing),
created leased to its queued send task. The send records its outcome in the one statement that ends
the lease; a lost task or a failed attempt is picked up by the periodic `retry_due` when its lease or
backoff ends, and the same mail goes with the same Message-ID.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import parseaddr
from typing import Any

import aiosmtplib
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from core.db import dialect
from core.mailer import Mail, mailer_for
from core.models import Organization
from core.settings import Settings
from surveys import mail_links
from surveys.distribution_models import MailSuppression, Recipient
from surveys.mail_wording import wording_locale
from surveys.notice_models import MailNotice, MailPreference, NoticeKind, NoticeStatus

log = logging.getLogger("voc.mail")

SEND = "notices.send"
CLAIM_BATCH = 100
CONCURRENT_SENDS = 8
WORDING = {
    "zh-CN": {
        NoticeKind.RESURVEY: ("您反馈的问题已处理，解决了吗？",
                              "您好！您之前反馈的问题我们已经处理。问题解决了吗？请点击告诉我们：\n{link}\n\n感谢您的耐心！"),
        NoticeKind.SHIPPED: ("您的意见我们已改进：{title}",
                             "您好！感谢您之前的反馈。我们根据大家的意见做了改进，现已上线：\n{title}\n\n欢迎继续告诉我们您的体验。"),
        "unsubscribe": "不想再收到此类邮件？退订：",
    },
    "en": {
        NoticeKind.RESURVEY: ("Your issue was handled: is it solved?",
                              "Hello,\n\nWe have handled the issue you told us about. Is it solved? Tell us here:\n"
                              "{link}\n\nThank you for your patience!"),
        NoticeKind.SHIPPED: ("We acted on your feedback: {title}",
                             "Hello,\n\nThank you for your feedback. We made an improvement based on what you and "
                             "others told us, and it is now live:\n{title}\n\nDo keep telling us how it goes."),
        "unsubscribe": "Rather not get these e-mails? Unsubscribe:",
    },
}


async def enabled(*, organization_id: int) -> bool:
    found = await MailPreference.get_or_none(organization_id=organization_id)
    return found is not None and found.loop_notices


async def set_enabled(*, organization: Organization, on: bool) -> bool:
    """Turn the loop mails on or off for the organisation; returns the new setting."""
    async with in_transaction():
        if not await MailPreference.filter(organization_id=organization.id).update(loop_notices=on):
            try:
                async with in_transaction():
                    await MailPreference.create(organization_id=organization.id, loop_notices=on)
            except IntegrityError:  # created concurrently
                await MailPreference.filter(organization_id=organization.id).update(loop_notices=on)
    return on


async def addresses(*, organization_id: int, respondent_ids: Sequence[int]) -> dict[int, Recipient]:
    """Each respondent's latest recipient row (its address, its unsubscribe link), leaving out the
    unsubscribed."""
    latest: dict[int, Recipient] = {}
    for row in await Recipient.filter(organization_id=organization_id, respondent_id__in=list(respondent_ids)) \
            .order_by("id").only("id", "respondent_id", "email"):
        latest[row.respondent_id] = row
    suppressed = {s.email for s in await MailSuppression.filter(
        organization_id=organization_id, email__in=list({r.email for r in latest.values()}))}
    return {respondent: row for respondent, row in latest.items() if row.email not in suppressed}


@dataclass(frozen=True)
class Notice:
    kind: NoticeKind
    subject_id: int
    locale: str
    link: str = ""
    title: str = ""


async def queue(*, organization_id: int, notice: Notice, respondent_ids: Sequence[int], settings: Settings,
                ) -> list[int]:
    """The notice for every respondent with an address, leased to the send tasks the caller queues;
    returns the new rows (none for a notice already written)."""
    found = await addresses(organization_id=organization_id, respondent_ids=respondent_ids)
    secret = (await Organization.get(id=organization_id)).identity_secret
    subject_template, text_template = WORDING[wording_locale(notice.locale)][notice.kind]
    values = {"link": notice.link, "title": notice.title}
    subject = subject_template.format(**values)[:300]
    text = text_template.format(**values)
    footer = WORDING[wording_locale(notice.locale)]["unsubscribe"]
    lease = datetime.now(UTC) + timedelta(seconds=settings.mail_lease_seconds)
    created: list[int] = []
    for respondent_id, recipient in found.items():
        unsubscribe = mail_links.links(settings.public_url, mail_links.sign(secret, recipient.id)).unsubscribe
        try:
            async with in_transaction():
                row = await MailNotice.create(
                    organization_id=organization_id, respondent_id=respondent_id, kind=notice.kind,
                    subject_id=notice.subject_id, email=recipient.email, subject=subject,
                    text=f"{text}\n\n{footer} {unsubscribe}", unsubscribe_url=unsubscribe, next_attempt_at=lease)
        except IntegrityError:  # a redelivered event: this one is written already
            continue
        created.append(row.id)
    return created


async def send_task(notice_id: int, *, settings: Settings, **_: Any) -> None:
    await send(notice_id=notice_id, settings=settings)


async def send(*, notice_id: int, settings: Settings, now: datetime | None = None) -> NoticeStatus | None:
    """Mail one PENDING notice and record the outcome; None when there is nothing to send."""
    now = now or datetime.now(UTC)
    notice = await MailNotice.get_or_none(id=notice_id, status=NoticeStatus.PENDING)
    if notice is None:
        return None
    if await MailSuppression.exists(organization_id=notice.organization_id, email=notice.email):
        await MailNotice.filter(id=notice.id, status=NoticeStatus.PENDING).update(
            status=NoticeStatus.FAILED, next_attempt_at=None, last_error="the address unsubscribed")
        return NoticeStatus.FAILED
    domain = parseaddr(settings.mail_from or "")[1].rpartition("@")[2] or "voc.invalid"
    mail = Mail(to=notice.email, to_name=None, subject=notice.subject, text=notice.text,
                message_id=f"<voc.notice.{notice.id}@{domain}>",
                headers={"List-Unsubscribe": f"<{notice.unsubscribe_url}>",
                         "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"})
    try:
        await mailer_for(settings).send(mail)
    except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
        attempts = notice.attempts + 1
        final = attempts >= settings.mail_max_attempts or (
            isinstance(exc, aiosmtplib.SMTPResponseException) and exc.code >= 500)
        wait = min(settings.mail_backoff_seconds * 3 ** (attempts - 1), 6 * 3600.0)
        await MailNotice.filter(id=notice.id, status=NoticeStatus.PENDING, attempts=notice.attempts).update(
            attempts=attempts, last_error=f"{type(exc).__name__}: {exc}"[:500],
            status=NoticeStatus.FAILED if final else NoticeStatus.PENDING,
            next_attempt_at=None if final else now + timedelta(seconds=wait))
        return NoticeStatus.FAILED if final else NoticeStatus.PENDING
    await MailNotice.filter(id=notice.id, status=NoticeStatus.PENDING).update(
        status=NoticeStatus.SENT, sent_at=now, next_attempt_at=None, last_error=None)
    return NoticeStatus.SENT


async def retry_due(*, settings: Settings, now: datetime | None = None) -> int:
    """Send every due notice (a lost task, a retry): claimed under a lease first (`FOR UPDATE SKIP
    LOCKED` on PostgreSQL), so several workers never send the same one. Returns how many."""
    now = now or datetime.now(UTC)
    async with in_transaction():
        query = MailNotice.filter(status=NoticeStatus.PENDING, next_attempt_at__lte=now).order_by("id") \
            .limit(CLAIM_BATCH)
        if dialect() == "postgres":
            query = query.select_for_update(skip_locked=True)
        ids = [n.id for n in await query]
        if ids:
            await MailNotice.filter(id__in=ids).update(
                next_attempt_at=now + timedelta(seconds=settings.mail_lease_seconds))
    gate = asyncio.Semaphore(CONCURRENT_SENDS)

    async def one(notice_id: int) -> None:
        async with gate:
            try:
                await send(notice_id=notice_id, settings=settings)
            except Exception:  # its lease ends and the next pass tries again
                log.exception("loop mail %s could not be sent", notice_id)

    await asyncio.gather(*(one(i) for i in ids))
    return len(ids)
