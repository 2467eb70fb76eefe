"""topicModelVersions (analysis.topics_store.model_versions): each fit of the topic model that the
topic list uses, newest first, which one is active, when it was fitted and how many topics it has,
counted right although a topic found again moves its row to the newer version.

The fits are given (which comments each new topic holds), as in test_topic_versions.py."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from analysis import topic_versions, topics_store
from analysis.models import ModelStatus, Topic, TopicModelVersion
from analysis.topic_versions import Fitted, FittedTopic, NewVersion
from api.ids import encode_id
from core.models import Organization
from surveys.models import Response
from tests.support.analysed import many, nps_survey
from tests.support.client import GraphQL

START = datetime.now(UTC) - timedelta(days=28)
VERSIONS = """query($survey: ID) { topicModelVersions(surveyId: $survey) {
  version active surveyId comments topicCount outlierShare fittedAt } }"""
MERGE = "mutation($ids: [ID!]!) { mergeTopics(ids: $ids) { errors { code } } }"


async def refit(org: Organization, groups: dict[int, list[int]]) -> dict[int, int]:
    """Activate an organisation-wide version whose topic `index` holds `groups[index]`; its topics' ids."""
    ids = [r for members in groups.values() for r in members]
    previous = await TopicModelVersion.get_or_none(organization_id=org.id, survey_id=None, status=ModelStatus.ACTIVE)
    fitted = Fitted(
        model=None, outlier_share=0.25,
        topics=[FittedTopic(index=i, label=f"话题{i}", keywords=[(f"词{i}", 0.5)]) for i in sorted(groups)],
        assignments=[(i, 0.5) for i, members in groups.items() for _ in members],
    )
    version = await topic_versions.activate(
        new=NewVersion(organization_id=org.id, survey_id=None, number=1 + (previous.version if previous else 0),
                       path=Path("-"), sentiment_version=None),
        fitted=fitted, ids=ids, previous=previous)
    return {t.index: t.id for t in await Topic.filter(model_id=version.id, merged_into_id=None)}


async def test_no_fit_yet_lists_no_version(gql: GraphQL) -> None:
    assert (await gql(VERSIONS))["topicModelVersions"] == []


async def test_each_version_counts_the_topics_it_had_though_found_topics_moved_on(
    gql: GraphQL, org: Organization
) -> None:
    survey = await nps_survey(org)
    await many(survey, None, 90, start=START, days=21, score=5)
    ids = [int(r[0]) for r in await Response.filter(survey_id=survey.id).order_by("id").values_list("id")]
    first = await refit(org, {0: ids[:30], 1: ids[30:60], 2: ids[60:]})
    # The second fit finds topic 0 again and puts 1 and 2 together: one topic continues, one more lives on.
    second = await refit(org, {0: ids[:30], 1: ids[30:]})
    assert second[0] == first[0]

    listed = (await gql(VERSIONS))["topicModelVersions"]
    assert [(v["version"], v["active"], v["topicCount"], v["comments"]) for v in listed] == [
        (2, True, 2, 90), (1, False, 3, 90)]
    assert listed[0]["surveyId"] is None and listed[0]["outlierShare"] == 0.25
    assert listed[0]["fittedAt"] >= listed[1]["fittedAt"]

    # A merge leaves one topic where there were two (the older version's count follows it: documented).
    merged = await gql(MERGE, ids=[encode_id("Topic", second[0]), encode_id("Topic", second[1])])
    assert merged["mergeTopics"]["errors"] == []
    found = await topics_store.model_versions(organization_id=org.id, survey_id=None)
    assert [s.topics for s in found] == [1, 2]


async def test_a_survey_without_its_own_fit_lists_the_organisation_wide_versions(
    gql: GraphQL, org: Organization
) -> None:
    survey = await nps_survey(org)
    await many(survey, None, 40, start=START, days=21, score=9)
    ids = [int(r[0]) for r in await Response.filter(survey_id=survey.id).order_by("id").values_list("id")]
    await refit(org, {0: ids[:20], 1: ids[20:]})
    listed = (await gql(VERSIONS, survey=encode_id("Survey", survey.id)))["topicModelVersions"]
    assert [(v["version"], v["topicCount"]) for v in listed] == [(1, 2)]
    own = await TopicModelVersion.create(organization=org, survey=survey, version=1, status=ModelStatus.ACTIVE,
                                         path="-", documents=40, outlier_share=0.0)
    await Topic.create(organization=org, model=own, index=0, label="问卷自己的", keywords=[])
    listed = (await gql(VERSIONS, survey=encode_id("Survey", survey.id)))["topicModelVersions"]
    assert [(v["version"], v["topicCount"], v["surveyId"]) for v in listed] == [
        (1, 1, encode_id("Survey", survey.id))]
