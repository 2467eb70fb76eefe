"""Routing and round-robin: rules pick the team, turns are fair, caps and availability hold."""

from __future__ import annotations

import asyncio
from collections import Counter

import pytest

from actions import cases, rules
from actions.errors import InvalidAssignee
from actions.models import AuditEvent, Case, CaseStatus, Team, TeamMember
from core.errors import NotFound, ValidationFailed
from core.ids import encode_id
from core.models import Organization, Role, User
from core.service import get_or_create_organization
from tests.support.cases import AGENT, respond, survey_of, team_of, user_of

S = CaseStatus


async def open_many(org: Organization, count: int, *, attributes: dict[str, str] | None = None,
                    prefix: str = "r") -> list[Case]:
    survey = await survey_of(org)
    made = []
    for i in range(count):
        response = await respond(survey, 0, who=f"{prefix}{i}", attributes=attributes)
        case = await cases.evaluate_response(response_id=response.id)
        assert case is not None
        made.append(case)
    return made


async def test_round_robin_is_fair_over_three_agents(org: Organization) -> None:
    agents = [await user_of(org, f"agent{i}") for i in range(3)]
    team = await team_of(org, "一线客服", agents)
    made = await open_many(org, 9)
    assert [c.assignee_id for c in made] == [a.id for a in agents] * 3
    assert all(c.status == S.ASSIGNED and c.team_id == team.id for c in made)
    events = await AuditEvent.filter(subject="case", subject_id=made[0].id).order_by("id")
    assert [(e.kind, e.to_value) for e in events] == [
        ("created", "NEW"), ("team", encode_id("Team", team.id)), ("assignee", encode_id("User", agents[0].id)),
        ("status", "ASSIGNED")]
    assert events[2].note == "round robin (default team)"


async def test_caps_are_respected_and_the_fallback_owner_takes_the_rest(org: Organization) -> None:
    agents = [await user_of(org, f"agent{i}") for i in range(3)]
    owner = await user_of(org, "组长")
    await team_of(org, "一线客服", agents, cap=2, fallback=owner)
    made = await open_many(org, 8)
    counts = Counter(c.assignee_id for c in made)
    assert counts == {agents[0].id: 2, agents[1].id: 2, agents[2].id: 2, owner.id: 2}
    # A case that leaves the active statuses frees a slot under the cap.
    first = made[0]
    await cases.transition(organization_id=org.id, case_id=first.id, to=S.CANCELLED, actor=AGENT)
    [next_case] = await open_many(org, 1, prefix="later")
    assert next_case.assignee_id == first.assignee_id


async def test_unavailable_and_non_agent_members_are_skipped(org: Organization) -> None:
    agents = [await user_of(org, f"agent{i}") for i in range(3)]
    team = await team_of(org, "一线客服", agents)
    await rules.set_member_availability(organization=org, team_id=team.id, user_id=agents[1].id, available=False)
    await User.filter(id=agents[2].id).update(role=Role.VIEWER)  # the role changed after joining
    made = await open_many(org, 4)
    assert {c.assignee_id for c in made} == {agents[0].id}


async def test_a_changed_cap_applies_to_the_next_cases_and_keeps_the_assigned_ones(org: Organization) -> None:
    agents = [await user_of(org, f"agent{i}") for i in range(2)]
    owner = await user_of(org, "组长")
    team = await team_of(org, "一线客服", agents, cap=3, fallback=owner)
    first = await open_many(org, 4)
    assert Counter(c.assignee_id for c in first) == {agents[0].id: 2, agents[1].id: 2}
    member = await rules.set_member_cap(organization=org, team_id=team.id, user_id=agents[0].id, max_open_cases=1)
    assert member.max_open_cases == 1
    # agent0 keeps both cases (over the new cap) and takes no more; agent1 fills up to 3, then the owner.
    assert await Case.filter(assignee_id=agents[0].id).count() == 2
    later = await open_many(org, 3, prefix="later")
    assert [c.assignee_id for c in later] == [agents[1].id, owner.id, owner.id]
    await rules.set_member_cap(organization=org, team_id=team.id, user_id=agents[0].id, max_open_cases=5)
    [raised] = await open_many(org, 1, prefix="raised")
    assert raised.assignee_id == agents[0].id


async def test_cap_changes_are_refused_out_of_range_for_non_members_and_other_organisations(org: Organization) -> None:
    agent, outsider = await user_of(org, "agent0"), await user_of(org, "agent1")
    other = await get_or_create_organization(name="别家")
    team = await team_of(org, "一线客服", [agent], cap=4)
    for cap in (0, 1001):
        with pytest.raises(ValidationFailed) as refused:
            await rules.set_member_cap(organization=org, team_id=team.id, user_id=agent.id, max_open_cases=cap)
        assert refused.value.field == "maxOpenCases"
    with pytest.raises(NotFound) as not_member:
        await rules.set_member_cap(organization=org, team_id=team.id, user_id=outsider.id, max_open_cases=2)
    assert not_member.value.field == "userId"
    with pytest.raises(NotFound) as foreign:
        await rules.set_member_cap(organization=other, team_id=team.id, user_id=agent.id, max_open_cases=2)
    assert foreign.value.field == "teamId"
    assert (await TeamMember.get(team_id=team.id, user_id=agent.id)).max_open_cases == 4


async def test_no_agent_and_no_fallback_leaves_the_case_new_in_its_team(org: Organization) -> None:
    agent = await user_of(org, "agent0")
    team = await team_of(org, "一线客服", [agent], cap=1)
    made = await open_many(org, 2)
    assert (made[0].status, made[0].assignee_id) == (S.ASSIGNED, agent.id)
    assert (made[1].status, made[1].assignee_id, made[1].team_id) == (S.NEW, None, team.id)


async def test_without_any_team_cases_stay_new_and_unrouted(org: Organization) -> None:
    [case] = await open_many(org, 1)
    assert (case.status, case.team_id, case.assignee_id) == (S.NEW, None, None)


async def test_routing_rules_send_segments_to_their_team(org: Organization) -> None:
    general, vip = await user_of(org, "general"), await user_of(org, "vip")
    await team_of(org, "一线客服", [general])
    vip_team = await team_of(org, "大客户", [vip], default=False)
    rule = await rules.add_routing_rule(organization=org, attribute="plan", value="企业版", team_id=vip_team.id)
    routed = await open_many(org, 2, attributes={"plan": "企业版"}, prefix="vip")
    others = await open_many(org, 2, attributes={"plan": "免费版"}, prefix="free")
    assert {c.assignee_id for c in routed} == {vip.id} and {c.team_id for c in routed} == {vip_team.id}
    assert {c.assignee_id for c in others} == {general.id}
    note = (await AuditEvent.get(subject="case", subject_id=routed[0].id, kind="team")).note
    assert note == f"round robin (routing rule {encode_id('RoutingRule', rule.id)})"
    listed = await rules.list_routing_rules(organization_id=org.id)
    assert [(r.attribute, r.value) for r in listed] == [("plan", "企业版")]


async def test_a_deleted_routing_rule_sends_its_segment_to_the_default_team(org: Organization) -> None:
    general, vip = await user_of(org, "general"), await user_of(org, "vip")
    await team_of(org, "一线客服", [general])
    vip_team = await team_of(org, "大客户", [vip], default=False)
    rule = await rules.add_routing_rule(organization=org, attribute="plan", value="企业版", team_id=vip_team.id)
    [before] = await open_many(org, 1, attributes={"plan": "企业版"}, prefix="before")
    assert before.assignee_id == vip.id
    other = await get_or_create_organization(name="别家")
    with pytest.raises(NotFound):
        await rules.delete_routing_rule(organization=other, rule_id=rule.id)
    removed = await rules.delete_routing_rule(organization=org, rule_id=rule.id)
    assert (removed.attribute, removed.value) == ("plan", "企业版")
    assert await rules.list_routing_rules(organization_id=org.id) == []
    with pytest.raises(NotFound) as again:
        await rules.delete_routing_rule(organization=org, rule_id=rule.id)
    assert again.value.field == "id"
    [after] = await open_many(org, 1, attributes={"plan": "企业版"}, prefix="after")
    assert after.assignee_id == general.id


async def test_concurrent_cases_share_the_turns(org: Organization) -> None:
    agents = [await user_of(org, f"agent{i}") for i in range(3)]
    await team_of(org, "一线客服", agents, cap=4)
    survey = await survey_of(org)
    responses = [await respond(survey, 1, who=f"c{i}") for i in range(12)]
    made = await asyncio.gather(*[cases.evaluate_response(response_id=r.id) for r in responses])
    counts = Counter(c.assignee_id for c in made if c is not None)
    assert sorted(counts.values()) == [4, 4, 4]


async def test_team_set_up_refusals(org: Organization) -> None:
    agent = await user_of(org, "agent0")
    analyst = await user_of(org, "analyst", Role.ANALYST)
    other = await get_or_create_organization(name="别家")
    foreign = await user_of(other, "外人")
    team = await team_of(org, "一线客服", [agent])
    with pytest.raises(ValidationFailed) as duplicate:
        await rules.create_team(organization=org, name="一线客服")
    assert duplicate.value.code == "DUPLICATE"
    with pytest.raises(InvalidAssignee):
        await rules.create_team(organization=org, name="二线", fallback_owner_id=analyst.id)
    with pytest.raises(NotFound):
        await rules.create_team(organization=org, name="二线", lead_id=foreign.id)
    with pytest.raises(InvalidAssignee):
        await rules.add_team_member(organization=org, team_id=team.id, user_id=analyst.id)
    with pytest.raises(NotFound):
        await rules.add_team_member(organization=org, team_id=team.id, user_id=foreign.id)
    with pytest.raises(NotFound):
        await rules.add_team_member(organization=other, team_id=team.id, user_id=foreign.id)
    with pytest.raises(ValidationFailed):
        await rules.add_team_member(organization=org, team_id=team.id, user_id=agent.id)
    with pytest.raises(ValidationFailed):
        await rules.add_team_member(organization=org, team_id=team.id, user_id=(await user_of(org, "a2")).id,
                                    max_open_cases=0)
    with pytest.raises(NotFound):
        await rules.add_routing_rule(organization=other, attribute="plan", value="pro", team_id=team.id)
    await rules.add_routing_rule(organization=org, attribute="plan", value="pro", team_id=team.id)
    with pytest.raises(ValidationFailed):
        await rules.add_routing_rule(organization=org, attribute="plan", value="pro", team_id=team.id)
    assert await Team.all().count() == 1 and await TeamMember.all().count() == 1


async def test_one_default_team(org: Organization) -> None:
    first = await rules.create_team(organization=org, name="A", is_default=True)
    second = await rules.create_team(organization=org, name="B", is_default=True)
    assert [(t.id, t.is_default) for t in await rules.list_teams(organization_id=org.id)] == [
        (first.id, False), (second.id, True)]
