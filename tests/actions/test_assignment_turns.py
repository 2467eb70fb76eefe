"""A member's last assignment tells the truth however a case reached them (round robin, fallback owner,
an account's CS manager, by hand), so the next turn goes to whoever waited longest; and assigning by
hand past a cap is the caller's choice (`within_cap` refuses it, typed)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from actions import account_cases, assignment, cases
from actions.errors import OverCap
from actions.models import Case, TeamMember
from core.models import Organization
from tests.support.cases import AGENT, respond, survey_of, team_of, user_of

T0 = datetime(2026, 12, 2, 6, tzinfo=UTC)


async def last_assigned(user_id: int) -> datetime | None:
    return (await TeamMember.get(user_id=user_id)).last_assigned_at


async def test_the_fallback_owner_s_cases_count_as_their_turns(org: Organization) -> None:
    zhang, li = await user_of(org, "张伟"), await user_of(org, "李娜")
    await team_of(org, "客户成功组", [zhang, li], cap=1, fallback=zhang)
    survey = await survey_of(org)
    first = await cases.evaluate_response(response_id=(await respond(survey, 1, who="a")).id, now=T0)
    second = await cases.evaluate_response(response_id=(await respond(survey, 1, who="b")).id,
                                           now=T0 + timedelta(hours=1))
    assert first is not None and second is not None
    assert {first.assignee_id, second.assignee_id} == {zhang.id, li.id}  # one turn each, both at their cap now
    late = T0 + timedelta(days=5, hours=17, minutes=58)
    third = await cases.evaluate_response(response_id=(await respond(survey, 1, who="c")).id, now=late)
    assert third is not None and third.assignee_id == zhang.id  # everyone is full: the fallback owner
    assert await last_assigned(zhang.id) == late
    # A replay of an older time does not move it back.
    await assignment.note_assigned(organization_id=org.id, user_id=zhang.id, now=T0)
    assert await last_assigned(zhang.id) == late


async def test_an_account_s_manager_and_a_hand_assignment_count_too(org: Organization) -> None:
    zhang, wang = await user_of(org, "张伟"), await user_of(org, "王芳")
    await team_of(org, "客户成功组", [zhang, wang], cap=5)
    warned, _ = await account_cases.open_account_case(
        organization=org, account_external_id="acme", reason="usage_drop", detail={"change": -0.5},
        window_key="2026-W49", owner_id=wang.id, now=T0)
    assert warned.assignee_id == wang.id and await last_assigned(wang.id) == T0
    later = T0 + timedelta(hours=3)
    await cases.assign(organization_id=org.id, case_id=warned.id, assignee_id=zhang.id, actor=AGENT, now=later)
    assert await last_assigned(zhang.id) == later
    # The round robin now turns to whoever waited longest: 王芳, assigned at T0.
    response = await respond(await survey_of(org), 1)
    opened = await cases.evaluate_response(response_id=response.id, now=later + timedelta(minutes=1))
    assert opened is not None and opened.assignee_id == wang.id


async def test_within_cap_refuses_an_agent_at_their_cap_and_without_it_a_lead_may(org: Organization) -> None:
    wang, li = await user_of(org, "王芳"), await user_of(org, "李娜")
    await team_of(org, "客户成功组", [wang], cap=1)
    await team_of(org, "二线", [li, wang], cap=2, default=False)  # the largest cap holds
    survey = await survey_of(org)
    held = [await cases.open_case(organization_id=org.id, response_id=(await respond(survey, 9, who=w)).id,
                                  actor=AGENT) for w in ("x", "y", "z")]
    await cases.assign(organization_id=org.id, case_id=held[0].id, assignee_id=wang.id, actor=AGENT, within_cap=True)
    await Case.filter(id=held[1].id).update(assignee_id=wang.id)
    assert await assignment.over_cap(organization_id=org.id, user_id=wang.id) == (2, 2)
    with pytest.raises(OverCap) as refused:
        await cases.assign(organization_id=org.id, case_id=held[2].id, assignee_id=wang.id, actor=AGENT,
                           within_cap=True)
    assert refused.value.field == "assigneeId" and "2 open cases" in refused.value.message
    assert (await Case.get(id=held[2].id)).assignee_id is None
    past = await cases.assign(organization_id=org.id, case_id=held[2].id, assignee_id=wang.id, actor=AGENT)
    assert past.assignee_id == wang.id
    outsider = await user_of(org, "赵六")  # in no team: no cap holds them
    assert await assignment.over_cap(organization_id=org.id, user_id=outsider.id) is None

