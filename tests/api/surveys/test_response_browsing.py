"""What the console's responses page reads: `responses` in a time window, the sentiment filter (lists,
metrics), and the follow-up case of a response."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from core.models import Organization
from surveys.models import Response
from tests.support.analysed import seed_insights
from tests.support.client import GraphQL
from tests.support.ops import METRICS, active_survey, submit
from tests.support.sql import sql_statements

WINDOWED = """
query($from: DateTime, $to: DateTime, $filter: ResponseFilter) {
  responses(from: $from, to: $to, filter: $filter, first: 50) { totalCount edges { node { id submittedAt } } }
}"""
WITH_CASE = """
query($id: ID!) { node(id: $id) { ... on Response { id case { id status assignee { name } } } } }"""
OPEN = "mutation($id: ID!) { openCase(responseId: $id) { case { id status } errors { code field message } } }"


def ids(body: dict[str, Any]) -> set[str]:
    return {e["node"]["id"] for e in body["responses"]["edges"]}


async def test_responses_take_a_window_of_submission_times(gql: GraphQL, public: GraphQL) -> None:
    survey = await active_survey(gql)
    now = datetime.now(UTC).replace(microsecond=0)
    sent = {}
    for days in (1, 5, 9):
        answer = await submit(public, survey["token"], f"window-key-{days:04d}", score=8, comment=f"{days} 天前")
        await Response.filter(idempotency_key=f"window-key-{days:04d}").update(submitted_at=now - timedelta(days=days))
        sent[days] = answer["response"]["id"]
    window = {"from": (now - timedelta(days=6)).isoformat(), "to": (now - timedelta(days=2)).isoformat()}
    assert ids(await gql(WINDOWED, **window)) == {sent[5]}
    assert ids(await gql(WINDOWED, **{"from": (now - timedelta(days=6)).isoformat()})) == {sent[1], sent[5]}
    assert ids(await gql(WINDOWED, to=(now - timedelta(days=5)).isoformat())) == {sent[9]}  # `to` excluded
    assert ids(await gql(WINDOWED)) == set(sent.values())
    # The window combines with the filter, and an empty or inverted one is refused as metrics refuses it.
    assert ids(await gql(WINDOWED, filter={"search": "9 天前"}, **{"from": window["from"]})) == set()
    refused = (await gql.raw(WINDOWED, **{"from": window["to"], "to": window["from"]})).json()
    assert refused["errors"][0]["extensions"]["code"] == "VALIDATION"


async def test_the_sentiment_filter_uses_the_topic_mix_bands(gql: GraphQL, public: GraphQL, org: Organization) -> None:
    _, sent = await seed_insights(gql, public, org)  # sentiments -0.9 -0.7 -0.8 0.0 0.9 0.8 0.7 -0.95 0.1 0.3
    survey = await active_survey(gql, name="未分析")
    await submit(public, survey["token"], "not-analysed", score=2, comment="还没分析")

    async def matching(band: str) -> set[str]:
        return ids(await gql(WINDOWED, filter={"sentiment": band}))

    assert await matching("NEGATIVE") == {sent[f"r{i}"] for i in (0, 1, 2, 7)}
    assert await matching("NEUTRAL") == {sent["r3"], sent["r8"]}
    assert await matching("POSITIVE") == {sent[f"r{i}"] for i in (4, 5, 6, 9)}
    # Combined with the other filters; metrics count the same answers, and no response rate.
    assert ids(await gql(WINDOWED, filter={"sentiment": "NEGATIVE", "maxScore": 2})) == {sent[f"r{i}"] for i in (0, 1, 7)}
    figures = (await gql(METRICS, filter={"sentiment": "POSITIVE"}))["metrics"]
    assert figures["responses"] == 4 and figures["responseRate"] is None
    bad = (await gql.raw(WINDOWED, filter={"sentiment": "HAPPY"})).json()
    assert bad["data"] is None and bad["errors"]


async def test_bands_include_their_edges_in_neutral(gql: GraphQL, public: GraphQL, org: Organization) -> None:
    from analysis.models import CommentAnalysis

    survey = await active_survey(gql)
    sent = {}
    for i, value in enumerate((0.2, -0.2, 0.2001, -0.2001)):
        answer = await submit(public, survey["token"], f"edge-band-{i:04d}", score=7, comment=f"边界{i}")
        response = await Response.get(idempotency_key=f"edge-band-{i:04d}")
        await CommentAnalysis.create(organization=org, response=response, normalized="边界", tokens=[], keywords=[],
                                     sentiment=value, model_version="test")
        sent[value] = answer["response"]["id"]
    assert ids(await gql(WINDOWED, filter={"sentiment": "NEUTRAL"})) == {sent[0.2], sent[-0.2]}
    assert ids(await gql(WINDOWED, filter={"sentiment": "POSITIVE"})) == {sent[0.2001]}
    assert ids(await gql(WINDOWED, filter={"sentiment": "NEGATIVE"})) == {sent[-0.2001]}


async def test_a_response_names_the_case_opened_from_it(gql: GraphQL, public: GraphQL) -> None:
    survey = await active_survey(gql)
    detractor = (await submit(public, survey["token"], "case-key-0001", score=2, comment="太慢了",
                              respondent={"externalId": "case-person"}))["response"]["id"]
    promoter = (await submit(public, survey["token"], "case-key-0002", score=10))["response"]["id"]
    assert (await gql(WITH_CASE, id=detractor))["node"]["case"] is None
    opened = (await gql(OPEN, id=detractor))["openCase"]
    assert opened["errors"] == [], opened
    found = (await gql(WITH_CASE, id=detractor))["node"]["case"]
    assert found == {"id": opened["case"]["id"], "status": opened["case"]["status"], "assignee": None}
    assert (await gql(WITH_CASE, id=promoter))["node"]["case"] is None


async def test_responses_are_counted_only_when_totalcount_is_asked_for(gql: GraphQL, public: GraphQL) -> None:
    # Counting every match can cost far more than the page (a topic's responses at 1M answers: 1.4 s).
    survey = await active_survey(gql)
    for n in range(3):
        await submit(public, survey["token"], f"count-key-{n:04d}", score=n)

    def counts() -> int:
        return sum("SELECT COUNT(*) AS n FROM responses r" in sql for sql in statements)

    with sql_statements() as statements:
        page = await gql("{ responses(first: 2) { edges { node { id } } pageInfo { hasNextPage } } }")
        assert len(page["responses"]["edges"]) == 2 and page["responses"]["pageInfo"]["hasNextPage"]
        assert counts() == 0
        assert (await gql("{ responses(first: 2) { totalCount } }"))["responses"]["totalCount"] == 3
        assert counts() == 1
