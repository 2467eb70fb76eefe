"""Hand-made analysis rows: surveys, topic models, topics and answers with their comment analysis,
written straight to the tables (no fit, no queue), so that every figure over them can be worked out."""

from __future__ import annotations

import itertools
import secrets
from datetime import datetime, timedelta
from typing import Any

from analysis.models import CommentAnalysis, ModelStatus, Topic, TopicModelVersion
from core.models import Organization
from surveys.definitions import nps_category
from surveys.models import NpsCategory, Respondent, Response, Survey, SurveyKind, SurveyStatus
from tests.support.client import GraphQL
from tests.support.ops import active_survey, submit

_keys = itertools.count()


async def nps_survey(org: Organization, name: str = "App NPS") -> Survey:
    return await Survey.create(organization=org, name=name, kind=SurveyKind.NPS, status=SurveyStatus.ACTIVE,
                               token=secrets.token_urlsafe(12), definition={}, allowed_origins=[])


async def topic_model(org: Organization, survey: Survey | None = None, version: int = 1) -> TopicModelVersion:
    return await TopicModelVersion.create(organization=org, survey=survey, version=version, status=ModelStatus.ACTIVE,
                                          path="-", documents=100, outlier_share=0.1)


async def make_topic(model: TopicModelVersion, index: int, label: str, merged_into: Topic | None = None) -> Topic:
    return await Topic.create(organization_id=model.organization_id, model=model, index=index, label=label,
                              keywords=[[label, 0.5]], merged_into=merged_into)


def _category(score: int | None) -> NpsCategory | None:
    return None if score is None else nps_category(score)


async def comment(
    survey: Survey, *, topic: Topic | None, at: datetime, score: int | None = None, sentiment: float | None = None,
    respondent: Respondent | None = None, analysed: bool = True,
) -> Response:
    """A response with a comment and (unless analysed=False) its analysis in `topic`."""
    response = await Response.create(
        organization_id=survey.organization_id, survey=survey, respondent=respondent,
        idempotency_key=f"k-{next(_keys)}", payload_hash="x", score=score, nps_category=_category(score),
        comment="评论", completed=True, submitted_at=at,
    )
    if analysed:
        await CommentAnalysis.create(organization_id=survey.organization_id, response=response, normalized="评论",
                                     tokens=[], keywords=[], sentiment=sentiment, topic=topic, topic_probability=0.5,
                                     model_version="test")
    return response


async def many(survey: Survey, topic: Topic | None, count: int, *, start: datetime, days: int, score: int,
               sentiment: float = 0.0) -> None:
    """`count` analysed comments spread evenly over `days` days from `start` (two bulk inserts)."""
    keys = [f"k-{next(_keys)}" for _ in range(count)]
    await Response.bulk_create([
        Response(organization_id=survey.organization_id, survey=survey, idempotency_key=key, payload_hash="x",
                 score=score, nps_category=_category(score), comment="评论", completed=True,
                 submitted_at=start + timedelta(seconds=i * days * 86400 // count + 60))
        for i, key in enumerate(keys)
    ])
    rows: list[Any] = await Response.filter(survey_id=survey.id, idempotency_key__in=keys).values_list("id", flat=True)
    await CommentAnalysis.bulk_create([
        CommentAnalysis(organization_id=survey.organization_id, response_id=int(pk), normalized="评论", tokens=[],
                        keywords=[], sentiment=sentiment, topic=topic, topic_probability=0.5, model_version="test")
        for pk in rows
    ])


async def seed_insights(gql: GraphQL, public: GraphQL, org: Organization) -> tuple[list[Topic], dict[str, str]]:
    """Three topics (配送 · 慢, 味道 · 好吃, 闪退) and ten answers submitted through the API, each
    analysed (two into no topic); returns the topics and the answers' global ids by "r0".."r9"."""
    survey = await active_survey(gql)
    model = await TopicModelVersion.create(
        organization=org, version=1, status=ModelStatus.ACTIVE, path="-", documents=10, outlier_share=0.1
    )
    delivery = await Topic.create(
        organization=org, model=model, index=0, label="配送 · 慢", keywords=[
            ["配送", 0.5], ["慢", 0.3], {"label_term": "配送慢", "coverage": 0.75, "lift": 4.0, "in_label": True}]
    )
    taste = await Topic.create(
        organization=org, model=model, index=1, label="味道 · 好吃", keywords=[["味道", 0.6], ["好吃", 0.4]]
    )
    crash = await Topic.create(organization=org, model=model, index=2, label="闪退", keywords=[["闪退", 0.9]])
    plan = [  # score, topic, sentiment
        (0, delivery, -0.9),
        (2, delivery, -0.7),
        (3, delivery, -0.8),
        (6, delivery, 0.0),
        (10, taste, 0.9),
        (9, taste, 0.8),
        (10, taste, 0.7),
        (1, crash, -0.95),
        (8, None, 0.1),
        (9, None, 0.3),
    ]
    ids = {}
    for i, (score, topic, sentiment) in enumerate(plan):
        sent = await submit(public, survey["token"], f"insight-{i:04d}", score=score, comment=f"评论{i}")
        response = await Response.get(idempotency_key=f"insight-{i:04d}")
        await CommentAnalysis.create(
            organization=org,
            response=response,
            normalized=f"评论{i}",
            tokens=[],
            keywords=[],
            sentiment=sentiment,
            topic=topic,
            topic_probability=0.5 + i / 100,
            model_version="test",
        )
        ids[f"r{i}"] = sent["response"]["id"]
    return [delivery, taste, crash], ids
