"""Hostile query parameters on GET /export/responses.csv: a clear 400 before the 200 and the header
row go out (a failure after them cut the stream short; before the fixes each case below was a 500
or such a truncated download)."""

from __future__ import annotations

import httpx
import pytest

from tests.support.client import GraphQL
from tests.support.ops import active_survey, submit


@pytest.mark.parametrize(("query", "field"), [
    ({"from": "yesterday"}, "from"),
    ({"to": "2026-13-45T00:00:00+08:00"}, "to"),
    ({"minScore": "99999999999"}, "query"),
    ({"maxScore": "9" * 5000}, "query"),
    ({"search": "a\x00b"}, "search"),
    ({"attributes": '{"plan": NaN}'}, "query"),
    ({"attributes": '{"plan": 1e999}'}, "query"),
    ({"attributes": '{"plan": "a\\u0000b"}'}, "query"),
    ({"attributes": '["plan"]'}, "filter.attributes"),
    ({"npsCategory": "everyone"}, "query"),
    ({"hasComment": "maybe"}, "query"),
    ({"topicId": "not-an-id"}, "filter.topicId"),
    ({"surveyId": "'; DROP TABLE responses; --"}, "surveyId"),
])
async def test_bad_export_parameters_are_a_400(
    gql: GraphQL, public: GraphQL, client: httpx.AsyncClient, admin_key: str, query: dict[str, str], field: str
) -> None:
    survey = await active_survey(gql)
    await submit(public, survey["token"], "export-key-01", score=9, comment="好")
    response = await client.get("/export/responses.csv", params=query,
                                headers={"authorization": f"Bearer {admin_key}"})
    assert response.status_code == 400, (query, response.text[:200])
    assert response.json()["field"] == field, response.json()
    # The export still works, and the table is still there.
    ok = await client.get("/export/responses.csv", headers={"authorization": f"Bearer {admin_key}"})
    assert ok.status_code == 200 and "好" in ok.content.decode("utf-8-sig")
