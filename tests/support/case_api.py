"""Follow-up cases through GraphQL: the operations, the in-process queue and the staff that the
case API tests share (tests/api/actions)."""

from __future__ import annotations

from typing import Any

from taskiq import InMemoryBroker

from core.outbox import relay_once
from tests.support.client import GraphQL

ERRORS = "errors { code field message }"
CASE_FIELDS = """id status source firstContactDueAt resolveDueAt breached escalationLevel paused resolutionReason
  resurveyUrl resurveyResponse { id score } assignee { id name } team { name }
  response { id score } events { actor actorKind actorId kind from to note }"""
CREATE_USER = f"""mutation($name: String!, $email: String, $role: Role!, $key: Boolean!) {{
  createUser(name: $name, email: $email, role: $role, withApiKey: $key) {{ user {{ id name role }} apiKey {ERRORS} }} }}"""
CREATE_TEAM = f"""mutation($name: String!, $lead: ID, $owner: ID, $default: Boolean!) {{
  createTeam(name: $name, leadId: $lead, fallbackOwnerId: $owner, isDefault: $default) {{
    team {{ id name isDefault lead {{ id }} fallbackOwner {{ id }} }} {ERRORS} }} }}"""
ADD_MEMBER = f"""mutation($team: ID!, $user: ID!, $cap: Int) {{
  addTeamMember(teamId: $team, userId: $user, maxOpenCases: $cap) {{
    team {{ members {{ user {{ id }} maxOpenCases available }} }} {ERRORS} }} }}"""
CASES = f"""query($filter: CaseFilter, $first: Int, $after: String) {{
  cases(filter: $filter, first: $first, after: $after) {{
    totalCount pageInfo {{ hasNextPage endCursor }} edges {{ node {{ {CASE_FIELDS} }} }} }} }}"""
ASSIGN = f"""mutation($id: ID!, $user: ID!) {{
  assignCase(id: $id, assigneeId: $user) {{ case {{ {CASE_FIELDS} }} {ERRORS} }} }}"""
TRANSITION = f"""mutation($id: ID!, $to: CaseStatus!, $note: String, $topic: ID) {{
  transitionCase(id: $id, to: $to, note: $note, rootCauseTopicId: $topic) {{ case {{ {CASE_FIELDS} }} {ERRORS} }} }}"""


async def deliver(broker: InMemoryBroker) -> None:
    """Run the outbox until it is empty (tasks write further events: analysis, case events)."""
    for _ in range(10):
        sent = await relay_once(broker)
        await broker.wait_all()
        if not sent:
            return


async def make_user(gql: GraphQL, name: str, role: str, *, key: bool = False) -> dict[str, Any]:
    made = (await gql(CREATE_USER, name=name, email=f"{name}@acme.example", role=role, key=key))["createUser"]
    assert made["errors"] == [], made
    return {**made["user"], "key": made["apiKey"]}


async def staff(gql: GraphQL) -> dict[str, Any]:
    agents = [await make_user(gql, f"agent{i}", "AGENT", key=True) for i in range(2)]
    lead = await make_user(gql, "lead", "ANALYST")
    team = (await gql(CREATE_TEAM, name="一线客服", lead=lead["id"], owner=None, default=True))["createTeam"]
    assert team["errors"] == [] and team["team"]["lead"]["id"] == lead["id"]
    for agent in agents:
        added = (await gql(ADD_MEMBER, team=team["team"]["id"], user=agent["id"], cap=5))["addTeamMember"]
        assert added["errors"] == []
    return {"agents": agents, "lead": lead, "team": team["team"]}
