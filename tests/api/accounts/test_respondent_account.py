"""A respondent's account: named by RespondentInput.account or the identity token's account claim,
stored by external id (an account not imported yet is named all the same), and read as
Respondent.account in one query for a whole page."""

from __future__ import annotations

import time

import jwt

from surveys.models import Respondent
from tests.support.client import GraphQL
from tests.support.ops import active_survey, submit
from tests.support.sql import sql_statements

UPSERT = """mutation($input: [AccountInput!]!) { upsertAccounts(input: $input) { errors { code field } } }"""
PEOPLE = """{ responses(first: 20) { edges { node { respondent { externalId account { externalId name } } } } } }"""


async def _secret(gql: GraphQL) -> str:
    found: str = (await gql("{ viewer { organization { identitySecret } } }"))["viewer"]["organization"][
        "identitySecret"]
    return found


async def test_the_account_comes_from_the_input_or_the_signed_claim(gql: GraphQL, public: GraphQL) -> None:
    survey = await active_survey(gql)
    named = await submit(public, survey["token"], "acct-input-1", score=9,
                         respondent={"externalId": "u1", "account": "acme"})
    assert named["errors"] == []
    secret, exp = await _secret(gql), int(time.time()) + 600
    token = jwt.encode({"sub": "u2", "exp": exp, "account": "beta"}, secret, algorithm="HS256")
    signed = await submit(public, survey["token"], "acct-token-1", score=3, respondent={"token": token})
    assert signed["errors"] == []
    assert {r.external_id: (r.account_external_id, r.verified) for r in await Respondent.all()} == {
        "u1": ("acme", False), "u2": ("beta", True)}
    # Naming no account keeps the stored one; an unsigned caller cannot move a signed respondent.
    await submit(public, survey["token"], "acct-input-2", score=8, respondent={"externalId": "u1"})
    await submit(public, survey["token"], "acct-input-3", score=8, respondent={"externalId": "u2", "account": "x"})
    assert {r.external_id: r.account_external_id for r in await Respondent.all()} == {"u1": "acme", "u2": "beta"}
    # The token's claim and a different account beside it disagree: refused.
    clash = await submit(public, survey["token"], "acct-clash", score=5,
                         respondent={"token": token, "account": "acme"})
    assert [(e["code"], e["field"]) for e in clash["errors"]] == [("INVALID_IDENTITY", "respondent.account")]
    long = await submit(public, survey["token"], "acct-long", score=5, respondent={"externalId": "u3",
                                                                                   "account": "a" * 257})
    assert long["errors"][0]["field"] == "respondent.account"


async def test_an_account_imported_later_is_found_then(gql: GraphQL, public: GraphQL) -> None:
    survey = await active_survey(gql)
    sent = await submit(public, survey["token"], "later-key-1", score=9,
                        respondent={"externalId": "u1", "account": "later"})
    assert sent["errors"] == []
    edges = (await gql(PEOPLE))["responses"]["edges"]
    assert edges[0]["node"]["respondent"] == {"externalId": "u1", "account": None}
    await gql(UPSERT, input=[{"externalId": "later", "name": "Later 公司"}])
    edges = (await gql(PEOPLE))["responses"]["edges"]
    assert edges[0]["node"]["respondent"]["account"] == {"externalId": "later", "name": "Later 公司"}


async def test_the_accounts_of_a_page_are_read_in_one_query(gql: GraphQL, public: GraphQL) -> None:
    survey = await active_survey(gql)
    await gql(UPSERT, input=[{"externalId": f"co-{n}", "name": f"公司 {n}"} for n in range(4)])
    for n in range(12):
        sent = await submit(public, survey["token"], f"n-plus-one-{n:02d}", score=n % 11,
                            respondent={"externalId": f"u{n}", "account": f"co-{n % 5}"})  # co-4: none yet
        assert sent["errors"] == []
    with sql_statements() as statements:
        edges = (await gql(PEOPLE))["responses"]["edges"]
    named = [e["node"]["respondent"]["account"] for e in edges]
    assert sum(1 for a in named if a) == 10 and named.count(None) == 2
    assert len([s for s in statements if 'FROM "accounts"' in s]) == 1
