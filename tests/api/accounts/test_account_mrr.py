"""accounts { mrr }: the `mrr` attribute summed over every account a filter matches, in one aggregate
query and only when asked for; numbers only, the caller's organisation only, whatever the page."""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from accounts.models import Account
from api.ids import encode_id
from core.models import Organization, Role
from core.service import create_api_key, create_user, get_or_create_organization
from tests.support.client import GraphQL
from tests.support.sql import sql_statements

UPSERT = """mutation($input: [AccountInput!]!) { upsertAccounts(input: $input) { errors { code field message } } }"""
MRR = """query($filter: AccountFilter, $first: Int, $after: String, $orderBy: AccountOrder! = NAME) {
  accounts(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
    mrr totalCount pageInfo { hasNextPage endCursor } edges { node { externalId } } } }"""


async def upsert(gql: GraphQL, rows: list[dict[str, Any]]) -> None:
    assert (await gql(UPSERT, input=rows))["upsertAccounts"]["errors"] == []


async def mrr(gql: GraphQL, **filters: Any) -> float:
    return float((await gql(MRR, filter=filters or None, first=1))["accounts"]["mrr"])


async def test_the_sum_is_of_every_page_not_the_one_asked_for(gql: GraphQL) -> None:
    await upsert(gql, [{"externalId": f"a{n}", "name": f"A{n}", "attributes": {"mrr": 1000 * n + 0.5}}
                       for n in range(1, 8)])
    expected = sum(1000 * n + 0.5 for n in range(1, 8))  # 28003.5
    after, pages = None, 0
    for order in ("NAME", "MRR_DESC", "SCORE_ASC"):
        after = None
        while True:
            page = (await gql(MRR, first=2, after=after, orderBy=order))["accounts"]
            assert (page["mrr"], page["totalCount"]) == (expected, 7), order
            pages += 1
            if not page["pageInfo"]["hasNextPage"]:
                break
            after = page["pageInfo"]["endCursor"]
    assert pages == 12  # four pages of two in each order: every page says the whole sum
    empty = (await gql(MRR, first=0))["accounts"]
    assert (empty["edges"], empty["mrr"]) == ([], expected)


async def test_only_numbers_count(gql: GraphQL) -> None:
    await upsert(gql, [
        {"externalId": "int", "name": "Int", "attributes": {"mrr": 12000}},
        {"externalId": "float", "name": "Float", "attributes": {"mrr": 250.25}},
        {"externalId": "negative", "name": "Credit", "attributes": {"mrr": -50}},
        {"externalId": "text", "name": "Text", "attributes": {"mrr": "9000"}},
        {"externalId": "words", "name": "Words", "attributes": {"mrr": "¥9,000 / 月"}},
        {"externalId": "bool", "name": "Bool", "attributes": {"mrr": True}},
        {"externalId": "null", "name": "Null", "attributes": {"mrr": None}},
        {"externalId": "none", "name": "None", "attributes": {"arr": 70000}},
        {"externalId": "empty", "name": "Empty"},
    ])
    assert await mrr(gql) == 12000 + 250.25 - 50
    assert await mrr(gql, plan="nothing has this plan") == 0


async def test_another_organisations_accounts_never_count(client: httpx.AsyncClient, gql: GraphQL) -> None:
    await upsert(gql, [{"externalId": "acme", "name": "Acme", "attributes": {"mrr": 100}}])
    other = await get_or_create_organization(name="Org B")
    _, raw = await create_api_key(organization=other, role=Role.VIEWER)
    b = GraphQL(client, raw)
    assert await mrr(b) == 0
    await Account.create(organization_id=other.id, external_id="acme", name="Theirs", attributes={"mrr": 10**6},
                         health_band="AT_RISK")
    assert (await mrr(gql), await mrr(gql, band="AT_RISK")) == (100, 0)
    assert (await mrr(b), await mrr(b, band="AT_RISK")) == (10**6, 10**6)


async def test_the_filter_is_respected(gql: GraphQL, org: Organization) -> None:
    owner = await create_user(organization=org, name="周经理", email="zhou@example.com", role=Role.AGENT)
    now = datetime.now(UTC)
    soon, later = (now + timedelta(days=10)).isoformat(), (now + timedelta(days=200)).isoformat()
    await upsert(gql, [
        {"externalId": "a", "name": "A", "attributes": {"mrr": 1, "plan": "pro", "industry": "餐饮"},
         "renewalAt": soon, "ownerId": encode_id("User", owner.id)},
        {"externalId": "b", "name": "B", "attributes": {"mrr": 20, "plan": "pro"}, "renewalAt": later},
        {"externalId": "c", "name": "C", "attributes": {"mrr": 300, "plan": "basic", "industry": "餐饮"}},
        {"externalId": "d", "name": "D", "attributes": {"mrr": 4000, "plan": "pro"}},
    ])
    for external_id, band in (("a", "AT_RISK"), ("b", "CRITICAL"), ("c", "AT_RISK"), ("d", "HEALTHY")):
        await Account.filter(organization_id=org.id, external_id=external_id).update(health_band=band)
    assert await mrr(gql) == 4321
    assert await mrr(gql, band="AT_RISK") == 301
    assert await mrr(gql, band="CRITICAL") == 20
    assert await mrr(gql, band="WATCH") == 0
    assert await mrr(gql, ownerId=encode_id("User", owner.id)) == 1
    assert await mrr(gql, renewalWithinDays=30) == 1
    assert await mrr(gql, renewalWithinDays=365) == 21
    assert await mrr(gql, plan="pro") == 4021
    assert await mrr(gql, plan="pro", band="AT_RISK") == 1
    assert await mrr(gql, industry="餐饮") == 301
    refused = (await gql.raw(MRR, filter={"renewalWithinDays": -1}, first=1)).json()
    assert refused["data"] is None and refused["errors"][0]["extensions"]["code"] == "VALIDATION"


async def test_sums_past_a_float_are_no_error(gql: GraphQL) -> None:
    """What checks.attributes lets in (finite floats, 64-bit integers) never makes the sum fail: neither
    SQLite's integer SUM overflow nor PostgreSQL's float8 one is reached."""
    await upsert(gql, [{"externalId": f"i{n}", "name": "I", "attributes": {"mrr": 2**63 - 1}} for n in range(2)])
    assert await mrr(gql) == float(2 * (2**63 - 1))
    await upsert(gql, [{"externalId": f"f{n}", "name": "F", "attributes": {"mrr": 1.7e308}} for n in range(2)])
    assert await mrr(gql) == sys.float_info.max


async def test_the_sum_is_one_query_and_only_when_asked(gql: GraphQL) -> None:
    await upsert(gql, [{"externalId": f"c{n}", "name": f"C{n}", "attributes": {"mrr": n}} for n in range(5)])
    def summed() -> list[str]:
        return [sql for sql in statements if ("TOTAL(" in sql.upper() or "SUM(" in sql.upper()) and '"accounts"' in sql]

    with sql_statements() as statements:
        page = (await gql("{ accounts(first: 2) { totalCount edges { node { name } } } }"))["accounts"]
        assert len(page["edges"]) == 2 and summed() == []
        assert (await gql("{ accounts(first: 2) { mrr } }"))["accounts"]["mrr"] == 10
        assert len(summed()) == 1
