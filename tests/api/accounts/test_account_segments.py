"""Metrics compared by account (plan, industry, health band) side by side with their margins, the
answers filtered by the account's plan, and accounts filtered by plan and industry: a small hand-made
set, another organisation's accounts never counted, bad input refused with nothing changed."""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta

import httpx

from accounts.models import Account
from core.models import Organization
from core.service import get_or_create_organization
from surveys.models import SurveyKind
from tests.support.client import GraphQL
from tests.support.health import account, answer, person, survey

NOW = datetime.now(UTC)
COMPARE = """query($by: AccountDimension!, $filter: ResponseFilter) { metrics(filter: $filter) { responses
  accountSegments(by: $by) { value responses nps { score marginOfError promoters passives detractors }
  csat { score satisfied responses } ces { average responses } } } }"""
METRICS = "query($filter: ResponseFilter) { metrics(filter: $filter) { responses nps { score } } }"
ACCOUNTS = """query($filter: AccountFilter, $orderBy: AccountOrder! = NAME) {
  accounts(filter: $filter, orderBy: $orderBy) { totalCount edges { node { externalId } } } }"""


def margin(promoters: int, passives: int, detractors: int) -> float:
    """The NPS margin by its formula (95 %, normal approximation, the shares with one pseudo-answer per
    category: surveys.metrics.nps_margin), worked here by hand."""
    n = promoters + passives + detractors
    p, d = (promoters + 1) / (n + 3), (detractors + 1) / (n + 3)
    return 100 * 1.959964 * math.sqrt((p + d - (p - d) ** 2) / n)


async def seed(org: Organization) -> None:
    """acme (pro, retail, HEALTHY): NPS 10 and 9, CSAT 5; beta (pro, bank, CRITICAL): NPS 2, CSAT 2;
    gamma (free, no industry, not scored): NPS 7; one answer without an account, one of an unknown one.
    Org B has an "acme" too (enterprise), and an answer of its own."""
    for external_id, band, attributes in (("acme", "HEALTHY", {"plan": "pro", "industry": "retail"}),
                                          ("beta", "CRITICAL", {"plan": "pro", "industry": "bank"}),
                                          ("gamma", None, {"plan": "free"})):
        await account(org, external_id, **attributes)
        await Account.filter(organization_id=org.id, external_id=external_id).update(health_band=band)
    nps, csat = await survey(org, SurveyKind.NPS), await survey(org, SurveyKind.CSAT)
    at = NOW - timedelta(hours=1)
    a1, a2 = await person(org, "a1", "acme"), await person(org, "a2", "acme")
    b1, g1 = await person(org, "b1", "beta"), await person(org, "g1", "gamma")
    for on, who, score in ((nps, a1, 10), (nps, a2, 9), (nps, b1, 2), (nps, g1, 7), (csat, a1, 5), (csat, b1, 2),
                           (nps, await person(org, "n1", None), 0), (nps, await person(org, "x1", "ghost"), 0)):
        await answer(org, on, who, score, at)
    other = await get_or_create_organization(name="Org B")
    await account(other, "acme", plan="enterprise", industry="retail")
    await Account.filter(organization_id=other.id).update(health_band="HEALTHY")
    await answer(other, await survey(other, SurveyKind.NPS), await person(other, "a1", "acme"), 0, at)


def figures(found: dict[str, object]) -> dict[object, tuple[object, ...]]:
    rows = found["metrics"]["accountSegments"]  # type: ignore[index]
    return {r["value"]: (r["responses"], r["nps"] and (r["nps"]["promoters"], r["nps"]["passives"],
                                                      r["nps"]["detractors"], r["nps"]["score"]),
                         r["csat"] and (r["csat"]["satisfied"], r["csat"]["responses"], r["csat"]["score"]))
            for r in rows}


async def test_nps_and_csat_per_plan_industry_and_band_with_margins(gql: GraphQL, org: Organization) -> None:
    await seed(org)
    by_plan = await gql(COMPARE, by="PLAN")
    assert by_plan["metrics"]["responses"] == 8  # every answer; the comparison has those with an account
    assert [r["value"] for r in by_plan["metrics"]["accountSegments"]] == ["pro", "free"]  # most answers first
    assert figures(by_plan) == {"pro": (5, (2, 0, 1, round(100 / 3, 4)), (1, 2, 50.0)),
                                "free": (1, (0, 1, 0, 0.0), None)}
    pro = by_plan["metrics"]["accountSegments"][0]
    assert abs(pro["nps"]["marginOfError"] - margin(2, 0, 1)) < 0.001
    # free's one passive: the least certain figure, so the widest margin (never "± 0").
    free = by_plan["metrics"]["accountSegments"][1]
    assert pro["ces"] is None and abs(free["nps"]["marginOfError"] - margin(0, 1, 0)) < 0.001
    assert free["nps"]["marginOfError"] > pro["nps"]["marginOfError"] > 100  # one and three answers
    assert figures(await gql(COMPARE, by="BAND")) == {
        "HEALTHY": (3, (2, 0, 0, 100.0), (1, 1, 100.0)), "CRITICAL": (2, (0, 0, 1, -100.0), (0, 1, 0.0)),
        None: (1, (0, 1, 0, 0.0), None)}
    assert figures(await gql(COMPARE, by="INDUSTRY")) == {
        "retail": (3, (2, 0, 0, 100.0), (1, 1, 100.0)), "bank": (2, (0, 0, 1, -100.0), (0, 1, 0.0)),
        None: (1, (0, 1, 0, 0.0), None)}
    # The comparison narrows with the filter: the healthy accounts' plans only.
    assert figures(await gql(COMPARE, by="PLAN", filter={"accountBand": "HEALTHY"})) == {
        "pro": (3, (2, 0, 0, 100.0), (1, 1, 100.0))}


async def test_bands_come_in_band_order_whatever_their_counts(gql: GraphQL, org: Organization) -> None:
    await seed(org)
    # More answers for the CRITICAL account than the HEALTHY one, and a WATCH account with one.
    nps = await survey(org, SurveyKind.NPS)
    at = NOW - timedelta(minutes=30)
    for index in range(4):
        await answer(org, nps, await person(org, f"b{index + 2}", "beta"), 3, at)
    await account(org, "delta", plan="pro")
    await Account.filter(organization_id=org.id, external_id="delta").update(health_band="WATCH")
    await answer(org, nps, await person(org, "d1", "delta"), 10, at)
    rows = (await gql(COMPARE, by="BAND"))["metrics"]["accountSegments"]
    assert [(r["value"], r["responses"]) for r in rows] == [("HEALTHY", 3), ("WATCH", 1), ("CRITICAL", 6),
                                                            (None, 1)]
    # One promoter in WATCH: a wide margin, not "100 ± 0".
    assert rows[1]["nps"]["score"] == 100.0 and rows[1]["nps"]["marginOfError"] > 100
    # `first` cuts the band order, not the counts; the other dimensions stay most answers first.
    assert [r["value"] for r in (await gql.raw(
        COMPARE.replace("accountSegments(by: $by)", "accountSegments(by: $by, first: 2)"), by="BAND")).json()[
        "data"]["metrics"]["accountSegments"]] == ["HEALTHY", "WATCH"]
    assert [r["value"] for r in (await gql(COMPARE, by="INDUSTRY"))["metrics"]["accountSegments"]] == [
        "bank", "retail", None]


async def test_answers_filtered_by_the_accounts_plan(gql: GraphQL, org: Organization) -> None:
    await seed(org)
    assert (await gql(METRICS, filter={"accountPlan": "pro"}))["metrics"] == {"responses": 5,
                                                                               "nps": {"score": round(100 / 3, 4)}}
    assert (await gql(METRICS, filter={"accountPlan": "free", "accountBand": "HEALTHY"}))["metrics"]["responses"] == 0
    # Org B's "acme" is enterprise: its plan never reaches org A's answers, nor its answer org A's figures.
    assert (await gql(METRICS, filter={"accountPlan": "enterprise"}))["metrics"]["responses"] == 0
    assert figures(await gql(COMPARE, by="PLAN", filter={"accountPlan": "enterprise"})) == {}


async def test_answers_filtered_by_the_accounts_industry(gql: GraphQL, org: Organization) -> None:
    await seed(org)
    by_industry = figures(await gql(COMPARE, by="INDUSTRY"))
    for industry in ("retail", "bank"):
        got = (await gql(METRICS, filter={"accountIndustry": industry}))["metrics"]
        responses, nps, _ = by_industry[industry]
        assert got["responses"] == responses and got["nps"]["score"] == nps[3]  # type: ignore[index]
    assert (await gql(METRICS, filter={"accountIndustry": "retail", "accountPlan": "free"}))["metrics"][
        "responses"] == 0
    too_long = (await gql.raw(METRICS, filter={"accountIndustry": "i" * 257})).json()
    assert [e["message"] for e in too_long["errors"]] == ["filter.accountIndustry is longer than 256 characters"]


async def test_bad_input_is_refused_and_changes_nothing(gql: GraphQL, org: Organization) -> None:
    await seed(org)
    unknown = (await gql.raw(COMPARE, by="COLOR")).json()
    assert unknown.get("data") is None and "AccountDimension" in unknown["errors"][0]["message"]
    refused = (await gql.raw("{ metrics { accountSegments(by: PLAN, first: 0) { value } } }")).json()
    assert refused["errors"][0]["extensions"]["code"] == "VALIDATION"
    for query, flt in ((ACCOUNTS, {"plan": "p" * 257}), (ACCOUNTS, {"industry": "i" * 257}),
                       (METRICS, {"accountPlan": "p" * 257})):
        too_long = (await gql.raw(query, filter=flt)).json()
        assert [(e["extensions"]["code"], e["message"]) for e in too_long["errors"]] == [
            ("VALIDATION", f"filter.{next(iter(flt))} is longer than 256 characters")]
    assert (await gql(ACCOUNTS, filter={"plan": "x'; DROP TABLE accounts; --"}))["accounts"]["totalCount"] == 0
    assert (await gql(ACCOUNTS))["accounts"]["totalCount"] == 3  # org A's three, org B's never


async def test_the_export_filters_by_the_accounts_plan(client: httpx.AsyncClient, admin_key: str,
                                                       org: Organization) -> None:
    await seed(org)
    csv = await client.get("/export/responses.csv", params={"accountPlan": "pro"},
                           headers={"authorization": f"Bearer {admin_key}"})
    assert csv.status_code == 200 and len(csv.text.strip().splitlines()) == 6  # the header and pro's 5 answers


async def test_accounts_filtered_by_plan_and_industry(gql: GraphQL, org: Organization) -> None:
    await seed(org)

    async def ids(order: str = "NAME", **flt: object) -> tuple[int, list[str]]:
        found = (await gql(ACCOUNTS, filter=flt, orderBy=order))["accounts"]
        return found["totalCount"], [e["node"]["externalId"] for e in found["edges"]]

    assert await ids(plan="pro") == (2, ["acme", "beta"])
    assert await ids(plan="enterprise") == (0, [])  # org B's plan
    assert await ids(industry="bank") == (1, ["beta"])
    assert await ids(plan="pro", band="CRITICAL") == (1, ["beta"])
    assert await ids("MRR_DESC", plan="free") == (1, ["gamma"])
