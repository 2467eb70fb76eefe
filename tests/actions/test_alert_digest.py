"""The daily digest: sent once a day at or after the channel's hour in the organisation's time zone,
with the last 24 hours' figures, in zh-CN and en, to a real robot on loopback."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from actions import alert_digest
from actions.channel_models import AlertStatus, NotificationDelivery
from actions.models import Action, ActionStatus, Case, CaseStatus
from core.models import Organization
from core.settings import Settings
from tests.support.alerts import PUBLIC_URL, Robots, channel, detractor_case
from tests.support.cases import survey_of

# 2026-12-07 01:30 UTC is 09:30 in Asia/Shanghai (the organisation's time zone).
MORNING = datetime(2026, 12, 7, 1, 30, tzinfo=UTC)


async def test_the_digest_comes_once_a_day_from_the_channels_hour_with_the_days_figures(
    org: Organization, robots: Robots, tuned: Settings
) -> None:
    zh, en, late, other = robots("wecom"), robots("feishu"), robots("wecom"), robots("wecom")
    daily = await channel(org, zh, events=["digest"])
    await channel(org, en, events=["digest", "case.created"], locale="en")
    await channel(org, late, events=["digest"], digest_hour=18)
    await channel(org, other)  # no digest wanted
    survey = await survey_of(org)
    await detractor_case(org, survey, who="a")
    await detractor_case(org, survey, who="b")
    old = await detractor_case(org, survey, who="c")
    old.created_at, old.status = MORNING - timedelta(days=3), CaseStatus.CLOSED
    await old.save(update_fields=["created_at", "status"])
    await Case.filter(organization=org).exclude(id=old.id).update(created_at=MORNING - timedelta(hours=1))
    await Action.create(organization=org, title="修复", status=ActionStatus.SHIPPED,
                        shipped_at=MORNING - timedelta(hours=2))

    assert await alert_digest.send_digests(settings=tuned, now=MORNING - timedelta(hours=2)) == 0  # 07:30 local
    assert await alert_digest.send_digests(settings=tuned, now=MORNING) == 2
    assert await alert_digest.send_digests(settings=tuned, now=MORNING + timedelta(hours=3)) == 0  # once a day
    assert (len(zh.calls), len(en.calls), len(late.calls), len(other.calls)) == (1, 1, 0, 0)

    content = zh.calls[0].json()["markdown"]["content"]
    assert content.startswith("**VoC Loop 日报 2026-12-07**")
    for line in ("新工单: 2", "其中差评: 2", "超出 SLA: 0", "未关闭工单: 2", "新兴话题: 0", "改进上线: 1"):
        assert line in content, (line, content)
    assert f"({PUBLIC_URL}/app)" in content
    card = en.calls[0].json()["card"]
    assert card["header"]["title"]["content"] == "VoC Loop daily digest 2026-12-07"
    assert "New cases: 2" in card["elements"][0]["text"]["content"]
    row = await NotificationDelivery.get(channel_id=daily.id)
    assert (row.event, row.status) == ("digest", AlertStatus.SENT)

    assert await alert_digest.send_digests(settings=tuned, now=MORNING + timedelta(hours=9)) == 1  # 18:30 local
    assert len(late.calls) == 1 and "新工单: 2" in late.calls[0].json()["markdown"]["content"]
    assert await alert_digest.send_digests(settings=tuned, now=MORNING + timedelta(days=1)) == 2  # the next morning
    next_day = zh.calls[1].json()["markdown"]["content"]
    assert next_day.startswith("**VoC Loop 日报 2026-12-08**") and "新工单: 0" in next_day and "未关闭工单: 2" in next_day
    assert (len(zh.calls), len(en.calls), len(late.calls)) == (2, 2, 1)
