"""The public respondent surface under abuse: look-alike origins, a filled honeypot, over-long keys
and tokens, out-of-range numbers, script URLs. Each is refused (or, for the honeypot, answered as if
stored) and leaves no row behind."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from surveys.models import Response
from tests.support.client import GraphQL
from tests.support.ops import DISPLAY, FOR_RESPONDENT, SUBMIT, active_survey, submit
from tests.support.rows import row_counts

SHOP = "https://shop.example.com"
# What the widget sends (frontend_widget/src/api.ts): the prepared fast path answers this document.
WIDGET_SUBMIT = "mutation($i:SubmitResponseInput!){submitResponse(input:$i){errors{code field message}}}"


@pytest.mark.parametrize("origin", [
    "https://shop.example.com.evil.net", "https://evil-shop.example.com", "http://shop.example.com",
    "https://shop.example.com:8443", "null", "https://shop.example.com/checkout", f"{SHOP}, https://evil.net",
    "https://xn--shp-5qa.example.com", None,
])
async def test_look_alike_origins_are_refused(gql: GraphQL, client: httpx.AsyncClient, origin: str | None) -> None:
    # "null" is what sandboxed iframes, file:// pages and data: URLs send. Without any Origin (a
    # Referer alone proves nothing), only a call with the organisation's API key may submit.
    survey = await active_survey(gql, allowedOrigins=[SHOP])
    caller = GraphQL(client, origin=origin)
    client.headers["referer"] = f"{SHOP}/checkout"
    before = await row_counts()
    submitted = await submit(caller, survey["token"], "origin-key-01", score=2)
    assert submitted["errors"][0]["code"] == "ORIGIN_NOT_ALLOWED"
    assert (await caller(DISPLAY, token=survey["token"]))["recordDisplay"]["errors"][0]["code"] == "ORIGIN_NOT_ALLOWED"
    asked = (await caller.raw(FOR_RESPONDENT, token=survey["token"])).json()
    assert asked["errors"][0]["extensions"]["code"] == "ORIGIN_NOT_ALLOWED"
    assert await row_counts() == before


async def test_the_allowed_origin_however_spelt_is_accepted(gql: GraphQL, client: httpx.AsyncClient) -> None:
    survey = await active_survey(gql, allowedOrigins=[SHOP])
    for i, origin in enumerate((SHOP, SHOP + "/", SHOP.upper())):
        assert (await submit(GraphQL(client, origin=origin), survey["token"], f"origin-ok-{i:02d}", score=9))[
            "errors"] == [], origin


async def test_a_filled_honeypot_stores_nothing_and_looks_like_success(gql: GraphQL, public: GraphQL) -> None:
    survey = await active_survey(gql)
    before = await row_counts()
    fields = {"score": 3, "comment": "buy cheap watches", "respondent": {"externalId": "bot-1", "attributes": {"a": 1}},
              "honeypot": "http://spam.example"}
    caught = await submit(public, survey["token"], "honeypot-key-1", **fields)
    assert caught["errors"] == []
    assert caught["response"]["comment"] == "buy cheap watches" and caught["response"]["completed"] is True
    again = await submit(public, survey["token"], "honeypot-key-1", **fields)
    assert again["response"]["id"] == caught["response"]["id"]  # stable, like a real retry
    # The widget's own document (answered by the prepared path) is caught the same way.
    widget = (await public(WIDGET_SUBMIT, i={"token": survey["token"], "idempotencyKey": "honeypot-key-2",
                                             "score": 3, "honeypot": "x"}))["submitResponse"]
    assert widget == {"errors": []}
    assert await row_counts() == before
    # It is refused exactly as a person would be: nothing tells a bot that the field matters.
    invalid = await submit(public, survey["token"], "honeypot-key-3", score=11, honeypot="x")
    assert invalid["errors"][0]["code"] == "VALIDATION" and invalid["errors"][0]["field"] == "score"
    # An empty honeypot is a person.
    person = await submit(public, survey["token"], "honeypot-key-4", score=8, honeypot="")
    assert person["errors"] == [] and await Response.exists(idempotency_key="honeypot-key-4")


async def test_a_honeypot_completion_does_not_complete_a_partial(gql: GraphQL, public: GraphQL) -> None:
    # The widget sends the score first (a partial), the form with the honeypot afterwards.
    survey = await active_survey(gql)
    await submit(public, survey["token"], "honeypot-partial", score=4, completed=False)
    finished = await submit(public, survey["token"], "honeypot-partial", score=4, comment="spam", honeypot="x")
    assert finished["errors"] == []
    stored = await Response.get(idempotency_key="honeypot-partial")
    assert stored.completed is False and stored.comment is None


@pytest.mark.parametrize(("fields", "field"), [
    ({"idempotencyKey": "k" * 10_000}, "idempotencyKey"),
    ({"idempotencyKey": "k" * 129}, "idempotencyKey"),
    ({"score": -(2**31)}, "score"),
    ({"pageUrl": "javascript:alert(document.domain)"}, "pageUrl"),
    ({"pageUrl": " JaVa\tScRiPt:alert(1)"}, "pageUrl"),
    ({"pageUrl": "data:text/html,<script>alert(1)</script>"}, "pageUrl"),
    ({"pageUrl": "vbscript:msgbox(1)"}, "pageUrl"),
    ({"pageUrl": "https://shop.example.com/" + "a" * 2100}, "pageUrl"),
    ({"locale": "zh-CN" * 1000}, "locale"),
    ({"respondent": {"externalId": "u" * 257}}, "respondent.externalId"),
    ({"respondent": {"externalId": ""}}, "respondent.externalId"),
    ({"respondent": {"externalId": "u", "attributes": {"k" * 65: 1}}}, "respondent.attributes"),
    ({"respondent": {"externalId": "u", "attributes": "plan=vip"}}, "respondent.attributes"),
    ({"answers": ["a"]}, "answers"),
    ({"answers": {f"q{i}": "x" for i in range(3000)}}, "answers.q0"),
])
async def test_out_of_bounds_values_are_a_typed_refusal(
    gql: GraphQL, public: GraphQL, fields: dict[str, Any], field: str
) -> None:
    survey = await active_survey(gql)
    before = await row_counts()
    key = fields.pop("idempotencyKey", "bounds-key-01")
    refused = await submit(public, survey["token"], key, **{"score": 5, **fields})
    assert refused["response"] is None
    assert (refused["errors"][0]["code"], refused["errors"][0]["field"]) == ("VALIDATION", field), refused
    assert await row_counts() == before


async def test_numbers_beyond_graphql_int_are_refused_before_running(gql: GraphQL, public: GraphQL) -> None:
    survey = await active_survey(gql)
    for score in (2**31, -(2**31) - 1, 2**63 - 1, 1.5, "9"):
        body = (await public.raw(SUBMIT, input={"token": survey["token"], "idempotencyKey": "int-key-01",
                                                "score": score})).json()
        assert body.get("data") is None and "Int cannot represent" in body["errors"][0]["message"], (score, body)
    huge_page = (await gql.raw("{ surveys(first: 2147483648) { totalCount } }")).json()
    assert "Int cannot represent" in huge_page["errors"][0]["message"]
    negative_page = (await gql.raw("{ surveys(first: -1) { totalCount } }")).json()
    assert negative_page["errors"], negative_page
    assert (await row_counts())["responses"] == 0


async def test_an_over_long_survey_token_is_unknown(public: GraphQL) -> None:
    refused = await submit(public, "t" * 100_00, "long-token-01", score=5)
    assert refused["errors"][0]["code"] == "SURVEY_NOT_ACTIVE"
    asked = (await public(FOR_RESPONDENT, token="t" * 100_00))["surveyForRespondent"]
    assert asked is None
