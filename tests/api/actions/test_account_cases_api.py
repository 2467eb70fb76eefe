"""An account warning's case over GraphQL: in the inbox and on its own with its account, reason and
figures and no response; filtered by warning and reason; resolved and closed like any case."""

from __future__ import annotations

from actions import account_cases
from core.ids import encode_id
from core.models import Organization, Role
from core.service import create_user
from tests.support.case_api import CASE_FIELDS, CASES, TRANSITION
from tests.support.client import GraphQL

UPSERT = """mutation($input: [AccountInput!]!) { upsertAccounts(input: $input) { errors { code } } }"""
WARNING_FIELDS = "account { id externalId name owner { name } } reason reasonDetail"
WARNINGS = CASES.replace("node { ", f"node {{ {WARNING_FIELDS} ", 1)
NODE = f"query($id: ID!) {{ node(id: $id) {{ ... on Case {{ {CASE_FIELDS} {WARNING_FIELDS} }} }} }}"
DETAIL = {"score_before": 71.5, "score_now": 48.0}


async def test_a_warning_case_shows_its_account_and_reason_and_no_response(gql: GraphQL, org: Organization) -> None:
    manager = await create_user(organization=org, name="李经理", email="li@example.com", role=Role.AGENT)
    assert (await gql(UPSERT, input=[{"externalId": "acme", "name": "艾克米科技",
                                      "ownerId": encode_id("User", manager.id)}]))["upsertAccounts"]["errors"] == []
    case, _ = await account_cases.open_account_case(
        organization=org, account_external_id="acme", reason="score_fall", detail=DETAIL, window_key="2026-12-06",
        owner_id=manager.id)
    gone, _ = await account_cases.open_account_case(  # an account not (or no longer) stored: no account object
        organization=org, account_external_id="gone-co", reason="no_login", detail={"days": 30},
        window_key="2026-12-06", owner_id=None)

    listed = (await gql(WARNINGS, filter={"accountWarning": True}))["cases"]
    assert listed["totalCount"] == 2
    node = listed["edges"][1]["node"]
    assert node["id"] == encode_id("Case", case.id)
    assert (node["response"], node["reason"], node["reasonDetail"], node["source"]) == (
        None, "score_fall", DETAIL, "warning")
    assert node["account"]["externalId"] == "acme" and node["account"]["name"] == "艾克米科技"
    assert node["account"]["owner"] == {"name": "李经理"} and node["assignee"]["name"] == "李经理"
    assert listed["edges"][0]["node"]["account"] is None and listed["edges"][0]["node"]["reason"] == "no_login"
    assert (await gql(WARNINGS, filter={"reason": "no_login"}))["cases"]["totalCount"] == 1
    assert (await gql(WARNINGS, filter={"accountWarning": False}))["cases"]["totalCount"] == 0

    one = (await gql(NODE, id=encode_id("Case", case.id)))["node"]
    assert (one["response"], one["account"]["name"], one["resurveyUrl"]) == (None, "艾克米科技", None)
    assert [e["kind"] for e in one["events"]] == ["created", "assignee", "status"]
    for to in ("IN_PROGRESS", "RESOLVED", "CLOSED"):
        done = (await gql(TRANSITION, id=one["id"], to=to, note="已回访" if to == "RESOLVED" else None,
                          topic=None))["transitionCase"]
        assert done["errors"] == [], done
    assert done["case"]["status"] == "CLOSED" and done["case"]["resurveyUrl"] is None
    assert "resurvey" in [e["kind"] for e in done["case"]["events"]]
    assert gone.id != case.id
