"""E-mail distributions through a real SMTP server on loopback and the real queue path: the mails'
headers and scale, reminders only to those who have not answered, unsubscribe honoured, failures
recorded, and a worker that dies mid-distribution. What the mails' links do: test_mail_links.py."""

from __future__ import annotations

from datetime import timedelta

import httpx
from taskiq import InMemoryBroker

from actions import erasure
from actions.audit import Actor
from core.mailer import mailer_for
from core.models import Organization
from core.settings import Settings
from surveys import mail_links, mailings
from surveys.distribution_models import MailSuppression, Recipient, RecipientStatus
from surveys.distributions import figures
from surveys.models import SurveyKind
from tests.support.cases import respond, survey_of
from tests.support.mail import (
    distribute,
    now,
    pass_hours,
    send_due,
)
from tests.support.queue import drain
from tests.support.smtp import MailServer

EMAILS = ["wang@example.com", "li@example.com", "zhao@example.com"]


async def test_each_recipient_gets_one_mail_with_encoded_subject_unsubscribe_headers_and_the_scale(
    org: Organization, mailing: Settings, smtp: MailServer, mail_broker: InMemoryBroker
) -> None:
    survey = await survey_of(org)
    made = await distribute(org, survey.id, EMAILS, mailing)
    await drain(mail_broker)
    assert sorted(m.to for m in smtp.received) == sorted(EMAILS)
    mail = smtp.to("wang@example.com")[0]
    raw_headers = mail.raw.split(b"\r\n\r\n", 1)[0].decode("ascii")  # every header is 7-bit on the wire
    assert "=?utf-8?" in raw_headers.lower()  # the Chinese subject and names, RFC 2047 encoded
    message = mail.message
    assert message["Subject"] == f"邀请您参与调查：{survey.name}"
    assert str(message["To"]) == "用户0 <wang@example.com>"
    assert message["List-Unsubscribe"].startswith("<http://testserver/u/")
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    recipient = await Recipient.get(email="wang@example.com")
    assert message["Message-ID"] == f"<voc.{recipient.id}.0@voc.example.com>"
    # NPS: the 0-10 scale in the mail, each a link to its score's page.
    html = mail.html()
    for score in range(11):
        assert f"/m/{mail_links.sign(org.identity_secret, recipient.id)}/{score}" in html
    assert "用户0您好" in mail.text()
    counted = (await figures([made.id]))[made.id]
    assert (counted.recipients, counted.sent, counted.failed, counted.answered) == (3, 3, 0, 0)


async def test_templates_in_english_and_a_form_survey_without_a_scale(
    org: Organization, mailing: Settings, smtp: MailServer, mail_broker: InMemoryBroker
) -> None:
    survey = await survey_of(org, SurveyKind.FORM, locale="en")
    await distribute(org, survey.id, ["ann@example.com"], mailing, subject="{name}, a word about {survey}?",
                     body="Hi {name}, tell us here: {link} {unknown}")
    await drain(mail_broker)
    mail = smtp.received[0]
    assert mail.message["Subject"] == f"用户0, a word about {survey.name}?"
    text = mail.text()
    assert "Hi 用户0, tell us here: http://testserver/m/" in text and "{unknown}" in text
    assert "/m/" in text and "Unsubscribe" in text and "0: http" not in text


async def test_reminders_go_only_to_those_who_have_not_answered_up_to_the_chosen_count(
    org: Organization, mailing: Settings, smtp: MailServer, mail_broker: InMemoryBroker
) -> None:
    survey = await survey_of(org)
    made = await distribute(org, survey.id, EMAILS, mailing, remind_after_hours=24, max_reminders=2)
    await drain(mail_broker)
    await respond(survey, 10, who="li@example.com")  # answered (through the widget, say)
    await send_due(mail_broker)
    assert len(smtp.received) == 3  # nothing is due before a day has passed
    for _ in range(3):  # three days later: two reminders at most
        await pass_hours(made, 24)
        await send_due(mail_broker)
    assert [len(smtp.to(e)) for e in EMAILS] == [3, 1, 3]
    reminder = smtp.to("wang@example.com")[1].message
    assert reminder["Subject"].startswith("提醒：")
    recipient = await Recipient.get(email="wang@example.com")
    assert reminder["Message-ID"] == f"<voc.{recipient.id}.1@voc.example.com>"
    assert recipient.mails_sent == 3 and recipient.next_attempt_at is None


async def test_the_unsubscribed_are_never_mailed_again_by_the_organisation(
    org: Organization, mailing: Settings, smtp: MailServer, mail_broker: InMemoryBroker, client: httpx.AsyncClient
) -> None:
    survey = await survey_of(org)
    made = await distribute(org, survey.id, EMAILS, mailing, remind_after_hours=1, max_reminders=3)
    await drain(mail_broker)
    mail = smtp.to("wang@example.com")[0]
    unsubscribe = mail.message["List-Unsubscribe"].strip("<>").removeprefix("http://testserver")
    page = await client.get(unsubscribe)
    assert page.status_code == 200 and "wang@example.com" in page.text
    assert await MailSuppression.all().count() == 0  # a link scanner's GET unsubscribes nobody
    # The mail client's one-click (RFC 8058), twice.
    for _ in range(2):
        done = await client.post(unsubscribe, content=b"List-Unsubscribe=One-Click",
                                 headers={"content-type": "application/x-www-form-urlencoded"})
        assert done.status_code == 200
    await pass_hours(made, 2)
    await send_due(mail_broker)
    assert len(smtp.to("wang@example.com")) == 1 and len(smtp.to("li@example.com")) == 2
    other = await distribute(org, survey.id, ["WANG@example.com", "new@example.com"], mailing)
    await drain(mail_broker)
    assert len(smtp.to("wang@example.com")) == 1 and len(smtp.to("new@example.com")) == 1
    assert (await Recipient.get(distribution_id=other.id, email="wang@example.com")).status == RecipientStatus.SKIPPED
    assert (await figures([made.id]))[made.id].unsubscribed == 1
    assert (await figures([other.id]))[other.id].unsubscribed == 1


async def test_refused_addresses_are_recorded_per_recipient_and_a_busy_server_is_retried(
    org: Organization, mailing: Settings, smtp: MailServer, mail_broker: InMemoryBroker
) -> None:
    smtp.refuse = {"gone@example.com": 550, "busy@example.com": 451}
    survey = await survey_of(org)
    made = await distribute(org, survey.id, ["gone@example.com", "busy@example.com", "ok@example.com"], mailing)
    await drain(mail_broker)
    gone = await Recipient.get(email="gone@example.com")
    busy = await Recipient.get(email="busy@example.com")
    assert gone.status == RecipientStatus.FAILED and "no such mailbox" in (gone.last_error or "")
    assert busy.status == RecipientStatus.PENDING and busy.attempts == 1 and "try again" in (busy.last_error or "")
    smtp.refuse = {"gone@example.com": 550}
    await pass_hours(made, 1)
    await send_due(mail_broker)
    busy = await Recipient.get(email="busy@example.com")
    assert busy.status == RecipientStatus.SENT and busy.last_error is None
    counted = (await figures([made.id]))[made.id]
    assert (counted.sent, counted.failed) == (2, 1)


async def test_a_worker_killed_mid_distribution_resumes_without_losing_or_repeating_mails(
    org: Organization, mailing: Settings, smtp: MailServer, mail_broker: InMemoryBroker
) -> None:
    survey = await survey_of(org)
    emails = [f"p{i}@example.com" for i in range(40)]
    made = await distribute(org, survey.id, emails, mailing.model_copy(update={"mail_rate_per_second": 10.0}))
    slow = mailing.model_copy(update={"mail_rate_per_second": 10.0})
    # A worker claims ten (their leases start) and dies before sending any.
    claimed = await mailings.pump(distribution_id=made.id, settings=slow)
    assert len(claimed) == 10
    # Another claims the next ten, sends one, and dies before recording it.
    second = await mailings.pump(distribution_id=made.id, settings=slow,
                                 now=(await Recipient.get(id=claimed[0])).attempted_at)
    assert second == []  # the window is full: nothing more in this second
    loaded = await Recipient.get(id=claimed[0]).select_related("organization", "distribution__survey")
    await mailer_for(mailing).send(mailings.mail_for(loaded, mailing))
    # A restarted worker: the leases run out, the scan announces the rest, everything is sent once.
    await pass_hours(made, 1)
    await send_due(mail_broker)
    while await Recipient.filter(distribution_id=made.id, status=RecipientStatus.PENDING).exists():
        await pass_hours(made, 1)
        await send_due(mail_broker)
    counts = {e: len(smtp.to(e)) for e in emails}
    assert counts[loaded.email] == 2 and all(n == 1 for e, n in counts.items() if e != loaded.email)
    # The one mail sent twice was the same message both times.
    assert len({m.message["Message-ID"] for m in smtp.to(loaded.email)}) == 1
    assert (await figures([made.id]))[made.id].sent == 40


async def test_an_unsubscribe_that_raced_with_the_distributions_creation_is_still_honoured(
    org: Organization, mailing: Settings, smtp: MailServer, mail_broker: InMemoryBroker
) -> None:
    survey = await survey_of(org)
    made = await distribute(org, survey.id, EMAILS, mailing, send_at=now() + timedelta(hours=1))
    # Written as if by an unsubscribe that committed while the distribution's rows were being written.
    await MailSuppression.create(organization=org, email="li@example.com")
    await pass_hours(made, 2)
    await send_due(mail_broker)
    assert sorted(m.to for m in smtp.received) == ["wang@example.com", "zhao@example.com"]
    assert (await Recipient.get(email="li@example.com")).status == RecipientStatus.SKIPPED


async def test_erasing_a_respondent_erases_their_recipient_rows_and_address(
    org: Organization, mailing: Settings, smtp: MailServer, mail_broker: InMemoryBroker
) -> None:
    survey = await survey_of(org)
    made = await distribute(org, survey.id, EMAILS, mailing)
    await drain(mail_broker)
    await erasure.erase_respondent(organization_id=org.id, external_id="li@example.com", actor=Actor("user:1"))
    assert sorted(r.email for r in await Recipient.filter(distribution_id=made.id)) == [
        "wang@example.com", "zhao@example.com"]
    assert (await figures([made.id]))[made.id].sent == 2
