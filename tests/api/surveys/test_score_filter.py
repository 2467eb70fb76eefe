"""Regression found by fuzzing (PostgreSQL): a score bound beyond the smallint column.

`responses(filter: {maxScore: 67108865})` answered a masked internal error on PostgreSQL (the bound
overflowed the smallint `score` parameter); the CSV export, which takes the same filter, failed the
same way after its header had been sent. Bounds outside every scale (0..10) are now a VALIDATION
refusal on every backend, before any query runs.
"""

from __future__ import annotations

import httpx
import pytest

from tests.support.client import GraphQL
from tests.support.ops import METRICS, RESPONSES, active_survey, submit


@pytest.mark.parametrize("bound", [{"maxScore": 67108865}, {"minScore": 40000}, {"minScore": -1},
                                   {"maxScore": 11}, {"minScore": -(2**31)}])
async def test_out_of_scale_score_bounds_are_refused(gql: GraphQL, bound: dict[str, int]) -> None:
    for query in (RESPONSES, METRICS):
        body = (await gql.raw(query, filter=bound)).json()
        assert body["data"] is None, body
        [error] = body["errors"]
        assert error["extensions"]["code"] == "VALIDATION", body
        assert next(iter(bound)) in error["message"]


async def test_bounds_within_the_scale_still_filter(gql: GraphQL, public: GraphQL) -> None:
    survey = await active_survey(gql)
    for i, score in enumerate([0, 6, 10]):
        await submit(public, survey["token"], f"score-filter-{i}", score=score)
    found = (await gql(RESPONSES, filter={"minScore": 0, "maxScore": 10}))["responses"]
    assert found["totalCount"] == 3
    found = (await gql(RESPONSES, filter={"minScore": 6, "maxScore": 10}))["responses"]
    assert found["totalCount"] == 2


async def test_the_csv_export_refuses_them_before_streaming(client: httpx.AsyncClient, admin_key: str) -> None:
    auth = {"authorization": f"Bearer {admin_key}"}
    for query in ("maxScore=40000", "minScore=67108865", "minScore=-5"):
        response = await client.get(f"/export/responses.csv?{query}", headers=auth)
        assert response.status_code == 400, (query, response.text)
        assert "Score must be between 0 and 10" in response.text
    assert (await client.get("/export/responses.csv?maxScore=10", headers=auth)).status_code == 200
