"""fitTopics, renameTopic, mergeTopics."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

import strawberry
from strawberry.types import Info

from analysis import service, vocabulary
from api.analysis.types import (
    AnalysisJobPayload,
    AnalysisJobType,
    TopicPayload,
    VocabularyPayload,
    VocabularyType,
    topic_type,
)
from api.context import Context
from api.errors import UserError
from api.ids import decode_id
from api.permissions import CanManageSurveys
from core.errors import DomainError, ValidationFailed


@strawberry.input
class FitTopicsInput:
    survey_id: strawberry.ID | None = strawberry.field(default=None, description="Only this survey's comments.")
    from_: Annotated[datetime | None, strawberry.argument(name="from")] = strawberry.field(
        default=None, name="from")
    to: datetime | None = None


@strawberry.type
class AnalysisMutations:
    @strawberry.mutation(permission_classes=[CanManageSurveys],
                         description="Fit a new topic model version; follow it with analysisJob(id).")
    async def fit_topics(self, info: Info[Context, Any], input: FitTopicsInput) -> AnalysisJobPayload:
        context = info.context
        assert context.principal is not None
        try:
            survey_pk = decode_id(input.survey_id, "Survey", field="surveyId") if input.survey_id else None
            if survey_pk is not None:
                from surveys.service import get_survey

                await get_survey(organization=context.principal.organization, survey_id=survey_pk)
            for name, value in (("from", input.from_), ("to", input.to)):
                if value is not None and value.tzinfo is None:
                    raise ValidationFailed(f"{name} needs a time zone offset", field=name)
            job = await service.request_fit(organization=context.principal.organization, survey_id=survey_pk,
                                            since=input.from_, until=input.to)
        except DomainError as exc:
            return AnalysisJobPayload(errors=[UserError.of(exc)])
        return AnalysisJobPayload(job=AnalysisJobType.of(job))

    @strawberry.mutation(permission_classes=[CanManageSurveys],
                         description="Set the organisation's stop words and/or product terms (applies to new "
                                     "analyses and fits).")
    async def update_vocabulary(
        self, info: Info[Context, Any], stop_words: list[str] | None = None, product_terms: list[str] | None = None
    ) -> VocabularyPayload:
        try:
            row = await vocabulary.set_vocabulary(organization_id=info.context.organization_id,
                                                  stop_words=stop_words, product_terms=product_terms)
        except DomainError as exc:
            return VocabularyPayload(errors=[UserError.of(exc)])
        return VocabularyPayload(vocabulary=VocabularyType(stop_words=list(row.stop_words),
                                                           product_terms=list(row.product_terms)))

    @strawberry.mutation(permission_classes=[CanManageSurveys])
    async def rename_topic(self, info: Info[Context, Any], id: strawberry.ID, label: str) -> TopicPayload:
        try:
            topic = await service.rename_topic(organization_id=info.context.organization_id,
                                               topic_id=decode_id(id, "Topic"), label=label)
        except DomainError as exc:
            return TopicPayload(errors=[UserError.of(exc)])
        return TopicPayload(topic=await topic_type(topic))

    @strawberry.mutation(permission_classes=[CanManageSurveys],
                         description="Merge topics into the first one given.")
    async def merge_topics(self, info: Info[Context, Any], ids: list[strawberry.ID]) -> TopicPayload:
        try:
            topic = await service.merge_topics(organization_id=info.context.organization_id,
                                               topic_ids=[decode_id(i, "Topic", field="ids") for i in ids])
        except DomainError as exc:
            return TopicPayload(errors=[UserError.of(exc)])
        return TopicPayload(topic=await topic_type(topic))
