"""Follow-up cases through GraphQL, end to end: rules and teams set up by an admin, a detractor's
submission opening an assigned case through the outbox, the whole walk with typed refusals, the
re-survey answered on the hosted page, filters, and permissions."""

from __future__ import annotations

from typing import Any

import httpx
import time_machine
from taskiq import InMemoryBroker

from actions import sla
from actions.models import Case
from core.models import Organization, Role
from core.service import create_api_key, get_or_create_organization
from tests.support.case_api import (
    ASSIGN,
    CASE_FIELDS,
    CASES,
    CREATE_TEAM,
    CREATE_USER,
    ERRORS,
    TRANSITION,
    deliver,
    make_user,
    staff,
)
from tests.support.client import GraphQL
from tests.support.ops import active_survey, submit

AVAILABILITY = f"""mutation($team: ID!, $user: ID!, $available: Boolean!) {{
  setMemberAvailability(teamId: $team, userId: $user, available: $available) {{
    team {{ members {{ user {{ id }} available }} }} {ERRORS} }} }}"""
SET_CAP = f"""mutation($team: ID!, $user: ID!, $cap: Int!) {{
  setMemberCap(teamId: $team, userId: $user, maxOpenCases: $cap) {{
    team {{ members {{ user {{ id }} maxOpenCases }} }} {ERRORS} }} }}"""
ADD_ROUTING = f"""mutation($attribute: String!, $value: String!, $team: ID!) {{
  addRoutingRule(attribute: $attribute, value: $value, teamId: $team) {{
    rule {{ id attribute value position team {{ name }} }} {ERRORS} }} }}"""
DELETE_ROUTING = f"""mutation($id: ID!) {{
  deleteRoutingRule(id: $id) {{ rule {{ attribute value }} {ERRORS} }} }}"""
SET_RULE = f"""mutation($survey: ID, $input: CaseRuleInput!) {{
  setCaseRule(surveyId: $survey, input: $input) {{
    rule {{ id surveyId builtIn enabled npsMax csatMax cesMin sentimentMax firstContactHours resolveHours reopenDays }}
    {ERRORS} }} }}"""
RULES = "{ caseRules { id surveyId builtIn npsMax firstContactHours } }"
TEAMS = "{ teams { name isDefault members { user { name } } } routingRules { attribute value team { name } } }"
OPEN = f"mutation($id: ID!) {{ openCase(responseId: $id) {{ case {{ {CASE_FIELDS} }} {ERRORS} }} }}"
NOTE = f"mutation($id: ID!, $note: String!) {{ addCaseNote(id: $id, note: $note) {{ case {{ id }} {ERRORS} }} }}"
NODE = f"query($id: ID!) {{ node(id: $id) {{ ... on Case {{ {CASE_FIELDS} }} }} }}"


def codes(payload: dict[str, Any]) -> list[tuple[str, str | None]]:
    return [(e["code"], e["field"]) for e in payload["errors"]]


async def test_a_detractor_is_followed_up_from_submission_to_re_survey(
    client: httpx.AsyncClient, gql: GraphQL, public: GraphQL, broker: InMemoryBroker
) -> None:
    staffed = await staff(gql)
    agent = GraphQL(client, staffed["agents"][0]["key"])
    survey = await active_survey(gql)
    sent = await submit(public, survey["token"], "detractor-01", score=2, comment="配送太慢了，饭都凉了",
                        respondent={"externalId": "buyer-42"})
    await submit(public, survey["token"], "promoter-001", score=10, respondent={"externalId": "buyer-43"})
    await deliver(broker)
    listed = (await gql(CASES))["cases"]
    assert listed["totalCount"] == 1
    case = listed["edges"][0]["node"]
    assert (case["status"], case["source"], case["response"]["id"]) == ("ASSIGNED", "rule", sent["response"]["id"])
    assert case["assignee"]["id"] == staffed["agents"][0]["id"] and case["team"]["name"] == "一线客服"
    assert case["firstContactDueAt"] and case["resolveDueAt"] and case["breached"] is False
    assert [e["kind"] for e in case["events"]] == ["created", "team", "assignee", "status"]
    assert (case["events"][0]["actor"], case["events"][0]["actorKind"]) == ("default case rule", "RULE")

    async def move(to: str, note: str | None = None) -> dict[str, Any]:
        moved = (await agent(TRANSITION, id=case["id"], to=to, note=note, topic=None))["transitionCase"]
        assert moved["errors"] == [], moved
        node: dict[str, Any] = moved["case"]
        return node

    refused = (await agent(TRANSITION, id=case["id"], to="RESOLVED", note=None, topic=None))["transitionCase"]
    assert refused["case"] is None and codes(refused) == [("INVALID_TRANSITION", "to")]
    assert refused["errors"][0]["message"].endswith("allowed: CANCELLED, IN_PROGRESS")
    started = await move("IN_PROGRESS")  # records the first contact, and the trail says so
    assert started["events"][-1] == {"actor": "agent0", "actorKind": "USER", "actorId": staffed["agents"][0]["id"],
                                     "kind": "first_contact", "from": None, "to": "IN_PROGRESS", "note": None}
    assert (await move("WAITING_CUSTOMER"))["paused"] is True
    await move("IN_PROGRESS")
    assert (await agent(NOTE, id=case["id"], note="已补发"))["addCaseNote"]["errors"] == []
    resolved = await move("RESOLVED", "已补发餐品")
    assert resolved["resolutionReason"] == "已补发餐品" and resolved["resurveyUrl"].startswith("/s/")
    page = await client.get(resolved["resurveyUrl"])
    assert page.status_code == 200 and "data-voc-survey" in page.text
    token = resolved["resurveyUrl"].split("/s/")[1].split("?")[0]
    public_survey = (await public("query($t: String!) { surveyForRespondent(token: $t) { kind questions "
                                  "shouldDisplay } }", t=token))["surveyForRespondent"]
    assert public_survey["kind"] == "CSAT" and public_survey["questions"]["main"]["text"] == "问题解决了吗？"
    assert public_survey["shouldDisplay"] is True
    answered = await submit(public, token, "resurvey-answer-01", score=5,
                            pageUrl=f"http://testserver{resolved['resurveyUrl']}", channel="LINK")
    assert answered["errors"] == []
    await deliver(broker)
    closed = await move("CLOSED")
    assert closed["status"] == "CLOSED" and closed["resurveyResponse"] == {"id": answered["response"]["id"],
                                                                          "score": 5}
    assert [e["kind"] for e in closed["events"]] == [
        "created", "team", "assignee", "status", "status", "first_contact", "status", "status", "note", "status",
        "resurvey", "resurvey_answered", "status"]
    assert all((e["actor"], e["actorId"]) == ("agent0", staffed["agents"][0]["id"]) for e in closed["events"][4:11])
    assert (await gql(CASES))["cases"]["totalCount"] == 1  # the re-survey answer opened no case
    again = (await agent(TRANSITION, id=case["id"], to="IN_PROGRESS", note=None, topic=None))["transitionCase"]
    assert codes(again) == [("INVALID_TRANSITION", "to")] and "none (final status)" in again["errors"][0]["message"]


async def test_a_clearly_negative_comment_opens_a_case_after_analysis(
    gql: GraphQL, public: GraphQL, broker: InMemoryBroker
) -> None:
    survey = await active_survey(gql)
    await submit(public, survey["token"], "sentiment-01", score=9, comment="APP总是闪退，太难用了，非常失望！",
                 respondent={"externalId": "s1"})
    await submit(public, survey["token"], "sentiment-02", score=9, comment="送餐很快，味道很好",
                 respondent={"externalId": "s2"})
    await deliver(broker)
    listed = (await gql(CASES))["cases"]
    assert listed["totalCount"] == 1
    case = listed["edges"][0]["node"]
    assert case["response"]["score"] == 9 and case["events"][0]["kind"] == "created"
    assert (case["events"][0]["actor"], case["events"][0]["actorKind"]) == ("default case rule", "RULE")


def _pk(global_id: str) -> int:
    from api.ids import decode_any

    decoded = decode_any(global_id)
    assert decoded is not None
    return decoded[1]


async def test_rules_and_teams_are_set_up_through_graphql(gql: GraphQL, public: GraphQL,
                                                           broker: InMemoryBroker) -> None:
    assert (await gql(RULES))["caseRules"] == [{"id": None, "surveyId": None, "builtIn": True, "npsMax": 6,
                                                "firstContactHours": 24}]
    survey = await active_survey(gql)
    made = (await gql(SET_RULE, survey=survey["id"], input={"npsMax": 8, "firstContactHours": 2}))["setCaseRule"]
    assert made["errors"] == [] and made["rule"]["surveyId"] == survey["id"]
    assert (made["rule"]["npsMax"], made["rule"]["csatMax"], made["rule"]["sentimentMax"]) == (8, 2, -0.6)
    off = (await gql(SET_RULE, survey=survey["id"], input={"sentimentMax": None}))["setCaseRule"]
    assert off["rule"]["sentimentMax"] is None and off["rule"]["npsMax"] == 8
    for bad, field in (({"npsMax": 11}, "npsMax"), ({"csatMax": 0}, "csatMax"), ({"cesMin": 9}, "cesMin"),
                       ({"sentimentMax": -2.0}, "sentimentMax"), ({"resolveHours": 0}, "resolveHours"),
                       ({"firstContactHours": None}, "firstContactHours")):
        refused = (await gql(SET_RULE, survey=None, input=bad))["setCaseRule"]
        assert refused["rule"] is None and codes(refused) == [("VALIDATION", field)]
    missing = (await gql(SET_RULE, survey="U3VydmV5Ojk5OQ", input={"npsMax": 3}))["setCaseRule"]
    assert codes(missing) == [("NOT_FOUND", "surveyId")]
    rules = (await gql(RULES))["caseRules"]
    assert [(r["builtIn"], r["npsMax"]) for r in rules] == [(True, 6), (False, 8)]
    # The per-survey rule opens a case for a passive (8) and sets a 2 h first-contact clock.
    await submit(public, survey["token"], "passive-0001", score=8, respondent={"externalId": "p1"})
    await deliver(broker)
    case = (await gql(CASES))["cases"]["edges"][0]["node"]
    assert case["status"] == "NEW"  # no team yet

    staffed = await staff(gql)
    vip = (await gql(CREATE_TEAM, name="大客户", lead=None, owner=staffed["agents"][1]["id"], default=False))
    routed = (await gql(ADD_ROUTING, attribute="plan", value="企业版", team=vip["createTeam"]["team"]["id"]))
    assert routed["addRoutingRule"]["rule"]["team"]["name"] == "大客户"
    duplicate = (await gql(ADD_ROUTING, attribute="plan", value="企业版", team=vip["createTeam"]["team"]["id"]))
    assert codes(duplicate["addRoutingRule"]) == [("DUPLICATE", "value")]
    listed = await gql(TEAMS)
    assert [(t["name"], t["isDefault"], len(t["members"])) for t in listed["teams"]] == [("一线客服", True, 2),
                                                                                        ("大客户", False, 0)]
    assert listed["routingRules"] == [{"attribute": "plan", "value": "企业版", "team": {"name": "大客户"}}]
    extra = (await gql(ADD_ROUTING, attribute="region", value="华东", team=vip["createTeam"]["team"]["id"]))
    removed = (await gql(DELETE_ROUTING, id=extra["addRoutingRule"]["rule"]["id"]))["deleteRoutingRule"]
    assert removed == {"rule": {"attribute": "region", "value": "华东"}, "errors": []}
    gone = (await gql(DELETE_ROUTING, id=extra["addRoutingRule"]["rule"]["id"]))["deleteRoutingRule"]
    assert codes(gone) == [("NOT_FOUND", "id")]
    assert [r["value"] for r in (await gql(TEAMS))["routingRules"]] == ["企业版"]
    await submit(public, survey["token"], "vip-000001", score=1,
                 respondent={"externalId": "v1", "attributes": {"plan": "企业版"}})
    await deliver(broker)
    newest = (await gql(CASES, first=1))["cases"]["edges"][0]["node"]
    # The VIP team has no members: its fallback owner takes the case.
    assert newest["team"]["name"] == "大客户" and newest["assignee"]["id"] == staffed["agents"][1]["id"]


async def test_typed_refusals_change_nothing(client: httpx.AsyncClient, gql: GraphQL, public: GraphQL,
                                             org: Organization) -> None:
    staffed = await staff(gql)
    analyst = await make_user(gql, "analyst", "ANALYST")
    survey = await active_survey(gql)
    sent = await submit(public, survey["token"], "manual-0001", score=9, respondent={"externalId": "m1"})
    opened = (await gql(OPEN, id=sent["response"]["id"]))["openCase"]
    assert opened["errors"] == [] and opened["case"]["source"] == "manual"
    case = opened["case"]
    assert opened["case"]["assignee"]["id"] == staffed["agents"][0]["id"]  # routed like any case
    twice = (await gql(OPEN, id=sent["response"]["id"]))["openCase"]
    assert twice["case"] is None and codes(twice) == [("CASE_ALREADY_OPEN", "responseId")]
    for user, code, field in ((analyst["id"], "INVALID_ASSIGNEE", "assigneeId"),
                              ("VXNlcjo5OTk5", "INVALID_ASSIGNEE", "assigneeId"),
                              (survey["id"], "NOT_FOUND", "assigneeId")):
        refused = (await gql(ASSIGN, id=case["id"], user=user))["assignCase"]
        assert codes(refused) == [(code, field)]
    other = await get_or_create_organization(name="别家")
    _, outsider_key = await create_api_key(organization=other, role=Role.ADMIN)
    outsider = GraphQL(client, outsider_key)
    foreign_agent = (await outsider(CREATE_USER, name="外人", email=None, role="AGENT", key=False))["createUser"]
    refused = (await gql(ASSIGN, id=case["id"], user=foreign_agent["user"]["id"]))["assignCase"]
    assert codes(refused) == [("INVALID_ASSIGNEE", "assigneeId")]
    for mutation, variables in ((TRANSITION, {"to": "CANCELLED", "note": None, "topic": None}),
                                (ASSIGN, {"user": foreign_agent["user"]["id"]}), (NOTE, {"note": "x"})):
        answer = (await outsider(mutation, id=case["id"], **variables))
        payload = next(iter(answer.values()))
        assert codes(payload) == [("NOT_FOUND", "id")]
    assert (await outsider(NODE, id=case["id"]))["node"] is None
    assert (await outsider(CASES))["cases"]["totalCount"] == 0
    bad_topic = (await gql(TRANSITION, id=case["id"], to="CANCELLED", note=None, topic="VG9waWM6OTk5"))
    assert codes(bad_topic["transitionCase"]) == [("VALIDATION", "rootCauseTopicId")]
    unchanged = (await gql(NODE, id=case["id"]))["node"]
    assert (unchanged["status"], unchanged["assignee"]["id"]) == ("ASSIGNED", staffed["agents"][0]["id"])
    assert [e["kind"] for e in unchanged["events"]] == ["created", "team", "assignee", "status"]
    reassigned = (await gql(ASSIGN, id=case["id"], user=staffed["agents"][1]["id"]))["assignCase"]["case"]
    assert reassigned["events"][-1]["from"] == staffed["agents"][0]["id"]
    assert reassigned["events"][-1]["to"] == staffed["agents"][1]["id"]
    assert reassigned["events"][-1]["actor"] == "API key “test admin”"
    cancelled = (await gql(TRANSITION, id=case["id"], to="CANCELLED", note="重复", topic=None))["transitionCase"]
    assert cancelled["case"]["status"] == "CANCELLED"
    closed_assign = (await gql(ASSIGN, id=case["id"], user=staffed["agents"][0]["id"]))["assignCase"]
    assert codes(closed_assign) == [("INVALID_TRANSITION", "id")]


async def test_permissions(client: httpx.AsyncClient, gql: GraphQL, public: GraphQL, org: Organization) -> None:
    staffed = await staff(gql)
    survey = await active_survey(gql)
    sent = await submit(public, survey["token"], "perm-00001", score=3, respondent={"externalId": "x1"})
    keys = {role: (await create_api_key(organization=org, role=role))[1] for role in Role}
    viewer = GraphQL(client, keys[Role.VIEWER])
    response = await viewer.raw(OPEN, id=sent["response"]["id"])
    assert response.json()["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert (await viewer(CASES))["cases"]["totalCount"] == 0  # reads are open to every role
    assert (await viewer(RULES))["caseRules"][0]["builtIn"] is True
    for role in (Role.AGENT, Role.ANALYST):
        caller = GraphQL(client, keys[role])
        for query, variables in ((CREATE_TEAM, {"name": "x", "lead": None, "owner": None, "default": False}),
                                 (SET_RULE, {"survey": None, "input": {"npsMax": 3}}),
                                 (DELETE_ROUTING, {"id": "Um91dGluZ1J1bGU6MQ"}),
                                 (CREATE_USER, {"name": "y", "email": None, "role": "AGENT", "key": False})):
            answer = (await caller.raw(query, **variables)).json()
            assert answer["errors"][0]["extensions"]["code"] == "FORBIDDEN", (role, query)
    agent_key = staffed["agents"][0]["key"]
    me, other = staffed["agents"][0]["id"], staffed["agents"][1]["id"]
    team_id = staffed["team"]["id"]
    mine = (await GraphQL(client, agent_key)(AVAILABILITY, team=team_id, user=me, available=False))
    assert mine["setMemberAvailability"]["errors"] == []
    theirs = (await GraphQL(client, agent_key)(AVAILABILITY, team=team_id, user=other, available=False))
    assert codes(theirs["setMemberAvailability"]) == [("FORBIDDEN", "userId")]
    members = (await gql(AVAILABILITY, team=team_id, user=other, available=True))["setMemberAvailability"]
    assert [m["available"] for m in members["team"]["members"]] == [False, True]
    # Caps are the admin's: an agent may not change even their own; out of range or a non-member is typed.
    refused_cap = (await GraphQL(client, agent_key).raw(SET_CAP, team=team_id, user=me, cap=50)).json()
    assert refused_cap["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    capped = (await gql(SET_CAP, team=team_id, user=me, cap=12))["setMemberCap"]
    assert capped["errors"] == [] and [m["maxOpenCases"] for m in capped["team"]["members"]] == [12, 5]
    assert codes((await gql(SET_CAP, team=team_id, user=me, cap=0))["setMemberCap"]) == [("VALIDATION", "maxOpenCases")]
    lead = staffed["lead"]["id"]
    assert codes((await gql(SET_CAP, team=team_id, user=lead, cap=3))["setMemberCap"]) == [("NOT_FOUND", "userId")]
    opened = (await GraphQL(client, agent_key)(OPEN, id=sent["response"]["id"]))["openCase"]
    assert opened["errors"] == [] and opened["case"]["events"][0]["actor"] == "agent0"
    duplicate = (await gql(CREATE_USER, name="again", email="agent0@acme.example", role="AGENT", key=False))
    assert codes(duplicate["createUser"]) == [("DUPLICATE", "email")]


async def test_case_filters_and_pages(gql: GraphQL, public: GraphQL, broker: InMemoryBroker) -> None:
    staffed = await staff(gql)
    survey = await active_survey(gql)
    for i in range(4):
        await submit(public, survey["token"], f"filter-000{i}", score=i, respondent={"externalId": f"f{i}"})
    await deliver(broker)
    everything = (await gql(CASES, first=3))["cases"]
    assert everything["totalCount"] == 4 and everything["pageInfo"]["hasNextPage"] is True
    rest = (await gql(CASES, first=3, after=everything["pageInfo"]["endCursor"]))["cases"]
    assert len(rest["edges"]) == 1 and rest["pageInfo"]["hasNextPage"] is False
    first_agent = staffed["agents"][0]["id"]
    mine = (await gql(CASES, filter={"assigneeId": first_agent}))["cases"]
    assert mine["totalCount"] == 2
    await Case.filter(id=_pk(mine["edges"][0]["node"]["id"])).update(breached=True)
    assert (await gql(CASES, filter={"breached": True}))["cases"]["totalCount"] == 1
    assert (await gql(CASES, filter={"status": "ASSIGNED", "surveyId": survey["id"]}))["cases"]["totalCount"] == 4
    assert (await gql(CASES, filter={"overdue": True}))["cases"]["totalCount"] == 0
    with time_machine.travel(_far_future(), tick=False):
        result = await sla.scan()
        assert result.breaches == 8
        assert (await gql(CASES, filter={"overdue": True}))["cases"]["totalCount"] == 4
        assert (await gql(CASES, filter={"breached": True}))["cases"]["totalCount"] == 4
    bad = (await gql.raw(CASES, after="not-a-cursor")).json()
    assert bad["errors"][0]["extensions"]["code"] == "VALIDATION"
    unknown = (await gql.raw(CASES, filter={"topicId": survey["id"]})).json()
    assert unknown["errors"][0]["extensions"]["code"] == "NOT_FOUND"


def _far_future() -> Any:
    from datetime import UTC, datetime, timedelta

    return datetime.now(UTC) + timedelta(days=30)
