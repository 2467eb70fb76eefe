"""E-mail distributions through a real SMTP server on loopback and the real queue path: the mails'
headers, the personal link, a score stored once and only when the page its link opens sends it (a
link scanner's GETs store nothing), reminders only to those who have not answered, unsubscribe
honoured, failures recorded, and a worker that dies mid-distribution."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from html import escape
from urllib.parse import urlencode

import httpx
import pytest
from taskiq import InMemoryBroker

from actions import erasure
from actions.audit import Actor
from core.errors import ValidationFailed
from core.mailer import mailer_for
from core.models import Organization
from core.settings import Settings
from surveys import intake, mail_links, mailings
from surveys.distribution_models import MailSuppression, Recipient, RecipientStatus
from surveys.distributions import figures
from surveys.models import Channel, Response, Survey, SurveyKind, SurveyStatus
from tests.support.cases import respond, survey_of
from tests.support.client import app_client
from tests.support.mail import (
    FORM,
    HeldScores,
    choose,
    distribute,
    now,
    pass_hours,
    personal_path,
    scan,
    send_due,
    token_of,
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


async def test_the_personal_link_opens_the_hosted_page_as_a_verified_respondent(
    org: Organization, mailing: Settings, smtp: MailServer, mail_broker: InMemoryBroker, client: httpx.AsyncClient
) -> None:
    survey = await survey_of(org)
    made = await distribute(org, survey.id, ["wang@example.com"], mailing)
    await drain(mail_broker)
    path = personal_path(smtp.received[0])
    page = await client.get(path)
    assert page.status_code == 200
    assert 'data-voc-user-id="wang@example.com"' in page.text and 'data-voc-channel="EMAIL"' in page.text
    token = page.text.split('data-voc-user-token="')[1].split('"')[0]
    # What the widget then sends with the page's identity token: a verified answer of the recipient.
    answer = await client.post("/graphql", json={"query": (
        "mutation($i: SubmitResponseInput!) { submitResponse(input: $i) { errors { code } } }"), "variables": {"i": {
            "token": survey.token, "idempotencyKey": "widget-key-1", "score": 8, "channel": "EMAIL",
            "respondent": {"externalId": "wang@example.com", "token": token}}}})
    assert answer.json()["data"]["submitResponse"]["errors"] == []
    stored = await Response.get(survey_id=survey.id)
    assert stored.identity_verified and stored.channel == Channel.EMAIL
    counted = (await figures([made.id]))[made.id]
    assert (counted.clicked, counted.answered, counted.response_rate) == (1, 1, 1.0)
    assert (await client.get("/m/1.forged")).status_code == 404


async def test_a_link_scanner_opening_every_link_stores_nothing_and_the_readers_later_choice_counts(
    org: Organization, mailing: Settings, smtp: MailServer, mail_broker: InMemoryBroker, client: httpx.AsyncClient
) -> None:
    survey = await survey_of(org)
    made = await distribute(org, survey.id, ["wang@example.com"], mailing)
    await drain(mail_broker)
    mail = smtp.received[0]
    path = personal_path(mail)
    # Safe Links and the like GET every link of the mail (0 first) before its reader opens it.
    await scan(client, mail)
    await scan(client, mail)
    recipient = await Recipient.get(email="wang@example.com")
    assert await Response.filter(survey_id=survey.id).count() == 0
    assert (recipient.scored_at, recipient.unsubscribed_at, recipient.status) == (None, None, RecipientStatus.SENT)
    assert await MailSuppression.all().count() == 0
    # The score's page says which score was chosen, with the comment box and the button that send it.
    page = await client.get(f"{path}/0")
    assert page.status_code == 200 and "您选择了 0 分" in page.text
    assert f'action="{path}/0?lang=zh-CN"' in page.text and 'name="comment"' in page.text
    csp = dict(d.strip().split(" ", 1) for d in page.headers["content-security-policy"].split(";"))
    nonce = page.text.split('<script nonce="')[1].split('"')[0]
    assert (csp["script-src"], csp["form-action"], csp["connect-src"]) == (f"'nonce-{nonce}'", "'self'", "'self'")
    assert "unsafe" not in page.headers["content-security-policy"] and "fetch(form.action" in page.text
    # A press, a key, a touch: a sandbox browser's faked pointer movement is no sign of a person.
    assert "['pointerdown', 'keydown', 'touchstart']" in page.text and "pointermove" not in page.text
    english = await client.get(f"{path}/0?lang=en")
    assert "You chose 0" in english.text and 'action="' + f'{path}/0?lang=en"' in english.text
    assert await Response.filter(survey_id=survey.id).count() == 0
    # The reader clicks 9: the page's script posts the score, then the form the score and a comment.
    assert (await client.get(f"{path}/9")).status_code == 200
    scored = await choose(client, path, 9)
    assert scored.status_code == 200 and "9 分" in scored.text and "感谢您的评分" in scored.text
    stored = await Response.filter(survey_id=survey.id)
    assert [(r.score, r.completed, r.channel, r.identity_verified) for r in stored] == [(9, False, Channel.EMAIL, True)]
    again = await client.get(f"{path}/2")  # a second thought: the page shows the score that counts
    assert "感谢您的评分" in again.text and "9 分" in again.text and f'action="{path}/9?lang=zh-CN"' in again.text
    assert "<script" not in again.text and "script-src 'none'" in again.headers["content-security-policy"]
    done = await choose(client, path, 9, "配送很快")
    assert done.status_code == 200 and "感谢您的反馈" in done.text
    stored = await Response.filter(survey_id=survey.id)
    assert [(r.score, r.completed, r.comment) for r in stored] == [(9, True, "配送很快")]
    # Later clicks, any score, and a scanner's second pass change nothing.
    assert "感谢您的反馈" in (await choose(client, path, 2, "改主意了")).text
    assert "感谢您的反馈" in (await client.get(f"{path}/3")).text
    await scan(client, mail)
    stored = await Response.filter(survey_id=survey.id)
    assert [(r.score, r.completed, r.comment) for r in stored] == [(9, True, "配送很快")]
    counted = (await figures([made.id]))[made.id]
    assert (counted.sent, counted.clicked, counted.answered) == (1, 1, 1)


async def test_a_score_link_opened_stores_nothing_not_even_a_click(
    org: Organization, mailing: Settings, smtp: MailServer, mail_broker: InMemoryBroker, client: httpx.AsyncClient
) -> None:
    survey = await survey_of(org)
    made = await distribute(org, survey.id, ["wang@example.com"], mailing)
    await drain(mail_broker)
    path = personal_path(smtp.received[0])
    for score in range(11):
        assert (await client.get(f"{path}/{score}")).status_code == 200
    assert await Response.filter(survey_id=survey.id).count() == 0
    counted = (await figures([made.id]))[made.id]
    assert (counted.clicked, counted.answered) == (0, 0)
    assert (await choose(client, path, 6)).status_code == 200
    assert [r.score for r in await Response.filter(survey_id=survey.id)] == [6]
    counted = (await figures([made.id]))[made.id]
    assert (counted.clicked, counted.answered) == (1, 1)


async def test_the_score_and_the_comment_in_one_post_complete_one_response(
    org: Organization, mailing: Settings, smtp: MailServer, mail_broker: InMemoryBroker, client: httpx.AsyncClient
) -> None:
    survey = await survey_of(org)
    await distribute(org, survey.id, EMAILS, mailing)
    await drain(mail_broker)
    wang, li, zhao = (personal_path(smtp.to(e)[0]) for e in EMAILS)
    # No script ran (it was off, or the button came first): one POST stores and completes.
    done = await choose(client, wang, 7, "  送餐很准时  ", lang="en")
    assert done.status_code == 200 and "Thank you for your feedback!" in done.text
    # The script's POST arriving after the form's changes nothing.
    assert "感谢您的反馈" in (await choose(client, wang, 7)).text
    # The button pressed with the box left empty: the answer is complete, with no comment.
    assert (await choose(client, li, 3, "")).status_code == 200
    # A page opened before the score and the comment were sent together: the comment alone, after it.
    assert (await choose(client, zhao, 10)).status_code == 200
    assert (await client.post(f"{zhao}/comment", data={"comment": "旧页面的意见"})).status_code == 200
    stored = {r.respondent.external_id: (r.score, r.completed, r.comment)  # type: ignore[union-attr]
              for r in await Response.filter(survey_id=survey.id).select_related("respondent")}
    assert stored == {"wang@example.com": (7, True, "送餐很准时"), "li@example.com": (3, True, None),
                      "zhao@example.com": (10, True, "旧页面的意见")}


async def test_the_scripts_post_and_the_forms_at_once_end_in_one_response_with_the_comment(
    org: Organization, mailing: Settings, smtp: MailServer, mail_broker: InMemoryBroker, client: httpx.AsyncClient
) -> None:
    survey = await survey_of(org)
    emails = [f"u{i}@example.com" for i in range(8)]
    await distribute(org, survey.id, emails, mailing)
    await drain(mail_broker)
    paths = {e: personal_path(smtp.to(e)[0]) for e in emails}
    for i, email in enumerate(emails):  # the script's POST and the form's together, in either order
        sent = [choose(client, paths[email], 8), choose(client, paths[email], 8, f"意见{i}")]
        answers = await asyncio.gather(*(sent if i % 2 else reversed(sent)))
        assert [a.status_code for a in answers] == [200, 200]
    stored = {r.respondent.external_id: (r.score, r.completed, r.comment)  # type: ignore[union-attr]
              for r in await Response.filter(survey_id=survey.id).select_related("respondent")}
    assert stored == {e: (8, True, f"意见{i}") for i, e in enumerate(emails)}


async def test_a_comment_sent_while_the_score_is_being_stored_waits_for_it(
    org: Organization, mailing: Settings, smtp: MailServer, mail_broker: InMemoryBroker, client: httpx.AsyncClient,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    # Waits long enough for the held store below however slow the machine: the wait cannot run out here.
    monkeypatch.setattr(mail_links, "STORING_WAITS", (0.05,) * 600)
    survey = await survey_of(org)
    await distribute(org, survey.id, ["late@example.com", "gone@example.com"], mailing)
    await drain(mail_broker)
    for email, refused in (("late@example.com", False), ("gone@example.com", True)):
        path = personal_path(smtp.to(email)[0])
        held = HeldScores(monkeypatch, fail=ValidationFailed("not stored", field="score") if refused else None)
        script = asyncio.ensure_future(choose(client, path, 5))  # the page's script: claims 5, then is held
        await held.entered.wait()
        form = asyncio.ensure_future(choose(client, path, 4, "等一等"))  # the button, meanwhile
        await asyncio.sleep(0.2)
        assert not form.done()
        held.release()
        # Stored: the form completes the script's response. Refused: its claim is given back and the
        # form stores its own score.
        assert ((await script).status_code, (await form).status_code) == ((400 if refused else 200), 200)
        recipient = await Recipient.get(email=email).select_related("respondent")
        stored_one = await Response.get(survey_id=survey.id, respondent_id=recipient.respondent.id)
        assert (stored_one.score, stored_one.completed, stored_one.comment) == ((4 if refused else 5), True, "等一等")


async def test_a_score_sent_while_another_is_being_stored_shows_the_one_stored(
    org: Organization, mailing: Settings, smtp: MailServer, mail_broker: InMemoryBroker, client: httpx.AsyncClient,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(mail_links, "STORING_WAITS", (0.05,) * 600)
    survey = await survey_of(org)
    await distribute(org, survey.id, ["wang@example.com"], mailing)
    await drain(mail_broker)
    path = personal_path(smtp.received[0])
    held = HeldScores(monkeypatch)
    first = asyncio.ensure_future(choose(client, path, 5))
    await held.entered.wait()
    second = asyncio.ensure_future(choose(client, path, 2))  # another click, a second thought: the page's POST
    await asyncio.sleep(0.2)
    held.release()
    for page in (await first, await second):
        assert page.status_code == 200 and "您的评分（5 分）已记录" in page.text, page.text
        assert f'action="{path}/5?lang=zh-CN"' in page.text and "2 分" not in page.text
    assert [r.score for r in await Response.filter(survey_id=survey.id)] == [5]


async def test_a_score_not_stored_for_any_reason_gives_its_claim_back(
    org: Organization, mailing: Settings, smtp: MailServer, mail_broker: InMemoryBroker, client: httpx.AsyncClient,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    survey = await survey_of(org)
    await distribute(org, survey.id, ["wang@example.com", "li@example.com"], mailing)
    await drain(mail_broker)
    wang, li = (personal_path(smtp.to(e)[0]) for e in ("wang@example.com", "li@example.com"))
    # The request is cancelled between its claim and its insert (the client went away, the server stops).
    held = HeldScores(monkeypatch)
    sending = asyncio.ensure_future(mail_links.score(token=token_of(wang), value=3))
    await held.entered.wait()
    assert (await Recipient.get(email="wang@example.com")).scored_at is not None
    sending.cancel()
    with pytest.raises(asyncio.CancelledError):
        await sending
    # The store fails outright.
    HeldScores(monkeypatch, fail=RuntimeError("the database went away")).release()
    with pytest.raises(RuntimeError):
        await mail_links.score(token=token_of(li), value=3, text="丢了吗")
    monkeypatch.undo()
    for email in ("wang@example.com", "li@example.com"):
        assert (await Recipient.get(email=email)).scored_at is None
    assert await Response.filter(survey_id=survey.id).count() == 0
    # Nothing stuck: the next score and comment are stored at once.
    for path in (wang, li):
        done = await choose(client, path, 7, "好")
        assert done.status_code == 200 and "感谢您的反馈" in done.text
    assert [(r.score, r.completed) for r in await Response.filter(survey_id=survey.id)] == [(7, True), (7, True)]


async def test_a_claim_whose_request_died_is_asked_to_wait_then_freed_once_stale(
    org: Organization, mailing: Settings, smtp: MailServer, mail_broker: InMemoryBroker, client: httpx.AsyncClient,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(mail_links, "STORING_WAITS", (0.01, 0.01))
    survey = await survey_of(org)
    emails = ["wang@example.com", "li@example.com", "zhao@example.com"]
    await distribute(org, survey.id, emails, mailing)
    await drain(mail_broker)
    wang, li, zhao = (personal_path(smtp.to(e)[0]) for e in emails)
    # Each claimed by a request that died before storing (a crash: nothing gave the claim back).
    for email in emails:
        await Recipient.filter(email=email).update(scored_at=now())
    # While the claim is fresh, the score with the comment is not refused as invalid, nor is the comment lost:
    # the reader is asked to send it again, the box filled with what they wrote.
    wrote = '送餐很快 <b>"好"</b> & 谢谢'
    busy = await choose(client, wang, 6, wrote)
    assert busy.status_code == 503 and busy.headers["retry-after"] == "3", busy.text
    assert "仍在保存" in busy.text and "无法记录" not in busy.text
    assert f'action="{wang}/6?lang=zh-CN"' in busy.text
    assert f">{escape(wrote)}</textarea>" in busy.text and "<b>" not in busy.text
    english = await choose(client, wang, 6, "", lang="en")
    assert english.status_code == 503 and "Still saving" in english.text
    alone = await client.post(f"{li}/comment", content=urlencode({"comment": "旧页面的意见"}), headers=FORM)
    assert alone.status_code == 503 and f'action="{li}/comment?lang=zh-CN"' in alone.text
    assert ">旧页面的意见</textarea>" in alone.text
    assert await Response.filter(survey_id=survey.id).count() == 0
    # Stale: the claim is free again, and the first request to take it stores its score.
    for email in emails:
        await Recipient.filter(email=email).update(scored_at=now() - mail_links.STALE_CLAIM - timedelta(seconds=1))
    done = await choose(client, wang, 6, wrote)
    assert done.status_code == 200 and "感谢您的反馈" in done.text
    # Two at once take it over: one wins, and both pages name its score.
    monkeypatch.setattr(mail_links, "STORING_WAITS", (0.05,) * 600)
    pages = await asyncio.gather(choose(client, zhao, 1), choose(client, zhao, 9))
    scores = [r.score for r in await Response.filter(survey_id=survey.id, respondent__external_id="zhao@example.com")]
    assert len(scores) == 1 and all(f"您的评分（{scores[0]} 分）已记录" in p.text for p in pages)
    # A comment alone with a stale claim: no score is coming, and there is none to complete.
    assert (await client.post(f"{li}/comment", content="comment=x", headers=FORM)).status_code == 400
    stored = {r.respondent.external_id: (r.score, r.completed, r.comment)  # type: ignore[union-attr]
              for r in await Response.filter(survey_id=survey.id).select_related("respondent")}
    assert stored == {"wang@example.com": (6, True, wrote), "zhao@example.com": (scores[0], False, None)}


async def test_the_comment_box_and_the_form_follow_the_configured_limits(
    org: Organization, mailing: Settings, smtp: MailServer, mail_broker: InMemoryBroker
) -> None:
    survey = await survey_of(org)
    await distribute(org, survey.id, ["wang@example.com", "li@example.com"], mailing)
    await drain(mail_broker)
    wang, li = (personal_path(smtp.to(e)[0]) for e in ("wang@example.com", "li@example.com"))
    before = intake.current()
    larger = mailing.model_copy(update={"max_comment_chars": 20000, "max_body_bytes": 256 * 1024})
    intake.install(intake.Intake.from_settings(larger))
    try:
        async with app_client(larger) as client:
            assert 'maxlength="20000"' in (await client.get(f"{wang}/8")).text
            # 20,000 Chinese characters: 180,000 bytes form-encoded, within this server's body limit.
            assert (await choose(client, wang, 8, "好" * 20000)).status_code == 200
            assert (await choose(client, li, 8, "好" * 20001)).status_code == 400
            assert (await choose(client, li, 8, "好" * 30000)).status_code == 413  # over the body limit
    finally:
        intake.install(before)
    assert [(r.score, len(r.comment or "")) for r in await Response.filter(survey_id=survey.id)] == [(8, 20000)]


async def test_a_token_in_a_page_is_escaped_and_pages_without_a_script_allow_none(
    org: Organization, mailing: Settings, smtp: MailServer, mail_broker: InMemoryBroker, client: httpx.AsyncClient,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    survey = await survey_of(org)
    await distribute(org, survey.id, ["wang@example.com"], mailing)
    await drain(mail_broker)
    path = personal_path(smtp.received[0])
    unsubscribe = await client.get(path.replace("/m/", "/u/"))
    assert unsubscribe.status_code == 200 and "<script" not in unsubscribe.text
    csp = dict(d.strip().split(" ", 1) for d in unsubscribe.headers["content-security-policy"].split(";"))
    assert (csp["script-src"], csp["form-action"]) == ("'none'", "'self'")
    # Were a token with markup in it ever taken for a recipient's, the form's action would still be its text.
    real = await mail_links.recipient_of(token_of(path))

    async def any_token(token: str) -> Recipient:
        return real

    monkeypatch.setattr(mail_links, "recipient_of", any_token)
    for odd in ("/u/1.x%22%3E%3Cb%3Ehi", "/m/1.x%22%3E%3Cb%3Ehi/8"):
        page = await client.get(odd)
        assert page.status_code == 200 and "<b>" not in page.text and "1.x&quot;&gt;&lt;b&gt;hi" in page.text, odd


async def test_a_bad_score_an_unknown_link_and_a_closed_survey_get_their_pages_and_change_nothing(
    org: Organization, mailing: Settings, smtp: MailServer, mail_broker: InMemoryBroker, client: httpx.AsyncClient
) -> None:
    survey = await survey_of(org, SurveyKind.CSAT)
    await distribute(org, survey.id, ["wang@example.com"], mailing)
    await drain(mail_broker)
    path = personal_path(smtp.received[0])
    for score in ("9", "0", "x", "²", "1000"):  # CSAT is 1-5; "²" is a digit to Python, not a number here
        assert (await client.get(f"{path}/{score}")).status_code == 400, score
        refused = await client.post(f"{path}/{score}", content="comment=hi", headers=FORM)
        assert refused.status_code == 400 and "无法记录" in refused.text, score
    assert "Not recorded" in (await client.get(f"{path}/9?lang=en")).text
    too_long = await choose(client, path, 5, "好" * 5001)
    assert too_long.status_code == 400
    for forged in ("/m/1.forged/5", f"{path}x/5"):
        assert (await client.get(forged)).status_code == 404
        assert "链接无效" in (await client.post(forged, content="comment=hi", headers=FORM)).text
    recipient = await Recipient.get(email="wang@example.com")
    assert await Response.filter(survey_id=survey.id).count() == 0
    assert (recipient.scored_at, recipient.clicked_at) == (None, None)
    # A score in range, with the longest comment there is (5,000 Chinese characters form-encoded).
    assert (await client.get(f"{path}/5")).status_code == 200
    assert (await choose(client, path, 5, "好" * 5000)).status_code == 200
    assert [(r.score, r.completed, len(r.comment or "")) for r in await Response.filter(survey_id=survey.id)] == [
        (5, True, 5000)]
    # Closed: no page asks for a score, and nothing is stored.
    other = await survey_of(org)
    await distribute(org, other.id, ["li@example.com"], mailing)
    await drain(mail_broker)
    closed = personal_path(smtp.to("li@example.com")[0])
    await Survey.filter(id=other.id).update(status=SurveyStatus.ARCHIVED)
    assert (await client.get(f"{closed}/9")).status_code == 410
    gone = await choose(client, closed, 9, "还在吗")
    assert gone.status_code == 410 and "问卷已结束" in gone.text
    assert await Response.filter(survey_id=other.id).count() == 0


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
