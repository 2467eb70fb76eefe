"""Cases that an account's early warning opens: once per account, rule and window; to the account's
CS manager (else the routing); with their own event, which reaches webhooks and team alerts; and a
life without a response (resolving skips the re-survey, the inbox and metrics count them)."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest

from accounts import health_schedule
from actions import account_cases, case_reads, cases, loop_metrics, resurvey, rules
from actions.audit import Actor
from actions.models import AuditEvent, Case, CaseStatus
from api.wiring import HANDLERS
from core import events as topics
from core.errors import ValidationFailed
from core.ids import encode_id
from core.models import Organization, OutboxEvent, Role
from core.settings import Settings
from tests.support.alerts import PUBLIC_URL, Robots, alert_settings, channel
from tests.support.cases import opened, team_of, user_of
from tests.support.queue import drain, in_process
from tests.support.webhooks import Receiver, hook

S = CaseStatus
NOW = datetime(2026, 11, 30, 9, tzinfo=UTC)
DROP = {"score_before": 72.0, "score_now": 45.0, "band_before": "HEALTHY", "band_now": "AT_RISK"}


async def warn(org: Organization, *, owner_id: int | None, account: str = "acme", reason: str = "band_drop",
               window: str = "2026-W48", **extra: object) -> tuple[Case, bool]:
    return await account_cases.open_account_case(
        organization=org, account_external_id=account, reason=reason, detail=DROP, window_key=window,
        owner_id=owner_id, now=NOW, **extra)  # type: ignore[arg-type]


async def trail(case: Case) -> list[tuple[str, str, str | None, str | None, str | None]]:
    rows = await AuditEvent.filter(subject="case", subject_id=case.id).order_by("id")
    return [(e.actor, e.kind, e.from_value, e.to_value, e.note) for e in rows]


async def test_one_warning_opens_one_case_for_the_accounts_manager(org: Organization) -> None:
    manager = await user_of(org, "李静")
    case, new = await warn(org, owner_id=manager.id)
    again, new_again = await warn(org, owner_id=manager.id)
    assert new and not new_again and again.id == case.id
    assert (case.status, case.assignee_id, case.source) == (S.ASSIGNED, manager.id, "warning")
    assert (case.response_id, case.survey_id, case.respondent_id, case.open_key) == (None, None, None, None)
    assert (case.account_external_id, case.reason, case.reason_detail) == ("acme", "band_drop", DROP)
    assert case.dedupe_key == "acme:band_drop:2026-W48"
    # The organisation-wide SLA (the built-in default: first contact 24 h, resolution 7 days).
    assert case.first_contact_due_at == NOW + timedelta(hours=24)
    assert case.resolve_due_at == NOW + timedelta(hours=168)
    steps = await trail(case)
    assert [s[1] for s in steps] == ["created", "assignee", "status"]
    assert steps[0][0] == "system" and steps[0][4] is not None and "band_drop" in steps[0][4]
    assert "score_now 45.0" in steps[0][4]
    assert steps[1][3] == encode_id("User", manager.id) and steps[1][4] == "the account's CS manager"
    announced = await OutboxEvent.filter(topic=topics.CASE_ACCOUNT_WARNING)
    assert len(announced) == 1
    payload = announced[0].payload
    assert (payload["case_id"], payload["account_external_id"], payload["reason"], payload["window"]) == (
        case.id, "acme", "band_drop", "2026-W48")
    assert payload["reason_detail"] == DROP and payload["assignee_id"] == manager.id
    assert not await OutboxEvent.exists(topic=topics.CASE_CREATED)  # one event per case

    # Another window, rule or account is another warning.
    assert (await warn(org, owner_id=manager.id, window="2026-W49"))[1]
    assert (await warn(org, owner_id=manager.id, reason="usage_drop"))[1]
    assert (await warn(org, owner_id=manager.id, account="globex"))[1]
    assert await Case.filter(organization_id=org.id).count() == 4


async def test_the_managers_case_is_in_their_team(org: Organization) -> None:
    """So that the team's queue and its open and breached counts include the warnings its agents work."""
    manager = await user_of(org, "李静")
    other = await user_of(org, "王芳")
    first = await team_of(org, "客户成功", [manager, other], default=False)
    vip = await team_of(org, "大客户", [manager], default=False)
    await team_of(org, "一线", [other])  # the default team, without the manager
    await rules.add_routing_rule(organization=org, attribute="plan", value="enterprise", team_id=vip.id)
    case, _ = await warn(org, owner_id=manager.id)
    assert (case.team_id, case.assignee_id, case.status) == (first.id, manager.id, S.ASSIGNED)
    steps = await trail(case)
    assert [s[1] for s in steps] == ["created", "team", "assignee", "status"]
    assert steps[1][3] == encode_id("Team", first.id) and steps[1][4] == "the account's CS manager's team"
    # The routing rules' team when the manager is in it; the manager takes it all the same.
    routed, _ = await warn(org, owner_id=manager.id, window="w2", attributes={"plan": "enterprise"})
    assert (routed.team_id, routed.assignee_id) == (vip.id, manager.id)


async def test_concurrent_runs_of_one_warning_open_one_case(org: Organization) -> None:
    results = await asyncio.gather(*(warn(org, owner_id=None) for _ in range(4)))
    assert len({c.id for c, _ in results}) == 1 and sum(new for _, new in results) == 1
    assert await OutboxEvent.filter(topic=topics.CASE_ACCOUNT_WARNING).count() == 1


async def test_without_a_manager_who_can_take_it_the_routing_decides(org: Organization) -> None:
    admin = await user_of(org, "管理员", Role.ADMIN)
    agent = await user_of(org, "王芳")
    team = await team_of(org, "客户成功", [agent])
    case, _ = await warn(org, owner_id=admin.id)
    assert (case.team_id, case.assignee_id, case.status) == (team.id, agent.id, S.ASSIGNED)
    steps = await trail(case)
    assert steps[1][1] == "team" and steps[1][4] is not None
    assert steps[1][4].startswith(f"the account's CS manager {encode_id('User', admin.id)} is not an active agent")
    gone = await user_of(org, "离职的人")
    gone.deactivated_at = NOW
    await gone.save(update_fields=["deactivated_at"])
    assert (await warn(org, owner_id=gone.id, window="w2"))[0].assignee_id == agent.id


async def test_no_manager_and_no_team_leaves_it_new(org: Organization) -> None:
    case, new = await warn(org, owner_id=None)
    assert new and (case.status, case.team_id, case.assignee_id) == (S.NEW, None, None)
    assert [s[1] for s in await trail(case)] == ["created"]


@pytest.mark.parametrize(("field", "kwargs"), [
    ("accountExternalId", {"account": "  "}), ("accountExternalId", {"account": "x" * 257}),
    ("reason", {"reason": "Band Drop"}), ("reason", {"reason": ""}), ("windowKey", {"window": ""}),
    ("windowKey", {"window": "w" * 31}),
])
async def test_bad_warnings_are_refused_and_change_nothing(
    org: Organization, field: str, kwargs: dict[str, str]
) -> None:
    with pytest.raises(ValidationFailed) as refused:
        await warn(org, owner_id=None, **kwargs)
    assert refused.value.field == field
    assert not await Case.exists(organization_id=org.id)
    assert not await OutboxEvent.exists(topic=topics.CASE_ACCOUNT_WARNING)


async def test_resolving_and_closing_skip_the_resurvey_and_say_so(org: Organization) -> None:
    manager = await user_of(org, "李静")
    case, _ = await warn(org, owner_id=manager.id)
    me = Actor.user(manager.id)
    for to in (S.IN_PROGRESS, S.RESOLVED):
        case = await cases.transition(organization_id=org.id, case_id=case.id, to=to, actor=me,
                                      note="已回访，续约意向恢复" if to == S.RESOLVED else None)
    assert case.resurvey_key is None and case.resolved_at is not None
    skipped = [s for s in await trail(case) if s[1] == "resurvey"]
    assert skipped == [("user:" + str(manager.id), "resurvey", None, None, resurvey.SKIPPED)]
    changed = await OutboxEvent.filter(topic=topics.CASE_UPDATED).order_by("-id").first()
    assert changed is not None and "resurvey_url" not in changed.payload
    case = await cases.transition(organization_id=org.id, case_id=case.id, to=S.CLOSED, actor=me)
    assert (case.status, case.resolution_reason) == (S.CLOSED, "已回访，续约意向恢复")
    assert case.dedupe_key == "acme:band_drop:2026-W48"  # closed, the same warning still opens nothing new
    assert not (await warn(org, owner_id=manager.id))[1]


async def test_the_inbox_filters_and_the_loop_metrics_count_them(org: Organization) -> None:
    manager = await user_of(org, "李静")
    warning, _ = await warn(org, owner_id=manager.id)
    usage, _ = await warn(org, owner_id=manager.id, reason="usage_drop")
    detractor = await opened(org)

    async def listed(**flt: object) -> list[int]:
        page = await case_reads.list_cases(organization_id=org.id, flt=case_reads.CaseFilter(**flt), first=10)  # type: ignore[arg-type]
        return [c.id for c in page.items]

    assert await listed() == [detractor.id, usage.id, warning.id]
    assert await listed(account_warning=True) == [usage.id, warning.id]
    assert await listed(account_warning=False) == [detractor.id]
    assert await listed(reason="usage_drop") == [usage.id]
    assert await listed(max_score=6) == [detractor.id]
    metrics = await loop_metrics.loop_metrics(organization_id=org.id)
    assert metrics.open_cases == 3


def test_the_warning_event_starts_live_updates_alerts_and_webhooks() -> None:
    # As a response's case, less the health mark: a warning case follows from the health, has no
    # respondent and moves no account's score.
    assert HANDLERS[topics.CASE_ACCOUNT_WARNING] == tuple(
        task for task in HANDLERS[topics.CASE_CREATED] if task != health_schedule.MARK_CASE)


async def test_the_warning_reaches_a_webhook_and_team_alerts_in_both_languages(
    org: Organization, app_settings: Settings, receiver: Receiver, robots: Robots
) -> None:
    tuned = alert_settings(app_settings)
    manager = await user_of(org, "李静")
    await hook(org, receiver.url, ["case.account_warning"])
    wecom, feishu = robots("wecom"), robots("feishu")
    await channel(org, wecom, events=["case.account_warning"])
    await channel(org, feishu, events=["case.account_warning"], locale="en")
    case, _ = await account_cases.open_account_case(
        organization=org, account_external_id="acme", reason="band_drop", detail=DROP, window_key="2026-W48",
        owner_id=manager.id, account_name="艾克米科技")
    async with in_process(tuned) as broker:
        await drain(broker)

    assert len(receiver.received) == 1
    body = receiver.received[0].json()
    assert body["event"] == "case.account_warning"
    data = body["data"]
    assert (data["case_id"], data["account_external_id"], data["reason"], data["reason_detail"]) == (
        case.id, "acme", "band_drop", DROP)
    assert data["response_id"] is None and data["assignee_id"] == manager.id

    link = f"{PUBLIC_URL}/app/cases/{encode_id('Case', case.id)}"
    zh = wecom.calls[0].json()["markdown"]["content"]
    assert zh.startswith("**客户预警：艾克米科技**") and "原因: 健康等级下降" in zh and "负责人: 李静" in zh
    assert f"({link})" in zh and "评分" not in zh
    card = feishu.calls[0].json()["card"]
    assert card["header"]["title"]["content"] == "Account warning: 艾克米科技"
    text = card["elements"][0]["text"]["content"]
    assert "Reason: health band dropped" in text and "Assignee: 李静" in text
    assert link in str(card)
