"""Customer health over GraphQL: an account's health explained in the viewer's language with its
trend, pages filtered by band and ordered by score, 30-day change and MRR, and setHealthModel
(admins only; a bad model gets typed errors and changes nothing)."""

from __future__ import annotations

import copy
from datetime import UTC, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import httpx

from accounts.health import score_accounts, set_model
from accounts.health_model import DEFAULT_MODEL
from core.models import Organization, Role
from core.service import create_api_key, get_or_create_organization
from surveys.models import SurveyKind
from tests.support.client import GraphQL
from tests.support.health import account, answer, person, signal, survey

PAGE = """query($filter: AccountFilter, $first: Int, $after: String, $orderBy: AccountOrder!) {
  accounts(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
    pageInfo { hasNextPage endCursor } edges { node { externalId health { score band } } } } }"""
HEALTH = """query { accounts(first: 10) { edges { node { externalId health {
  score band computedAt components { key label weight value points missing } trend { day score band } } } } } }"""
MODEL = "query { healthModel }"
SET_MODEL = """mutation($model: JSON!) { setHealthModel(model: $model) { model errors { code field message } } }"""
NOW = datetime.now(UTC)


USAGE_AND_NPS = {"components": [{"key": "usage", "weight": 50, "scale": {"type": "linear", "from": 0.2, "to": 0.9}},
                                {"key": "nps", "weight": 50, "scale": {"type": "linear", "from": -50, "to": 50}}],
                 "bands": DEFAULT_MODEL["bands"]}


async def seed(org: Organization) -> None:
    """Usage and NPS, without answers: a score per account from its active users against its seats
    alone (NPS missing, its weight spread), and no score for idle."""
    await set_model(organization=org, model=USAGE_AND_NPS)
    today = NOW.astimezone(ZoneInfo(org.timezone)).date()
    for name, active, mrr in (("alpha", 9, 500), ("bravo", 4, 9000), ("charlie", 2, 100), ("delta", 7, None)):
        attributes: dict[str, Any] = {"seats": 10} | ({"mrr": mrr} if mrr is not None else {})
        a = await account(org, name, **attributes)
        await signal(org, a, "active_users", today - timedelta(days=1), active + (name == "charlie") * 6)
        await signal(org, a, "active_users", today, active)
    await score_accounts(organization=org, now=NOW - timedelta(days=1))
    await account(org, "idle", seats=10, mrr=20000)
    await score_accounts(organization=org, now=NOW)


async def names(gql: GraphQL, order: str, first: int = 2, **filters: Any) -> list[tuple[str, Any]]:
    """Every page of `order`, walked by cursor: (externalId, score) in order."""
    seen: list[tuple[str, Any]] = []
    after = None
    while True:
        page = (await gql(PAGE, orderBy=order, first=first, after=after, filter=filters or None))["accounts"]
        seen += [(e["node"]["externalId"], (e["node"]["health"] or {}).get("score")) for e in page["edges"]]
        if not page["pageInfo"]["hasNextPage"]:
            return seen
        after = page["pageInfo"]["endCursor"]


async def test_pages_filter_by_band_and_order_by_score_change_and_mrr(gql: GraphQL, org: Organization) -> None:
    await seed(org)
    other = await get_or_create_organization(name="Org B")  # a healthy account of theirs is never listed here
    theirs = await account(other, "zulu", seats=10, mrr=10**6)
    await signal(other, theirs, "active_users", NOW.astimezone(ZoneInfo(other.timezone)).date(), 9)
    assert (await score_accounts(organization=other, now=NOW))[0].band == "HEALTHY"
    by_score = await names(gql, "SCORE_DESC")
    # The mean active users of the week against 10 seats: 0.9, 0.7, charlie's (8 + 2) / 2 = 0.5 and 0.4.
    assert by_score == [("alpha", 100.0), ("delta", 71.4), ("charlie", 42.9), ("bravo", 28.6), ("idle", None)]
    assert [n for n, _ in await names(gql, "SCORE_ASC", first=3)] == ["bravo", "charlie", "delta", "alpha", "idle"]
    # The change is against 30 days back, unknown here (no row that old): no account has one, by id.
    assert [n for n, _ in await names(gql, "SCORE_CHANGE_DESC")] == ["alpha", "bravo", "charlie", "delta", "idle"]
    assert [n for n, _ in await names(gql, "MRR_DESC")] == ["idle", "bravo", "alpha", "charlie", "delta"]
    assert [n for n, _ in await names(gql, "MRR_ASC", first=1)] == ["charlie", "alpha", "bravo", "idle", "delta"]
    assert [n for n, _ in await names(gql, "SCORE_DESC", band="CRITICAL")] == ["bravo"]
    assert [n for n, _ in await names(gql, "SCORE_ASC", band="AT_RISK")] == ["charlie"]
    assert [n for n, _ in await names(gql, "NAME", band="HEALTHY")] == ["alpha"]
    wrong = await gql.raw(PAGE, orderBy="MRR_DESC", first=1,
                          after=(await gql(PAGE, orderBy="SCORE_DESC", first=1))["accounts"]["pageInfo"]["endCursor"])
    assert wrong.json()["errors"][0]["extensions"]["code"] == "VALIDATION"


async def test_health_explains_itself_in_the_viewers_language(client: httpx.AsyncClient, admin_key: str,
                                                              org: Organization) -> None:
    await seed(org)

    async def nodes(language: str) -> dict[str, Any]:
        response = await client.post("/graphql", json={"query": HEALTH}, headers={
            "authorization": f"Bearer {admin_key}", "accept-language": language})
        return {e["node"]["externalId"]: e["node"]["health"] for e in response.json()["data"]["accounts"]["edges"]}

    english, chinese = await nodes("en-US,en;q=0.9"), await nodes("zh-CN")
    assert english["idle"] is None
    charlie = english["charlie"]
    assert (charlie["score"], charlie["band"]) == (42.9, "AT_RISK")
    usage = charlie["components"][0]
    assert usage == {"key": "usage", "label": "Usage (active users / seats)", "weight": 100.0, "value": 0.5,
                     "points": 42.86, "missing": False}
    assert charlie["components"][1] == {"key": "nps", "label": "NPS (90 days, recent answers weigh double)",
                                        "weight": 0.0, "value": None, "points": None, "missing": True}
    assert chinese["charlie"]["components"][0]["label"] == "使用率"
    assert [(p["score"], p["band"]) for p in charlie["trend"]] == [(85.7, "HEALTHY"), (42.9, "AT_RISK")]
    today = NOW.astimezone(ZoneInfo(org.timezone)).date()
    assert [p["day"] for p in charlie["trend"]] == [
        datetime.combine(day, time(), tzinfo=ZoneInfo(org.timezone)).isoformat() for day in (today - timedelta(days=1), today)]


async def test_only_admins_set_the_model_and_a_bad_one_changes_nothing(client: httpx.AsyncClient, gql: GraphQL,
                                                                       org: Organization) -> None:
    assert (await gql(MODEL))["healthModel"] == DEFAULT_MODEL
    bad = copy.deepcopy(DEFAULT_MODEL)
    bad["components"][0]["weight"] = 30  # 110 in all
    bad["components"][1]["key"] = "mood"
    bad["bands"][2]["min"] = 45  # AT_RISK leaves a gap above CRITICAL
    refused = (await gql(SET_MODEL, model=bad))["setHealthModel"]
    assert refused["model"] is None
    assert [(e["code"], e["field"]) for e in refused["errors"]] == [
        ("UNKNOWN_COMPONENT", "model.components.1.key"), ("BAD_BANDS", "model.bands.3.max")]
    bad["components"][1]["key"] = "usage_trend"
    assert [(e["code"], e["field"]) for e in (await gql(SET_MODEL, model=bad))["setHealthModel"]["errors"]] == [
        ("BAD_WEIGHTS", "model.components"), ("BAD_BANDS", "model.bands.3.max")]
    assert (await gql(MODEL))["healthModel"] == DEFAULT_MODEL
    good = copy.deepcopy(DEFAULT_MODEL)
    good["bands"][0]["color"] = "#00aa00"
    _, analyst_key = await create_api_key(organization=org, role=Role.ANALYST, name="analyst")
    denied = await GraphQL(client, analyst_key).raw(SET_MODEL, model=good)
    assert denied.json()["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert (await gql(SET_MODEL, model=good))["setHealthModel"] == {"model": good, "errors": []}
    assert (await gql(MODEL))["healthModel"] == good
    other = await get_or_create_organization(name="Org B")
    _, other_key = await create_api_key(organization=other, role=Role.ADMIN, name="b admin")
    assert (await GraphQL(client, other_key)(MODEL))["healthModel"] == DEFAULT_MODEL


METRICS = """query($filter: ResponseFilter) { metrics(filter: $filter) { responses nps { score } } }"""


async def test_metrics_filter_by_the_accounts_band(gql: GraphQL, org: Organization) -> None:
    await seed(org)
    nps = await survey(org, SurveyKind.NPS)
    at = NOW - timedelta(hours=1)
    for who, of, score in (("a1", "alpha", 10), ("a2", "alpha", 9), ("b1", "bravo", 2), ("n1", None, 0)):
        await answer(org, nps, await person(org, who, of), score, at)
    other = await get_or_create_organization(name="Org B")
    await answer(other, await survey(other, SurveyKind.NPS), await person(other, "x", "alpha"), 0, at)
    assert (await gql(METRICS, filter={"accountBand": "HEALTHY"}))["metrics"] == {
        "responses": 2, "nps": {"score": 100.0}}
    assert (await gql(METRICS, filter={"accountBand": "CRITICAL"}))["metrics"]["responses"] == 1
    assert (await gql(METRICS, filter={"accountBand": "WATCH"}))["metrics"]["responses"] == 0
    assert (await gql(METRICS))["metrics"]["responses"] == 4


async def test_the_export_filters_by_the_accounts_band(client: httpx.AsyncClient, admin_key: str,
                                                       org: Organization) -> None:
    await seed(org)
    nps = await survey(org, SurveyKind.NPS)
    for who, of in (("a1", "alpha"), ("b1", "bravo"), ("n1", None)):
        await answer(org, nps, await person(org, who, of), 5, NOW - timedelta(hours=1))
    csv = await client.get("/export/responses.csv", params={"accountBand": "critical"},
                           headers={"authorization": f"Bearer {admin_key}"})
    assert csv.status_code == 200 and len(csv.text.strip().splitlines()) == 2  # the header and bravo's answer
    bad = await client.get("/export/responses.csv", params={"accountBand": "sunny"},
                           headers={"authorization": f"Bearer {admin_key}"})
    assert bad.status_code == 400


async def test_the_30_day_change_is_what_the_change_order_orders_by(gql: GraphQL, org: Organization) -> None:
    """Health.change30d: the score minus the score 30 days before (the list's column), as SCORE_CHANGE_* orders;
    null for an account not scored then, whatever else its trend holds."""
    await set_model(organization=org, model=USAGE_AND_NPS)
    today = NOW.astimezone(ZoneInfo(org.timezone)).date()
    for name, then, now in (("up", 5, 9), ("down", 5, 2), ("new", None, 7)):
        a = await account(org, name, seats=10)
        if then is not None:
            await signal(org, a, "active_users", today - timedelta(days=30), then)
        await signal(org, a, "active_users", today - timedelta(days=1), now)
        await signal(org, a, "active_users", today, now)
    await score_accounts(organization=org, now=NOW - timedelta(days=30))
    await score_accounts(organization=org, now=NOW - timedelta(days=1))
    await score_accounts(organization=org, now=NOW)
    found = await gql("""{ accounts(first: 10, orderBy: SCORE_CHANGE_DESC) { edges { node {
      externalId health { score change30d trend { score } } } } } }""")
    rows = [(e["node"]["externalId"], e["node"]["health"]) for e in found["accounts"]["edges"]]
    assert [name for name, _ in rows] == ["up", "down", "new"]
    for name, health in rows[:2]:
        trend = [p["score"] for p in health["trend"]]
        assert len(trend) == 3 and health["change30d"] == round(trend[-1] - trend[0], 1), name
    assert rows[0][1]["change30d"] > 0 > rows[1][1]["change30d"]
    assert rows[2][1]["change30d"] is None and len(rows[2][1]["trend"]) == 2  # scored yesterday, not 30 days back
