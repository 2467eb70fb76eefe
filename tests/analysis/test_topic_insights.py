"""Topic insights, renames and merges over hand-made analysis rows (no model needed)."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta

import httpx

from analysis import insights
from analysis.models import CommentAnalysis, Topic
from api.ids import decode_id, encode_id
from core.models import Organization
from surveys.models import Response, Survey
from tests.support.analysed import seed_insights
from tests.support.client import GraphQL
from tests.support.ops import RESPONSES, active_survey, submit

TOPICS = """query($from: DateTime, $to: DateTime) { topics(from: $from, to: $to) { totalCount edges { node {
  id label keywords { word weight } size share nps npsImpact sentiment { positive neutral negative } emerging
  trend(interval: DAY) { bucketStart count } representativeComments(limit: 2) } } } }"""
RENAME = "mutation($id: ID!, $label: String!) { renameTopic(id: $id, label: $label) { topic { id label } errors { code field } } }"
MERGE = "mutation($ids: [ID!]!) { mergeTopics(ids: $ids) { topic { id label size } errors { code field } } }"


async def test_insights_size_share_nps_impact_and_sentiment(gql: GraphQL, public: GraphQL, org: Organization) -> None:
    await seed_insights(gql, public, org)
    edges = (await gql(TOPICS))["topics"]["edges"]
    nodes = {e["node"]["label"]: e["node"] for e in edges}
    assert [e["node"]["label"] for e in edges] == ["配送 · 慢", "味道 · 好吃", "闪退"]  # largest first
    d = nodes["配送 · 慢"]
    assert d["size"] == 4 and d["share"] == 0.4
    assert d["nps"] == -100.0  # four detractors
    # Overall: promoters 9,10,10,9 = 4 (scores 10, 9, 10, 9), detractors 0,2,3,6,1 = 5 of 10 -> -10.
    # Without delivery: promoters 4, detractors 1 of 6 -> 50. Impact = -10 - 50 = -60.
    assert d["npsImpact"] == -60.0
    assert d["sentiment"] == {"positive": 0.0, "neutral": 0.25, "negative": 0.75}
    assert nodes["味道 · 好吃"]["npsImpact"] > 0 and nodes["味道 · 好吃"]["nps"] == 100.0
    assert d["keywords"][0] == {"word": "配送", "weight": 0.5}
    assert sum(p["count"] for p in d["trend"]) == 4
    assert d["representativeComments"] == ["评论3", "评论2"]


async def test_topic_filter_and_rename_and_merge(gql: GraphQL, public: GraphQL, org: Organization) -> None:
    (delivery, _taste, crash), _ = await seed_insights(gql, public, org)
    delivery_id, crash_id = encode_id("Topic", delivery.id), encode_id("Topic", crash.id)
    in_topic = (await gql(RESPONSES, filter={"topicId": delivery_id}))["responses"]
    assert in_topic["totalCount"] == 4
    renamed = (await gql(RENAME, id=delivery_id, label="配送太慢"))["renameTopic"]
    assert renamed["topic"]["label"] == "配送太慢"
    assert (await gql(RENAME, id=delivery_id, label="  "))["renameTopic"]["errors"][0]["code"] == "VALIDATION"
    merged = (await gql(MERGE, ids=[delivery_id, crash_id]))["mergeTopics"]
    assert merged["errors"] == [] and merged["topic"]["size"] == 5
    assert (await gql(RESPONSES, filter={"topicId": delivery_id}))["responses"]["totalCount"] == 5
    topics = (await gql(TOPICS))["topics"]
    assert topics["totalCount"] == 2
    # The merged-away topic stays readable and says where its comments are; the target was not merged.
    read = """query($id: ID!) { node(id: $id) { ... on Topic { size mergedInto { id size } } } }"""
    assert (await gql(read, id=crash_id))["node"] == {"size": 0, "mergedInto": {"id": delivery_id, "size": 5}}
    assert (await gql(read, id=delivery_id))["node"]["mergedInto"] is None
    # The target takes the merged topic's words and keeps its own label's reasons.
    words = """query($id: ID!) { node(id: $id) { ... on Topic { keywords { word } labelTerms { term inLabel } } } }"""
    target = (await gql(words, id=delivery_id))["node"]
    assert [k["word"] for k in target["keywords"]] == ["闪退", "配送", "慢"]
    assert target["labelTerms"] == [{"term": "配送慢", "inLabel": True}]
    again = (await gql(MERGE, ids=[delivery_id, crash_id]))["mergeTopics"]
    assert again["errors"][0]["code"] == "VALIDATION"
    assert (await gql(MERGE, ids=[delivery_id]))["mergeTopics"]["errors"][0]["code"] == "VALIDATION"


async def test_emerging_compares_with_the_previous_window(gql: GraphQL, public: GraphQL, org: Organization) -> None:
    (delivery, taste, _crash), _ = await seed_insights(gql, public, org)
    now = datetime.now(UTC)
    # Last week 1 of 20 comments was about delivery; this week 6 of 12 are.
    survey_id = (await Response.first()).survey_id  # type: ignore[union-attr]
    for i in range(20):
        r = await Response.create(
            organization=org,
            survey_id=survey_id,
            idempotency_key=f"old-{i:05d}",
            payload_hash="x",
            score=8,
            completed=True,
            submitted_at=now - timedelta(days=10),
            comment="旧评论",
        )
        await CommentAnalysis.create(
            organization=org,
            response=r,
            normalized="旧",
            tokens=[],
            keywords=[],
            sentiment=0.0,
            topic=delivery if i == 0 else taste,
            model_version="t",
        )
    for i in range(2):  # this week: 6 of 12 about delivery
        r = await Response.create(
            organization=org,
            survey_id=survey_id,
            idempotency_key=f"new-{i:05d}",
            payload_hash="x",
            score=3,
            completed=True,
            submitted_at=now,
            comment="又慢了",
        )
        await CommentAnalysis.create(
            organization=org,
            response=r,
            normalized="慢",
            tokens=[],
            keywords=[],
            sentiment=-0.5,
            topic=delivery,
            model_version="t",
        )
    window = {"from": (now - timedelta(days=7)).isoformat(), "to": (now + timedelta(minutes=1)).isoformat()}
    nodes = {e["node"]["label"]: e["node"] for e in (await gql(TOPICS, **window))["topics"]["edges"]}
    assert nodes["配送 · 慢"]["emerging"] is True
    assert nodes["味道 · 好吃"]["emerging"] is False


async def test_other_organisations_cannot_touch_topics(
    gql: GraphQL, public: GraphQL, org: Organization, client: object
) -> None:
    from core.models import Role
    from core.service import create_api_key, get_or_create_organization

    (delivery, _, _), _ = await seed_insights(gql, public, org)
    other = await get_or_create_organization(name="B 公司")
    _, raw = await create_api_key(organization=other, role=Role.ADMIN)
    b = GraphQL(gql.client, raw)
    assert (await b(TOPICS))["topics"]["totalCount"] == 0
    refused = (await b(RENAME, id=encode_id("Topic", delivery.id), label="x"))["renameTopic"]
    assert refused["errors"][0]["code"] == "NOT_FOUND"
    assert (await Topic.get(id=delivery.id)).custom_label is None
    foreign = await b.raw(RESPONSES, filter={"topicId": encode_id("Topic", delivery.id)})
    assert foreign.json()["errors"][0]["extensions"]["code"] == "NOT_FOUND"


async def test_topics_of_many_responses_are_computed_once_per_request(
    gql: GraphQL, public: GraphQL, org: Organization
) -> None:
    from tortoise import connections

    await seed_insights(gql, public, org)
    query = "{ responses(first: 10) { edges { node { analysis { topic { label size } } } } } }"
    client = connections.get("default")
    calls = 0
    original = client.execute_query_dict

    async def counting(sql: str, values: list[object] | None = None) -> list[dict[str, object]]:
        nonlocal calls
        if "GROUP BY a.topic_id" in sql or "GROUP BY t.topic_id" in sql:  # from the rows or topic_activity
            calls += 1
        return await original(sql, values)  # type: ignore[no-any-return]

    client.execute_query_dict = counting
    try:
        edges = (await gql(query))["responses"]["edges"]
    finally:
        client.execute_query_dict = original
    assert sum(1 for e in edges if e["node"]["analysis"]["topic"]) == 8
    assert calls == 1


async def test_representative_comments_of_a_topic_list_take_one_query(
    gql: GraphQL, public: GraphQL, org: Organization
) -> None:
    from tortoise import connections

    await seed_insights(gql, public, org)
    query = "{ topics { edges { node { label representativeComments(limit: 2) } } } }"
    client = connections.get("default")
    calls = 0
    original = client.execute_query_dict

    async def counting(sql: str, values: list[object] | None = None) -> list[dict[str, object]]:
        nonlocal calls
        if "ORDER BY a.topic_probability DESC, a.id DESC LIMIT" in sql:  # one branch per topic, one statement
            calls += 1
        return await original(sql, values)  # type: ignore[no-any-return]

    client.execute_query_dict = counting
    try:
        edges = (await gql(query))["topics"]["edges"]
    finally:
        client.execute_query_dict = original
    assert len(edges) >= 2
    assert all(1 <= len(e["node"]["representativeComments"]) <= 2 for e in edges)
    assert calls == 1


async def test_csv_export_filters_by_topic_like_the_graphql_filter(
    client: httpx.AsyncClient, gql: GraphQL, public: GraphQL, org: Organization, admin_key: str
) -> None:
    topics, _ = await seed_insights(gql, public, org)
    delivery = next(t for t in topics if t.label.startswith("配送"))
    auth = {"authorization": f"Bearer {admin_key}"}
    exported = await client.get(f"/export/responses.csv?topicId={encode_id('Topic', delivery.id)}", headers=auth)
    assert exported.status_code == 200
    rows = list(csv.DictReader(io.StringIO(exported.content.decode("utf-8-sig"))))
    listed = await gql(RESPONSES, filter={"topicId": encode_id("Topic", delivery.id)})
    assert sorted(r["comment"] for r in rows) == sorted(e["node"]["comment"] for e in listed["responses"]["edges"])
    assert len(rows) == 4
    foreign = await client.get(f"/export/responses.csv?topicId={encode_id('Topic', 999999)}", headers=auth)
    assert foreign.status_code == 400 and foreign.json()["error"] == "NOT_FOUND"


async def test_representative_comments_are_the_respondents_own_words(
    gql: GraphQL, public: GraphQL, org: Organization
) -> None:
    (_, _, crash), _ = await seed_insights(gql, public, org)
    await submit(public, (await active_survey(gql))["token"], "traditional-1", score=1, comment="ＡＰＰ經常閃退，軟體太爛")
    response = await Response.get(idempotency_key="traditional-1")
    await CommentAnalysis.create(organization=org, response=response, normalized="APP经常闪退,软件太烂", tokens=[],
                                 keywords=[], sentiment=-0.9, topic=crash, topic_probability=0.99, model_version="test")
    query = "query($id: ID!) { node(id: $id) { ... on Topic { representativeComments(limit: 1) } } }"
    found = (await gql(query, id=encode_id("Topic", crash.id)))["node"]["representativeComments"]
    assert found == ["ＡＰＰ經常閃退，軟體太爛"]


async def test_one_topic_over_a_window_as_the_list_shows_it(gql: GraphQL, public: GraphQL, org: Organization) -> None:
    (delivery, _taste, _crash), _ = await seed_insights(gql, public, org)
    delivery_id = encode_id("Topic", delivery.id)
    one = await Response.filter(id__in=await CommentAnalysis.filter(topic_id=delivery.id).values_list(
        "response_id", flat=True)).first()
    assert one is not None
    await Response.filter(id=one.id).update(submitted_at=datetime.now(UTC) - timedelta(days=40))
    query = """query($id: ID!, $from: DateTime, $to: DateTime) { topic(id: $id, from: $from, to: $to) {
      id size share } topics(from: $from, to: $to) { edges { node { id size share } } } }"""
    week = {"from": (datetime.now(UTC) - timedelta(days=7)).isoformat(), "to": datetime.now(UTC).isoformat()}
    windowed = await gql(query, id=delivery_id, **week)
    listed = next(e["node"] for e in windowed["topics"]["edges"] if e["node"]["id"] == delivery_id)
    assert windowed["topic"] == listed and listed["size"] == 3  # the answer moved 40 days back is outside
    assert (await gql(query, id=delivery_id))["topic"]["size"] == 4  # no window: all time, as node(id)
    assert (await gql(query, id=encode_id("Topic", 987654)))["topic"] is None
    for other in (encode_id("Survey", 1), "bogus"):  # the id of something else, or of nothing: null
        assert (await gql(query, id=other))["topic"] is None


async def test_a_topics_responses_page_from_its_newest_hours(gql: GraphQL, public: GraphQL, org: Organization) -> None:
    """Topic.responses reads its page from the hours topic_activity says hold enough of the topic's
    comments: the same answers, in the same order, page after page, as every answer read newest first."""
    (delivery, taste, crash), _ = await seed_insights(gql, public, org)
    survey = await Survey.filter(organization_id=org.id).first()
    assert survey is not None
    now = datetime.now(UTC).replace(minute=30, second=0, microsecond=0)
    # Comments of the topic (and of one merged into it) hours and days apart, several in one hour (the
    # same second too), between many answers of other topics.
    for i in range(40):
        at = now - timedelta(hours=(i * 7) % 50, minutes=i % 3, seconds=0 if i % 5 else 1)
        response = await Response.create(organization_id=org.id, survey=survey, idempotency_key=f"spread-{i}",
                                         payload_hash="h", submitted_at=at, comment=f"评论{i}")
        topic = delivery if i % 4 == 0 else crash if i % 9 == 0 else taste
        await CommentAnalysis.create(organization=org, response=response, normalized=f"评论{i}", tokens=[],
                                     keywords=[], sentiment=0.0, topic=topic, model_version="test")
    await Topic.filter(id=crash.id).update(merged_into_id=delivery.id)
    ids = {delivery.id, crash.id}
    rows = [a.response for a in await CommentAnalysis.filter(topic_id__in=ids).prefetch_related("response")]
    expected = [r.id for r in sorted(rows, key=lambda r: (r.submitted_at, r.id), reverse=True)]
    query = """query($id: ID!, $after: String) { node(id: $id) { ... on Topic {
      responses(first: 2, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } } } }"""
    seen: list[int] = []
    after = None
    while True:
        page = (await gql(query, id=encode_id("Topic", delivery.id), after=after))["node"]["responses"]
        seen += [int(decode_id(e["node"]["id"], "Response")) for e in page["edges"]]
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    assert seen == expected and len(expected) > 12
    # The hint itself: hours that hold the page, and none where the topic has too few comments.
    hours = await insights.newest_comment_hours(organization_id=org.id, topic_id=delivery.id, survey_id=None,
                                                before=None, needed=3)
    assert hours is not None and sum(any(a <= r.submitted_at < b for a, b in hours) for r in rows) >= 3
    assert sum((b - a for a, b in hours), timedelta()) < max(r.submitted_at for r in rows) - min(
        r.submitted_at for r in rows)
    assert await insights.newest_comment_hours(organization_id=org.id, topic_id=delivery.id, survey_id=None,
                                               before=None, needed=len(rows) + 1) is None
