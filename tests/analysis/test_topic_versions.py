"""Refits keep topic identities in the database and the API: links, filters, trends and names
follow a topic that the new version finds again; retired topics stay readable with successors.

The fits here are given (which comments each new topic holds), so that continuity, splits and
merges are exact; `tests/analysis/test_fit.py` refits real comments end to end."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from actions import effect
from analysis import topic_versions
from analysis.models import CommentAnalysis, ModelStatus, Topic, TopicModelVersion, TopicSuccessor
from analysis.topic_versions import Fitted, FittedTopic, NewVersion
from api.ids import encode_id
from core.models import Organization
from surveys.models import Response
from tests.support.analysed import many, nps_survey
from tests.support.client import GraphQL

START = datetime.now(UTC) - timedelta(days=28)
TOPIC = """query($id: ID!) { node(id: $id) { ... on Topic { id label size retired successors { id retired size } } } }"""
TOPICS = "{ topics(first: 50) { edges { node { id label size retired trend(interval: WEEK) { count } } } } }"
CREATE_ACTION = """mutation($input: CreateActionInput!) { createAction(input: $input) {
  action { id topics { id size retired } } errors { code message } } }"""
ACTIONS = "query($topic: ID!) { actions(filter: {topicId: $topic}) { totalCount edges { node { id } } } }"
IN_TOPIC = "query($topic: ID!) { responses(filter: {topicId: $topic}) { totalCount } }"
RENAME = "mutation($id: ID!, $label: String!) { renameTopic(id: $id, label: $label) { errors { code } } }"
MERGE = "mutation($ids: [ID!]!) { mergeTopics(ids: $ids) { topic { id size } errors { code } } }"


def gid(topic: Topic | int) -> str:
    return encode_id("Topic", topic if isinstance(topic, int) else topic.id)


async def comments(org: Organization, count: int) -> list[int]:
    """`count` analysed comments (no topic yet), their response ids in order."""
    survey = await nps_survey(org)
    await many(survey, None, count, start=START, days=21, score=3)
    return [int(row[0]) for row in await Response.filter(survey_id=survey.id).order_by("id").values_list("id")]


async def more(org: Organization, count: int) -> list[int]:
    survey = await nps_survey(org, name=f"more-{count}")
    await many(survey, None, count, start=START + timedelta(days=21), days=6, score=9)
    return [int(row[0]) for row in await Response.filter(survey_id=survey.id).order_by("id").values_list("id")]


async def refit(org: Organization, groups: dict[int, list[int]], words: dict[int, str] | None = None) -> dict[int, int]:
    """Activate a version whose topic `index` holds the comments `groups[index]`; the ids of its topics."""
    words = words or {}
    ids = [r for members in groups.values() for r in members]
    previous = await TopicModelVersion.get_or_none(organization_id=org.id, survey_id=None, status=ModelStatus.ACTIVE)
    number = 1 + (previous.version if previous else 0)
    fitted = Fitted(
        model=None, outlier_share=0.0,
        topics=[FittedTopic(index=i, label=f"话题{i}", keywords=[(w, 0.5) for w in words.get(i, f"词{i}").split()])
                for i in sorted(groups) if i >= 0],
        assignments=[(i, 0.5) for i, members in groups.items() for _ in members],
    )
    version = await topic_versions.activate(
        new=NewVersion(organization_id=org.id, survey_id=None, number=number, path=Path("-"), sentiment_version=None),
        fitted=fitted, ids=ids, previous=previous)
    return {t.index: t.id for t in await Topic.filter(model_id=version.id, merged_into_id=None)}


async def test_a_refit_with_more_comments_keeps_the_linked_topic_live_and_its_links(
    gql: GraphQL, org: Organization
) -> None:
    first = await comments(org, 130)
    v1 = await refit(org, {0: first[:60], 1: first[60:100], 2: first[100:]})
    delivery = v1[0]
    assert (await gql(RENAME, id=gid(delivery), label="配送太慢"))["renameTopic"]["errors"] == []
    created = (await gql(CREATE_ACTION, input={"title": "缩短配送时间", "topicIds": [gid(delivery)]}))["createAction"]
    action_id = created["action"]["id"]
    assert created["action"]["topics"] == [{"id": gid(delivery), "size": 60, "retired": False}]

    added = await more(org, 13)  # 10 % more comments, then a refit that finds the same three topics
    v2 = await refit(org, {0: first[100:] + added[:2], 1: first[:60] + added[2:10], 2: first[60:100] + added[10:]})
    assert v2 == {0: v1[2], 1: delivery, 2: v1[1]}

    node = (await gql(TOPIC, id=gid(delivery)))["node"]
    assert node == {"id": gid(delivery), "label": "配送太慢", "size": 68, "retired": False, "successors": []}
    action = (await gql("query($id: ID!) { node(id: $id) { ... on Action { topics { id size retired } } } }",
                        id=action_id))["node"]
    assert action["topics"] == [{"id": gid(delivery), "size": 68, "retired": False}]
    found = (await gql(ACTIONS, topic=gid(delivery)))["actions"]
    assert [e["node"]["id"] for e in found["edges"]] == [action_id]
    assert (await gql(IN_TOPIC, topic=gid(delivery)))["responses"]["totalCount"] == 68
    listed = {e["node"]["id"]: e["node"] for e in (await gql(TOPICS))["topics"]["edges"]}
    assert set(listed) == {gid(i) for i in v1.values()}
    assert sum(p["count"] for p in listed[gid(delivery)]["trend"]) == 68  # one trend across both versions
    assert await Topic.filter(organization_id=org.id).count() == 3  # nothing was created: three identities


async def test_a_split_keeps_the_id_on_the_larger_part_and_a_merge_on_the_larger_parent(
    gql: GraphQL, org: Organization
) -> None:
    first = await comments(org, 200)
    v1 = await refit(org, {0: first[:100], 1: first[100:140], 2: first[140:]})
    big, small, other = v1[0], v1[1], v1[2]
    linked = (await gql(CREATE_ACTION, input={"title": "包装", "topicIds": [gid(small)]}))["createAction"]["action"]

    # topic 0 splits 60/40; topics 1 (40) and 2 (60) merge into one.
    v2 = await refit(org, {0: first[:60], 1: first[60:100], 2: first[100:]})
    assert v2[0] == big and v2[2] == other
    assert v2[1] not in v1.values()  # the smaller part of the split is a new topic

    retired = (await gql(TOPIC, id=gid(small)))["node"]
    assert retired["retired"] is True and retired["size"] == 0
    assert retired["successors"] == [{"id": gid(other), "retired": False, "size": 100}]
    assert await TopicSuccessor.filter(topic_id=small).values_list("successor_id", "share") == [(other, 1.0)]
    # The action linked to the retired topic is found under the topic its comments went to, and its
    # effect is measured over that topic.
    found = (await gql(ACTIONS, topic=gid(other)))["actions"]
    assert [e["node"]["id"] for e in found["edges"]] == [linked["id"]]
    assert await topic_versions.live_topic_ids(organization_id=org.id, topic_ids=[small]) == [other]
    scope = await effect.topic_scope(organization_id=org.id, topic_ids=[small])
    assert scope.topic_ids == [other]


async def test_a_product_managers_merge_is_not_undone_by_a_refit(gql: GraphQL, org: Organization) -> None:
    first = await comments(org, 150)
    v1 = await refit(org, {0: first[:80], 1: first[80:120], 2: first[120:]}, words={0: "配送 慢", 1: "骑手 超时"})
    merged = (await gql(MERGE, ids=[gid(v1[0]), gid(v1[1])]))["mergeTopics"]
    assert merged["errors"] == [] and merged["topic"]["size"] == 120

    # The refit separates the two again: the second is merged back, under its old row.
    v2 = await refit(org, {0: first[:80], 1: first[80:120], 2: first[120:]}, words={0: "配送 慢", 1: "骑手 超时"})
    assert v2 == {0: v1[0], 2: v1[2]}
    again = await Topic.get(id=v1[1])
    assert again.merged_into_id == v1[0] and again.retired_at is None
    listed = {e["node"]["id"]: e["node"]["size"] for e in (await gql(TOPICS))["topics"]["edges"]}
    assert listed == {gid(v1[0]): 120, gid(v1[2]): 30}
    assert (await gql(IN_TOPIC, topic=gid(v1[0])))["responses"]["totalCount"] == 120
    assert await CommentAnalysis.filter(topic_id=v1[1]).count() == 0  # its comments count for the parent


async def test_retired_topics_of_older_refits_lead_to_the_live_topic(org: Organization) -> None:
    first = await comments(org, 100)
    v1 = await refit(org, {0: first[:30], 1: first[30:]})
    v2 = await refit(org, {0: first})  # 0 merges into 1
    v3 = await refit(org, {0: first[:20], 1: first[20:40], 2: first[40:60], 3: first[60:80], 4: first[80:]})
    assert v2 == {0: v1[1]} and v1[1] not in v3.values()  # scattered thinly: retired in v3
    live = await topic_versions.live_topic_ids(organization_id=org.id, topic_ids=[v1[0]])
    assert live == sorted(v3.values())
    assert all(row[0] == 0.2 for row in await TopicSuccessor.filter(topic_id=v1[1]).values_list("share"))


async def test_successors_of_a_topic_list_are_read_with_one_query(gql: GraphQL, org: Organization) -> None:
    from tortoise import connections

    first = await comments(org, 90)
    v1 = await refit(org, {0: first[:30], 1: first[30:60], 2: first[60:]})
    created = await gql(CREATE_ACTION, input={"title": "全部", "topicIds": [gid(t) for t in v1.values()]})
    await refit(org, {0: first[:45], 1: first[45:]})  # the middle topic splits between the other two
    query = "query($id: ID!) { node(id: $id) { ... on Action { topics { retired successors { id } } } } }"
    client = connections.get("default")
    calls = 0
    original = client.execute_query

    async def counting(sql: str, values: list[Any] | None = None) -> Any:
        nonlocal calls
        calls += "topic_successors" in sql
        return await original(sql, values)

    client.execute_query = counting
    try:
        topics = (await gql(query, id=created["createAction"]["action"]["id"]))["node"]["topics"]
    finally:
        client.execute_query = original
    # The action shows the live topics its links lead to now (one query follows the retired link to its
    # successors), each asking for its own successors: one query for the list.
    assert [t["retired"] for t in topics] == [False, False]
    assert calls == 2
    middle = (await gql("query($id: ID!) { node(id: $id) { ... on Topic { retired successors { id } } } }",
                        id=gid(v1[1])))["node"]
    assert middle["retired"] and {s["id"] for s in middle["successors"]} == {gid(v1[0]), gid(v1[2])}
