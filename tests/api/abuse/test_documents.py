"""Hostile GraphQL documents: too deep, too many aliases, too many tokens, batches, many operations.

tests/api/test_bad_input.py already checks that a deep query, 31 aliases and 2,100 tokens are
refused; here the same limits hold for mutations (refused before anything runs: no row written),
cannot be dodged through fragments, and aliases do not multiply the public rate limit.
"""

from __future__ import annotations

import httpx

from core.settings import Settings
from surveys.models import Response
from tests.support.client import GraphQL, app_client
from tests.support.ops import active_survey
from tests.support.rows import SUBMIT_ERRORS, row_counts, submit_body


def _submit_field(alias: str, token: str, key: str) -> str:
    return f'{alias}: submitResponse(input: {{token: "{token}", idempotencyKey: "{key}", score: 3}}) {{ errors {{ code }} }}'


async def test_a_too_deep_mutation_is_refused_before_it_runs(gql: GraphQL, public: GraphQL) -> None:
    survey = await active_survey(gql)
    before = await row_counts()
    nested = "id"
    for _ in range(6):
        nested = f"survey {{ responses {{ edges {{ node {{ {nested} }} }} }} }}"
    body = (await public.raw(
        "mutation($input: SubmitResponseInput!) { submitResponse(input: $input) { response { " + nested + " } } }",
        input={"token": survey["token"], "idempotencyKey": "deep-mutation-1", "score": 3})).json()
    assert "exceeds maximum operation depth" in body["errors"][0]["message"]
    assert body.get("data") is None
    assert await row_counts() == before


async def test_fragments_do_not_hide_depth(client: httpx.AsyncClient, admin_key: str) -> None:
    # Six fragments, each two levels deeper than the one before: no single selection looks deep.
    fragments = [f"fragment F{i} on Survey {{ responses {{ edges {{ node {{ survey {{ ...F{i + 1} }} }} }} }} }}"
                 for i in range(6)]
    fragments.append("fragment F6 on Survey { id }")
    query = "{ surveys { edges { node { ...F0 } } } } " + " ".join(fragments)
    body = (await GraphQL(client, admin_key).raw(query)).json()
    assert "exceeds maximum operation depth" in body["errors"][0]["message"]


async def test_fragment_cycles_are_refused(client: httpx.AsyncClient, admin_key: str) -> None:
    query = ("{ surveys { edges { node { ...A } } } } fragment A on Survey { responses { edges { node { survey "
             "{ ...B } } } } } fragment B on Survey { ...A }")
    body = (await GraphQL(client, admin_key).raw(query)).json()
    assert body["data"] is None and "cannot spread fragment" in body["errors"][0]["message"].lower()


async def test_deep_introspection_is_refused(client: httpx.AsyncClient) -> None:
    # The depth limit skips introspection fields; graphql-core's own introspection-depth rule
    # stops the fields → type → fields … blow-up (150 types × ~8 fields per level).
    inner = "name"
    for _ in range(3):
        inner = f"fields {{ type {{ ofType {{ ofType {{ {inner} }} }} }} }}"
    body = (await client.post("/graphql", json={"query": "{ __schema { types { " + inner + " } } }"})).json()
    assert body["errors"][0]["message"] == "Maximum introspection depth exceeded"


async def test_too_many_aliased_submissions_store_nothing(gql: GraphQL, public: GraphQL) -> None:
    survey = await active_survey(gql)
    before = await row_counts()
    fields = " ".join(_submit_field(f"a{i}", survey["token"], f"alias-key-{i:04d}") for i in range(31))
    body = (await public.raw("mutation { " + fields + " }")).json()
    assert "aliases" in body["errors"][0]["message"].lower() and body.get("data") is None
    # Through fragments the aliases are still counted.
    spread = " ".join(_submit_field(f"b{i}", survey["token"], f"alias-frag-{i:04d}") for i in range(31))
    body = (await public.raw("mutation { ...M } fragment M on Mutation { " + spread + " }")).json()
    assert "aliases" in body["errors"][0]["message"].lower()
    assert await row_counts() == before


async def test_aliases_do_not_multiply_the_rate_limit(app_settings: Settings, gql: GraphQL) -> None:
    survey = await active_survey(gql)
    limited = app_settings.model_copy(update={"rate_limit_per_ip": "3/minute"})
    async with app_client(limited) as client:
        fields = " ".join(_submit_field(f"a{i}", survey["token"], f"rate-alias-{i:04d}") for i in range(10))
        response = await GraphQL(client).raw("mutation { " + fields + " }")
    assert response.status_code == 429
    codes = [payload["errors"][0]["code"] if payload["errors"] else None
             for payload in response.json()["data"].values()]
    assert codes == [None] * 3 + ["RATE_LIMITED"] * 7
    assert (await row_counts())["responses"] == 3


async def test_a_token_heavy_mutation_is_refused_before_it_runs(gql: GraphQL, public: GraphQL) -> None:
    survey = await active_survey(gql)
    before = await row_counts()
    padding = "code " * 2100
    body = (await public.raw(
        "mutation($input: SubmitResponseInput!) { submitResponse(input: $input) { errors { " + padding + "} } }",
        input={"token": survey["token"], "idempotencyKey": "token-heavy-1", "score": 3})).json()
    assert "token" in body["errors"][0]["message"].lower() and body.get("data") is None
    # Tokens in operations that would not run count too.
    unused = " ".join(f"query Q{i} {{ __typename }}" for i in range(500))
    body = (await public.raw(SUBMIT_ERRORS.replace("mutation(", "mutation Go(", 1) + " " + unused,
                             input={"token": survey["token"], "idempotencyKey": "token-heavy-2", "score": 3})).json()
    assert "token" in body["errors"][0]["message"].lower()
    assert await row_counts() == before


async def test_a_batch_is_refused_whole(gql: GraphQL, client: httpx.AsyncClient) -> None:
    survey = await active_survey(gql)
    before = await row_counts()
    batch = [submit_body(survey["token"], f"batch-key-{i:04d}") for i in range(2)]
    response = await client.post("/graphql", json=batch)
    assert response.status_code == 400 and "batching is not enabled" in response.text.lower()
    assert await row_counts() == before


async def test_of_many_operations_in_one_document_one_runs(gql: GraphQL, public: GraphQL) -> None:
    survey = await active_survey(gql)
    document = " ".join(f"mutation M{i} {{ {_submit_field('s', survey['token'], f'many-ops-{i:04d}')} }}"
                        for i in range(20))
    chosen = (await public.client.post("/graphql", json={"query": document, "operationName": "M7"})).json()
    assert chosen["data"] == {"s": {"errors": []}}
    unknown = await public.client.post("/graphql", json={"query": document, "operationName": "M99"})
    assert unknown.status_code == 400 and 'Unknown operation named "M99"' in unknown.text
    # Without a name Strawberry runs the first operation (graphql-core alone would refuse): still one.
    unnamed = (await public.client.post("/graphql", json={"query": document})).json()
    assert unnamed["data"] == {"s": {"errors": []}}
    stored = [r.idempotency_key for r in await Response.all().order_by("id")]
    assert stored == ["many-ops-0007", "many-ops-0000"]
