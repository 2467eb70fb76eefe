"""Every refusal is a typed error or a clear 4xx, and leaves nothing behind."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from typing import Any

import httpx
import jwt
import pytest

from api.app import create_app
from surveys.models import Display, Respondent, Response
from tests.support.client import GraphQL, app_client
from tests.support.ops import SUBMIT, active_survey, submit

QUESTIONS = [
    {"id": "reason", "type": "single_choice", "text": "主要原因？",
     "options": [{"id": "price", "label": "价格"}, {"id": "speed", "label": "速度"}]},
    {"id": "tags", "type": "multiple_choice", "text": "涉及哪些方面？",
     "options": [{"id": "app", "label": "APP"}, {"id": "delivery", "label": "配送"}]},
    {"id": "stars", "type": "rating", "text": "打个分", "min": 1, "max": 5},
]


async def nothing_stored() -> bool:
    return await Response.all().count() == 0 and await Respondent.all().count() == 0


async def test_answers_are_validated_against_the_questions(gql: GraphQL, public: GraphQL) -> None:
    survey = await active_survey(gql, questions=QUESTIONS)
    bad_answers: list[tuple[dict[str, Any], str]] = [
        ({"nope": "x"}, "answers.nope"),
        ({"reason": "cheap"}, "answers.reason"),
        ({"reason": ["price"]}, "answers.reason"),
        ({"tags": ["app", "app"]}, "answers.tags"),
        ({"tags": "app"}, "answers.tags"),
        ({"stars": 9}, "answers.stars"),
        ({"stars": "5"}, "answers.stars"),
    ]
    for i, (answers, field) in enumerate(bad_answers):
        refused = await submit(public, survey["token"], f"answers-{i:04d}", score=5, answers=answers)
        assert refused["response"] is None
        assert refused["errors"][0] == {**refused["errors"][0], "code": "VALIDATION", "field": field}
    ok = await submit(public, survey["token"], "answers-good", score=5,
                      answers={"reason": "speed", "tags": ["app", "delivery"], "stars": 4})
    assert ok["errors"] == [] and ok["response"]["answers"]["tags"] == ["app", "delivery"]


async def test_refusals_store_nothing(gql: GraphQL, public: GraphQL) -> None:
    survey = await active_survey(gql)
    token = survey["token"]
    cases: list[tuple[dict[str, Any], str, str]] = [
        ({"score": 11}, "VALIDATION", "score"),
        ({"score": None}, "VALIDATION", "score"),
        ({"score": 5, "comment": "长" * 5001}, "VALIDATION", "comment"),
        ({"score": 5, "respondent": {"externalId": "u", "attributes": {f"k{i}": i for i in range(51)}}},
         "VALIDATION", "respondent.attributes"),
        ({"score": 5, "respondent": {"externalId": "u", "attributes": {"plan": "x" * 257}}},
         "VALIDATION", "respondent.attributes.plan"),
        ({"score": 5, "respondent": {"externalId": "u", "attributes": {"nested": {"a": 1}}}},
         "VALIDATION", "respondent.attributes.nested"),
        ({"score": 5, "respondent": {"token": "not-a-jwt"}}, "INVALID_IDENTITY", "respondent.token"),
        ({"score": 5, "locale": "fr"}, "VALIDATION", "locale"),
    ]
    for i, (fields, code, field) in enumerate(cases):
        refused = await submit(public, token, f"refused-{i:04d}", **fields)
        assert refused["response"] is None, fields
        assert (refused["errors"][0]["code"], refused["errors"][0]["field"]) == (code, field), refused
    short_key = await submit(public, token, "short", score=5)
    assert short_key["errors"][0]["field"] == "idempotencyKey"
    unknown = await submit(public, "no-such-token", "unknown-token-1", score=5)
    assert unknown["errors"][0]["code"] == "SURVEY_NOT_ACTIVE"
    assert await nothing_stored()


async def test_identity_tokens_are_verified(gql: GraphQL, public: GraphQL) -> None:
    survey = await active_survey(gql)
    secret = (await gql("{ viewer { organization { identitySecret } } }"))["viewer"]["organization"]["identitySecret"]
    now = int(time.time())
    expired = jwt.encode({"sub": "u1", "exp": now - 10}, secret, algorithm="HS256")
    forged = jwt.encode({"sub": "u1", "exp": now + 600}, "another-organisations-secret-of-32-bytes-or-more", algorithm="HS256")
    no_exp = jwt.encode({"sub": "u1"}, secret, algorithm="HS256")
    for i, token in enumerate((expired, forged, no_exp)):
        refused = await submit(public, survey["token"], f"jwt-bad-{i:03d}", score=5, respondent={"token": token})
        assert refused["errors"][0]["code"] == "INVALID_IDENTITY"
    assert await nothing_stored()
    good = jwt.encode({"sub": "u1", "exp": now + 600, "attributes": {"plan": "pro"}}, secret, algorithm="HS256")
    mismatch = await submit(public, survey["token"], "jwt-mismatch", score=5,
                            respondent={"externalId": "u2", "token": good})
    assert mismatch["errors"][0]["code"] == "INVALID_IDENTITY"
    ok = await submit(public, survey["token"], "jwt-good-01", score=5,
                      respondent={"token": good, "attributes": {"region": "华东"}})
    assert ok["errors"] == []
    person = await Respondent.get(external_id="u1")
    assert person.verified is True and person.attributes == {"plan": "pro", "region": "华东"}
    # An unverified caller cannot rewrite what the signed identity established.
    await submit(public, survey["token"], "jwt-unsigned", score=5,
                 respondent={"externalId": "u1", "attributes": {"plan": "free"}})
    person = await Respondent.get(external_id="u1")
    assert person.attributes["plan"] == "pro"
    response = await Response.get(idempotency_key="jwt-unsigned")
    assert response.identity_verified is False


async def test_disallowed_origin_is_refused(gql: GraphQL, client: httpx.AsyncClient) -> None:
    survey = await active_survey(gql, allowedOrigins=["https://shop.example.com"])
    evil = GraphQL(client, origin="https://evil.example.net")
    refused = await submit(evil, survey["token"], "origin-bad-1", score=9)
    assert refused["errors"][0]["code"] == "ORIGIN_NOT_ALLOWED"
    display = (await evil("mutation($t: String!) { recordDisplay(token: $t) { ok errors { code } } }",
                          t=survey["token"]))["recordDisplay"]
    assert display["errors"][0]["code"] == "ORIGIN_NOT_ALLOWED"
    assert await Response.all().count() == 0 and await Display.all().count() == 0
    shop = GraphQL(client, origin="https://shop.example.com")
    assert (await submit(shop, survey["token"], "origin-good-1", score=9))["errors"] == []
    # The hosted page is served by the API itself: its own origin is always allowed.
    own = GraphQL(client, origin="http://testserver")
    assert (await submit(own, survey["token"], "origin-own-01", score=9))["errors"] == []
    # A server-side integration with the organisation's key needs no browser origin.
    assert (await submit(gql, survey["token"], "origin-key-01", score=9))["errors"] == []


async def test_invalid_survey_definitions_are_refused(gql: GraphQL) -> None:
    create = "mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { survey { id } errors { code field } } }"
    bad: list[dict[str, Any]] = [
        {"name": "", "kind": "NPS"},
        {"name": "x", "kind": "NPS", "locale": "fr"},
        {"name": "x", "kind": "NPS", "sampleRate": 1.5},
        {"name": "x", "kind": "NPS", "allowedOrigins": ["javascript:alert(1)"]},
        {"name": "x", "kind": "NPS", "questions": [{"id": "q", "type": "essay", "text": "?"}]},
        {"name": "x", "kind": "NPS", "questions": [{"id": "q", "type": "single_choice", "text": "?", "options": []}]},
        {"name": "x", "kind": "NPS", "questions": [{"id": "q", "type": "text", "text": "a"},
                                                     {"id": "q", "type": "text", "text": "b"}]},
        {"name": "x", "kind": "NPS", "questions": {"followUps": [
            {"minScore": 0, "maxScore": 6, "text": "a"}, {"minScore": 5, "maxScore": 10, "text": "b"}]}},
        {"name": "x", "kind": "CSAT", "questions": {"followUps": [{"minScore": 0, "maxScore": 2, "text": "a"}]}},
        {"name": "x", "kind": "FORM", "questions": {"followUps": [{"minScore": 0, "maxScore": 2, "text": "a"}]}},
    ]
    for survey_input in bad:
        payload = (await gql(create, input=survey_input))["createSurvey"]
        assert payload["survey"] is None and payload["errors"][0]["code"] == "VALIDATION", survey_input
    assert (await gql("{ surveys { totalCount } }"))["surveys"]["totalCount"] == 0


async def test_http_level_refusals(client: httpx.AsyncClient, gql: GraphQL) -> None:
    survey = await active_survey(gql)
    big = {"query": SUBMIT, "variables": {"input": {"token": survey["token"], "idempotencyKey": "big-body-1",
                                                    "score": 1, "comment": "x" * 70_000}}}
    assert (await client.post("/graphql", json=big)).status_code == 413
    async def chunks() -> AsyncIterator[bytes]:
        for part in (b'{"query": "', b"x" * 70_000, b'"}'):
            yield part

    chunked = await client.post("/graphql", content=chunks(),
                                headers={"content-type": "application/json"})
    assert chunked.status_code == 413
    plain = await client.post("/graphql", content='{"query": "{ __typename }"}', headers={"content-type": "text/plain"})
    assert plain.status_code == 400
    form = await client.post("/graphql", data={"query": "{ __typename }"})
    assert form.status_code == 400
    mutation_over_get = await client.get("/graphql", params={"query": "mutation { recordDisplay(token: \"x\") { ok } }"})
    assert mutation_over_get.status_code == 400
    assert "not allowed" in mutation_over_get.text.lower()
    assert await Response.all().count() == 0 and await Display.all().count() == 0


@pytest.mark.parametrize(("query", "fragment"), [
    ("{ viewer { organization { " + "name " * 3 + "} } }" + " " * 0, None),
    ("{ " + " ".join(f"a{i}: viewer {{ role }}" for i in range(31)) + " }", "aliases"),
    ("{ viewer { " + "role " * 2100 + "} }", "token"),
])
async def test_document_limits(gql: GraphQL, query: str, fragment: str | None) -> None:
    body = (await gql.raw(query)).json()
    if fragment is None:
        assert "errors" not in body
    else:
        assert fragment in body["errors"][0]["message"].lower()


async def test_depth_limit(client: httpx.AsyncClient, admin_key: str) -> None:
    deep = "{ surveys { edges { node { responses { edges { node { survey { responses { edges { node { survey {" \
           " responses { edges { node { id } } } } } } } } } } } } } } }"
    body = (await GraphQL(client, admin_key).raw(deep)).json()
    assert "exceeds maximum operation depth" in body["errors"][0]["message"]


async def test_production_masks_unexpected_errors_and_hides_the_schema(app_settings: Any) -> None:
    settings = app_settings.model_copy(update={"env": "production", "secret_key": "s3cret"})
    app = create_app(settings, manage_db=False)
    assert app.state.settings.introspection_enabled is False
    async with app_client(settings) as c:
        body = (await c.post("/graphql", json={"query": "{ __schema { types { name } } }"})).json()
        assert "introspection" in body["errors"][0]["message"].lower()


def test_production_needs_a_secret(app_settings: Any) -> None:
    with pytest.raises(ValueError, match="VOC_SECRET_KEY"):
        create_app(app_settings.model_copy(update={"env": "production"}), manage_db=False)
