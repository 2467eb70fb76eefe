"""GraphQL operations as an outside client writes them from contract.graphql."""

from __future__ import annotations

from typing import Any

from tests.support.client import GraphQL

CREATE = """
mutation($input: CreateSurveyInput!) {
  createSurvey(input: $input) { survey { id token status kind locale questions } errors { code field message } }
}"""
PUBLISH = "mutation($id: ID!) { publishSurvey(id: $id) { survey { id status } errors { code field message } } }"
PAUSE = "mutation($id: ID!) { pauseSurvey(id: $id) { survey { id status } errors { code field message } } }"
ARCHIVE = "mutation($id: ID!) { archiveSurvey(id: $id) { survey { id status } errors { code field message } } }"
SUBMIT = """
mutation($input: SubmitResponseInput!) {
  submitResponse(input: $input) {
    response { id score npsCategory comment answers completed channel submittedAt }
    errors { code field message }
  }
}"""
DISPLAY = """
mutation($token: String!, $respondent: RespondentInput) {
  recordDisplay(token: $token, respondent: $respondent) { ok errors { code field message } }
}"""
FOR_RESPONDENT = """
query($token: String!, $respondent: RespondentInput) {
  surveyForRespondent(token: $token, respondent: $respondent) { token kind locale questions shouldDisplay }
}"""
METRICS = """
query($surveyId: ID, $from: DateTime, $to: DateTime, $interval: Interval, $filter: ResponseFilter) {
  metrics(surveyId: $surveyId, from: $from, to: $to, interval: $interval, filter: $filter) {
    responses displays responseRate
    nps { score promoters passives detractors marginOfError }
    csat { score satisfied responses }
    ces { average responses }
    series { bucketStart responses nps csat ces }
  }
}"""
RESPONSES = """
query($surveyId: ID, $filter: ResponseFilter, $first: Int, $after: String) {
  responses(surveyId: $surveyId, filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id score comment npsCategory channel completed respondent { externalId verified } } }
  }
}"""


async def active_survey(gql: GraphQL, **fields: Any) -> dict[str, Any]:
    survey_input = {"name": "App NPS", "kind": "NPS", **fields}
    created = (await gql(CREATE, input=survey_input))["createSurvey"]
    assert created["errors"] == [], created
    published = (await gql(PUBLISH, id=created["survey"]["id"]))["publishSurvey"]
    assert published["errors"] == [], published
    survey: dict[str, Any] = created["survey"]
    return survey


async def submit(public: GraphQL, token: str, key: str, **fields: Any) -> dict[str, Any]:
    payload: dict[str, Any] = (await public(SUBMIT, input={"token": token, "idempotencyKey": key, **fields}))[
        "submitResponse"
    ]
    return payload
UPDATE_SURVEY = """mutation($id: ID!, $input: UpdateSurveyInput!) {
  updateSurvey(id: $id, input: $input) { survey { id name } errors { code field message } } }"""
