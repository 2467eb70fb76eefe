"""Improvement actions through the GraphQL contract: the whole walk, typed refusals, links, lists."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from actions.action_flows import verify_due_actions
from actions.models import AuditEvent, Case
from api.ids import decode_id, encode_id
from core.models import ApiKey, Organization, Role
from core.service import create_api_key, create_user, get_or_create_organization
from tests.support.analysed import comment, make_topic, many, nps_survey, topic_model
from tests.support.client import GraphQL

ERRORS = "errors { code field message }"
ACTION = """id title description status priority dueAt verificationDays baseline effect plannedAt shippedAt
  owner { id name } topics { id label } cases { id status } duplicateOf { id }
  responses(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } }
  verdictOverrideReason measuredEffect { verdict windowComplete share { before after pValue significant } }
  events { at actor actorKind actorId kind from to note }"""
CREATE = f"""mutation($input: CreateActionInput!) {{ createAction(input: $input) {{ action {{ {ACTION} }} {ERRORS} }} }}"""
UPDATE = f"""mutation($id: ID!, $input: UpdateActionInput!) {{
  updateAction(id: $id, input: $input) {{ action {{ {ACTION} }} {ERRORS} }} }}"""
TRANSITION = f"""mutation($id: ID!, $to: ActionStatus!, $note: String, $dup: ID) {{
  transitionAction(id: $id, to: $to, note: $note, duplicateOfId: $dup) {{ action {{ {ACTION} }} {ERRORS} }} }}"""
LINK = f"""mutation($id: ID!, $topicIds: [ID!], $responseIds: [ID!], $caseIds: [ID!]) {{
  linkToAction(actionId: $id, topicIds: $topicIds, responseIds: $responseIds, caseIds: $caseIds) {{
    action {{ {ACTION} }} {ERRORS} }} }}"""
NOTE = f"""mutation($id: ID!, $note: String!) {{ addActionNote(id: $id, note: $note) {{ action {{ id }} {ERRORS} }} }}"""
LIST = """query($filter: ActionFilter, $first: Int, $after: String) {
  actions(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id title status } } } }"""
NODE = f"""query($id: ID!) {{ node(id: $id) {{ ... on Action {{ {ACTION} }} }} }}"""


def gid(type_name: str, pk: int) -> str:
    return encode_id(type_name, pk)


async def move(gql: GraphQL, action_id: str, to: str, **variables: Any) -> dict[str, Any]:
    payload: dict[str, Any] = (await gql(TRANSITION, id=action_id, to=to, **variables))["transitionAction"]
    assert payload["errors"] == [], payload
    action: dict[str, Any] = payload["action"]
    assert action["status"] == to
    return action


async def test_an_action_walks_from_proposal_to_a_measured_effect(gql: GraphQL, org: Organization) -> None:
    now = datetime.now(UTC)
    survey = await nps_survey(org)
    model = await topic_model(org)
    delivery, other = await make_topic(model, 0, "配送慢"), await make_topic(model, 1, "味道")
    # The four weeks before planning: 40 of 100 comments about delivery; after shipping 10 of 100.
    await many(survey, delivery, 40, start=now - timedelta(days=27), days=26, score=2, sentiment=-0.7)
    await many(survey, other, 60, start=now - timedelta(days=27), days=26, score=9, sentiment=0.6)
    await many(survey, delivery, 10, start=now + timedelta(hours=1), days=12, score=2, sentiment=-0.7)
    await many(survey, other, 90, start=now + timedelta(hours=1), days=12, score=9, sentiment=0.6)
    owner = await create_user(organization=org, name="王经理", email="wang@example.com", role=Role.ANALYST)
    due = (now + timedelta(days=30)).isoformat()

    created = (await gql(CREATE, input={
        "title": "缩短配送时间", "description": "骑手调度优化", "ownerId": gid("User", owner.id), "priority": 1,
        "dueAt": due, "topicIds": [gid("Topic", delivery.id)]}))["createAction"]
    assert created["errors"] == []
    action = created["action"]
    assert (action["status"], action["priority"], action["verificationDays"]) == ("PROPOSED", 1, 14)
    assert action["owner"]["name"] == "王经理" and action["topics"] == [{"id": gid("Topic", delivery.id),
                                                                        "label": "配送慢"}]
    assert action["baseline"] is None and action["responses"]["totalCount"] == 0
    key_id = (await ApiKey.get(name="test admin")).id
    created_by = action["events"][0]
    assert created_by["kind"] == "created" and created_by["actor"] == "API key “test admin”"
    assert (created_by["actorKind"], created_by["actorId"]) == ("API_KEY", gid("ApiKey", key_id))

    await move(gql, action["id"], "UNDER_REVIEW", note="本周评审")
    planned = await move(gql, action["id"], "PLANNED")
    assert planned["baseline"]["comments"] == 40 and planned["baseline"]["analysed"] == 100
    assert planned["baseline"]["share"] == 0.4 and planned["baseline"]["weekly"]["mean"] == 10.0
    assert planned["baseline"]["nps"]["score"] == -100.0
    await move(gql, action["id"], "IN_PROGRESS")
    await move(gql, action["id"], "ON_HOLD")
    await move(gql, action["id"], "IN_PROGRESS")
    shipped = await move(gql, action["id"], "SHIPPED", note="新调度上线")
    assert shipped["shippedAt"] is not None and shipped["effect"] is None

    assert await verify_due_actions(now=now + timedelta(days=15)) == [decode_id(action["id"], "Action")]
    verifying = (await gql(NODE, id=action["id"]))["node"]
    assert verifying["status"] == "VERIFYING"
    assert verifying["effect"]["verdict"] == "EFFECTIVE" and verifying["effect"]["share"]["significant"] is True
    assert verifying["effect"]["share"]["pValue"] == verifying["measuredEffect"]["share"]["pValue"] < 0.05
    assert verifying["measuredEffect"]["verdict"] == "EFFECTIVE" and verifying["measuredEffect"]["windowComplete"]
    closed = await move(gql, action["id"], "CLOSED_EFFECTIVE", note="确认有效")
    kinds = [(e["kind"], e["from"], e["to"]) for e in closed["events"]]
    assert kinds == [
        ("created", None, "缩短配送时间"), ("link", None, gid("Topic", delivery.id)),
        ("status", "PROPOSED", "UNDER_REVIEW"), ("status", "UNDER_REVIEW", "PLANNED"),
        ("baseline", None, "share 40.0 %, NPS \u2212100"),
        ("status", "PLANNED", "IN_PROGRESS"), ("status", "IN_PROGRESS", "ON_HOLD"),
        ("status", "ON_HOLD", "IN_PROGRESS"), ("status", "IN_PROGRESS", "SHIPPED"),
        ("status", "SHIPPED", "VERIFYING"), ("effect", None, "EFFECTIVE"),
        ("status", "VERIFYING", "CLOSED_EFFECTIVE"),
    ]
    assert closed["events"][9]["actor"] == "system" and closed["events"][9]["actorId"] is None
    assert closed["events"][2]["note"] == "本周评审" and closed["verdictOverrideReason"] is None
    done = (await gql(LIST, filter={"status": "CLOSED_EFFECTIVE"}))["actions"]
    assert done["totalCount"] == 1 and done["edges"][0]["node"]["id"] == action["id"]


async def test_refusals_are_typed_and_change_nothing(gql: GraphQL, org: Organization) -> None:
    model = await topic_model(org)
    topic = await make_topic(model, 0, "闪退")
    viewer = await create_user(organization=org, name="看客", email=None, role=Role.VIEWER)
    other = await get_or_create_organization(name="Other")
    foreign_topic = await make_topic(await topic_model(other), 0, "闪退")
    past = (datetime.now(UTC) - timedelta(hours=1)).isoformat()
    refused = {
        "dueAt": {"title": "x", "dueAt": past},
        "priority": {"title": "x", "priority": 7},
        "ownerId": {"title": "x", "ownerId": gid("User", viewer.id)},
        "topicIds": {"title": "x", "topicIds": [gid("Topic", topic.id), gid("Topic", foreign_topic.id)]},
        "caseIds": {"title": "x", "caseIds": ["not-an-id"]},
        "verificationDays": {"title": "x", "verificationDays": 120},
    }
    codes = {}
    for field, data in refused.items():
        payload = (await gql(CREATE, input=data))["createAction"]
        assert payload["action"] is None and payload["errors"][0]["field"] == field, payload
        codes[field] = payload["errors"][0]["code"]
    assert codes == {"dueAt": "VALIDATION", "priority": "VALIDATION", "ownerId": "INVALID_ASSIGNEE",
                     "topicIds": "NOT_FOUND", "caseIds": "NOT_FOUND", "verificationDays": "VALIDATION"}
    assert (await gql(LIST))["actions"]["totalCount"] == 0

    action = (await gql(CREATE, input={"title": "修复闪退", "topicIds": [gid("Topic", topic.id)]}))["createAction"]
    action_id = action["action"]["id"]
    wrong = (await gql(TRANSITION, id=action_id, to="SHIPPED"))["transitionAction"]
    assert wrong["action"] is None and wrong["errors"][0]["code"] == "INVALID_TRANSITION"
    assert "allowed: UNDER_REVIEW" in wrong["errors"][0]["message"]
    duplicate = (await gql(LINK, id=action_id, topicIds=[gid("Topic", topic.id)]))["linkToAction"]
    assert duplicate["errors"][0]["code"] == "DUPLICATE_LINK" and duplicate["errors"][0]["field"] == "topicIds"
    foreign = (await gql(LINK, id=action_id, topicIds=[gid("Topic", foreign_topic.id)]))["linkToAction"]
    assert foreign["errors"][0]["code"] == "NOT_FOUND"
    missing = (await gql(TRANSITION, id=gid("Action", 999_999), to="UNDER_REVIEW"))["transitionAction"]
    assert missing["errors"][0]["code"] == "NOT_FOUND"
    no_target = (await gql(TRANSITION, id=action_id, to="DUPLICATE"))["transitionAction"]
    assert no_target["errors"][0]["code"] == "INVALID_TRANSITION"  # PROPOSED cannot be a duplicate yet
    unchanged = (await gql(NODE, id=action_id))["node"]
    assert unchanged["status"] == "PROPOSED" and len(unchanged["topics"]) == 1
    assert [e["kind"] for e in unchanged["events"]] == ["created", "link"]
    bad_filter = await gql.raw(LIST, filter={"topicId": gid("Topic", foreign_topic.id)})
    assert bad_filter.json()["errors"][0]["extensions"]["code"] == "NOT_FOUND"


async def test_writes_need_admin_or_analyst_and_record_the_user(
    client: httpx.AsyncClient, gql: GraphQL, org: Organization
) -> None:
    analyst = await create_user(organization=org, name="产品", email=None, role=Role.ANALYST)
    _, analyst_key = await create_api_key(organization=org, role=Role.ANALYST, user=analyst)
    created = (await GraphQL(client, analyst_key)(CREATE, input={"title": "改进"}))["createAction"]
    assert created["action"]["events"][0]["actor"] == "产品"
    assert created["action"]["events"][0]["actorId"] == gid("User", analyst.id)
    for role in (Role.VIEWER, Role.AGENT):
        _, key = await create_api_key(organization=org, role=role)
        caller = GraphQL(client, key)
        response = await caller.raw(CREATE, input={"title": "x"})
        assert response.status_code == 403 and response.json()["errors"][0]["extensions"]["code"] == "FORBIDDEN"
        response = await caller.raw(TRANSITION, id=created["action"]["id"], to="UNDER_REVIEW")
        assert response.json()["errors"][0]["extensions"]["code"] == "FORBIDDEN"
        assert (await caller(LIST))["actions"]["totalCount"] == 1  # reads are open to every role
    other = await get_or_create_organization(name="Other")
    _, outsider = await create_api_key(organization=other, role=Role.ADMIN)
    assert (await GraphQL(client, outsider)(LIST))["actions"]["totalCount"] == 0
    foreign = (await GraphQL(client, outsider)(TRANSITION, id=created["action"]["id"], to="UNDER_REVIEW"))
    assert foreign["transitionAction"]["errors"][0]["code"] == "NOT_FOUND"


async def test_links_merges_updates_and_lists(gql: GraphQL, org: Organization) -> None:
    survey = await nps_survey(org)
    model = await topic_model(org)
    a, b = await make_topic(model, 0, "配送"), await make_topic(model, 1, "价格")
    late = await make_topic(model, 2, "迟到")
    now = datetime.now(UTC)
    responses = [await comment(survey, topic=a, at=now - timedelta(hours=i + 1), score=3) for i in range(3)]
    case = await Case.create(organization=org, survey=survey, response=responses[0])
    owner = await create_user(organization=org, name="客服主管", email=None, role=Role.AGENT)

    first = (await gql(CREATE, input={"title": "配送", "topicIds": [gid("Topic", a.id)]}))["createAction"]["action"]
    second = (await gql(CREATE, input={"title": "迟到", "caseIds": [gid("Case", case.id)]}))["createAction"]["action"]
    assert second["cases"] == [{"id": gid("Case", case.id), "status": "NEW"}]
    linked = (await gql(LINK, id=second["id"], topicIds=[gid("Topic", late.id), gid("Topic", b.id)],
                        responseIds=[gid("Response", r.id) for r in responses]))["linkToAction"]
    assert linked["errors"] == []
    page = linked["action"]["responses"]
    assert page["totalCount"] == 3 and page["pageInfo"]["hasNextPage"] is True
    assert [e["node"]["id"] for e in page["edges"]] == [gid("Response", responses[0].id),
                                                        gid("Response", responses[1].id)]

    # Merging the second into the first: the first receives its links (skipping the ones it has).
    await gql(LINK, id=first["id"], topicIds=[gid("Topic", b.id)])
    await move(gql, second["id"], "UNDER_REVIEW")
    merged = await move(gql, second["id"], "DUPLICATE", dup=first["id"], note="与配送重复")
    assert merged["duplicateOf"] == {"id": first["id"]}
    target = (await gql(NODE, id=first["id"]))["node"]
    assert sorted(t["label"] for t in target["topics"]) == ["价格", "迟到", "配送"]
    assert target["responses"]["totalCount"] == 3 and len(target["cases"]) == 1

    updated = (await gql(UPDATE, id=first["id"], input={"ownerId": gid("User", owner.id), "priority": 2,
                                                         "description": "合并后的行动"}))["updateAction"]
    assert updated["errors"] == [] and updated["action"]["owner"]["id"] == gid("User", owner.id)
    cleared = (await gql(UPDATE, id=first["id"], input={"ownerId": None}))["updateAction"]["action"]
    assert cleared["owner"] is None and cleared["priority"] == 2 and cleared["description"] == "合并后的行动"
    assert [e["kind"] for e in cleared["events"]][-4:] == ["description", "owner", "priority", "owner"]
    bad = (await gql(UPDATE, id=first["id"], input={"dueAt": "2001-01-01T00:00:00+00:00"}))["updateAction"]
    assert bad["errors"][0]["code"] == "VALIDATION" and bad["errors"][0]["field"] == "dueAt"
    noted = (await gql(NOTE, id=first["id"], note="等待数据"))["addActionNote"]
    assert noted["errors"] == []
    assert await AuditEvent.filter(subject="action", kind="note").count() == 1

    await gql(UPDATE, id=second["id"], input={"ownerId": gid("User", owner.id)})
    by_topic = (await gql(LIST, filter={"topicId": gid("Topic", b.id)}))["actions"]
    assert [e["node"]["title"] for e in by_topic["edges"]] == ["迟到", "配送"]
    by_owner = (await gql(LIST, filter={"ownerId": gid("User", owner.id)}))["actions"]
    assert by_owner["totalCount"] == 1 and by_owner["edges"][0]["node"]["title"] == "迟到"
    one = (await gql(LIST, first=1))["actions"]
    assert one["totalCount"] == 2 and one["pageInfo"]["hasNextPage"] is True
    rest = (await gql(LIST, first=1, after=one["pageInfo"]["endCursor"]))["actions"]
    assert [e["node"]["title"] for e in rest["edges"]] == ["配送"] and rest["pageInfo"]["hasNextPage"] is False
