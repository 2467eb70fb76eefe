"""An account's people and what they did over GraphQL: Account.respondents, Account.responses and
Account.cases (the respondents with its external id, their answers and the cases opened from them
or by the account's warnings),
newest first and paged; another account's people never listed."""

from __future__ import annotations

from actions import account_cases, cases
from core.models import Organization
from surveys.models import Respondent
from tests.support.cases import respond, survey_of
from tests.support.client import GraphQL

UPSERT = """mutation($input: [AccountInput!]!) { upsertAccounts(input: $input) {
  accounts { id externalId } errors { code field } } }"""
ACTIVITY = """query($id: ID!, $first: Int, $after: String) { node(id: $id) { ... on Account {
  respondents(first: 10) { totalCount edges { node { externalId } } }
  responses(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { score } } }
  cases(first: 10) { totalCount edges { node { id status reason response { score } } } } } } }"""


async def test_an_accounts_people_their_answers_and_cases_newest_first(gql: GraphQL, org: Organization) -> None:
    made = (await gql(UPSERT, input=[{"externalId": "acme", "name": "Acme 中国"}, {"externalId": "beta", "name": "Beta"}]))
    ids = {a["externalId"]: a["id"] for a in made["upsertAccounts"]["accounts"]}
    survey = await survey_of(org)
    answers = [await respond(survey, score, who=who) for who, score in (("u1", 9), ("u2", 2), ("u3", 3), ("u1", 7))]
    await Respondent.filter(external_id__in=["u1", "u2"]).update(account_external_id="acme")
    await Respondent.filter(external_id="u3").update(account_external_id="beta")
    opened = [await cases.evaluate_response(response_id=r.id) for r in answers[1:3]]
    assert all(opened)

    acme = (await gql(ACTIVITY, id=ids["acme"], first=2))["node"]
    assert [e["node"]["externalId"] for e in acme["respondents"]["edges"]] == ["u2", "u1"]
    assert acme["respondents"]["totalCount"] == 2
    assert acme["responses"]["totalCount"] == 3
    assert [e["node"]["score"] for e in acme["responses"]["edges"]] == [7, 2]
    assert acme["responses"]["pageInfo"]["hasNextPage"] is True
    rest = (await gql(ACTIVITY, id=ids["acme"], first=2, after=acme["responses"]["pageInfo"]["endCursor"]))["node"]
    assert [e["node"]["score"] for e in rest["responses"]["edges"]] == [9]
    assert [(e["node"]["status"], e["node"]["response"]["score"]) for e in acme["cases"]["edges"]] == [("NEW", 2)]

    # A case that acme's early warning opened is acme's too (it has no respondent and no response).
    await account_cases.open_account_case(organization=org, account_external_id="acme", reason="usage_drop",
                                          detail={"share": 0.4}, window_key="2026-W49", owner_id=None)
    acme = (await gql(ACTIVITY, id=ids["acme"], first=2))["node"]
    assert [(e["node"]["reason"], e["node"]["response"]) for e in acme["cases"]["edges"]][0] == ("usage_drop", None)
    assert acme["cases"]["totalCount"] == 2

    beta = (await gql(ACTIVITY, id=ids["beta"], first=10))["node"]
    assert [e["node"]["externalId"] for e in beta["respondents"]["edges"]] == ["u3"]
    assert [e["node"]["score"] for e in beta["responses"]["edges"]] == [3]
    assert beta["cases"]["totalCount"] == 1
