"""SLA clocks with frozen time: due times, pauses, breaches recorded once, escalation, self-closing."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from typing import Any

import time_machine

from actions import cases, rules, sla
from actions.models import AuditEvent, Case, CaseBreach, CaseStatus
from core.models import Organization, OutboxEvent, Role, User
from core.settings import Settings
from tests.support.cases import AGENT, opened, team_of, user_of

S = CaseStatus
T0 = datetime(2024, 5, 6, 9, tzinfo=UTC)
HOUR = timedelta(hours=1)


async def scan_at(when: datetime) -> sla.ScanResult:
    with time_machine.travel(when, tick=False):
        return await sla.scan()


async def system_events(case: Case) -> list[tuple[str, str | None, str | None]]:
    rows = await AuditEvent.filter(subject="case", subject_id=case.id, actor="system").order_by("id")
    return [(e.kind, e.from_value, e.to_value) for e in rows]


async def payloads(topic: str) -> list[dict[str, Any]]:
    return [e.payload for e in await OutboxEvent.filter(topic=topic).order_by("id")]


async def staffed(org: Organization, *, lead: bool = True) -> tuple[User, User | None, User]:
    """An agent in the default team, its lead (or none) and an admin."""
    agent = await user_of(org, "agent")
    boss = await user_of(org, "lead", Role.ANALYST) if lead else None
    admin = await user_of(org, "admin", Role.ADMIN)
    await team_of(org, "一线客服", [agent], lead=boss)
    return agent, boss, admin


async def test_due_times_follow_the_rule(org: Organization) -> None:
    await rules.set_case_rule(organization=org, survey_id=None, changes={"first_contact_hours": 4,
                                                                         "resolve_hours": 48, "reopen_days": 2})
    with time_machine.travel(T0, tick=False):
        case = await opened(org)
    assert (case.first_contact_due_at, case.resolve_due_at, case.reopen_days) == (T0 + 4 * HOUR, T0 + 48 * HOUR, 2)


async def test_a_first_contact_breach_is_recorded_once_and_notifies_the_lead(org: Organization) -> None:
    _, lead, _ = await staffed(org)
    assert lead is not None
    with time_machine.travel(T0, tick=False):
        case = await opened(org)
    assert await scan_at(T0 + 24 * HOUR - timedelta(seconds=1)) == sla.ScanResult(0, 0, 0)
    assert await scan_at(T0 + 24 * HOUR) == sla.ScanResult(1, 1, 0)
    for later in (1, 5, 60):  # later scans find nothing new
        assert await scan_at(T0 + 24 * HOUR + timedelta(minutes=later)) == sla.ScanResult(0, 0, 0)
    breaches = await CaseBreach.filter(case_id=case.id)
    assert [(b.clock, b.due_at, b.detected_at) for b in breaches] == [("first_contact", T0 + 24 * HOUR,
                                                                       T0 + 24 * HOUR)]
    stored = await Case.get(id=case.id)
    assert (stored.breached, stored.escalation_level) == (True, 1)
    assert await system_events(case) == [("breach", None, "first_contact"), ("escalation", "0", "1")]
    assert await payloads("case.sla_breached") == [{
        "case_id": case.id, "status": "assigned", "clock": "first_contact", "escalation_level": 1,
        "notify_user_ids": [lead.id]}]
    assert (await payloads("case.updated"))[-1] == {
        "case_id": case.id, "status": "assigned", "change": "sla", "escalation_level": 1,
        "notify_user_ids": [lead.id]}


async def test_still_breached_a_day_later_escalates_to_the_admins(org: Organization) -> None:
    _, _, admin = await staffed(org)
    other_admin = await user_of(org, "admin2", Role.ADMIN)
    with time_machine.travel(T0, tick=False):
        case = await opened(org)
    await scan_at(T0 + 25 * HOUR)
    assert await scan_at(T0 + 48 * HOUR - timedelta(seconds=1)) == sla.ScanResult(0, 0, 0)
    assert await scan_at(T0 + 48 * HOUR) == sla.ScanResult(0, 1, 0)
    assert await scan_at(T0 + 72 * HOUR) == sla.ScanResult(0, 0, 0)
    stored = await Case.get(id=case.id)
    assert stored.escalation_level == 2
    assert await system_events(case) == [("breach", None, "first_contact"), ("escalation", "0", "1"),
                                         ("escalation", "1", "2")]
    last = (await payloads("case.updated"))[-1]
    assert (last["escalation_level"], last["notify_user_ids"]) == (2, [admin.id, other_admin.id])
    assert len(await payloads("case.sla_breached")) == 1


async def test_the_second_clock_escalates_at_once(org: Organization) -> None:
    _, _, admin = await staffed(org, lead=False)
    with time_machine.travel(T0, tick=False) as clock:
        case = await opened(org)
        await sla.scan()
        clock.move_to(T0 + 30 * HOUR)
        assert await sla.scan() == sla.ScanResult(1, 1, 0)  # no lead: the admins hear of level 1
        await cases.transition(organization_id=org.id, case_id=case.id, to=S.IN_PROGRESS, actor=AGENT)
        clock.move_to(T0 + 7 * 24 * HOUR)  # contacted, but not resolved in time
        assert await sla.scan() == sla.ScanResult(1, 1, 0)
    assert [b.clock for b in await CaseBreach.filter(case_id=case.id).order_by("id")] == ["first_contact",
                                                                                          "resolution"]
    assert (await Case.get(id=case.id)).escalation_level == 2
    breached = await payloads("case.sla_breached")
    assert [(p["clock"], p["escalation_level"], p["notify_user_ids"]) for p in breached] == [
        ("first_contact", 1, [admin.id]), ("resolution", 2, [admin.id])]


async def test_a_contacted_case_escalates_a_day_after_missing_resolution(org: Organization) -> None:
    await staffed(org)
    with time_machine.travel(T0, tick=False):
        case = await opened(org)
        await cases.transition(organization_id=org.id, case_id=case.id, to=S.IN_PROGRESS, actor=AGENT)
    assert await scan_at(T0 + 30 * HOUR) == sla.ScanResult(0, 0, 0)  # the first contact was in time
    assert await scan_at(T0 + 7 * 24 * HOUR) == sla.ScanResult(1, 1, 0)
    assert await scan_at(T0 + 8 * 24 * HOUR) == sla.ScanResult(0, 1, 0)
    assert (await Case.get(id=case.id)).escalation_level == 2


async def test_waiting_on_the_customer_pauses_the_clocks(org: Organization) -> None:
    await staffed(org)
    with time_machine.travel(T0, tick=False) as clock:
        case = await opened(org)
        await cases.transition(organization_id=org.id, case_id=case.id, to=S.IN_PROGRESS, actor=AGENT)
        clock.move_to(T0 + 2 * 24 * HOUR)
        await cases.transition(organization_id=org.id, case_id=case.id, to=S.WAITING_CUSTOMER, actor=AGENT)
        clock.move_to(T0 + 10 * 24 * HOUR)  # long past the resolution due time, but paused
        assert await sla.scan() == sla.ScanResult(0, 0, 0)
        resumed = await cases.transition(organization_id=org.id, case_id=case.id, to=S.IN_PROGRESS, actor=AGENT)
        assert resumed.resolve_due_at == T0 + 7 * 24 * HOUR + 8 * 24 * HOUR
        assert resumed.paused_at is None
        clock.move_to(T0 + 15 * 24 * HOUR - timedelta(seconds=1))
        assert await sla.scan() == sla.ScanResult(0, 0, 0)
        clock.move_to(T0 + 15 * 24 * HOUR)
        assert await sla.scan() == sla.ScanResult(1, 1, 0)


async def test_resolved_and_closed_cases_do_not_breach(org: Organization) -> None:
    await staffed(org)
    with time_machine.travel(T0, tick=False):
        resolved = await opened(org, who="a")
        cancelled = await opened(org, who="b")
        await cases.transition(organization_id=org.id, case_id=resolved.id, to=S.IN_PROGRESS, actor=AGENT)
        await cases.transition(organization_id=org.id, case_id=resolved.id, to=S.RESOLVED, actor=AGENT, note="ok")
        await cases.transition(organization_id=org.id, case_id=cancelled.id, to=S.CANCELLED, actor=AGENT)
    assert await scan_at(T0 + 3 * 24 * HOUR) == sla.ScanResult(0, 0, 0)
    assert await CaseBreach.all().count() == 0


async def test_resolved_cases_close_themselves_after_the_reopen_window(org: Organization) -> None:
    await staffed(org)
    with time_machine.travel(T0, tick=False):
        case = await opened(org)
        await cases.transition(organization_id=org.id, case_id=case.id, to=S.IN_PROGRESS, actor=AGENT)
        await cases.transition(organization_id=org.id, case_id=case.id, to=S.RESOLVED, actor=AGENT,
                               note="已退款")
    assert await scan_at(T0 + 4 * 24 * HOUR - timedelta(seconds=1)) == sla.ScanResult(0, 0, 0)
    assert await scan_at(T0 + 4 * 24 * HOUR) == sla.ScanResult(0, 0, 1)
    assert await scan_at(T0 + 5 * 24 * HOUR) == sla.ScanResult(0, 0, 0)
    stored = await Case.get(id=case.id)
    assert (stored.status, stored.open_key, stored.closed_at, stored.resolution_reason) == (
        S.CLOSED, None, T0 + 4 * 24 * HOUR, "已退款")
    assert await system_events(case) == [("status", "RESOLVED", "CLOSED")]
    assert (await payloads("case.updated"))[-1] == {"case_id": case.id, "status": "closed", "change": "status",
                                                    "from": "resolved", "to": "closed"}


async def test_concurrent_scans_record_each_breach_once(org: Organization) -> None:
    await staffed(org)
    with time_machine.travel(T0, tick=False):
        made = [await opened(org, who=f"p{i}") for i in range(6)]
    with time_machine.travel(T0 + 30 * HOUR, tick=False):
        results = await asyncio.gather(*[sla.scan() for _ in range(4)])
    assert sum(r.breaches for r in results) == 6
    assert await CaseBreach.all().count() == 6
    assert await AuditEvent.filter(kind="breach").count() == 6
    assert await AuditEvent.filter(kind="escalation").count() == 6
    assert len(await payloads("case.sla_breached")) == 6
    assert {c.escalation_level for c in await Case.filter(id__in=[c.id for c in made])} == {1}


async def test_the_scan_is_registered_as_a_periodic_job(settings: Settings) -> None:
    from api.wiring import SLA_SCAN, wiring

    job = next(job for job in wiring(settings).periodic if job.name == SLA_SCAN)
    assert job.every_seconds == 60
