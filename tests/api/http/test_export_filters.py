"""GET /export/responses.csv holds exactly the rows `responses` lists for the same survey, window and
filter (the console's export sends its page's filter), for an API key and for a signed-in session,
and nothing of another organisation."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from analysis.models import CommentAnalysis
from api.ids import decode_id, encode_id
from core.models import Organization, Role
from core.service import create_api_key, get_or_create_organization
from surveys.models import Response
from tests.support.analysed import seed_insights
from tests.support.browsers import Site, person
from tests.support.client import GraphQL
from tests.support.ops import active_survey, submit

LIST = """
query($surveyId: ID, $from: DateTime, $to: DateTime, $filter: ResponseFilter) {
  responses(surveyId: $surveyId, from: $from, to: $to, filter: $filter, first: 100) {
    totalCount edges { node { id } } }
}"""


def csv_ids(body: bytes) -> list[int]:
    return [int(row["id"]) for row in csv.DictReader(io.StringIO(body.decode("utf-8-sig")))]


def params_of(filters: dict[str, Any]) -> dict[str, str]:
    """The filter as the console writes it into the export's query string."""
    out = {}
    for name, value in filters.items():
        if isinstance(value, dict):
            out[name] = json.dumps(value)
        else:
            out[name] = str(value).lower() if isinstance(value, bool) else str(value)
    return out


async def listed(gql: GraphQL, **variables: Any) -> list[int]:
    found = (await gql(LIST, **variables))["responses"]
    assert found["totalCount"] == len(found["edges"])
    return [decode_id(e["node"]["id"], "Response") for e in found["edges"]]


async def seeded(gql: GraphQL, public: GraphQL, org: Organization) -> tuple[dict[str, Any], list[Any]]:
    topics, _ = await seed_insights(gql, public, org)
    await CommentAnalysis.filter(normalized__in=["评论0", "评论4"]).update(churn_intent=True)
    survey = await active_survey(gql, name="第二份问卷")
    now = datetime.now(UTC)
    for i, (score, plan) in enumerate([(3, "pro"), (9, "free"), (10, "pro")]):
        await submit(public, survey["token"], f"export-plan-{i}", score=score, comment=f"套餐{i}",
                     respondent={"externalId": f"p{i}", "attributes": {"plan": plan}})
    await Response.filter(idempotency_key="export-plan-0").update(submitted_at=now - timedelta(days=20))
    return survey, topics


async def test_the_csv_holds_exactly_the_filtered_rows(
    client: httpx.AsyncClient, gql: GraphQL, public: GraphQL, admin_key: str, org: Organization
) -> None:
    survey, topics = await seeded(gql, public, org)
    now = datetime.now(UTC)
    window = {"from": (now - timedelta(days=7)).isoformat(), "to": (now + timedelta(days=1)).isoformat()}
    cases: list[tuple[dict[str, Any], dict[str, Any]]] = [
        ({}, {}),
        ({"surveyId": survey["id"]}, {}),
        ({"surveyId": survey["id"], **window}, {}),
        ({}, {"sentiment": "NEGATIVE"}),
        ({}, {"sentiment": "NEUTRAL", "hasComment": True}),
        ({}, {"topicId": encode_id("Topic", topics[0].id), "maxScore": 3}),
        ({}, {"npsCategory": "PROMOTER", "channel": "WIDGET"}),
        ({}, {"attributes": {"plan": "pro"}}),
        (window, {"attributes": {"plan": "pro"}}),
        ({}, {"search": "套餐1"}),
        ({}, {"minScore": 9, "maxScore": 10, "completed": True}),
        ({}, {"churnIntent": True}),
        ({}, {"churnIntent": False, "sentiment": "NEGATIVE"}),
    ]
    auth = {"authorization": f"Bearer {admin_key}"}
    for arguments, flt in cases:
        expected = await listed(gql, **arguments, filter=flt)
        response = await client.get("/export/responses.csv", params={**arguments, **params_of(flt)}, headers=auth)
        assert response.status_code == 200, (arguments, flt, response.text)
        assert csv_ids(response.content) == expected, (arguments, flt)
    assert len(await listed(gql, filter={"sentiment": "NEGATIVE"})) == 4  # the cases above are not all empty
    assert len(await listed(gql, filter={"churnIntent": True})) == 2
    assert len(await listed(gql, filter={"churnIntent": False, "sentiment": "NEGATIVE"})) == 3


async def test_a_signed_in_session_exports_with_a_get_and_sees_only_its_organisation(
    site: Site, gql: GraphQL, public: GraphQL, org: Organization
) -> None:
    survey, topics = await seeded(gql, public, org)
    await person(org, "ada@acme.example")
    browser = await site.browser().signed_in("ada@acme.example")
    # A GET changes nothing: the session's cookie is enough, as for a link the browser follows.
    mine = await browser.http.get("/export/responses.csv", params={"surveyId": survey["id"]})
    assert mine.status_code == 200 and len(csv_ids(mine.content)) == 3
    # Another organisation's survey or topic is not found; its rows never appear.
    other = await get_or_create_organization(name="Other shop")
    _, other_key = await create_api_key(organization=other, role=Role.ADMIN, name="other")
    other_gql = GraphQL(gql.client, other_key)
    theirs = await active_survey(other_gql, name="别家")
    await submit(public, theirs["token"], "theirs-1", score=1, comment="别家的评论")
    refused = await browser.http.get("/export/responses.csv", params={"surveyId": theirs["id"]})
    assert refused.status_code == 400 and refused.json()["error"] == "NOT_FOUND", refused.text
    assert refused.json()["field"] == "surveyId"
    everything = await browser.http.get("/export/responses.csv")
    assert "别家的评论" not in everything.content.decode("utf-8-sig")
    foreign_topic = await other_gql.client.get(
        "/export/responses.csv", params={"topicId": encode_id("Topic", topics[0].id)},
        headers={"authorization": f"Bearer {other_key}"})
    assert foreign_topic.status_code == 400 and foreign_topic.json()["error"] == "NOT_FOUND"


@pytest.mark.parametrize("value", ["happy", "", "NEGATIVE"])
async def test_the_sentiment_parameter(client: httpx.AsyncClient, admin_key: str, value: str) -> None:
    response = await client.get("/export/responses.csv", params={"sentiment": value},
                                headers={"authorization": f"Bearer {admin_key}"})
    assert response.status_code == (400 if value == "happy" else 200), response.text


@pytest.mark.parametrize(("value", "status"), [("maybe", 400), ("", 200), ("true", 200), ("false", 200)])
async def test_the_churn_intent_parameter(client: httpx.AsyncClient, admin_key: str, value: str, status: int) -> None:
    response = await client.get("/export/responses.csv", params={"churnIntent": value},
                                headers={"authorization": f"Bearer {admin_key}"})
    assert response.status_code == status, response.text
