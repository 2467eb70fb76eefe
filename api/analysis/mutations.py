"""fitTopics, renameTopic, mergeTopics."""

from __future__ import annotations

from typing import Any

import strawberry
from strawberry.types import Info

from analysis import service, vocabulary
from api.analysis.inputs import FitTopicsInput, check_window
from api.analysis.types import (
    AnalysisJobPayload,
    AnalysisJobType,
    TopicPayload,
    VocabularyPayload,
    VocabularyType,
    topic_type,
)
from api.context import Context
from api.errors import payload_errors
from api.ids import decode_id
from api.permissions import CanManageSurveys
from surveys.service import get_survey


@strawberry.type
class AnalysisMutations:
    @strawberry.mutation(permission_classes=[CanManageSurveys],
                         description="Fit a new topic model version; follow it with analysisJob(id).")
    @payload_errors
    async def fit_topics(self, info: Info[Context, Any], input: FitTopicsInput) -> AnalysisJobPayload:
        organization = info.context.organization
        survey_pk = decode_id(input.survey_id, "Survey", field="surveyId") if input.survey_id else None
        if survey_pk is not None:
            await get_survey(organization=organization, survey_id=survey_pk)
        check_window(input.from_, input.to)
        job = await service.request_fit(organization=organization, survey_id=survey_pk, since=input.from_,
                                        until=input.to, fresh=input.fresh)
        return AnalysisJobPayload(job=AnalysisJobType.of(job))

    @strawberry.mutation(permission_classes=[CanManageSurveys],
                         description="Set the organisation's stop words and/or product terms (applies to new "
                                     "analyses and fits).")
    @payload_errors
    async def update_vocabulary(
        self, info: Info[Context, Any], stop_words: list[str] | None = None, product_terms: list[str] | None = None
    ) -> VocabularyPayload:
        row = await vocabulary.set_vocabulary(organization_id=info.context.organization_id,
                                              stop_words=stop_words, product_terms=product_terms)
        return VocabularyPayload(vocabulary=VocabularyType(stop_words=list(row.stop_words),
                                                           product_terms=list(row.product_terms)))

    @strawberry.mutation(permission_classes=[CanManageSurveys])
    @payload_errors
    async def rename_topic(self, info: Info[Context, Any], id: strawberry.ID, label: str) -> TopicPayload:
        topic = await service.rename_topic(organization_id=info.context.organization_id,
                                           topic_id=decode_id(id, "Topic"), label=label)
        return TopicPayload(topic=await topic_type(topic))

    @strawberry.mutation(permission_classes=[CanManageSurveys],
                         description="Merge topics into the first one given.")
    @payload_errors
    async def merge_topics(self, info: Info[Context, Any], ids: list[strawberry.ID]) -> TopicPayload:
        topic = await service.merge_topics(organization_id=info.context.organization_id,
                                           topic_ids=[decode_id(i, "Topic", field="ids") for i in ids])
        return TopicPayload(topic=await topic_type(topic))
