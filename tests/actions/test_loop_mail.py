"""Closing the loop by e-mail through a loopback SMTP server and the real queue: a resolved case's
re-survey link and a shipped action's note reach the respondents with an address, once, and only
when the organisation turned it on; the unsubscribed get nothing."""

from __future__ import annotations

from datetime import UTC, datetime

from taskiq import InMemoryBroker

from actions import cases, improvements
from actions.models import CaseStatus
from core import events
from core.models import Organization, OutboxEvent
from core.settings import Settings
from surveys import distributions, notices
from surveys.distribution_models import MailSuppression
from surveys.notice_models import MailNotice, NoticeStatus
from surveys.recipient_rows import RecipientRow
from tests.support.cases import AGENT, opened, put_in, survey_of, user_of
from tests.support.queue import drain
from tests.support.smtp import MailServer


async def known_by_mail(org: Organization, survey_id: int, people: dict[str, str], mailing: Settings) -> None:
    """Respondents (external id -> address) that a distribution made known by e-mail."""
    await distributions.create_distribution(organization=org, spec=distributions.DistributionSpec(
        survey_id=survey_id, recipients=[RecipientRow(email=e, external_id=who) for who, e in people.items()]),
        settings=mailing)


async def resolve(org: Organization, who: str) -> int:
    survey = await survey_of(org)
    case = await opened(org, score=2, who=who, survey=survey)
    await put_in(case, CaseStatus.IN_PROGRESS, await user_of(org, f"agent-{who}"), datetime.now(UTC))
    await cases.transition(organization_id=org.id, case_id=case.id, to=CaseStatus.RESOLVED, actor=AGENT, note="已退款")
    return int(case.id)


async def test_a_resolved_case_mails_its_re_survey_link_once_when_the_organisation_turned_it_on(
    org: Organization, mailing: Settings, smtp: MailServer, mail_broker: InMemoryBroker
) -> None:
    survey = await survey_of(org)
    await known_by_mail(org, survey.id, {"u1": "u1@example.com", "u2": "u2@example.com"}, mailing)
    await drain(mail_broker)
    invitations = len(smtp.received)
    await resolve(org, "u2")  # turned off: nothing
    await drain(mail_broker)
    assert len(smtp.received) == invitations
    assert await notices.set_enabled(organization=org, on=True)
    case_id = await resolve(org, "u1")
    await drain(mail_broker)
    mails = smtp.received[invitations:]
    assert [m.to for m in mails] == ["u1@example.com"]
    assert mails[0].message["Subject"] == "您反馈的问题已处理，解决了吗？"
    assert "http://testserver/s/" in mails[0].text() and "?case=" in mails[0].text()
    # The same unsubscribe link as the recipient's distribution mails, in the text and the headers.
    invitation = smtp.to("u1@example.com")[0].message
    assert mails[0].message["List-Unsubscribe"] == invitation["List-Unsubscribe"]
    assert invitation["List-Unsubscribe"].strip("<>") in mails[0].text()
    # The event delivered again: no second mail.
    update = await OutboxEvent.filter(topic=events.CASE_UPDATED).order_by("-id").first()
    assert update is not None and update.payload["case_id"] == case_id
    await OutboxEvent.filter(id=update.id).update(dispatched_at=None)
    await drain(mail_broker)
    assert len(smtp.received) == invitations + 1
    assert (await MailNotice.get(subject_id=case_id)).status == NoticeStatus.SENT


async def test_a_shipped_action_tells_its_respondents_with_an_address_except_the_unsubscribed(
    org: Organization, mailing: Settings, smtp: MailServer, mail_broker: InMemoryBroker
) -> None:
    survey = await survey_of(org)
    await known_by_mail(org, survey.id, {"u1": "u1@example.com", "u2": "u2@example.com"}, mailing)
    await drain(mail_broker)
    await notices.set_enabled(organization=org, on=True)
    await MailSuppression.create(organization=org, email="u2@example.com")
    action = await improvements.create_action(organization_id=org.id, actor=AGENT, title="配送超时自动退款")
    await events.emit(organization_id=org.id, event=events.ActionShipped(
        action_id=action.id, respondents=["u1", "u2", "nobody"], truncated=False))
    await drain(mail_broker)
    shipped = [m for m in smtp.received if "配送超时自动退款" in str(m.message["Subject"])]
    assert [m.to for m in shipped] == ["u1@example.com"]
    assert shipped[0].message["Subject"] == "您的意见我们已改进：配送超时自动退款"


async def test_a_loop_mail_the_server_refused_for_now_is_retried_by_the_periodic_job(
    org: Organization, mailing: Settings, smtp: MailServer, mail_broker: InMemoryBroker
) -> None:
    survey = await survey_of(org)
    await known_by_mail(org, survey.id, {"u1": "u1@example.com"}, mailing)
    await drain(mail_broker)
    await notices.set_enabled(organization=org, on=True)
    smtp.refuse = {"u1@example.com": 451}
    case_id = await resolve(org, "u1")
    await drain(mail_broker)
    notice = await MailNotice.get(subject_id=case_id)
    assert (notice.status, notice.attempts) == (NoticeStatus.PENDING, 1)
    smtp.refuse = {}
    assert await notices.retry_due(settings=mailing) == 1
    assert (await MailNotice.get(subject_id=case_id)).status == NoticeStatus.SENT
    assert [m.to for m in smtp.received].count("u1@example.com") == 2  # the invitation, then the re-survey
