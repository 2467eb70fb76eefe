"""What the console's overview reads beyond the totals: each bucket's NPS mix and margin, the segment
attributes the answers carry, and NPS per value of one of them, each meaning what the filter means."""

from __future__ import annotations

from typing import Any

import httpx

from core.models import Role
from core.service import create_api_key, get_or_create_organization
from tests.support.client import GraphQL
from tests.support.ops import METRICS, active_survey, submit

BUCKETS = """query($surveyId: ID) { metrics(surveyId: $surveyId, interval: DAY) {
  nps { score marginOfError } series { nps npsMarginOfError promoters passives detractors } } }"""
SEGMENTS = """query($surveyId: ID, $attribute: String!, $first: Int, $filter: ResponseFilter) {
  metrics(surveyId: $surveyId, filter: $filter) {
    attributes { name responses }
    segments(attribute: $attribute, first: $first) { value responses nps { score marginOfError promoters } } } }"""
# (score, attributes) of each answer: two plans, a flag and a number, and one answer without any.
ANSWERS: list[tuple[int, dict[str, Any] | None]] = [
    (10, {"plan": "pro", "beta": True, "seats": 3}),
    (9, {"plan": "pro", "beta": False}),
    (3, {"plan": "pro"}),
    (8, {"plan": "free", "seats": 3}),
    (2, {"plan": "free"}),
    (0, None),
]


async def _answered(gql: GraphQL, public: GraphQL) -> dict[str, Any]:
    survey = await active_survey(gql)
    for n, (score, attributes) in enumerate(ANSWERS):
        respondent = {"externalId": f"seg-{n}", "attributes": attributes} if attributes else None
        assert (await submit(public, survey["token"], f"segment-answer-{n:04}", score=score,
                             respondent=respondent))["errors"] == []
    return survey


async def test_each_bucket_carries_its_nps_mix_and_margin(gql: GraphQL, public: GraphQL) -> None:
    survey = await _answered(gql, public)
    metrics = (await gql(BUCKETS, surveyId=survey["id"]))["metrics"]
    [bucket] = metrics["series"]  # every answer today: one bucket, the same answers as the totals
    assert (bucket["promoters"], bucket["passives"], bucket["detractors"]) == (2, 1, 3)
    assert (bucket["nps"], bucket["npsMarginOfError"]) == (metrics["nps"]["score"], metrics["nps"]["marginOfError"])
    assert bucket["npsMarginOfError"] > 0


async def test_nps_per_segment_is_the_nps_of_the_segments_filter(gql: GraphQL, public: GraphQL) -> None:
    survey = await _answered(gql, public)
    found = (await gql(SEGMENTS, surveyId=survey["id"], attribute="plan"))["metrics"]
    assert [(a["name"], a["responses"]) for a in found["attributes"]] == [("plan", 5), ("beta", 2), ("seats", 2)]
    assert [(s["value"], s["responses"]) for s in found["segments"]] == [("pro", 3), ("free", 2)]
    for segment in found["segments"]:
        same = (await gql(METRICS, surveyId=survey["id"], filter={"attributes": {"plan": segment["value"]}}))
        nps = same["metrics"]["nps"]
        assert (segment["nps"]["score"], segment["nps"]["marginOfError"]) == (nps["score"], nps["marginOfError"])
    # Flags and numbers read as the filter compares them, so a segment can be opened as a filter.
    for attribute, expected in (("beta", [("false", 1), ("true", 1)]), ("seats", [("3", 2)])):
        segments = (await gql(SEGMENTS, surveyId=survey["id"], attribute=attribute))["metrics"]["segments"]
        assert [(s["value"], s["responses"]) for s in segments] == expected
        for segment in segments:
            same = await gql(METRICS, surveyId=survey["id"], filter={"attributes": {attribute: segment["value"]}})
            assert same["metrics"]["responses"] == segment["responses"]
    # The segments of a filtered view are within the filter; `first` keeps the largest.
    detractors = (await gql(SEGMENTS, surveyId=survey["id"], attribute="plan", first=1,
                            filter={"npsCategory": "DETRACTOR"}))["metrics"]
    assert [(s["value"], s["responses"], s["nps"]["score"]) for s in detractors["segments"]] == [("free", 1, -100.0)]
    assert (await gql(SEGMENTS, surveyId=survey["id"], attribute="region"))["metrics"]["segments"] == []


async def test_a_bad_attribute_or_size_is_a_typed_error(gql: GraphQL, public: GraphQL) -> None:
    survey = await _answered(gql, public)
    for attribute, first in (('pl"an', 5), ("", 5), ("x" * 65, 5), ("plan", 0), ("plan", 51)):
        body = (await gql.raw(SEGMENTS, surveyId=survey["id"], attribute=attribute, first=first)).json()
        codes = {e["extensions"]["code"] for e in body["errors"]}
        assert codes == {"VALIDATION"}, body


async def test_another_organisation_sees_no_segment(
    client: httpx.AsyncClient, gql: GraphQL, public: GraphQL
) -> None:
    survey = await _answered(gql, public)
    _, raw = await create_api_key(organization=await get_or_create_organization(name="Org B"), role=Role.ADMIN)
    theirs = (await GraphQL(client, raw)(SEGMENTS, attribute="plan"))["metrics"]
    assert (theirs["attributes"], theirs["segments"]) == ([], [])
    theirs = (await GraphQL(client, raw)(SEGMENTS, surveyId=survey["id"], attribute="plan"))["metrics"]
    assert (theirs["attributes"], theirs["segments"]) == ([], [])
