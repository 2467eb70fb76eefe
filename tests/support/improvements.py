"""Improvement actions on a fixed calendar: planned on a Monday, shipped a week later, with the
comments of the baseline window (28 days before planning) and of the verification window after."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from actions.audit import Actor
from actions.improvements import Links, create_action, transition_action
from actions.models import Action, ActionStatus
from analysis.models import Topic
from core.models import Organization
from tests.support.analysed import make_topic, many, nps_survey, topic_model

PLANNED = datetime(2024, 3, 4, tzinfo=UTC)  # a Monday
SHIPPED = PLANNED + timedelta(days=7)
DAY = timedelta(days=1)
PM = Actor("user:1")


async def walk_to_shipped(org: Organization, topics: list[Topic], *, verification_days: int = 14) -> Action:
    """An action on `topics`, walked to SHIPPED: planned at PLANNED, shipped at SHIPPED."""
    action = await create_action(organization_id=org.id, actor=PM, title="修复配送延迟",
                                 links=Links(topic_ids=[t.id for t in topics]), verification_days=verification_days,
                                 now=PLANNED - DAY)
    for to, at in ((ActionStatus.UNDER_REVIEW, PLANNED - DAY), (ActionStatus.PLANNED, PLANNED),
                   (ActionStatus.IN_PROGRESS, PLANNED + DAY), (ActionStatus.SHIPPED, SHIPPED)):
        action = await transition_action(organization_id=org.id, action_id=action.id, to=to, actor=PM, now=at)
    return action


async def two_windows(org: Organization, *, before: tuple[int, int], after: tuple[int, int],
                      topic_scores: tuple[int, int] = (3, 3)) -> Topic:
    """(comments in the topic, analysed comments) in the baseline and in the verification window."""
    survey = await nps_survey(org)
    model = await topic_model(org)
    delivery, other = await make_topic(model, 0, "配送"), await make_topic(model, 1, "其他")
    await many(survey, delivery, before[0], start=PLANNED - 28 * DAY, days=28, score=topic_scores[0], sentiment=-0.6)
    await many(survey, other, before[1] - before[0], start=PLANNED - 28 * DAY, days=28, score=9, sentiment=0.5)
    await many(survey, delivery, after[0], start=SHIPPED, days=14, score=topic_scores[1], sentiment=-0.6)
    await many(survey, other, after[1] - after[0], start=SHIPPED, days=14, score=9, sentiment=0.5)
    return delivery
