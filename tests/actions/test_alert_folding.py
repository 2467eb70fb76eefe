"""Team alerts within a robot's rate: a burst that outruns the window is folded into one summary per
event kind (the count always right), what has no room waits for the window, and every kind of
alert (SLA breach, escalation, emerging topic, shipped action, verdict) says what happened in zh-CN
and en. Real robots on loopback throughout."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from actions import alerts
from actions.channel_models import AlertStatus, NotificationDelivery
from actions.models import Action, ActionStatus
from analysis.models import ModelStatus, Topic, TopicModelVersion
from core import events as topics
from core.ids import encode_id
from core.models import Organization, OutboxEvent
from core.settings import Settings
from tests.support.alerts import PUBLIC_URL, Robots, alert, announce, channel, detractor_case
from tests.support.cases import survey_of
from tests.support.queue import drain, in_process

ALL = ["case.created", "case.sla_breached", "case.escalated", "topic.emerging", "action.shipped", "action.verdict"]


async def case_events(org: Organization, n: int, cases: int = 5) -> list[int]:
    """`n` case.created announcements about `cases` detractor cases (in turn)."""
    survey = await survey_of(org)
    made = [await detractor_case(org, survey, who=f"c{i}") for i in range(cases)]
    return [await announce(org, topics.CASE_CREATED, case_id=made[i % cases].id, status="new") for i in range(n)]


async def test_a_burst_of_100_is_one_summary_with_the_right_count(
    org: Organization, robots: Robots, tuned: Settings
) -> None:
    robot = robots("wecom")
    made = await channel(org, robot)
    events = await case_events(org, 100)
    for event_id in events:  # all due before the channel is flushed: 100 > the 20 a minute allows
        await alerts.fan_out(event_id=event_id, settings=tuned)
    assert await alerts.flush(channel_id=made.id, settings=tuned) == 1

    assert len(robot.calls) == 1
    content = robot.calls[0].json()["markdown"]["content"]
    assert content.startswith("**100 个新的差评工单**")
    assert content.count("· 新的差评工单") == 5 and "……另有 95 条" in content
    assert f"({PUBLIC_URL}/app/cases)" in content
    summary = await NotificationDelivery.get(channel_id=made.id, event_id=None)
    assert (summary.status, summary.count, summary.event) == (AlertStatus.SENT, 100, "case.created")
    folded = await NotificationDelivery.filter(channel_id=made.id, status=AlertStatus.FOLDED)
    assert len(folded) == 100 and {f.folded_into_id for f in folded} == {summary.id}
    assert await alerts.retry_due(settings=tuned, now=datetime.now(UTC) + timedelta(hours=1)) == 0


async def test_a_burst_through_the_queue_sends_few_messages_and_loses_no_event(
    org: Organization, robots: Robots, tuned: Settings
) -> None:
    robot = robots("dingtalk")
    made = await channel(org, robot, locale="en")
    await case_events(org, 100)
    async with in_process(tuned) as broker:
        await drain(broker)  # 100 events relayed together, their flushes racing the fan-outs
    later = datetime.now(UTC) + timedelta(minutes=2)
    await alerts.retry_due(settings=tuned, now=later)  # what waited for the window

    sent = await NotificationDelivery.filter(channel_id=made.id, status=AlertStatus.SENT)
    assert len(robot.calls) == len(sent)
    # Within the robot's rate in each window: the burst's own minute, and the one two minutes later
    # where what waited went out (how much waited depends on how the flushes raced the fan-outs,
    # so the total is bounded by two windows, not one).
    burst = [row for row in sent if row.attempted_at is not None and row.attempted_at < later - alerts.WINDOW]
    assert len(burst) <= tuned.alert_rate_per_minute
    assert len(sent) - len(burst) <= tuned.alert_rate_per_minute
    # Every case.created event (the 5 cases' own and the 100 more), alone or in a summary.
    assert await OutboxEvent.filter(topic=topics.CASE_CREATED).count() == 105
    assert sum(row.count for row in sent) == 105
    assert await NotificationDelivery.filter(channel_id=made.id, status=AlertStatus.PENDING).count() == 0
    titles = [c.json()["markdown"]["title"] for c in robot.calls]
    assert any(t.endswith("new detractor cases") for t in titles)


async def test_what_has_no_room_waits_for_the_window_then_folds_by_kind(
    org: Organization, robots: Robots, tuned: Settings
) -> None:
    robot = robots("feishu")
    made = await channel(org, robot, events=ALL, locale="en")
    now = datetime.now(UTC)
    first = await case_events(org, 20, cases=2)
    await alert(first, tuned)  # exactly the window: sent one by one
    assert len(robot.calls) == 20

    more = await case_events(org, 6, cases=1)
    action = await Action.create(organization=org, title="Faster delivery", status=ActionStatus.SHIPPED)
    shipped = [await announce(org, topics.ACTION_SHIPPED, action_id=action.id, respondents=["a", "b"],
                              truncated=False) for _ in range(3)]
    for event_id in more + shipped:
        await alerts.fan_out(event_id=event_id, settings=tuned)
    assert await alerts.flush(channel_id=made.id, settings=tuned, now=now + timedelta(seconds=5)) == 0
    # 9 due and no room: folded by kind at once, the summaries wait for the window to move on.
    waiting = await NotificationDelivery.filter(channel_id=made.id, status=AlertStatus.PENDING).order_by("id")
    assert [(w.event, w.count, w.event_id) for w in waiting] == [("case.created", 6, None), ("action.shipped", 3, None)]
    assert all(w.next_attempt_at and w.next_attempt_at > now + timedelta(seconds=55) for w in waiting)
    assert await NotificationDelivery.filter(channel_id=made.id, status=AlertStatus.FOLDED).count() == 9
    assert await alerts.retry_due(settings=tuned, now=now + timedelta(seconds=30)) == 0  # still no room
    assert len(robot.calls) == 20

    assert await alerts.retry_due(settings=tuned, now=now + timedelta(seconds=70)) == 2
    cards = [c.json()["card"] for c in robot.calls[20:]]
    titles = sorted(card["header"]["title"]["content"] for card in cards)
    assert titles == ["3 improvement actions shipped", "6 new detractor cases"]
    buttons = {card["elements"][-1]["actions"][0]["url"] for card in cards}
    assert buttons == {f"{PUBLIC_URL}/app/cases", f"{PUBLIC_URL}/app/actions"}


async def test_each_kind_of_alert_says_what_happened(org: Organization, robots: Robots, tuned: Settings) -> None:
    zh = robots("wecom")
    en = robots("dingtalk")
    await channel(org, zh, events=ALL)
    await channel(org, en, events=ALL, locale="en")
    case = await detractor_case(org, await survey_of(org), who="x")
    model = await TopicModelVersion.create(organization=org, version=1, status=ModelStatus.ACTIVE, path="-",
                                           documents=10, outlier_share=0.1)
    topic = await Topic.create(organization=org, model=model, index=0, label="配送 · 慢", keywords=[["配送", 0.5]])
    action = await Action.create(organization=org, title="修复配送延迟", status=ActionStatus.CLOSED_EFFECTIVE)
    events = [
        await announce(org, topics.CASE_SLA_BREACHED, case_id=case.id, status="new", clock="resolution",
                       escalation_level=1, notify_user_ids=[]),
        await announce(org, topics.CASE_UPDATED, case_id=case.id, status="new", change="sla", escalation_level=2,
                       notify_user_ids=[]),
        await announce(org, topics.CASE_UPDATED, case_id=case.id, status="assigned", change="note"),  # no alert
        await announce(org, topics.TOPIC_EMERGING, topic_id=topic.id, label="配送 · 慢", size=30, share=0.25,
                       survey_id=None, model_id=model.id, since=None, until=None, previous_share=0.05),
        await announce(org, topics.ACTION_SHIPPED, action_id=action.id, respondents=["a"], truncated=False),
        await announce(org, topics.ACTION_STATUS_CHANGED, action_id=action.id, **{"from": "verifying"},
                       to="closed_effective"),
        await announce(org, topics.ACTION_STATUS_CHANGED, action_id=action.id, **{"from": "planned"},
                       to="in_progress"),  # no alert
    ]
    await alert(events, tuned)

    zh_sent = [c.json()["markdown"]["content"] for c in zh.calls]
    assert [s.split("\n")[0] for s in zh_sent] == [
        "**工单超出 SLA**", "**工单已升级至第 2 级**", "**新兴话题：配送 · 慢**", "**改进已上线：修复配送延迟**",
        "**改进效果有效：修复配送延迟**"]
    assert "时限: 解决" in zh_sent[0] and "评论占比: 5.0% → 25.0%" in zh_sent[2]
    assert f"({PUBLIC_URL}/app/topics/{encode_id('Topic', topic.id)})" in zh_sent[2]
    assert f"({PUBLIC_URL}/app/actions/{encode_id('Action', action.id)})" in zh_sent[3]
    en_titles = [c.json()["markdown"]["title"] for c in en.calls]
    assert en_titles == ["A case breached its SLA", "Case escalated to level 2", "Emerging topic: 配送 · 慢",
                         "Shipped: 修复配送延迟", "Verdict effective: 修复配送延迟"]
    assert "Clock: resolution" in en.calls[0].json()["markdown"]["text"]


async def test_channels_get_only_their_organisations_events_they_chose_while_active(
    org: Organization, robots: Robots, tuned: Settings
) -> None:
    from core.service import get_or_create_organization
    other_org = await get_or_create_organization(name="Other 公司")
    wanted, unwanted, inactive, foreign = (robots("wecom") for _ in range(4))
    await channel(org, wanted)
    await channel(org, unwanted, events=["topic.emerging"])
    off = await channel(org, inactive)
    off.active = False
    await off.save(update_fields=["active"])
    await channel(other_org, foreign)
    await alert(await case_events(org, 1, cases=1), tuned)
    assert [len(r.calls) for r in (wanted, unwanted, inactive, foreign)] == [1, 0, 0, 0]
