"""Survey-domain mutations. Each returns a payload with the result or typed errors."""

from __future__ import annotations

from typing import Any

import strawberry
from strawberry.types import Info

import api.scalars  # noqa: F401  (registers the enums with Strawberry)
from api.context import Context
from api.errors import payload_errors
from api.ids import decode_id
from api.permissions import CanManageSurveys
from api.surveys import public
from api.surveys.inputs import (
    CreateSurveyInput,
    RespondentInput,
    SubmitResponseInput,
    UpdateSurveyInput,
)
from api.surveys.types import (
    DisplayPayload,
    SubmitResponsePayload,
    SurveyPayload,
    SurveyType,
)
from surveys import service
from surveys.models import Channel, SurveyStatus


@strawberry.type
class SurveyMutations:
    @strawberry.mutation(permission_classes=[CanManageSurveys])
    @payload_errors
    async def create_survey(self, info: Info[Context, Any], input: CreateSurveyInput) -> SurveyPayload:
        survey = await service.create_survey(organization=info.context.organization, name=input.name,
                                             kind=input.kind, locale=input.locale, changes=input.changes())
        return SurveyPayload(survey=SurveyType.of(survey))

    @strawberry.mutation(permission_classes=[CanManageSurveys])
    @payload_errors
    async def update_survey(
        self, info: Info[Context, Any], id: strawberry.ID, input: UpdateSurveyInput
    ) -> SurveyPayload:
        survey = await service.update_survey(organization=info.context.organization,
                                             survey_id=decode_id(id, "Survey"), changes=input.changes())
        return SurveyPayload(survey=SurveyType.of(survey))

    @strawberry.mutation(permission_classes=[CanManageSurveys])
    async def publish_survey(self, info: Info[Context, Any], id: strawberry.ID) -> SurveyPayload:
        return await _transition(info.context, id, SurveyStatus.ACTIVE)

    @strawberry.mutation(permission_classes=[CanManageSurveys])
    async def pause_survey(self, info: Info[Context, Any], id: strawberry.ID) -> SurveyPayload:
        return await _transition(info.context, id, SurveyStatus.PAUSED)

    @strawberry.mutation(permission_classes=[CanManageSurveys])
    async def archive_survey(self, info: Info[Context, Any], id: strawberry.ID) -> SurveyPayload:
        return await _transition(info.context, id, SurveyStatus.ARCHIVED)

    @strawberry.mutation(description="Public: records that the survey was shown to a respondent.")
    async def record_display(
        self, info: Info[Context, Any], token: str, respondent: RespondentInput | None = None,
        channel: Channel | None = None,
    ) -> DisplayPayload:
        return await public.record_display(info.context, token=token, respondent=respondent, channel=channel)

    @strawberry.mutation(description="Public and idempotent by input.idempotencyKey.")
    async def submit_response(self, info: Info[Context, Any], input: SubmitResponseInput) -> SubmitResponsePayload:
        return await public.submit_response(info.context, input)


@payload_errors
async def _transition(context: Context, global_id: str, to: SurveyStatus) -> SurveyPayload:
    survey = await service.transition_survey(organization=context.organization,
                                             survey_id=decode_id(global_id, "Survey"), to=to)
    return SurveyPayload(survey=SurveyType.of(survey))
