"""Nothing of one organisation is visible or changeable from another."""

from __future__ import annotations

import httpx

from core.models import Role
from core.service import create_api_key, get_or_create_organization
from surveys.models import Survey, SurveyStatus
from tests.support.client import GraphQL
from tests.support.ops import METRICS, PAUSE, RESPONSES, active_survey, submit

UPDATE = """mutation($id: ID!, $input: UpdateSurveyInput!) {
  updateSurvey(id: $id, input: $input) { survey { id name } errors { code field } } }"""
NODE = "query($id: ID!) { node(id: $id) { id ... on Survey { name token } ... on Response { comment } } }"


async def test_second_organisation_sees_and_changes_nothing(
    client: httpx.AsyncClient, gql: GraphQL, public: GraphQL
) -> None:
    survey = await active_survey(gql, name="A 的问卷")
    sent = await submit(public, survey["token"], "iso-key-001", score=2, comment="A 的秘密反馈")
    other = await get_or_create_organization(name="Org B")
    _, raw = await create_api_key(organization=other, role=Role.ADMIN)
    b = GraphQL(client, raw)

    assert (await b("{ surveys { totalCount edges { node { id } } } }"))["surveys"]["totalCount"] == 0
    assert (await b(RESPONSES))["responses"]["totalCount"] == 0
    assert (await b(RESPONSES, surveyId=survey["id"]))["responses"]["totalCount"] == 0
    metrics = (await b(METRICS, surveyId=survey["id"]))["metrics"]
    assert metrics["responses"] == 0 and metrics["nps"] is None
    assert (await b(NODE, id=survey["id"]))["node"] is None
    assert (await b(NODE, id=sent["response"]["id"]))["node"] is None

    refused = (await b(UPDATE, id=survey["id"], input={"name": "hijacked"}))["updateSurvey"]
    assert refused["errors"][0]["code"] == "NOT_FOUND"
    assert (await b(PAUSE, id=survey["id"]))["pauseSurvey"]["errors"][0]["code"] == "NOT_FOUND"
    stored = await Survey.get(name="A 的问卷")
    assert stored.status == SurveyStatus.ACTIVE

    export = await client.get("/export/responses.csv", headers={"authorization": f"Bearer {raw}"})
    assert "A 的秘密反馈" not in export.text
    foreign = await client.get(f"/export/responses.csv?surveyId={survey['id']}",
                               headers={"authorization": f"Bearer {raw}"})
    assert foreign.status_code == 400 and "秘密" not in foreign.text

    # The owner still sees everything.
    assert (await gql(NODE, id=survey["id"]))["node"]["name"] == "A 的问卷"
    assert (await gql(RESPONSES))["responses"]["totalCount"] == 1


LEAKY_SUBMIT = """mutation($input: SubmitResponseInput!) { submitResponse(input: $input) {
  response { id attributes respondent { externalId attributes } survey { allowedOrigins } } errors { code } } }"""


async def test_a_submission_to_another_organisations_survey_reveals_none_of_its_data(
    client: httpx.AsyncClient, gql: GraphQL, public: GraphQL
) -> None:
    # Found by tests/api/test_isolation_schema.py: the public submit returned the stored respondent.
    survey = await active_survey(gql, allowedOrigins=[])
    await submit(public, survey["token"], "iso-attr-1", score=9,
                 respondent={"externalId": "member-7", "attributes": {"plan": "企业版"}})
    other = await get_or_create_organization(name="Org B")
    _, raw = await create_api_key(organization=other, role=Role.ADMIN)
    for caller in (GraphQL(client, raw), public):
        answer = await caller.raw(LEAKY_SUBMIT, input={"token": survey["token"], "idempotencyKey": "iso-attr-2",
                                                       "score": 3, "respondent": {"externalId": "member-7"}})
        body = answer.json()
        assert "企业版" not in answer.text
        assert {e["extensions"]["code"] for e in body["errors"]} <= {"FORBIDDEN", "UNAUTHENTICATED"}
