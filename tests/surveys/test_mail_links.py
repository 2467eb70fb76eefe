"""The links in a distribution's mails (surveys/mail_links.py, api/http/mail_pages.py), through a real
SMTP server on loopback and the real queue path: the personal link, and a score stored once and only
when the page its link opens sends it (a link scanner's GETs store nothing), the first stored kept
whatever else arrives, with the comment that completes it."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from html import escape
from typing import Any
from urllib.parse import urlencode

import httpx
import pytest
from taskiq import InMemoryBroker

from core.errors import NotFound, ValidationFailed
from core.models import Organization, OutboxEvent
from core.settings import Settings
from surveys import intake, mail_links, service
from surveys.distribution_models import MailSuppression, Recipient, RecipientStatus
from surveys.distributions import figures
from surveys.models import Channel, Response, Survey, SurveyKind, SurveyStatus
from tests.support.cases import survey_of
from tests.support.client import app_client
from tests.support.mail import (
    FORM,
    choose,
    distribute,
    personal_path,
    scan,
    token_of,
)
from tests.support.queue import drain
from tests.support.smtp import MailServer

EMAILS = ["wang@example.com", "li@example.com", "zhao@example.com"]


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
    # A GET is what a link scanner sends too: no click. The page's own script (under its nonce, the only
    # inline script the policy allows) reports the first sign of a person.
    assert (await figures([made.id]))[made.id].clicked == 0
    nonce = page.text.split('<script nonce="')[1].split('"')[0]
    assert f"'nonce-{nonce}'" in page.headers["content-security-policy"]
    assert f'"{path}/opened"' in page.text
    token = page.text.split('data-voc-user-token="')[1].split('"')[0]
    # What the widget then sends with the page's identity token: a verified answer of the recipient.
    answer = await client.post("/graphql", json={"query": (
        "mutation($i: SubmitResponseInput!) { submitResponse(input: $i) { errors { code } } }"), "variables": {"i": {
            "token": survey.token, "idempotencyKey": "widget-key-1", "score": 8, "channel": "EMAIL",
            "respondent": {"externalId": "wang@example.com", "token": token}}}})
    assert answer.json()["data"]["submitResponse"]["errors"] == []
    stored = await Response.get(survey_id=survey.id)
    assert stored.identity_verified and stored.channel == Channel.EMAIL
    # An answer counts as a click even when the page's report was lost: sent >= clicked >= answered.
    counted = (await figures([made.id]))[made.id]
    assert (counted.clicked, counted.answered, counted.response_rate) == (1, 1, 1.0)
    assert (await Recipient.get(email="wang@example.com")).clicked_at is None
    assert (await client.post(f"{path}/opened")).status_code == 204
    clicked_at = (await Recipient.get(email="wang@example.com")).clicked_at
    assert clicked_at is not None and (await figures([made.id]))[made.id].clicked == 1
    assert (await client.post(f"{path}/opened")).status_code == 204  # the first time counts
    assert (await Recipient.get(email="wang@example.com")).clicked_at == clicked_at
    assert (await client.post("/m/1.forged/opened")).status_code == 404
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
    assert (recipient.unsubscribed_at, recipient.status) == (None, RecipientStatus.SENT)
    assert await MailSuppression.all().count() == 0
    # The score's page says which score was chosen, with the comment box and the button that send it.
    page = await client.get(f"{path}/0")
    assert page.status_code == 200 and "您选择了 0 分" in page.text
    assert f'action="{path}/0?lang=zh-CN"' in page.text and 'name="comment"' in page.text
    csp = dict(d.strip().split(" ", 1) for d in page.headers["content-security-policy"].split(";"))
    nonce = page.text.split('<script nonce="')[1].split('"')[0]
    assert (csp["script-src"], csp["form-action"], csp["connect-src"]) == (f"'nonce-{nonce}'", "'self'", "'self'")
    assert "unsafe" not in page.headers["content-security-policy"] and "fetch(target" in page.text
    assert "target = document.getElementById('voc-score').action" in page.text
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
    assert done.status_code == 200 and "感谢您的反馈" in done.text and "您的回答（评分 9 分）已收到" in done.text
    stored = await Response.filter(survey_id=survey.id)
    assert [(r.score, r.completed, r.comment) for r in stored] == [(9, True, "配送很快")]
    # The same comment sent again (the button pressed twice): its receipt stands.
    assert "感谢您的反馈" in (await choose(client, path, 9, "配送很快")).text
    # Later clicks, any score, and a scanner's second pass change nothing, and no page claims receipt.
    changed = await choose(client, path, 2, "改主意了")
    assert changed.status_code == 409 and "您已回答过" in changed.text and "9 分" in changed.text
    assert "感谢您的反馈" not in changed.text and "已收到" not in changed.text and "<form" not in changed.text
    later = await client.get(f"{path}/3")
    assert later.status_code == 200 and "您已回答过" in later.text and "评分 9 分" in later.text
    english = await client.get(f"{path}/3?lang=en")
    assert "Already answered" in english.text and "(score 9)" in english.text
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
    late = await choose(client, wang, 7)
    assert late.status_code == 200 and "您已回答过" in late.text and "评分 7 分" in late.text
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


async def test_scores_posted_at_once_keep_the_first_stored_and_every_page_names_it(
    org: Organization, mailing: Settings, smtp: MailServer, mail_broker: InMemoryBroker, client: httpx.AsyncClient
) -> None:
    survey = await survey_of(org)
    emails = [f"u{i}@example.com" for i in range(6)]
    await distribute(org, survey.id, emails, mailing)
    await drain(mail_broker)
    paths = [personal_path(smtp.to(e)[0]) for e in emails]
    # Two clicks on different scores (a second thought, a second tab), their POSTs together.
    pages = await asyncio.gather(*(choose(client, path, score) for path in paths for score in (2, 9)))
    stored = {r.respondent.external_id: r.score  # type: ignore[union-attr]
              for r in await Response.filter(survey_id=survey.id).select_related("respondent")}
    assert sorted(stored) == sorted(emails) and set(stored.values()) <= {2, 9}
    for i, (email, path) in enumerate(zip(emails, paths, strict=True)):
        for page in pages[2 * i:2 * i + 2]:
            assert page.status_code == 200 and f"您的评分（{stored[email]} 分）已记录" in page.text, page.text
            assert f'action="{path}/{stored[email]}?lang=zh-CN"' in page.text
    # Every score of the scale at once for one recipient: one response, the same for each request.
    more = await asyncio.gather(*(mail_links.score(token=token_of(paths[0]), value=v) for v in range(11)))
    assert {(response.id, response.score) for _, response in more} == {
        (r.id, stored[emails[0]]) for r in await Response.filter(survey_id=survey.id, respondent__external_id=emails[0])}
    assert await Response.filter(survey_id=survey.id).count() == len(emails)
    assert await OutboxEvent.filter(topic="response.submitted").count() == len(emails)  # each announced once


async def test_a_later_score_never_replaces_the_stored_one_and_its_comment_completes_it(
    org: Organization, mailing: Settings, smtp: MailServer, mail_broker: InMemoryBroker, client: httpx.AsyncClient
) -> None:
    survey = await survey_of(org)
    await distribute(org, survey.id, ["wang@example.com"], mailing)
    await drain(mail_broker)
    path = personal_path(smtp.received[0])
    assert (await choose(client, path, 3)).status_code == 200  # the page's script
    later = await choose(client, path, 9)  # another score link, opened and pressed
    assert later.status_code == 200 and "您的评分（3 分）已记录" in later.text, later.text
    assert [(r.score, r.completed) for r in await Response.filter(survey_id=survey.id)] == [(3, False)]
    assert await OutboxEvent.filter(topic="response.submitted").count() == 1  # announced once
    # That page's form, score and comment: the comment completes the response, with the first score.
    done = await choose(client, path, 9, "还是 3 分")
    assert done.status_code == 200 and "您的回答（评分 3 分）已收到" in done.text
    assert [(r.score, r.completed, r.comment) for r in await Response.filter(survey_id=survey.id)] == [
        (3, True, "还是 3 分")]
    assert await OutboxEvent.filter(topic="response.submitted").count() == 2


async def test_a_comment_alone_before_any_score_finds_nothing_to_complete(
    org: Organization, mailing: Settings, smtp: MailServer, mail_broker: InMemoryBroker, client: httpx.AsyncClient
) -> None:
    survey = await survey_of(org)
    await distribute(org, survey.id, ["wang@example.com"], mailing)
    await drain(mail_broker)
    path = personal_path(smtp.received[0])
    alone = await client.post(f"{path}/comment", content=urlencode({"comment": "先写意见"}), headers=FORM)
    assert alone.status_code == 400 and "无法记录" in alone.text
    with pytest.raises(NotFound):
        await mail_links.comment(token=token_of(path), text="先写意见")
    assert await Response.filter(survey_id=survey.id).count() == 0
    assert (await choose(client, path, 6)).status_code == 200
    done = await client.post(f"{path}/comment", content=urlencode({"comment": "再写意见"}), headers=FORM)
    assert done.status_code == 200 and "您的回答（评分 6 分）已收到" in done.text
    assert [(r.score, r.comment) for r in await Response.filter(survey_id=survey.id)] == [(6, "再写意见")]


async def test_a_comment_counts_a_line_break_as_the_box_does_and_one_sent_after_another_is_not_recorded(
    org: Organization, mailing: Settings, smtp: MailServer, mail_broker: InMemoryBroker, client: httpx.AsyncClient,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    survey = await survey_of(org)
    await distribute(org, survey.id, EMAILS, mailing)
    await drain(mail_broker)
    wang, li, zhao = (personal_path(smtp.to(e)[0]) for e in EMAILS)
    # 5,000 characters in the box (maxlength counts a line break as one); the form sends CRLF: 5,001.
    wrote = "好" * 2499 + "\r\n" + "好" * 2500
    assert (await choose(client, wang, 8, wrote)).status_code == 200
    assert (await choose(client, li, 8)).status_code == 200
    alone = await client.post(f"{li}/comment", content=urlencode({"comment": wrote}), headers=FORM)
    assert alone.status_code == 200 and "您的回答（评分 8 分）已收到" in alone.text
    comments = [r.comment for r in await Response.filter(survey_id=survey.id)]
    assert comments == ["好" * 2499 + "\n" + "好" * 2500] * 2
    too_long = await client.post(f"{li}/comment", content=urlencode({"comment": wrote + "好"}), headers=FORM)
    assert too_long.status_code == 400 and "意见过长" in too_long.text and f'action="{li}/comment' in too_long.text
    # Another comment completed the answer between this one's look and its store: not recorded, and told so.
    assert (await choose(client, zhao, 2)).status_code == 200
    real = service.store_response

    async def completed_meanwhile(*, survey: Survey, submission: service.Submission, **options: Any) -> Response:
        if submission.completed:
            await real(survey=survey, submission=replace(submission, comment="先到的意见"))
        return await real(survey=survey, submission=submission, **options)

    monkeypatch.setattr(service, "store_response", completed_meanwhile)
    late = await choose(client, zhao, 2, "后到的意见", lang="en")
    assert late.status_code == 409 and "Already answered" in late.text and "(score 2)" in late.text
    monkeypatch.undo()
    again = await client.post(f"{zhao}/comment", content="comment=x", headers=FORM)
    assert again.status_code == 409 and "您已回答过" in again.text
    stored = await Response.get(survey_id=survey.id, respondent__external_id="zhao@example.com")
    assert (stored.score, stored.completed, stored.comment) == (2, True, "先到的意见")


async def test_a_score_not_stored_leaves_nothing_and_the_next_one_is_stored(
    org: Organization, mailing: Settings, smtp: MailServer, mail_broker: InMemoryBroker, client: httpx.AsyncClient,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    survey = await survey_of(org)
    await distribute(org, survey.id, ["wang@example.com", "li@example.com"], mailing)
    await drain(mail_broker)
    wang, li = (personal_path(smtp.to(e)[0]) for e in ("wang@example.com", "li@example.com"))
    real = service.store_response
    failures: list[Exception] = [ValidationFailed("not stored", field="score"), RuntimeError("the database went away")]

    async def failing(*, survey: Survey, submission: service.Submission, **options: Any) -> Response:
        if failures:
            raise failures.pop(0)
        return await real(survey=survey, submission=submission, **options)

    monkeypatch.setattr(service, "store_response", failing)
    refused = await choose(client, wang, 3, "丢了吗")  # the store refuses the score
    assert refused.status_code == 400 and "无法记录" in refused.text
    with pytest.raises(RuntimeError):  # the store fails outright
        await mail_links.score(token=token_of(li), value=3, text="丢了吗")
    assert await Response.filter(survey_id=survey.id).count() == 0
    # Nothing stuck: the next score and comment are stored at once.
    for path in (wang, li):
        done = await choose(client, path, 7, "好")
        assert done.status_code == 200 and "您的回答（评分 7 分）已收到" in done.text
    assert [(r.score, r.completed) for r in await Response.filter(survey_id=survey.id)] == [(7, True), (7, True)]


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
    wrote = "<i>太长</i>" + "好" * 5000
    too_long = await choose(client, path, 5, wrote)
    assert too_long.status_code == 400 and "意见过长" in too_long.text and "无法记录" not in too_long.text
    assert f">{escape(wrote)}</textarea>" in too_long.text and "<i>" not in too_long.text
    assert f'action="{path}/5?lang=zh-CN"' in too_long.text
    assert "Comment too long" in (await choose(client, path, 5, wrote, lang="en")).text
    for forged in ("/m/1.forged/5", f"{path}x/5"):
        assert (await client.get(forged)).status_code == 404
        assert "链接无效" in (await client.post(forged, content="comment=hi", headers=FORM)).text
    recipient = await Recipient.get(email="wang@example.com")
    assert await Response.filter(survey_id=survey.id).count() == 0
    assert recipient.clicked_at is None
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


