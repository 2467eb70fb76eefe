"""upsertAccounts and accounts over GraphQL: idempotent batches, typed errors per bad row with nothing
changed, pages by name, roles, and nothing of one organisation seen or changed from another."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from accounts.models import Account
from api.ids import encode_id
from core.models import Organization, Role
from core.service import create_api_key, create_user, get_or_create_organization
from tests.support.client import GraphQL

UPSERT = """mutation($input: [AccountInput!]!) { upsertAccounts(input: $input) {
  accounts { id externalId name attributes renewalAt stage owner { id name } }
  errors { code field message } } }"""
ACCOUNTS = """query($filter: AccountFilter, $first: Int, $after: String) {
  accounts(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id externalId name } } } }"""
NODE = "query($id: ID!) { node(id: $id) { id ... on Account { externalId name } } }"


async def test_an_upsert_twice_is_the_same_state(gql: GraphQL, org: Organization) -> None:
    owner = await create_user(organization=org, name="李经理", email="li@example.com", role=Role.AGENT)
    owner_id = encode_id("User", owner.id)
    rows = [{"externalId": "acme", "name": "Acme 集团", "attributes": {"plan": "企业版", "mrr": 12000},
             "renewalAt": "2027-03-31T00:00:00+08:00", "ownerId": owner_id, "stage": "ONBOARDING"},
            {"externalId": "beta", "name": "Beta"}]
    first = (await gql(UPSERT, input=rows))["upsertAccounts"]
    second = (await gql(UPSERT, input=rows))["upsertAccounts"]
    assert first["errors"] == [] and second == first
    acme = first["accounts"][0]
    assert (acme["attributes"], acme["stage"], acme["owner"]) == (
        {"plan": "企业版", "mrr": 12000}, "ONBOARDING", {"id": owner_id, "name": "李经理"})
    assert acme["renewalAt"].startswith("2027-03-30T16:00:00")
    assert await Account.all().count() == 2
    renamed = (await gql(UPSERT, input=[{"externalId": "acme", "name": "Acme", "ownerId": None}]))["upsertAccounts"]
    assert (renamed["accounts"][0]["name"], renamed["accounts"][0]["owner"],
            renamed["accounts"][0]["attributes"]) == ("Acme", None, {"plan": "企业版", "mrr": 12000})


async def test_a_bad_batch_gets_an_error_per_row_and_changes_nothing(gql: GraphQL) -> None:
    await gql(UPSERT, input=[{"externalId": "acme", "name": "Acme"}])
    bad = [{"externalId": "acme", "name": "Acme renamed"},
           {"externalId": "x" * 257, "name": "too long"},
           {"externalId": "c", "name": "C", "ownerId": encode_id("User", 999_999)},
           {"externalId": "d", "name": "D", "ownerId": "not-an-id"},
           {"externalId": "e", "name": "E", "attributes": ["not", "an", "object"]}]
    refused = (await gql(UPSERT, input=bad))["upsertAccounts"]
    assert refused["accounts"] == []
    assert [(e["code"], e["field"]) for e in refused["errors"]] == [
        ("VALIDATION", "input.1.externalId"), ("VALIDATION", "input.2.ownerId"), ("VALIDATION", "input.3.ownerId"),
        ("VALIDATION", "input.4.attributes")]
    assert [a.name for a in await Account.all()] == ["Acme"]


async def test_accounts_page_by_name_and_filter(gql: GraphQL, org: Organization) -> None:
    owner = await create_user(organization=org, name="周经理", email="zhou@example.com", role=Role.AGENT)
    now = datetime.now(UTC)
    soon, later = (now + timedelta(days=10)).isoformat(), (now + timedelta(days=200)).isoformat()
    rows: list[dict[str, Any]] = [{"externalId": f"a{n}", "name": f"Account {n % 3}"} for n in range(5)]
    rows[0] |= {"ownerId": encode_id("User", owner.id), "renewalAt": soon}
    rows[1] |= {"renewalAt": later}
    await gql(UPSERT, input=rows)
    seen, after = [], None
    while True:
        page = (await gql(ACCOUNTS, first=2, after=after))["accounts"]
        assert page["totalCount"] == 5
        seen += [(e["node"]["name"], e["node"]["externalId"]) for e in page["edges"]]
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    assert seen == [("Account 0", "a0"), ("Account 0", "a3"), ("Account 1", "a1"), ("Account 1", "a4"),
                    ("Account 2", "a2")]
    mine = (await gql(ACCOUNTS, filter={"ownerId": encode_id("User", owner.id)}))["accounts"]
    assert [e["node"]["externalId"] for e in mine["edges"]] == ["a0"] and mine["totalCount"] == 1
    for days, expected in ((30, ["a0"]), (365, ["a0", "a1"]), (5, [])):
        renewing = (await gql(ACCOUNTS, filter={"renewalWithinDays": days}))["accounts"]
        assert [e["node"]["externalId"] for e in renewing["edges"]] == expected
    refused = (await gql.raw(ACCOUNTS, filter={"renewalWithinDays": -1})).json()
    assert refused["errors"][0]["extensions"]["code"] == "VALIDATION"


async def test_readers_read_and_only_admins_and_analysts_write(
    client: httpx.AsyncClient, gql: GraphQL, org: Organization
) -> None:
    await gql(UPSERT, input=[{"externalId": "acme", "name": "Acme"}])
    for role, may_write in ((Role.VIEWER, False), (Role.AGENT, False), (Role.ANALYST, True)):
        _, raw = await create_api_key(organization=org, role=role)
        caller = GraphQL(client, raw)
        assert (await caller(ACCOUNTS))["accounts"]["totalCount"] == 1
        answer = (await caller.raw(UPSERT, input=[{"externalId": "acme", "name": f"by {role.value}"}])).json()
        assert ("errors" not in answer) is may_write, answer
        if not may_write:
            assert answer["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert (await Account.get(external_id="acme")).name == "by analyst"


async def test_another_organisation_neither_reads_nor_writes_them(client: httpx.AsyncClient, gql: GraphQL) -> None:
    made = (await gql(UPSERT, input=[{"externalId": "acme", "name": "A 的客户", "attributes": {"mrr": 1}}]))
    account_id = made["upsertAccounts"]["accounts"][0]["id"]
    other = await get_or_create_organization(name="Org B")
    _, raw = await create_api_key(organization=other, role=Role.ADMIN)
    b = GraphQL(client, raw)
    assert (await b(ACCOUNTS))["accounts"] == {"totalCount": 0, "pageInfo": {"hasNextPage": False, "endCursor": None},
                                               "edges": []}
    assert (await b(NODE, id=account_id))["node"] is None
    assert (await gql(NODE, id=account_id))["node"] == {"id": account_id, "externalId": "acme", "name": "A 的客户"}
    # B's upsert of the same external id is B's own account; A's stays as it was.
    theirs = (await b(UPSERT, input=[{"externalId": "acme", "name": "hijacked"}]))["upsertAccounts"]
    assert theirs["accounts"][0]["id"] != account_id
    assert (await Account.get(organization__name="Acme 商城", external_id="acme")).name == "A 的客户"


async def test_accounts_are_counted_only_when_asked(gql: GraphQL) -> None:
    from tortoise import connections

    await gql(UPSERT, input=[{"externalId": f"c{n}", "name": f"C{n}"} for n in range(3)])
    client = connections.get("default")
    counted: list[str] = []
    original = client.execute_query

    async def counting(sql: str, values: list[object] | None = None) -> Any:
        if "COUNT(" in sql.upper() and '"accounts"' in sql:
            counted.append(sql)
        return await original(sql, values)

    client.execute_query = counting
    try:
        page = (await gql("{ accounts(first: 2) { edges { node { name } } } }"))["accounts"]
        assert len(page["edges"]) == 2 and counted == []
        assert (await gql("{ accounts(first: 2) { totalCount } }"))["accounts"]["totalCount"] == 3
        assert len(counted) == 1
    finally:
        client.execute_query = original
