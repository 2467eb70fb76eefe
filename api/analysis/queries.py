"""topics, vocabulary and analysisJob."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

import strawberry
from strawberry.types import Info

from analysis import insights, service, topics_store, vocabulary
from api.analysis.inputs import check_window
from api.analysis.types import AnalysisJobType, TopicModelVersionType, TopicType, VocabularyType, Window, topic_type
from api.context import Context
from api.errors import api_errors
from api.ids import decode_cursor, decode_id, encode_cursor
from api.permissions import CanRead
from api.relay import Connection, connection, page_size
from api.surveys.inputs import ResponseFilterInput, response_filter
from core.errors import NotFound, ValidationFailed

FILTER = ("The answers the figures are over, as for `metrics` and `responses` (accountBand, accountPlan, "
          "attributes, sentiment ...): share, NPS, sentiment, trend and emerging count the matching answers "
          "only, and a topic's `responses` are those that match. Null: every answer (the fast path).")


async def _window(context: Context, survey_pk: int | None, from_: datetime | None, to: datetime | None,
                  flt: ResponseFilterInput | None) -> Window:
    """The window of a topic's figures; the filter is made as metrics make theirs (one definition)."""
    matching = await response_filter(flt, organization_id=context.organization_id, survey_pk=survey_pk,
                                     since=from_, until=to)
    return Window(survey_id=survey_pk, since=from_, until=to, matching=matching)


def _offset(after: str | None) -> int:
    """The position after an `after` cursor of the topic list."""
    try:
        return int(decode_cursor(after, 1)[0]) + 1 if after else 0
    except ValueError as exc:
        raise ValidationFailed("after is not a cursor of this list", field="after") from exc


@strawberry.type
class AnalysisQueries:
    @strawberry.field(permission_classes=[CanRead], description=(
        "Topics of the active model, largest first (by the answers that match `filter`, when given)."))
    @api_errors
    async def topics(
        self, info: Info[Context, Any], survey_id: strawberry.ID | None = None,
        from_: Annotated[datetime | None, strawberry.argument(name="from")] = None, to: datetime | None = None,
        first: int | None = None, after: str | None = None,
        filter: Annotated[ResponseFilterInput | None, strawberry.argument(description=FILTER)] = None,
    ) -> Connection[TopicType]:
        context = info.context
        size, offset = page_size(first, context.settings), _offset(after)
        survey_pk = decode_id(survey_id, "Survey", field="surveyId") if survey_id else None
        check_window(from_, to)
        window = await _window(context, survey_pk, from_, to, filter)
        model = await topics_store.active_model(organization_id=context.organization_id, survey_id=survey_pk)
        if model is None:
            return connection([], has_next=False, has_previous=False, total=0)
        found, _ = await insights.topic_insights(organization_id=context.organization_id, model=model,
                                                 flt=window.filter())
        page = found[offset:offset + size]
        return connection(
            [(encode_cursor(offset + i), TopicType.of(item, window)) for i, item in enumerate(page)],
            has_next=offset + size < len(found), has_previous=offset > 0, total=len(found),
        )

    @strawberry.field(permission_classes=[CanRead], description=(
        "One topic with its figures over a window, survey and filter, as `topics(surveyId, from, to, filter)` "
        "lists them "
        "(`node(id)` gives them over all time); null, as from `node(id)`, for an id of no topic of the "
        "organisation. A retired or merged topic is still found."))
    @api_errors
    async def topic(
        self, info: Info[Context, Any], id: strawberry.ID, survey_id: strawberry.ID | None = None,
        from_: Annotated[datetime | None, strawberry.argument(name="from")] = None, to: datetime | None = None,
        filter: Annotated[ResponseFilterInput | None, strawberry.argument(description=FILTER)] = None,
    ) -> TopicType | None:
        context = info.context
        survey_pk = decode_id(survey_id, "Survey", field="surveyId") if survey_id else None
        check_window(from_, to)
        window = await _window(context, survey_pk, from_, to, filter)  # a bad filter is refused, found or not
        try:
            topic_pk = decode_id(id, "Topic", field="id")
        except NotFound:  # an id of something else, or of nothing: null, as node(id) answers
            return None
        found = await context.loaders.topic_by_id.load((context.organization_id, topic_pk))
        if found is None:
            return None
        return await topic_type(found, window, cache=context.cache)

    @strawberry.field(permission_classes=[CanRead], description=(
        "The versions of the topic model that `topics(surveyId)` uses (the survey's own once it was fitted "
        "alone, else the organisation-wide one), newest first."))
    @api_errors
    async def topic_model_versions(
        self, info: Info[Context, Any], survey_id: strawberry.ID | None = None
    ) -> list[TopicModelVersionType]:
        survey_pk = decode_id(survey_id, "Survey", field="surveyId") if survey_id else None
        found = await topics_store.model_versions(organization_id=info.context.organization_id, survey_id=survey_pk)
        return [TopicModelVersionType.of(summary) for summary in found]

    @strawberry.field(permission_classes=[CanRead], description="The organisation's own words for analysis.")
    async def vocabulary(self, info: Info[Context, Any]) -> VocabularyType:
        row = await vocabulary.get_vocabulary(organization_id=info.context.organization_id)
        return VocabularyType(stop_words=list(row.stop_words) if row else [],
                              product_terms=list(row.product_terms) if row else [])

    @strawberry.field(permission_classes=[CanRead], description=(
        "The newest topic fit of a scope that is queued or running (follow it with analysisJob(id)): the "
        "survey's own model with surveyId, the organisation-wide one without; null when none is."))
    @api_errors
    async def active_topic_fit(self, info: Info[Context, Any], survey_id: strawberry.ID | None = None
                               ) -> AnalysisJobType | None:
        survey = decode_id(survey_id, "Survey", field="surveyId") if survey_id is not None else None
        job = await service.active_fit(organization_id=info.context.organization_id, survey_id=survey)
        return AnalysisJobType.of(job) if job else None

    @strawberry.field(permission_classes=[CanRead])
    async def analysis_job(self, info: Info[Context, Any], id: strawberry.ID) -> AnalysisJobType | None:
        try:
            job = await service.get_job(organization_id=info.context.organization_id,
                                        job_id=decode_id(id, "AnalysisJob"))
        except NotFound:  # an id of no job of this organisation: null, as node(id) answers
            return None
        return AnalysisJobType.of(job)
