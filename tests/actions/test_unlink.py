"""Unlinking from an improvement action: all or nothing, a merged topic named by its successor, the
baseline measured again between planning and shipping, audit and event."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from actions.audit import Actor
from actions.improvements import Links, create_action, transition_action, unlink_from_action
from actions.models import ActionResponse, ActionStatus, ActionTopic, AuditEvent
from core.errors import NotFound, ValidationFailed
from core.ids import encode_id
from core.models import Organization, OutboxEvent
from tests.support.analysed import comment, make_topic, nps_survey, topic_model
from tests.support.improvements import DAY

PM = Actor("user:7")
NOW = datetime(2024, 3, 1, 9, tzinfo=UTC)


async def test_unlinking_removes_only_what_is_named_and_records_it(org: Organization) -> None:
    survey = await nps_survey(org)
    model = await topic_model(org)
    a, b = await make_topic(model, 0, "配送"), await make_topic(model, 1, "价格")
    response = await comment(survey, topic=a, at=NOW - DAY, score=2)
    action = await create_action(organization_id=org.id, actor=PM, title="修复", now=NOW,
                                 links=Links(topic_ids=[a.id, b.id], response_ids=[response.id]))

    unlinked = await unlink_from_action(organization_id=org.id, action_id=action.id, actor=PM,
                                        links=Links(topic_ids=[a.id], response_ids=[response.id]), now=NOW)
    assert [t.topic_id for t in await ActionTopic.filter(action_id=action.id)] == [b.id]
    assert await ActionResponse.filter(action_id=action.id).count() == 0
    events = await AuditEvent.filter(subject="action", subject_id=action.id, kind="unlink").order_by("id")
    assert [(e.from_value, e.to_value) for e in events] == [(encode_id("Topic", a.id), None),
                                                             (encode_id("Response", response.id), None)]
    last = await OutboxEvent.all().order_by("-id").first()
    assert last is not None and (last.topic, last.payload) == ("action.updated", {"action_id": action.id,
                                                                                 "changes": ["unlink"]})
    assert unlinked.updated_at == NOW


async def test_an_id_that_is_not_linked_changes_nothing(org: Organization) -> None:
    model = await topic_model(org)
    a, b = await make_topic(model, 0, "配送"), await make_topic(model, 1, "价格")
    action = await create_action(organization_id=org.id, actor=PM, title="修复", now=NOW, links=Links(topic_ids=[a.id]))
    with pytest.raises(NotFound) as missing:
        await unlink_from_action(organization_id=org.id, action_id=action.id, actor=PM,
                                 links=Links(topic_ids=[a.id, b.id]))
    assert missing.value.field == "topicIds"
    assert missing.value.message == (f"topic {encode_id('Topic', b.id)} is not linked to action "
                                     f"{encode_id('Action', action.id)}")
    with pytest.raises(NotFound):
        await unlink_from_action(organization_id=org.id, action_id=action.id, actor=PM, links=Links(case_ids=[4242]))
    with pytest.raises(ValidationFailed):
        await unlink_from_action(organization_id=org.id, action_id=action.id, actor=PM, links=Links())
    assert [t.topic_id for t in await ActionTopic.filter(action_id=action.id)] == [a.id]
    assert await AuditEvent.filter(subject="action", subject_id=action.id, kind="unlink").count() == 0


async def test_a_merged_topic_is_unlinked_by_the_topic_it_became(org: Organization) -> None:
    model = await topic_model(org)
    kept = await make_topic(model, 0, "配送")
    merged = await make_topic(model, 1, "送餐慢", merged_into=kept)
    action = await create_action(organization_id=org.id, actor=PM, title="修复", now=NOW,
                                 links=Links(topic_ids=[merged.id]))
    await unlink_from_action(organization_id=org.id, action_id=action.id, actor=PM, links=Links(topic_ids=[kept.id]))
    assert await ActionTopic.filter(action_id=action.id).count() == 0


async def test_unlinking_a_topic_after_planning_measures_the_baseline_again(org: Organization) -> None:
    survey = await nps_survey(org)
    model = await topic_model(org)
    a, b = await make_topic(model, 0, "配送"), await make_topic(model, 1, "价格")
    for i in range(3):
        await comment(survey, topic=a, at=NOW - (i + 1) * DAY, score=2)
    await comment(survey, topic=b, at=NOW - DAY, score=9)
    action = await create_action(organization_id=org.id, actor=PM, title="修复", now=NOW - 3 * DAY,
                                 links=Links(topic_ids=[a.id, b.id]))
    for to in (ActionStatus.UNDER_REVIEW, ActionStatus.PLANNED):
        action = await transition_action(organization_id=org.id, action_id=action.id, to=to, actor=PM, now=NOW)
    assert action.baseline is not None and action.baseline["comments"] == 4
    after = await unlink_from_action(organization_id=org.id, action_id=action.id, actor=PM,
                                     links=Links(topic_ids=[b.id]), now=NOW + DAY)
    assert after.baseline is not None and after.baseline["comments"] == 3
    assert after.baseline["window"] == action.baseline["window"]
