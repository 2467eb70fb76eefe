"""Mutations by any way but a JSON POST, and request bodies the server cannot read as JSON.

tests/api/test_bad_input.py checks that a query over text/plain or a form and a mutation over GET
get 400; here every way a browser can send without a CORS preflight (text/plain, a urlencoded form,
a multipart form) and GET carry a real submitResponse, and nothing is stored.
"""

from __future__ import annotations

import json

import httpx
import pytest

from tests.support.client import GraphQL
from tests.support.ops import active_survey
from tests.support.rows import SUBMIT_ERRORS, row_counts, submit_body


async def test_mutations_only_travel_as_json_posts(gql: GraphQL, client: httpx.AsyncClient) -> None:
    survey = await active_survey(gql)
    body = submit_body(survey["token"], "transport-key-1")
    document, variables = body["query"], json.dumps(body["variables"])
    before = await row_counts()
    refusals = {
        "text/plain": await client.post("/graphql", content=json.dumps(body), headers={"content-type": "text/plain"}),
        "urlencoded": await client.post("/graphql", data={"query": document, "variables": variables}),
        "multipart": await client.post("/graphql", data={"query": document, "variables": variables},
                                       files={"upload": ("a.txt", b"x", "text/plain")}),
        # The GraphQL multipart request spec (file uploads) is not enabled either.
        "multipart operations": await client.post(
            "/graphql", data={"operations": json.dumps(body), "map": "{}"}, files={"0": ("a.txt", b"x", "text/plain")}),
        "no content type": await client.post("/graphql", content=json.dumps(body), headers={"content-type": ""}),
        "GET": await client.get("/graphql", params={"query": document, "variables": variables}),
    }
    statuses = {name: response.status_code for name, response in refusals.items()}
    assert statuses == dict.fromkeys(refusals, 400), statuses
    assert "not allowed" in refusals["GET"].text.lower()
    assert "unsupported content type" in refusals["text/plain"].text.lower()
    assert await row_counts() == before
    # The same call as JSON is stored: the refusals above were about the transport only.
    assert (await client.post("/graphql", json=body)).json()["data"]["submitResponse"]["errors"] == []


MALFORMED: list[tuple[str, bytes, str]] = [
    ("invalid UTF-8", b'{"query": "{ __typename }", "x": "\xff\xfe"}', "not valid UTF-8"),
    ("UTF-16", '{"query": "{ __typename }"}'.encode("utf-16"), "not valid UTF-8"),
    ("a bare string", b'"{ __typename }"', "must be a JSON object"),
    ("a number", b"5", "must be a JSON object"),
    ("null", b"null", "must be a JSON object"),
    ("NaN", b'{"query": "{ __typename }", "variables": {"n": NaN}}', "NaN is not a JSON number"),
    ("Infinity", b'{"query": "{ __typename }", "variables": {"n": -Infinity}}', "Infinity is not a JSON number"),
    ("1e400", b'{"query": "{ __typename }", "variables": {"n": 1e400}}', "finite"),
    ("a 5,000-digit integer", b'{"query": "{ __typename }", "variables": {"n": 1' + b"0" * 5000 + b"}}", "64 bits"),
    ("2**64", b'{"query": "{ __typename }", "variables": {"n": 18446744073709551616}}', "64 bits"),
    ("33 levels", b'{"query": "{ __typename }", "variables": {"n": ' + b"[" * 33 + b"]" * 33 + b"}}", "deeper than 32"),
    ("20,000 levels", b'{"query": "{ __typename }", "variables": {"n": ' + b"[" * 20000 + b"]" * 20000 + b"}}",
     "recursion"),
]


@pytest.mark.parametrize(("case", "raw", "reason"), MALFORMED, ids=[case for case, _, _ in MALFORMED])
async def test_unreadable_bodies_are_a_400(client: httpx.AsyncClient, case: str, raw: bytes, reason: str) -> None:
    # Each was a server error (an exception out of the JSON parser or Strawberry) before.
    response = await client.post("/graphql", content=raw, headers={"content-type": "application/json"})
    assert response.status_code == 400, (case, response.text)
    assert reason in response.text, (case, response.text)


@pytest.mark.parametrize("field", ["comment", "pageUrl", "locale", "answers", "externalId", "attribute", "key"])
@pytest.mark.parametrize("bad", ["\x00", chr(0xD800), chr(0xDFFF)], ids=["NUL", "high surrogate", "low surrogate"])
async def test_text_no_column_can_hold_is_refused_in_variables(
    gql: GraphQL, client: httpx.AsyncClient, field: str, bad: str
) -> None:
    # PostgreSQL refuses NUL in text and jsonb; UTF-8 cannot encode a lone surrogate. Before, a NUL was
    # stored on SQLite and a server error on PostgreSQL; a surrogate was a server error on both.
    survey = await active_survey(gql, questions=[{"id": "why", "type": "text", "text": "为什么？"}])
    text = f"a{bad}b"
    choices: dict[str, dict[str, object]] = {
        "comment": {"comment": text}, "pageUrl": {"pageUrl": "https://shop.example.com/" + text},
        "locale": {"locale": text}, "answers": {"answers": {"why": text}},
        "externalId": {"respondent": {"externalId": text}},
        "attribute": {"respondent": {"externalId": "u1", "attributes": {"plan": text}}},
        "key": {"idempotencyKey": f"bad-key-{text}"},
    }
    fields = choices[field]
    before = await row_counts()
    # json.dumps writes \u0000 and \ud800 escapes: exactly what a hostile client sends.
    response = await client.post("/graphql", content=json.dumps(submit_body(survey["token"], "bad-text-01", **fields)),
                                 headers={"content-type": "application/json"})
    assert response.status_code == 400
    assert "not acceptable JSON: strings may not contain NUL characters or unpaired surrogates" in response.text
    assert await row_counts() == before


async def test_nul_in_a_string_literal_is_a_validation_error(gql: GraphQL, public: GraphQL) -> None:
    survey = await active_survey(gql)
    before = await row_counts()
    document = (f'mutation {{ submitResponse(input: {{token: "{survey["token"]}", idempotencyKey: "nul-literal",'
                ' score: 3, comment: "a\\u0000b"}) { errors { code } } }')
    body = (await public.raw(document)).json()
    assert body.get("data") is None and "NUL" in body["errors"][0]["message"], body
    # A raw NUL (the lexer takes one inside a block string) is already refused with the body.
    raw = await public.raw(document.replace('"a\\u0000b"', '"""a\x00b"""'))
    assert raw.status_code == 400
    # A GET query string is not JSON: the validation rule catches it there.
    query = '{ surveyForRespondent(token: "a\\u0000b") { token } }'
    over_get = (await public.client.get("/graphql", params={"query": query})).json()
    assert over_get.get("data") is None and "NUL" in over_get["errors"][0]["message"]
    # Lone surrogates in literals are refused by the GraphQL lexer itself.
    document = (f'mutation {{ submitResponse(input: {{token: "{survey["token"]}", idempotencyKey: "surrogate-1",'
                ' score: 3, comment: "\\uD800"}) { errors { code } } }')
    assert "Invalid Unicode escape" in (await public.raw(document)).json()["errors"][0]["message"]
    assert await row_counts() == before


async def test_unicode_that_is_valid_is_kept_exactly(gql: GraphQL, public: GraphQL) -> None:
    # The guard must not touch real text: astral characters (a surrogate pair in JSON), RTL marks,
    # zero-width joiners and other control characters than NUL survive unchanged.
    survey = await active_survey(gql)
    text = "好评 😀 \u202e\u200d 👨‍👩‍👧 \x07 tab\tend"
    payload = (await public(SUBMIT_ERRORS.replace("errors { code field }", "response { comment } errors { code }"),
                            input={"token": survey["token"], "idempotencyKey": "unicode-ok-1", "score": 9,
                                   "comment": text}))["submitResponse"]
    assert payload["errors"] == [] and payload["response"]["comment"] == text.strip()
