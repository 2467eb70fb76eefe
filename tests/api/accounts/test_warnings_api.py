"""Early warnings over GraphQL: the rules (read by anyone who reads, set by admins only, a bad set
refused with typed errors and nothing changed) and an account's warnings with their cases."""

from __future__ import annotations

from datetime import timedelta

import httpx

from accounts.warning_rules import DEFAULT_RULES
from actions.models import Case
from core.ids import encode_id
from core.models import Organization, Role
from core.service import create_api_key, get_or_create_organization
from tests.support.cases import user_of
from tests.support.client import GraphQL
from tests.support.warnings import NOW, customer, only, run, usage

RULES = "query { warningRules }"
SET_RULES = """mutation($rules: JSON!) { setWarningRules(rules: $rules) { rules errors { code field message } } }"""
WARNINGS = """query { accounts(first: 10) { edges { node { externalId warnings {
  reason label window detail openedAt case { id status assignee { name } } } } } } }"""


async def test_only_admins_set_the_rules_and_a_bad_set_changes_nothing(client: httpx.AsyncClient, gql: GraphQL,
                                                                       org: Organization) -> None:
    assert (await gql(RULES))["warningRules"] == DEFAULT_RULES
    refused = (await gql(SET_RULES, rules={"no_login": {"days": -1}, "mood": {}}))["setWarningRules"]
    assert refused["rules"] is None
    assert [(e["code"], e["field"]) for e in refused["errors"]] == [
        ("BAD_PARAMETER", "rules.no_login.days"), ("UNKNOWN_RULE", "rules.mood")]
    not_an_object = (await gql(SET_RULES, rules=[1, 2]))["setWarningRules"]
    assert [(e["code"], e["field"]) for e in not_an_object["errors"]] == [("VALIDATION", "rules")]
    assert (await gql(RULES))["warningRules"] == DEFAULT_RULES
    _, analyst_key = await create_api_key(organization=org, role=Role.ANALYST, name="analyst")
    analyst = GraphQL(client, analyst_key)
    denied = await analyst.raw(SET_RULES, rules={"no_login": {"days": 21}})
    assert denied.json()["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert (await analyst(RULES))["warningRules"] == DEFAULT_RULES  # reading is anyone's who reads
    done = (await gql(SET_RULES, rules={"no_login": {"days": 21}}))["setWarningRules"]
    assert done["errors"] == [] and done["rules"]["no_login"] == {"enabled": True, "days": 21}
    assert (await gql(RULES))["warningRules"] == done["rules"]
    other = await get_or_create_organization(name="Org B")
    _, other_key = await create_api_key(organization=other, role=Role.ADMIN, name="b admin")
    assert (await GraphQL(client, other_key)(RULES))["warningRules"] == DEFAULT_RULES


async def test_an_account_lists_its_warnings_with_their_cases(client: httpx.AsyncClient, admin_key: str,
                                                              org: Organization) -> None:
    await only(org, "band_drop")
    manager = await user_of(org, "李静")
    acme = await customer(org, "acme", owner=manager)
    await customer(org, "calm")
    await usage(org, acme, 70)
    await run(org)
    await usage(org, acme, 50)
    await run(org, NOW + timedelta(hours=1))

    async def nodes(language: str) -> dict[str, list[dict[str, object]]]:
        response = await client.post("/graphql", json={"query": WARNINGS}, headers={
            "authorization": f"Bearer {admin_key}", "accept-language": language})
        return {e["node"]["externalId"]: e["node"]["warnings"] for e in response.json()["data"]["accounts"]["edges"]}

    english = await nodes("en")
    assert english["calm"] == []
    [warning] = english["acme"]
    case = warning.pop("case")
    assert warning == {"reason": "band_drop", "label": "health band dropped", "window": "2026-12-06 AT_RISK",
                       "detail": {"from": "WATCH", "to": "AT_RISK", "score": 50.0},
                       "openedAt": (NOW + timedelta(hours=1)).isoformat()}
    assert isinstance(case, dict) and case["status"] == "ASSIGNED" and case["assignee"] == {"name": "李静"}
    assert case["id"] == encode_id("Case", (await Case.get(organization_id=org.id)).id)
    assert (await nodes("zh-CN"))["acme"][0]["label"] == "健康等级下降"
