"""The prepared submitResponse path answers exactly as Strawberry's generic executor does.

Every case goes once through an app with the prepared path and once through one without it, and
the two HTTP answers (status, content type, body) and the stored rows must be the same.
"""

from __future__ import annotations

import logging
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx
import pytest
from starlette.routing import Route
from tortoise.exceptions import DBConnectionError

from api.graphql_view import VocGraphQL
from core.settings import Settings
from surveys import service
from surveys.models import Response
from tests.support.client import GraphQL, app_client
from tests.support.ops import active_survey

WIDGET = "mutation($i:SubmitResponseInput!){submitResponse(input:$i){errors{code field message}}}"
FULL = """mutation Submit($input: SubmitResponseInput!) {
  submitResponse(input: $input) { response { id score comment completed } errors { code field message } }
}"""
RESPONSE_FIRST = "mutation($x: SubmitResponseInput!){ submitResponse(input:$x){ response{ completed id } errors{ message } } }"
PREPARED = (WIDGET, FULL, RESPONSE_FIRST)
# Shapes the prepared path leaves to Strawberry: the answers must still agree.
GENERIC = (
    "mutation($i:SubmitResponseInput!){ s: submitResponse(input:$i){ errors{ code } } }",
    "mutation($i:SubmitResponseInput!){ submitResponse(input:$i){ response{ id channel submittedAt } } }",
    "mutation($i:SubmitResponseInput!){ submitResponse(input:$i){ ...P } } fragment P on SubmitResponsePayload { errors { code } }",
    "mutation($i:SubmitResponseInput!){ submitResponse(input:$i){ errors{ code @include(if: true) } } }",
    "mutation($i:SubmitResponseInput!, $j: Int){ submitResponse(input:$i){ errors{ code } } }",  # invalid: $j unused
    "mutation($i:SubmitResponseInput!){ submitResponse(input:$i){ errors{ code code } } }",
)
GLOBAL_ID = re.compile(r'"(id|submittedAt)":"[^"]+"')


class Pair:
    """The same request through both paths; keys get a per-path suffix so both store a row."""

    def __init__(self, prepared: httpx.AsyncClient, generic: httpx.AsyncClient) -> None:
        self.prepared, self.generic = prepared, generic

    async def post(self, query: str, variables: dict[str, Any], *, headers: dict[str, str] | None = None,
                   suffix: bool = True) -> tuple[httpx.Response, httpx.Response]:
        answers = []
        for path, client in (("p", self.prepared), ("g", self.generic)):
            data = dict(variables)
            for name, value in data.items():
                if suffix and isinstance(value, dict) and isinstance(value.get("idempotencyKey"), str):
                    data[name] = {**value, "idempotencyKey": value["idempotencyKey"] + "-" + path}
            answers.append(await client.post("/graphql", json={"query": query, "variables": data},
                                             headers=headers or {}))
        return answers[0], answers[1]

    async def same(self, query: str, variables: dict[str, Any], **kwargs: Any) -> httpx.Response:
        prepared, generic = await self.post(query, variables, **kwargs)
        assert prepared.status_code == generic.status_code, (prepared.text, generic.text)
        assert prepared.headers["content-type"] == generic.headers["content-type"]
        # The ids differ (two rows); everything else, order included, is the same text.
        assert GLOBAL_ID.sub(r'"\1":"*"', prepared.text) == GLOBAL_ID.sub(r'"\1":"*"', generic.text)
        return prepared


def _view(client: app_client) -> VocGraphQL:
    route = next(r for r in client.app.routes if isinstance(r, Route) and r.path == "/graphql")
    view = route.endpoint
    assert isinstance(view, VocGraphQL)
    return view


@pytest.fixture
async def pair(orm: None, app_settings: Settings) -> Any:
    with_path, without = app_client(app_settings), app_client(app_settings.model_copy(update={"prepared_mutations": False}))
    assert _view(with_path).prepared is not None and _view(without).prepared is None
    async with with_path as prepared, without as generic:
        yield Pair(prepared, generic), _view(with_path)


CASES: list[dict[str, Any]] = [
    {"score": 9},
    {"score": 0, "comment": "配送太慢了，饭都凉了 <script>alert(1)</script>"},
    {"score": 7, "comment": "还行", "completed": False, "locale": "en", "pageUrl": "https://shop.example/cart",
     "channel": "LINK"},
    {"score": 10, "respondent": {"externalId": "u-1", "attributes": {"plan": "pro", "region": "华东"}}},
    {"score": 11},  # out of range: a typed error
    {"score": 5, "comment": "长" * 5001},  # too long
    {"score": 5, "answers": {"nope": 1}},  # unknown question
    {"score": 5, "respondent": {"token": "not-a-jwt"}},
    {"comment": "only words"},
]


@pytest.mark.parametrize("query", PREPARED + GENERIC)
async def test_both_paths_answer_alike(pair: Any, gql: GraphQL, query: str) -> None:
    both, view = pair
    survey = await active_survey(gql)
    for number, fields in enumerate(CASES):
        await both.same(query, {_variable(query): {"token": survey["token"],
                                                                "idempotencyKey": f"case-key-{number:03d}", **fields}})
    await both.same(query, {_variable(query): {"token": "no-such-survey", "idempotencyKey": "x-1", "score": 5}})
    # Variables that do not coerce: Strawberry words the errors, whichever app was asked.
    for bad in ({"token": survey["token"], "score": "ten", "idempotencyKey": "b-1"},
                {"idempotencyKey": "b-2"}, {"token": survey["token"], "idempotencyKey": "b-3", "extra": 1},
                {"token": survey["token"], "idempotencyKey": "b-4", "score": 2**40}):
        await both.same(query, {_variable(query): bad}, suffix=False)  # stored by neither
    recognised = view.prepared is not None and view.prepared.lookup(query) is not None
    assert recognised == (query in PREPARED)

    # Stored rows: the same fields whichever path stored them.
    rows = {r.idempotency_key: r for r in await Response.filter(survey__token=survey["token"])}
    compared = 0
    for key, row in rows.items():
        if key.endswith("-p"):
            twin = rows[key[:-2] + "-g"]
            assert (row.score, row.comment, row.completed, row.channel, row.locale, row.page_url, row.answers,
                    row.respondent_id is None) == (
                twin.score, twin.comment, twin.completed, twin.channel, twin.locale, twin.page_url, twin.answers,
                twin.respondent_id is None)
            compared += 1
    assert compared == (0 if "$j" in query else 4), sorted(rows)


def _variable(query: str) -> str:
    match = re.search(r"\$(\w+)\s*:\s*SubmitResponseInput", query)
    assert match
    return match.group(1)


DISPLAY_WIDGET = ("mutation($t:String!,$r:RespondentInput){recordDisplay(token:$t,respondent:$r)"
                  "{ok errors{code field message}}}")
DISPLAY_CHANNEL = "mutation Shown($c: Channel, $t: String!){ recordDisplay(channel: $c, token: $t){ errors{ code } ok } }"
DISPLAY_GENERIC = (
    'mutation($r:RespondentInput){ recordDisplay(token: "literal", respondent: $r){ ok } }',
    "mutation($t:String!){ recordDisplay(token: $t){ ok errors{ code } shown: ok } }",
)


@pytest.mark.parametrize("query", [DISPLAY_WIDGET, DISPLAY_CHANNEL, *DISPLAY_GENERIC])
async def test_displays_agree(pair: Any, gql: GraphQL, query: str) -> None:
    both, view = pair
    survey = await active_survey(gql, allowedOrigins=["https://shop.example"])
    shop = {"origin": "https://shop.example"}
    for variables in ({"t": survey["token"]}, {"t": survey["token"], "r": {"externalId": "u-9"}},
                      {"t": survey["token"], "c": "LINK"}, {"t": "no-such-survey"}, {"t": survey["token"], "c": "NOPE"},
                      {"t": 5}, {"r": {"externalId": 5}}, {}):
        await both.same(query, variables, headers=shop)
    await both.same(query, {"t": survey["token"]}, headers={"origin": "https://evil.example"})
    assert (view.prepared.lookup(query) is not None) == (query in (DISPLAY_WIDGET, DISPLAY_CHANNEL))


async def test_replays_and_mismatches_agree_across_paths(pair: Any, gql: GraphQL) -> None:
    both, _ = pair
    survey = await active_survey(gql)
    first = {"input": {"token": survey["token"], "idempotencyKey": "shared-key", "score": 3, "completed": False}}
    stored = await both.prepared.post("/graphql", json={"query": FULL, "variables": first})
    # The generic app replays the prepared path's row, byte for byte, and the other way round.
    replayed = await both.generic.post("/graphql", json={"query": FULL, "variables": first})
    assert stored.text == replayed.text and '"errors":[]' in stored.text
    completing = {"input": {**first["input"], "comment": "后来又好了", "completed": True}}
    done = await both.same(FULL, completing, suffix=False)
    assert '"completed":true' in done.text
    mismatch = {"input": {**first["input"], "score": 9, "completed": True}}
    refused = await both.same(FULL, mismatch, suffix=False)
    assert "IDEMPOTENCY_MISMATCH" in refused.text
    assert await Response.filter(idempotency_key="shared-key").count() == 1


async def test_refusals_agree_rate_limit_origin_and_operation_name(
    orm: None, app_settings: Settings, gql: GraphQL
) -> None:
    survey = await active_survey(gql, allowedOrigins=["https://shop.example"])
    limited = app_settings.model_copy(update={"rate_limit_per_ip": "2/minute"})
    seen: dict[bool, list[tuple[int, str]]] = {}
    for prepared_path in (True, False):
        # One app at a time, each starting with fresh counts: with Redis the two apps would share them.
        async with app_client(limited.model_copy(update={"prepared_mutations": prepared_path})) as client:
            seen[prepared_path] = []
            for number, origin in enumerate(("https://evil.example", "https://shop.example", "https://shop.example")):
                variables = {"i": {"token": survey["token"], "idempotencyKey": f"origin-k-{prepared_path}-{number}",
                                   "score": 8}}
                answer = await client.post("/graphql", json={"query": WIDGET, "variables": variables},
                                           headers={"origin": origin})
                seen[prepared_path].append((answer.status_code, answer.text))
    assert seen[True] == seen[False]
    assert [status for status, _ in seen[True]] == [200, 200, 429]
    assert "ORIGIN_NOT_ALLOWED" in seen[True][0][1] and "RATE_LIMITED" in seen[True][2][1]
    variables = {"i": {"token": survey["token"], "idempotencyKey": "origin-k-batch", "score": 8}}
    async with app_client(app_settings) as prepared, \
            app_client(app_settings.model_copy(update={"prepared_mutations": False})) as generic:
        for name in ("Submit", "Other"):
            answers = []
            for path, client in (("p", prepared), ("g", generic)):
                answer = await client.post("/graphql", json={
                    "query": FULL, "operationName": name, "variables": {"input": {
                        "token": survey["token"], "idempotencyKey": f"name-key-{name}-{path}", "score": 8}}})
                answers.append((answer.status_code, GLOBAL_ID.sub(r'"\1":"*"', answer.text)))
            assert answers[0] == answers[1]
            assert (answers[0][0] == 200) == (name == "Submit")
        # A batch, text/plain and a GET are the generic path's to refuse, on both apps.
        for client in (prepared, generic):
            batch = await client.post("/graphql", json=[{"query": WIDGET, "variables": variables}])
            assert batch.status_code == 400
            plain = await client.post("/graphql", content='{"query": "' + WIDGET + '"}',
                                      headers={"content-type": "text/plain"})
            assert plain.status_code in (400, 415)
            got = await client.get("/graphql", params={"query": WIDGET, "variables": '{"i": {}}'})
            assert 400 <= got.status_code < 500
    assert await Response.filter(idempotency_key__startswith="origin-k-").count() == 2  # one per app


@asynccontextmanager
async def both_in(app_settings: Settings, env: str) -> AsyncIterator[Pair]:
    """Both paths served in `env` ("production" masks unexpected errors)."""
    chosen = app_settings.model_copy(update={"env": env, "secret_key": "s" * 40})
    async with app_client(chosen) as prepared, \
            app_client(chosen.model_copy(update={"prepared_mutations": False})) as generic:
        yield Pair(prepared, generic)


@pytest.mark.parametrize("env", ["test", "production"])
async def test_an_unexpected_failure_is_reported_alike(
    orm: None, app_settings: Settings, gql: GraphQL, monkeypatch: pytest.MonkeyPatch, env: str
) -> None:
    survey = await active_survey(gql)

    async def broken(**_: Any) -> Response:
        raise RuntimeError("a bug with secret details")

    monkeypatch.setattr(service, "submit_response", broken)
    async with both_in(app_settings, env) as both:
        answer = await both.same(
            FULL, {"input": {"token": survey["token"], "idempotencyKey": "masked-key-1", "score": 1}})
    body = answer.json()
    assert body["data"] is None and body["errors"][0]["path"] == ["submitResponse"]
    assert ("secret" in answer.text) == (env != "production")  # masked in production only


def test_every_input_field_reaches_the_resolver() -> None:
    """The prepared path maps input fields by name: a field added to the schema and not here would
    be dropped silently (the honeypot once was), so every one is checked."""
    from strawberry.utils.str_converters import to_camel_case

    from api.surveys.inputs import RespondentInput, SubmitResponseInput
    from api.surveys.prepared import _respondent, _submission

    for cls, convert in ((SubmitResponseInput, _submission), (RespondentInput, _respondent)):
        fields = cls.__strawberry_definition__.fields  # type: ignore[union-attr]
        raw: dict[str, object] = {to_camel_case(f.python_name): f"value of {f.python_name}" for f in fields}
        if "respondent" in raw:
            raw["respondent"] = {"externalId": "u-1"}  # nested: its fields are checked as RespondentInput
        built = convert(raw)
        for f in fields:
            value = getattr(built, f.python_name)
            if f.python_name == "respondent":
                assert value.external_id == "u-1"
            else:
                assert value == f"value of {f.python_name}", f.python_name


@pytest.mark.parametrize("env", ["test", "production"])
async def test_an_unreachable_database_is_503_unavailable_on_both_paths(
    orm: None, app_settings: Settings, gql: GraphQL, monkeypatch: pytest.MonkeyPatch, env: str
) -> None:
    survey = await active_survey(gql)

    async def restarting(**_: Any) -> Response:
        # What Tortoise raises while PostgreSQL restarts (benchmarks/faults postgres-restart).
        raise DBConnectionError("connection refused: the database system is shutting down")

    monkeypatch.setattr(service, "submit_response", restarting)
    async with both_in(app_settings, env) as both:
        for query in (WIDGET, FULL):
            answer = await both.same(
                query, {_variable(query): {"token": survey["token"], "idempotencyKey": "down-key-1", "score": 1}})
            assert answer.status_code == 503
            error = answer.json()["errors"][0]
            assert error["extensions"] == {"code": "UNAVAILABLE"} and "shutting down" not in error["message"]


@pytest.mark.parametrize(("failure", "code"), [
    (RuntimeError("a bug with secret details"), "UNEXPECTED"),
    (DBConnectionError("connection refused: the database system is shutting down"), "UNAVAILABLE"),
])
async def test_a_failure_is_logged_alike_on_both_paths(
    orm: None, app_settings: Settings, gql: GraphQL, monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture, failure: Exception, code: str,
) -> None:
    """Each path's access line names the error's code, and each logs the traceback once (the prepared
    path once wrote neither the code nor, for the access log, anything but the status)."""
    survey = await active_survey(gql)

    async def broken(**_: Any) -> Response:
        raise failure

    monkeypatch.setattr(service, "submit_response", broken)
    caplog.set_level(logging.INFO)
    async with both_in(app_settings, "production") as both:
        await both.post(FULL, {"input": {"token": survey["token"], "idempotencyKey": "logged-key-1", "score": 1}})
    lines = [r.getMessage() for r in caplog.records if r.name == "voc.access"]
    assert len(lines) == 2 and all(re.fullmatch(rf"POST /graphql \(Submit\) \d+ \d+\.\d ms {code}", line)
                                   for line in lines), lines
    assert [r.name for r in caplog.records if r.exc_info] == ["strawberry.execution"] * 2
