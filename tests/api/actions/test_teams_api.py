"""Teams kept up by an admin: rename, lead and fallback owner changed or cleared, the default moved,
a member taken out (their cases stay theirs), and a team deleted only without work."""

from __future__ import annotations

from typing import Any

import httpx
from taskiq import InMemoryBroker

from tests.support.case_api import ASSIGN, CREATE_TEAM, ERRORS, deliver, make_user, staff
from tests.support.client import GraphQL
from tests.support.ops import active_survey, submit

TEAM = "team { id name isDefault lead { id } fallbackOwner { id } members { user { id } } }"
UPDATE = f"""mutation($id: ID!, $input: UpdateTeamInput!) {{
  updateTeam(id: $id, input: $input) {{ {TEAM} {ERRORS} }} }}"""
DELETE = f"mutation($id: ID!) {{ deleteTeam(id: $id) {{ team {{ name }} {ERRORS} }} }}"
REMOVE = f"""mutation($team: ID!, $user: ID!) {{
  removeTeamMember(teamId: $team, userId: $user) {{ {TEAM} {ERRORS} }} }}"""
ROUTE = f"""mutation($team: ID!) {{ addRoutingRule(attribute: "plan", value: "pro", teamId: $team) {{
  rule {{ id }} {ERRORS} }} }}"""
UNROUTE = f"mutation($id: ID!) {{ deleteRoutingRule(id: $id) {{ rule {{ id }} {ERRORS} }} }}"
TEAMS = "{ teams { name isDefault } }"


def codes(payload: dict[str, Any]) -> list[tuple[str, str | None]]:
    return [(e["code"], e["field"]) for e in payload["errors"]]


async def test_an_admin_renames_a_team_and_changes_or_clears_its_people(gql: GraphQL) -> None:
    staffed = await staff(gql)
    first, agent = staffed["team"], staffed["agents"][0]
    other = (await gql(CREATE_TEAM, name="大客户", lead=None, owner=None, default=False))["createTeam"]["team"]
    renamed = (await gql(UPDATE, id=first["id"], input={"name": "  一线 ", "fallbackOwnerId": agent["id"]}))
    team = renamed["updateTeam"]["team"]
    assert (team["name"], team["lead"], team["fallbackOwner"]) == ("一线", {"id": staffed["lead"]["id"]},
                                                                   {"id": agent["id"]})
    cleared = (await gql(UPDATE, id=first["id"], input={"leadId": None}))["updateTeam"]["team"]
    assert cleared["lead"] is None and cleared["fallbackOwner"] == {"id": agent["id"]}  # omitted: kept
    # Refusals change nothing: a taken name, a lead of nobody, a fallback owner who is not an agent.
    for bad, code, field in (({"name": "大客户"}, "DUPLICATE", "name"), ({"name": " "}, "VALIDATION", "name"),
                             ({"leadId": "VXNlcjo5OTk5"}, "NOT_FOUND", "leadId"),
                             ({"fallbackOwnerId": staffed["lead"]["id"]}, "INVALID_ASSIGNEE", "fallbackOwnerId"),
                             ({"isDefault": False}, "VALIDATION", "isDefault")):
        refused = (await gql(UPDATE, id=first["id"], input=bad))["updateTeam"]
        assert refused["team"] is None and codes(refused) == [(code, field)], bad
    # The default moves to another team; the previous one stops being it.
    moved = (await gql(UPDATE, id=other["id"], input={"isDefault": True}))["updateTeam"]["team"]
    assert moved["isDefault"] is True
    assert (await gql(TEAMS))["teams"] == [{"name": "一线", "isDefault": False}, {"name": "大客户", "isDefault": True}]


async def test_a_member_taken_out_keeps_their_cases_and_gets_no_new_ones(
    client: httpx.AsyncClient, gql: GraphQL, public: GraphQL, broker: InMemoryBroker
) -> None:
    survey = await active_survey(gql)
    staffed = await staff(gql)
    team, (kept, leaving) = staffed["team"], staffed["agents"]
    await submit(public, survey["token"], "detractor-0001", score=1, respondent={"externalId": "c1"})
    await deliver(broker)
    case = (await gql("{ cases(first: 1) { edges { node { id } } } }"))["cases"]["edges"][0]["node"]
    assigned = (await gql(ASSIGN, id=case["id"], user=leaving["id"]))["assignCase"]
    assert assigned["errors"] == []
    removed = (await gql(REMOVE, team=team["id"], user=leaving["id"]))["removeTeamMember"]
    assert [m["user"]["id"] for m in removed["team"]["members"]] == [kept["id"]]
    again = (await gql(REMOVE, team=team["id"], user=leaving["id"]))["removeTeamMember"]
    assert codes(again) == [("NOT_FOUND", "userId")]
    mine = await gql("query($id: ID!) { node(id: $id) { ... on Case { assignee { id } } } }", id=case["id"])
    assert mine["node"]["assignee"] == {"id": leaving["id"]}
    # New cases of the team go to the members left.
    for i in range(3):
        await submit(public, survey["token"], f"detractor-1{i:03}", score=0, respondent={"externalId": f"n{i}"})
    await deliver(broker)
    newer = await gql("{ cases(first: 10) { edges { node { assignee { id } } } } }")
    assignees = [e["node"]["assignee"]["id"] for e in newer["cases"]["edges"] if e["node"]["assignee"]]
    assert assignees.count(leaving["id"]) == 1 and assignees.count(kept["id"]) == 3
    # An agent cannot take themselves out: admins keep teams.
    as_agent = GraphQL(client, kept["key"])
    refused = await as_agent.raw(REMOVE, team=team["id"], user=kept["id"])
    assert refused.json()["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_a_team_is_deleted_only_without_work(
    gql: GraphQL, public: GraphQL, broker: InMemoryBroker
) -> None:
    survey = await active_survey(gql)
    staffed = await staff(gql)
    default = staffed["team"]
    spare = (await gql(CREATE_TEAM, name="夜班", lead=None, owner=None, default=False))["createTeam"]["team"]
    assert codes((await gql(DELETE, id=default["id"]))["deleteTeam"]) == [("TEAM_IN_USE", "id")]
    rule = (await gql(ROUTE, team=spare["id"]))["addRoutingRule"]["rule"]
    assert codes((await gql(DELETE, id=spare["id"]))["deleteTeam"]) == [("TEAM_IN_USE", "id")]
    await gql(UNROUTE, id=rule["id"])
    # The default team with an open case, made no longer default: still in use by its case.
    await submit(public, survey["token"], "detractor-0001", score=2, respondent={"externalId": "c1"})
    await deliver(broker)
    await gql(UPDATE, id=spare["id"], input={"isDefault": True})
    busy = (await gql(DELETE, id=default["id"]))["deleteTeam"]
    assert codes(busy) == [("TEAM_IN_USE", "id")] and "1 open case" in busy["errors"][0]["message"]
    made = await make_user(gql, "temp", "AGENT")
    empty = (await gql(CREATE_TEAM, name="临时", lead=None, owner=made["id"], default=False))["createTeam"]["team"]
    assert (await gql(DELETE, id=empty["id"]))["deleteTeam"] == {"team": {"name": "临时"}, "errors": []}
    assert [t["name"] for t in (await gql(TEAMS))["teams"]] == ["一线客服", "夜班"]
    assert codes((await gql(DELETE, id=empty["id"]))["deleteTeam"]) == [("NOT_FOUND", "id")]
