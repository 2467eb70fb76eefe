"""Topics and a topic filtered by the answers' account (health band, plan), through the same
ResponseFilter as metrics: hand-made answers of two accounts, one without an account, one of an
account that only another organisation has; that organisation's data never counts; bad filters refused."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from accounts.models import Account
from analysis import insights
from analysis.models import Topic
from api.ids import encode_id
from core.models import Organization
from core.service import get_or_create_organization
from core.sql import fetch
from surveys import metrics
from tests.support.analysed import comment, make_topic, nps_survey, topic_model
from tests.support.client import GraphQL
from tests.support.health import account, person

NOW = datetime.now(UTC).replace(minute=30, second=0, microsecond=0)
FROM, TO = (NOW - timedelta(days=7)).isoformat(), (NOW + timedelta(hours=1)).isoformat()
TOPICS = """query($filter: ResponseFilter, $from: DateTime, $to: DateTime) {
  topics(from: $from, to: $to, filter: $filter) { totalCount edges { node { label size share nps npsImpact
  sentiment { positive neutral negative } trend(interval: DAY) { count } } } } }"""
TOPIC = """query($id: ID!, $filter: ResponseFilter, $from: DateTime, $to: DateTime) {
  topic(id: $id, from: $from, to: $to, filter: $filter) { label size share nps trend(interval: DAY) { count }
  responses(first: 10) { totalCount edges { node { score } } } } }"""


async def seed(org: Organization) -> dict[str, Topic]:
    """acme (AT_RISK, enterprise): 配送 2 and 3, 闪退 0; beta (HEALTHY, free): 味道 10, 配送 9; a
    respondent without an account: 配送 8; one of "ghost", an account of Org B only: 闪退 1. Org B's
    "acme" and "ghost" are AT_RISK enterprise too, and its acme answers in a topic of its own."""
    for external_id, band, plan in (("acme", "AT_RISK", "enterprise"), ("beta", "HEALTHY", "free")):
        await account(org, external_id, plan=plan)
        await Account.filter(organization_id=org.id, external_id=external_id).update(health_band=band)
    survey, model = await nps_survey(org), await topic_model(org)
    topics = {label: await make_topic(model, i, label) for i, label in enumerate(("配送", "味道", "闪退"))}
    a1, a2, b1 = (await person(org, "a1", "acme"), await person(org, "a2", "acme"),
                  await person(org, "b1", "beta"))
    nobody, ghost = await person(org, "n1", None), await person(org, "g1", "ghost")
    for who, label, score, sentiment, hours in ((a1, "配送", 2, -0.8, 2), (a2, "配送", 3, -0.6, 30),
                                                 (a1, "闪退", 0, -0.9, 50), (b1, "味道", 10, 0.9, 3),
                                                 (b1, "配送", 9, 0.5, 26), (nobody, "配送", 8, 0.0, 4),
                                                 (ghost, "闪退", 1, -0.5, 5)):
        await comment(survey, topic=topics[label], at=NOW - timedelta(hours=hours), score=score, sentiment=sentiment,
                      respondent=who)
    other = await get_or_create_organization(name="Org B")
    for external_id in ("acme", "ghost"):
        await account(other, external_id, plan="enterprise")
    await Account.filter(organization_id=other.id).update(health_band="AT_RISK")
    their_topic = await make_topic(await topic_model(other), 0, "配送")
    await comment(await nps_survey(other), topic=their_topic, at=NOW - timedelta(hours=2), score=0, sentiment=-1.0,
                  respondent=await person(other, "a1", "acme"))
    return topics


async def listed(gql: GraphQL, **flt: Any) -> dict[str, dict[str, Any]]:
    found = (await gql(TOPICS, filter=flt or None, **{"from": FROM, "to": TO}))["topics"]
    assert found["totalCount"] == 3  # every live topic of the model, filtered or not
    return {e["node"]["label"]: e["node"] for e in found["edges"]}


def sizes(nodes: dict[str, dict[str, Any]]) -> dict[str, int]:
    return {label: node["size"] for label, node in nodes.items()}


async def test_topics_of_an_accounts_band_count_its_answers_only(gql: GraphQL, org: Organization) -> None:
    await seed(org)
    assert sizes(await listed(gql)) == {"配送": 4, "味道": 1, "闪退": 2}
    at_risk = await listed(gql, accountBand="AT_RISK")
    assert sizes(at_risk) == {"配送": 2, "味道": 0, "闪退": 1}  # acme's; not ghost's, whose band is Org B's
    delivery = at_risk["配送"]
    assert delivery["share"] == round(2 / 3, 4) and delivery["nps"] == -100.0
    assert delivery["npsImpact"] == 0.0  # every matching answer is a detractor, with or without 配送
    assert delivery["sentiment"] == {"positive": 0.0, "neutral": 0.0, "negative": 1.0}
    assert sum(p["count"] for p in delivery["trend"]) == 2 and at_risk["味道"]["trend"] == []
    assert list(at_risk) == ["配送", "闪退", "味道"]  # largest first among the matching answers
    healthy = await listed(gql, accountBand="HEALTHY")
    assert sizes(healthy) == {"配送": 1, "味道": 1, "闪退": 0}
    assert healthy["配送"]["nps"] == 100.0 and healthy["味道"]["share"] == 0.5
    assert sizes(await listed(gql, accountBand="WATCH")) == {"配送": 0, "味道": 0, "闪退": 0}


async def test_topics_of_an_accounts_plan_count_its_answers_only(gql: GraphQL, org: Organization) -> None:
    await seed(org)
    assert sizes(await listed(gql, accountPlan="enterprise")) == {"配送": 2, "味道": 0, "闪退": 1}
    free = await listed(gql, accountPlan="free")
    assert sizes(free) == {"配送": 1, "味道": 1, "闪退": 0} and free["味道"]["nps"] == 100.0
    assert sizes(await listed(gql, accountPlan="free", accountBand="AT_RISK")) == {"配送": 0, "味道": 0, "闪退": 0}
    # With the other filters, as metrics have them: acme's detractors on 配送.
    assert sizes(await listed(gql, accountPlan="enterprise", maxScore=2)) == {"配送": 1, "味道": 0, "闪退": 1}


async def test_one_request_keeps_the_figures_of_each_filter_apart(gql: GraphQL, org: Organization) -> None:
    await seed(org)
    # The trends are computed once per request and window: windows that differ by their filter only
    # (same survey and period) must not share them.
    node = "edges { node { label size trend(interval: DAY) { count } } }"
    both = await gql(f"""{{ risk: topics(filter: {{accountBand: AT_RISK}}) {{ {node} }}
      free: topics(filter: {{accountPlan: "free"}}) {{ {node} }} all: topics {{ {node} }} }}""")
    trend = {(name, e["node"]["label"]): (e["node"]["size"], sum(p["count"] for p in e["node"]["trend"]))
             for name, found in both.items() for e in found["edges"]}
    assert (trend["risk", "配送"], trend["free", "配送"], trend["all", "配送"]) == ((2, 2), (1, 1), (4, 4))


async def test_answers_without_an_account_match_no_band_or_plan(gql: GraphQL, org: Organization) -> None:
    await seed(org)
    per_band = [sizes(await listed(gql, accountBand=band)) for band in ("HEALTHY", "WATCH", "AT_RISK", "CRITICAL")]
    assert sum(sum(found.values()) for found in per_band) == 5  # of 7: not n1's (no account) nor g1's (ghost)
    per_plan = [sizes(await listed(gql, accountPlan=plan)) for plan in ("enterprise", "free")]
    assert sum(sum(found.values()) for found in per_plan) == 5


async def test_one_topic_and_its_answers_under_the_filter(gql: GraphQL, org: Organization) -> None:
    topics = await seed(org)
    delivery = encode_id("Topic", topics["配送"].id)
    everyone = (await gql(TOPIC, id=delivery, **{"from": FROM, "to": TO}))["topic"]
    assert everyone["size"] == 4 and everyone["responses"]["totalCount"] == 4
    found = (await gql(TOPIC, id=delivery, filter={"accountBand": "AT_RISK"}, **{"from": FROM, "to": TO}))["topic"]
    assert (found["label"], found["size"], found["share"], found["nps"]) == ("配送", 2, round(2 / 3, 4), -100.0)
    assert sum(p["count"] for p in found["trend"]) == 2
    assert found["responses"]["totalCount"] == 2
    assert [e["node"]["score"] for e in found["responses"]["edges"]] == [2, 3]  # newest first
    free = (await gql(TOPIC, id=delivery, filter={"accountPlan": "free"}))["topic"]  # over all time
    assert free["size"] == 1 and [e["node"]["score"] for e in free["responses"]["edges"]] == [9]
    paged = """query($id: ID!, $after: String) { topic(id: $id, filter: {accountPlan: "enterprise"}) {
      responses(first: 1, after: $after) { edges { cursor node { score } } pageInfo { hasNextPage } } } }"""
    first = (await gql(paged, id=delivery))["topic"]["responses"]
    assert [e["node"]["score"] for e in first["edges"]] == [2] and first["pageInfo"]["hasNextPage"]
    second = (await gql(paged, id=delivery, after=first["edges"][0]["cursor"]))["topic"]["responses"]
    assert [e["node"]["score"] for e in second["edges"]] == [3] and not second["pageInfo"]["hasNextPage"]


async def test_another_organisations_accounts_and_answers_never_count(gql: GraphQL, org: Organization) -> None:
    await seed(org)
    # Org B's acme and ghost are AT_RISK enterprise: neither its answer nor its ghost's band reaches org A.
    for flt in ({"accountBand": "AT_RISK"}, {"accountPlan": "enterprise"}):
        assert sum(sizes(await listed(gql, **flt)).values()) == 3
    other = await Topic.filter(organization_id__not=org.id).first()
    assert other is not None
    missing = await gql(TOPIC, id=encode_id("Topic", other.id), filter={"accountBand": "AT_RISK"})
    assert missing["topic"] is None  # another organisation's topic, as node(id) answers


async def test_the_filter_is_set_based_and_the_unfiltered_path_reads_hourly_counts(
    gql: GraphQL, org: Organization, monkeypatch: pytest.MonkeyPatch,
) -> None:
    await seed(org)
    read: list[str] = []

    async def counting(sql: str, params: list[Any]) -> list[dict[str, Any]]:
        read.append(sql)
        return await fetch(sql, params)

    for module in (insights, metrics):  # the topics' counts, and the trends' buckets
        monkeypatch.setattr(module, "fetch", counting)
    await listed(gql, accountBand="AT_RISK")
    # The topics' counts, the previous window's (emerging) and every topic's trend: one query each.
    assert len(read) == 3 and not any("topic_activity" in sql for sql in read)
    read.clear()
    await listed(gql)
    assert read and all("EXISTS" not in sql for sql in read) and any("topic_activity" in sql for sql in read)


async def test_bad_filters_get_typed_errors(gql: GraphQL, org: Organization) -> None:
    topics = await seed(org)
    delivery = encode_id("Topic", topics["配送"].id)
    for query, variables in ((TOPICS, {}), (TOPIC, {"id": delivery}), (TOPIC, {"id": "nonsense"})):
        for flt, message in (({"accountPlan": "p" * 257}, "filter.accountPlan is longer than 256 characters"),
                             ({"minScore": 99}, "minScore must be between 0 and 10"),
                             ({"attributes": {"plan": {"nested": 1}}}, "attribute filters map names to plain values")):
            refused = (await gql.raw(query, filter=flt, **variables)).json()
            assert refused["data"] in (None, {"topic": None})  # refused before the topic is looked for
            assert [(e["extensions"]["code"], e["message"]) for e in refused["errors"]] == [("VALIDATION", message)]
    unknown = (await gql.raw(TOPICS, filter={"accountBand": "SUNNY"})).json()
    assert unknown.get("data") is None and "HealthBand" in unknown["errors"][0]["message"]
    no_topic = (await gql.raw(TOPICS, filter={"topicId": encode_id("Topic", 10**9)})).json()
    assert no_topic["errors"][0]["extensions"]["code"] == "NOT_FOUND"
