"""unlinkFromAction through the GraphQL contract: links removed as Action shows them, typed refusals,
and only admins and analysts."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx

from core.ids import encode_id
from core.models import Organization, Role
from core.service import create_api_key
from tests.support.analysed import comment, make_topic, nps_survey, topic_model
from tests.support.client import GraphQL

CREATE = """mutation($input: CreateActionInput!) { createAction(input: $input) { action { id } errors { code } } }"""
UNLINK = """mutation($id: ID!, $topicIds: [ID!], $responseIds: [ID!]) {
  unlinkFromAction(actionId: $id, topicIds: $topicIds, responseIds: $responseIds) {
    action { topics { id } responses { totalCount } events { kind from } } errors { code field message } } }"""


async def test_unlinking_through_the_api(client: httpx.AsyncClient, gql: GraphQL, org: Organization) -> None:
    survey = await nps_survey(org)
    model = await topic_model(org)
    kept = await make_topic(model, 0, "配送")
    merged = await make_topic(model, 1, "送餐慢", merged_into=kept)
    other = await make_topic(model, 2, "价格")
    response = await comment(survey, topic=other, at=datetime.now(UTC), score=3)
    created = (await gql(CREATE, input={"title": "修复", "topicIds": [encode_id("Topic", merged.id),
               encode_id("Topic", other.id)], "responseIds": [encode_id("Response", response.id)]}))["createAction"]
    action_id = created["action"]["id"]

    # The merged topic shows (and is unlinked) as the topic it became.
    done = (await gql(UNLINK, id=action_id, topicIds=[encode_id("Topic", kept.id)],
                      responseIds=[encode_id("Response", response.id)]))["unlinkFromAction"]
    assert done["errors"] == []
    assert done["action"]["topics"] == [{"id": encode_id("Topic", other.id)}]
    assert done["action"]["responses"]["totalCount"] == 0
    assert [e["from"] for e in done["action"]["events"] if e["kind"] == "unlink"] == [
        encode_id("Topic", merged.id), encode_id("Response", response.id)]

    again = (await gql(UNLINK, id=action_id, topicIds=[encode_id("Topic", kept.id)]))["unlinkFromAction"]
    assert again["action"] is None
    assert (again["errors"][0]["code"], again["errors"][0]["field"]) == ("NOT_FOUND", "topicIds")

    for role in (Role.VIEWER, Role.AGENT):
        _, key = await create_api_key(organization=org, role=role)
        response_ = await GraphQL(client, key).raw(UNLINK, id=action_id, topicIds=[encode_id("Topic", other.id)])
        assert response_.json()["errors"][0]["extensions"]["code"] == "FORBIDDEN"
