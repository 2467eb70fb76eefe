"""Team alerts to real robots on loopback: each vendor's documented body and signature (checked by
the robot, computed independently), mentions, WeCom's 4,096-byte trim, vendor error codes kept in
the log, retries through an outage, and the messages a detractor case becomes through the queue."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from actions import alerts, erasure, webhooks
from actions.channel_models import AlertStatus, NotificationDelivery
from core import events as topics
from core.ids import encode_id
from core.models import Organization, User
from core.settings import Settings
from tests.support.alerts import PUBLIC_URL, Robots, alert, announce, channel, detractor_case
from tests.support.cases import AGENT, respond, survey_of, user_of
from tests.support.queue import drain, in_process
from tests.support.robots import DINGTALK_SECRET, FEISHU_SECRET, Robot, feishu_expected


def later(seconds: float) -> datetime:
    return datetime.now(UTC) + timedelta(seconds=seconds)


async def case_event(org: Organization, who: str = "u1") -> tuple[int, int]:
    """A detractor case with a comment, assigned to 王芳; returns (its outbox event, the case id)."""
    case = await detractor_case(org, await survey_of(org), who=who)
    agent = await User.get_or_none(organization=org, name="王芳") or await user_of(org, "王芳")
    case.assignee_id = agent.id
    await case.save(update_fields=["assignee_id"])
    return await announce(org, topics.CASE_CREATED, case_id=case.id, status="new"), case.id


# --- WeCom --------------------------------------------------------------------------------------


async def test_a_detractor_case_reaches_wecom_as_markdown_with_a_link_to_the_case(
    org: Organization, robots: Robots, tuned: Settings
) -> None:
    robot = robots("wecom")
    made = await channel(org, robot, mentions=["zhangsan"])
    event_id, case_id = await case_event(org)
    await alert([event_id], tuned)

    assert len(robot.calls) == 1
    call = robot.calls[0]
    assert call.path == "/cgi-bin/webhook/send" and call.query["key"] == ["693axxx6-7aoc-4bc4-97a0-0ec2sifa5aaa"]
    assert call.headers["content-type"].startswith("application/json")
    body = call.json()
    assert body["msgtype"] == "markdown" and set(body) == {"msgtype", "markdown"}
    content = body["markdown"]["content"]
    assert content.startswith("**新的差评工单**")
    assert "评分: 2" in content and "配送太慢了，客服也不回复" in content and "负责人: 王芳" in content
    assert f"({PUBLIC_URL}/app/cases/{encode_id('Case', case_id)})" in content
    assert content.endswith("<@zhangsan>")  # markdown mentions a user id so
    row = await NotificationDelivery.get(channel_id=made.id)
    assert (row.status, row.attempts, row.last_status_code, row.error_code, row.last_error) == (
        AlertStatus.SENT, 1, 200, None, None)
    assert row.event == "case.created" and row.event_id == event_id and row.delivered_at is not None

    await alert([event_id], tuned)  # a redelivered announcement sends nothing twice
    assert len(robot.calls) == 1 and await NotificationDelivery.filter(channel_id=made.id).count() == 1


async def test_wecom_mentions_by_mobile_or_everyone_in_a_text_message_in_english(
    org: Organization, robots: Robots, tuned: Settings
) -> None:
    robot = robots("wecom")
    await channel(org, robot, mentions=["lisi", "13800138000", "@all"], locale="en")
    event_id, _ = await case_event(org)
    await alert([event_id], tuned)
    body = robot.calls[0].json()
    assert body["msgtype"] == "text"
    text = body["text"]
    assert text["mentioned_list"] == ["lisi", "@all"] and text["mentioned_mobile_list"] == ["13800138000"]
    assert text["content"].startswith("New detractor case\nScore: 2\n") and "Assignee: 王芳" in text["content"]


async def test_wecom_markdown_is_trimmed_to_4096_bytes_never_refused(
    org: Organization, robots: Robots, tuned: Settings
) -> None:
    robot = robots("wecom")
    made = await channel(org, robot, mentions=["wangwu"])
    long_lines = [f"第 {i} 行：" + "很长的评论内容" * 40 for i in range(20)]  # ~17,000 bytes
    row = await NotificationDelivery.create(
        organization_id=org.id, channel_id=made.id, event="case.created",
        message={"title": "新的差评工单", "lines": long_lines, "link": f"{PUBLIC_URL}/app/cases/x"},
        next_attempt_at=datetime.now(UTC))
    assert await alerts.flush(channel_id=made.id, settings=tuned) == 1

    content = json.loads(robot.calls[0].body)["markdown"]["content"]
    assert len(content.encode("utf-8")) <= 4096
    assert len(content.encode("utf-8")) > 4000  # trimmed, not emptied
    assert content.startswith("**新的差评工单**\n第 0 行：") and content.endswith("…\n<@wangwu>")
    await row.refresh_from_db()
    assert row.status == AlertStatus.SENT


# --- DingTalk -----------------------------------------------------------------------------------


async def test_dingtalk_is_signed_as_documented_and_mentions_people(
    org: Organization, robots: Robots, tuned: Settings
) -> None:
    robot = robots("dingtalk", DINGTALK_SECRET)
    made = await channel(org, robot, secret=DINGTALK_SECRET, mentions=["13800138000", "manager01", "@all"])
    event_id, case_id = await case_event(org)
    await alert([event_id], tuned)

    call = robot.calls[0]
    assert call.signed is True  # the robot's own check of timestamp (ms) and sign
    assert call.query["access_token"] == ["0123456789abcdef"] and len(call.query["timestamp"][0]) == 13
    body = call.json()
    assert body["msgtype"] == "markdown" and body["markdown"]["title"] == "新的差评工单"
    text = body["markdown"]["text"]
    assert text.startswith("**新的差评工单**\n\n评分: 2\n\n") and text.endswith("@13800138000 @manager01")
    assert f"[查看工单]({PUBLIC_URL}/app/cases/{encode_id('Case', case_id)})" in text
    assert body["at"] == {"atMobiles": ["13800138000"], "atUserIds": ["manager01"], "isAtAll": True}
    row = await NotificationDelivery.get(channel_id=made.id)
    assert (row.status, row.error_code) == (AlertStatus.SENT, None)


async def test_a_dingtalk_error_code_is_recorded_and_retried_until_it_fails(
    org: Organization, robots: Robots, tuned: Settings
) -> None:
    robot = robots("dingtalk", DINGTALK_SECRET)
    made = await channel(org, robot, secret="SEC" + "0" * 64)  # not the robot's secret
    event_id, _ = await case_event(org)
    await alert([event_id], tuned)

    assert robot.calls[0].signed is False
    row = await NotificationDelivery.get(channel_id=made.id)
    assert (row.status, row.attempts, row.last_status_code, row.error_code) == (AlertStatus.PENDING, 1, 200, 310000)
    assert row.last_error is not None and row.last_error.startswith("dingtalk errcode 310000: sign not match")
    for seconds in (11, 100):
        assert await alerts.retry_due(settings=tuned, now=later(seconds)) == 1
    await row.refresh_from_db()
    assert (row.status, row.attempts, row.error_code, row.next_attempt_at) == (AlertStatus.FAILED, 3, 310000, None)
    assert len(robot.calls) == 3


# --- Feishu -------------------------------------------------------------------------------------


async def test_feishu_gets_a_signed_card_with_a_button_to_the_console(
    org: Organization, robots: Robots, tuned: Settings
) -> None:
    robot = robots("feishu", FEISHU_SECRET)
    await channel(org, robot, secret=FEISHU_SECRET, mentions=["ou_7d8a6e6df7621556ce0d21922b676706", "@all"])
    event_id, case_id = await case_event(org)
    await alert([event_id], tuned)

    call = robot.calls[0]
    assert call.signed is True
    body = call.json()
    assert isinstance(body["timestamp"], str) and body["sign"] == feishu_expected(FEISHU_SECRET, body["timestamp"])
    assert body["msg_type"] == "interactive"
    card = body["card"]
    assert card["header"]["title"] == {"tag": "plain_text", "content": "新的差评工单"}
    div, action = card["elements"]
    assert div["tag"] == "div" and div["text"]["tag"] == "lark_md"
    assert "评论: 配送太慢了" in div["text"]["content"]
    assert div["text"]["content"].endswith("<at id=all></at> <at id=ou_7d8a6e6df7621556ce0d21922b676706></at>")
    button = action["actions"][0]
    assert button["tag"] == "button" and button["url"] == f"{PUBLIC_URL}/app/cases/{encode_id('Case', case_id)}"
    assert button["text"]["content"] == "查看工单"


async def test_a_feishu_sign_mismatch_is_recorded_with_its_code(
    org: Organization, robots: Robots, tuned: Settings
) -> None:
    robot = robots("feishu", FEISHU_SECRET)
    made = await channel(org, robot, secret="another-secret")
    event_id, _ = await case_event(org)
    await alert([event_id], tuned)
    row = await NotificationDelivery.get(channel_id=made.id)
    assert (row.status, row.last_status_code, row.error_code) == (AlertStatus.PENDING, 200, 19021)
    assert row.last_error is not None and "sign match fail" in row.last_error


# --- signed webhooks ----------------------------------------------------------------------------


async def test_a_webhook_channel_posts_the_message_signed_like_webhooks(
    org: Organization, robots: Robots, tuned: Settings
) -> None:
    robot = robots("webhook")
    secret = "a-webhook-secret-0123"
    made = await channel(org, robot, secret=secret)
    event_id, case_id = await case_event(org)
    await alert([event_id], tuned)
    call = robot.calls[0]
    assert webhooks.verify_signature(secret, call.headers["x-voc-signature"], call.body)
    body = call.json()
    row = await NotificationDelivery.get(channel_id=made.id)
    assert body["event"] == "case.created" and body["id"] == str(row.id) and call.headers["x-voc-event"] == "case.created"
    assert body["message"]["link"] == f"{PUBLIC_URL}/app/cases/{encode_id('Case', case_id)}"
    assert row.status == AlertStatus.SENT


# --- outages ------------------------------------------------------------------------------------


async def test_nothing_is_lost_while_a_robot_is_down(org: Organization, robots: Robots, tuned: Settings) -> None:
    down = Robot("wecom")  # bound, then closed: connections are refused on its port
    port = down.port
    down.stop()
    made = await channel(org, down)
    first, _ = await case_event(org, who="a")
    second, _ = await case_event(org, who="b")
    await alert([first, second], tuned)
    rows = await NotificationDelivery.filter(channel_id=made.id).order_by("id")
    assert [(r.status, r.attempts, r.last_status_code) for r in rows] == [(AlertStatus.PENDING, 1, None)] * 2
    assert all(r.last_error and "ConnectError" in r.last_error for r in rows)

    robot = robots("wecom", port=port, outage=2)  # back, but answering 502 to the next two requests
    assert await alerts.retry_due(settings=tuned, now=later(11)) == 2
    rows = await NotificationDelivery.filter(channel_id=made.id).order_by("id")
    assert [(r.status, r.attempts, r.last_status_code) for r in rows] == [(AlertStatus.PENDING, 2, 502)] * 2
    assert await alerts.retry_due(settings=tuned, now=later(25)) == 0  # backoff: 30 s after the second try
    assert await alerts.retry_due(settings=tuned, now=later(45)) == 2
    rows = await NotificationDelivery.filter(channel_id=made.id).order_by("id")
    assert [(r.status, r.attempts) for r in rows] == [(AlertStatus.SENT, 3)] * 2
    sent = [c.json()["markdown"]["content"] for c in robot.calls[2:]]
    assert len(sent) == 2 and all(s.startswith("**新的差评工单**") for s in sent)


# --- through the queue --------------------------------------------------------------------------


async def test_a_detractor_answer_becomes_an_alert_through_the_outbox_and_queue(
    org: Organization, robots: Robots, tuned: Settings
) -> None:
    robot = robots("feishu")
    made = await channel(org, robot, locale="en")
    survey = await survey_of(org)
    await respond(survey, 1, who="cust-9", comment="App keeps crashing")
    async with in_process(tuned) as broker:
        await drain(broker)  # response -> case opened -> case.created -> alerts.fan_out -> alerts.flush -> POST
    assert len(robot.calls) == 1
    card = robot.calls[0].json()["card"]
    assert card["header"]["title"]["content"] == "New detractor case"
    assert "Score: 1" in card["elements"][0]["text"]["content"]
    assert "Comment: App keeps crashing" in card["elements"][0]["text"]["content"]
    assert (await NotificationDelivery.get(channel_id=made.id)).status == AlertStatus.SENT


# --- erasure ------------------------------------------------------------------------------------


async def test_an_erased_respondents_comment_leaves_the_alert_log_and_the_pending_message(
    org: Organization, robots: Robots, tuned: Settings
) -> None:
    down = Robot("wecom")
    port = down.port
    down.stop()
    made = await channel(org, down)
    event_id, _ = await case_event(org, who="cust-erase-me")
    await alert([event_id], tuned)
    row = await NotificationDelivery.get(channel_id=made.id)
    assert row.status == AlertStatus.PENDING and row.message["comment"] == "配送太慢了，客服也不回复"

    done = await erasure.erase_respondent(organization_id=org.id, external_id="cust-erase-me", actor=AGENT)
    assert done.deliveries >= 1
    await row.refresh_from_db()
    assert row.message["comment"] is None and row.message["title"] == "新的差评工单"

    robot = robots("wecom", port=port)
    assert await alerts.retry_due(settings=tuned, now=later(11)) == 1
    content = robot.calls[0].json()["markdown"]["content"]
    assert "配送太慢" not in content and "评论" not in content and content.startswith("**新的差评工单**\n评分: 2")


async def test_targets_are_checked_again_at_delivery_time(org: Organization, robots: Robots, tuned: Settings) -> None:
    robot, hook = robots("wecom"), robots("webhook")
    local = await channel(org, robot)  # loopback: allowed when saved in development
    private = await channel(org, hook, secret="a-webhook-secret-0123")  # private allowed when saved
    event_id, _ = await case_event(org)
    production = tuned.model_copy(update={"env": "production", "webhook_allow_private": False})
    await alert([event_id], production)
    for made in (local, private):
        row = await NotificationDelivery.get(channel_id=made.id)
        assert (row.status, row.attempts) == (AlertStatus.FAILED, 1)
        assert row.last_error is not None and row.last_error.startswith("url refused at delivery time"), row.last_error
    assert robot.calls == [] and hook.calls == []


async def test_what_a_respondent_wrote_is_shown_as_text_never_as_markup(
    org: Organization, robots: Robots, tuned: Settings
) -> None:
    wecom, feishu = robots("wecom"), robots("feishu")
    await channel(org, wecom)
    await channel(org, feishu)
    case = await detractor_case(org, await survey_of(org), who="m",
                                comment="<@all> 退款 [点这里](http://evil.example) <at id=all></at>")
    await alert([await announce(org, topics.CASE_CREATED, case_id=case.id, status="new")], tuned)
    markdown = wecom.calls[0].json()["markdown"]["content"]
    card = feishu.calls[0].json()["card"]["elements"][0]["text"]["content"]
    for shown in (markdown, card):
        assert "<@" not in shown and "<at" not in shown and "](http://evil" not in shown, shown
        assert "＜@all＞ 退款 ［点这里］(http://evil.example) ＜at id=all＞＜/at＞" in shown


async def test_a_message_whose_lease_ran_out_and_was_claimed_again_is_sent_once(
    org: Organization, robots: Robots, tuned: Settings
) -> None:
    """A batch behind a slow robot outlives its lease: the retry job claims the rest again. The first
    worker then leaves them to it instead of sending them twice (a group robot cannot tell)."""
    robot = robots("wecom")
    made = await channel(org, robot)
    start = datetime.now(UTC) - timedelta(minutes=5)
    row = await NotificationDelivery.create(
        organization_id=org.id, channel_id=made.id, event="case.created",
        message={"title": "新的差评工单", "lines": ["评分：2"], "link": f"{PUBLIC_URL}/app/cases/x"},
        next_attempt_at=start)
    assert await alerts.claim(channel_id=made.id, settings=tuned, now=start) == [row.id]
    later_claim = start + timedelta(seconds=tuned.webhook_lease_seconds + 1)  # the lease ran out
    assert await alerts.claim(channel_id=made.id, settings=tuned, now=later_claim) == [row.id]
    # The first worker reaches it now: no longer its own.
    assert await alerts.attempt(row.id, tuned, leased_until=alerts.lease_end(start, tuned)) is None
    assert robot.calls == []
    # The second sends it, once.
    sent = await alerts.attempt(row.id, tuned, leased_until=alerts.lease_end(later_claim, tuned))
    assert sent == AlertStatus.SENT and len(robot.calls) == 1
