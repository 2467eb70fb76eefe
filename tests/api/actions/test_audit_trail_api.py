"""The loop tells the truth, through GraphQL: closing needs evidence or an override on record, audit
trails name their actors for people and reference objects by global ids, statuses are enum values
in both trails, trails load once per request, and nothing shows None, nan or a Python repr."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from actions import cases, rules
from actions.action_flows import verify_due_actions
from actions.models import ActionStatus, CaseStatus
from api.ids import encode_id
from core.models import ApiKey, Organization, Role
from core.service import create_api_key, create_user
from tests.support.analysed import comment, make_topic, many, nps_survey, topic_model
from tests.support.client import GraphQL
from tests.support.sql import sql_statements

ERRORS = "errors { code field message }"
EVENTS = "events { at actor actorKind actorId kind from to note }"
WINDOW = """since until days topicIds surveyIds analysed comments share
  weekly { mean series { weekStart days count } }
  nps { score promoters passives detractors responses marginOfError } sentiment { mean sd scored }"""
ACTION = f"""id status baseline effect verdictOverrideReason
  measuredBaseline {{ {WINDOW} weeks computedAt }}
  measuredEffect {{ verdict reasons reasonCodes minComments before {{ {WINDOW} }} after {{ {WINDOW} }}
    share {{ before after difference z pValue significant }} nps {{ before after difference ci95 significant }}
    sentiment {{ before after difference ci95 }} baselineRecomputed windowComplete computedAt }}
  {EVENTS}"""
CREATE = f"""mutation($input: CreateActionInput!) {{ createAction(input: $input) {{ action {{ {ACTION} }} {ERRORS} }} }}"""
TRANSITION = f"""mutation($id: ID!, $to: ActionStatus!, $note: String, $override: String) {{
  transitionAction(id: $id, to: $to, note: $note, overrideReason: $override) {{ action {{ {ACTION} }} {ERRORS} }} }}"""
NODE = f"query($id: ID!) {{ node(id: $id) {{ ... on Action {{ {ACTION} }} }} }}"
ACTIONS = f"{{ actions(first: 50) {{ edges {{ node {{ id {EVENTS} }} }} }} }}"
CASES = f"{{ cases(first: 50) {{ edges {{ node {{ id status {EVENTS} }} }} }} }}"
METRICS = "{ loopMetrics { effectiveActions effectiveActionsMeasured effectiveActionsOverridden } }"
# What a Python value leaks as when it is formatted without care.
LEAKS = re.compile(r"\bNone\b|\bnan\b|\bNaN\b|\binf\b|[{}\[\]]|'[^'\s]*'|<\w[\w.]* object|\bTrue\b|\bFalse\b")
CAMEL = re.compile(r"^[a-z][a-zA-Z0-9]*$")


async def move(gql: GraphQL, action_id: str, to: str, **variables: Any) -> dict[str, Any]:
    payload: dict[str, Any] = (await gql(TRANSITION, id=action_id, to=to, **variables))["transitionAction"]
    assert payload["errors"] == [], payload
    action: dict[str, Any] = payload["action"]
    return action


async def walk(gql: GraphQL, topic_id: int, *, through: str = "SHIPPED") -> dict[str, Any]:
    created = (await gql(CREATE, input={"title": "缩短配送时间", "topicIds": [encode_id("Topic", topic_id)]}))
    action: dict[str, Any] = created["createAction"]["action"]
    for to in ("UNDER_REVIEW", "PLANNED", "IN_PROGRESS", "SHIPPED", "VERIFYING"):
        action = await move(gql, action["id"], to)
        if to == through:
            break
    return action


async def test_closing_without_evidence_is_refused_and_an_analyst_overrides_on_record(
    client: httpx.AsyncClient, gql: GraphQL, org: Organization
) -> None:
    topic = await make_topic(await topic_model(org), 0, "配送慢")
    action = await walk(gql, topic.id, through="VERIFYING")  # a second after shipping: no data after
    assert action["measuredEffect"]["verdict"] == "INSUFFICIENT_DATA" and action["effect"]["verdict"] == (
        "INSUFFICIENT_DATA")
    assert action["measuredEffect"]["reasonCodes"] == action["effect"]["reasonCodes"] == ["FEW_ANALYSED_COMMENTS"]
    refused = (await gql(TRANSITION, id=action["id"], to="CLOSED_EFFECTIVE"))["transitionAction"]
    assert refused["action"] is None
    assert [(e["code"], e["field"]) for e in refused["errors"]] == [("EFFECT_NOT_MEASURED", "to")]
    for role in (Role.AGENT, Role.VIEWER):
        _, key = await create_api_key(organization=org, role=role, name=role.value)
        forbidden = await GraphQL(client, key).raw(TRANSITION, id=action["id"], to="CLOSED_EFFECTIVE",
                                                   override="我觉得有效")
        assert forbidden.json()["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    blank = (await gql(TRANSITION, id=action["id"], to="CLOSED_EFFECTIVE", override="  "))["transitionAction"]
    assert [(e["code"], e["field"]) for e in blank["errors"]] == [("VALIDATION", "overrideReason")]
    unchanged = (await gql(NODE, id=action["id"]))["node"]
    assert unchanged["status"] == "VERIFYING" and unchanged["events"] == action["events"]
    assert (await gql(METRICS))["loopMetrics"] == {
        "effectiveActions": 0, "effectiveActionsMeasured": 0, "effectiveActionsOverridden": 0}

    analyst = await create_user(organization=org, name="产品经理小李", email=None, role=Role.ANALYST)
    _, analyst_key = await create_api_key(organization=org, role=Role.ANALYST, user=analyst)
    closed = await move(GraphQL(client, analyst_key), action["id"], "CLOSED_EFFECTIVE",
                        override="埋点缺失；回访 20 位客户均确认已解决")
    assert closed["status"] == "CLOSED_EFFECTIVE"
    assert closed["verdictOverrideReason"] == "埋点缺失；回访 20 位客户均确认已解决"
    overridden = closed["events"][-1]
    assert (overridden["kind"], overridden["from"], overridden["to"], overridden["note"]) == (
        "verdict_overridden", "INSUFFICIENT_DATA", "EFFECTIVE", "埋点缺失；回访 20 位客户均确认已解决")
    assert (overridden["actor"], overridden["actorKind"], overridden["actorId"]) == (
        "产品经理小李", "USER", encode_id("User", analyst.id))
    assert (await gql(METRICS))["loopMetrics"] == {
        "effectiveActions": 1, "effectiveActionsMeasured": 0, "effectiveActionsOverridden": 1}


async def test_baseline_and_effect_json_are_the_described_fields_in_camel_case(
    gql: GraphQL, org: Organization
) -> None:
    now = datetime.now(UTC)
    survey = await nps_survey(org)
    model = await topic_model(org)
    delivery, other = await make_topic(model, 0, "配送慢"), await make_topic(model, 1, "味道")
    await many(survey, delivery, 40, start=now - timedelta(days=27), days=26, score=2, sentiment=-0.7)
    await many(survey, other, 60, start=now - timedelta(days=27), days=26, score=9, sentiment=0.6)
    await many(survey, delivery, 10, start=now + timedelta(hours=1), days=12, score=2, sentiment=-0.7)
    await many(survey, other, 90, start=now + timedelta(hours=1), days=12, score=9, sentiment=0.6)
    action = await walk(gql, delivery.id)
    await verify_due_actions(now=now + timedelta(days=15))
    found = (await gql(NODE, id=action["id"]))["node"]

    def keys(value: Any) -> set[str]:
        if isinstance(value, dict):
            return set(value) | {k for v in value.values() for k in keys(v)}
        if isinstance(value, list):
            return {k for v in value for k in keys(v)}
        return set()

    assert found["baseline"] == found["measuredBaseline"] and found["effect"] == found["measuredEffect"]
    assert all(CAMEL.match(k) for k in keys(found["baseline"]) | keys(found["effect"]))
    assert found["baseline"]["topicIds"] == [encode_id("Topic", delivery.id)] and found["baseline"]["share"] == 0.4
    assert found["baseline"]["nps"]["score"] == -100.0 and found["baseline"]["weeks"] == 4
    assert found["effect"]["verdict"] == "EFFECTIVE" and found["effect"]["share"]["pValue"] < 0.05


async def test_trails_name_actors_for_people_and_load_once_per_request(
    client: httpx.AsyncClient, gql: GraphQL, org: Organization
) -> None:
    topic = await make_topic(await topic_model(org), 0, "闪退")
    analyst = await create_user(organization=org, name="王芳", email=None, role=Role.ANALYST)
    _, analyst_key = await create_api_key(organization=org, role=Role.ANALYST, user=analyst)
    by_person = await walk(GraphQL(client, analyst_key), topic.id, through="PLANNED")
    by_key = await walk(gql, topic.id, through="UNDER_REVIEW")
    key = await ApiKey.get(name="test admin")
    assert {(e["actor"], e["actorKind"], e["actorId"]) for e in by_person["events"]} == {
        ("王芳", "USER", encode_id("User", analyst.id))}
    assert {(e["actor"], e["actorKind"], e["actorId"]) for e in by_key["events"]} == {
        ("API key “test admin”", "API_KEY", encode_id("ApiKey", key.id))}
    assert [(e["kind"], e["from"], e["to"]) for e in by_key["events"]] == [
        ("created", None, "缩短配送时间"), ("link", None, encode_id("Topic", topic.id)),
        ("status", "PROPOSED", "UNDER_REVIEW")]

    # Cases opened by the built-in rule, the organisation's rule and a survey's rule.
    opened = []
    for name, scope in (("默认", None), ("全组织", "organisation"), ("App NPS", "survey")):
        survey = await nps_survey(org, name)
        if scope is not None:
            await rules.set_case_rule(organization=org, survey_id=survey.id if scope == "survey" else None,
                                      changes={"nps_max": 6})
        response = await comment(survey, topic=None, at=datetime.now(UTC), score=1)
        opened.append(await cases.evaluate_response(response_id=response.id))
    assert all(c is not None for c in opened)
    await verify_due_actions(now=datetime.now(UTC))  # nothing due: no system events yet

    with sql_statements() as statements:
        listed = (await gql(CASES))["cases"]["edges"]
        actions = (await gql(ACTIONS))["actions"]["edges"]
    seen = [sql for sql in statements if "audit_events" in sql]
    assert len(seen) == 2, seen  # one query for every case's trail, one for every action's
    openers = [(e["actor"], e["actorKind"]) for e in (n["node"]["events"][0] for n in reversed(listed))]
    assert openers == [("default case rule", "RULE"), ("case rule for all surveys", "RULE"),
                       ("case rule for survey “App NPS”", "RULE")]
    rule_ids = [n["node"]["events"][0]["actorId"] for n in reversed(listed)]
    assert rule_ids[0] is None and rule_ids[1] != rule_ids[2] and all(rule_ids[1:])
    statuses = {v for n in listed for e in n["node"]["events"] if e["kind"] == "status" for v in (e["from"], e["to"])}
    statuses |= {v for n in actions for e in n["node"]["events"] if e["kind"] == "status"
                 for v in (e["from"], e["to"])}
    assert statuses and statuses <= {s.name for s in CaseStatus} | {s.name for s in ActionStatus}
    assert {n["node"]["events"][0]["to"] for n in listed} == {"NEW"}


async def test_no_note_message_or_value_shows_none_nan_or_a_repr(gql: GraphQL, org: Organization) -> None:
    """A whole lifecycle without data and one with data: every event value, note and refusal message."""
    now = datetime.now(UTC)
    survey = await nps_survey(org)
    model = await topic_model(org)
    empty, busy, other = (await make_topic(model, 0, "空"), await make_topic(model, 1, "配送"),
                          await make_topic(model, 2, "其他"))
    await many(survey, busy, 40, start=now - timedelta(days=27), days=26, score=2, sentiment=-0.7)
    await many(survey, other, 60, start=now - timedelta(days=27), days=26, score=9, sentiment=0.6)
    await many(survey, busy, 40, start=now + timedelta(hours=1), days=12, score=2, sentiment=-0.7)
    await many(survey, other, 60, start=now + timedelta(hours=1), days=12, score=9, sentiment=0.6)
    texts: list[str] = []

    async def refusal(**variables: Any) -> None:
        payload = (await gql(TRANSITION, **variables))["transitionAction"]
        assert payload["errors"], variables
        texts.extend(e["message"] for e in payload["errors"])

    without = await walk(gql, empty.id, through="VERIFYING")
    await refusal(id=without["id"], to="CLOSED_EFFECTIVE")
    await refusal(id=without["id"], to="IN_PROGRESS")
    await refusal(id=without["id"], to="CLOSED_INEFFECTIVE", override="x" * 501)
    await move(gql, without["id"], "CLOSED_INEFFECTIVE", override="没有数据")
    with_data = await walk(gql, busy.id)
    await verify_due_actions(now=now + timedelta(days=15))
    await refusal(id=with_data["id"], to="CLOSED_EFFECTIVE")  # measured INEFFECTIVE
    await move(gql, with_data["id"], "CLOSED_INEFFECTIVE", note="无改善")
    fresh = (await gql(CREATE, input={"title": "x", "ownerId": encode_id("User", 999)}))["createAction"]
    texts.extend(e["message"] for e in fresh["errors"])
    await refusal(id=encode_id("Action", 999_999), to="UNDER_REVIEW")
    await refusal(id="not-an-id", to="UNDER_REVIEW")

    for action in ((await gql(NODE, id=without["id"]))["node"], (await gql(NODE, id=with_data["id"]))["node"]):
        texts.extend(str(v) for e in action["events"] for v in (e["actor"], e["from"], e["to"], e["note"]) if v)
        texts.extend(action["measuredEffect"]["reasons"])
    assert any("not measured" in t for t in texts) and any("%" in t for t in texts)
    leaks = [t for t in texts if LEAKS.search(t)]
    assert leaks == [], leaks
