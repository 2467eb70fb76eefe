"""Survey-domain mutations. Each returns a payload with the result or typed errors."""

from __future__ import annotations

from typing import Any

import strawberry
from strawberry.types import Info

import api.scalars  # noqa: F401  (registers the enums with Strawberry)
from api.context import Context
from api.errors import UserError
from api.ids import decode_id
from api.permissions import CanManageSurveys
from api.surveys.inputs import (
    CreateSurveyInput,
    RespondentInput,
    SubmitResponseInput,
    UpdateSurveyInput,
)
from api.surveys.types import (
    DisplayPayload,
    ResponseType,
    SubmitResponsePayload,
    SurveyPayload,
    SurveyType,
)
from core.errors import DomainError, RateLimited
from surveys import service
from surveys.models import Channel, SurveyStatus

MAX_TOKEN_LENGTH = 64


async def check_public_rate(context: Context, token: str) -> RateLimited | None:
    """Per survey, and per API key when one is sent (an integration), else per client IP."""
    limiter = context.limiter
    caller = ((limiter.limits.per_api_key, ("key", str(context.principal.api_key_id))) if context.principal
              else (limiter.limits.per_ip, ("ip", context.client_ip)))
    # An over-long token cannot be a survey's: don't let it create limiter keys.
    survey_key = token if len(token) <= MAX_TOKEN_LENGTH else "invalid"
    # In this order, in one round trip: a caller over its own limit is refused before it counts
    # against the survey's (a flood from one address must not use up a survey's budget).
    if await limiter.hit_in_order(caller, (limiter.limits.per_survey, ("survey", survey_key))):
        return None
    context.set_status(429)
    return RateLimited("too many requests: slow down and retry later")


async def _public(context: Context, token: str) -> UserError | None:
    refused = await check_public_rate(context, token)
    return UserError.of(refused) if refused else None


@strawberry.type
class SurveyMutations:
    @strawberry.mutation(permission_classes=[CanManageSurveys])
    async def create_survey(self, info: Info[Context, Any], input: CreateSurveyInput) -> SurveyPayload:
        context = info.context
        assert context.principal is not None
        try:
            survey = await service.create_survey(
                organization=context.principal.organization, name=input.name, kind=input.kind,
                locale=input.locale, changes=input.changes(),
            )
        except DomainError as exc:
            return SurveyPayload(errors=[UserError.of(exc)])
        return SurveyPayload(survey=SurveyType.of(survey))

    @strawberry.mutation(permission_classes=[CanManageSurveys])
    async def update_survey(
        self, info: Info[Context, Any], id: strawberry.ID, input: UpdateSurveyInput
    ) -> SurveyPayload:
        context = info.context
        assert context.principal is not None
        try:
            survey = await service.update_survey(
                organization=context.principal.organization, survey_id=decode_id(id, "Survey"),
                changes=input.changes(),
            )
        except DomainError as exc:
            return SurveyPayload(errors=[UserError.of(exc)])
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
        return await record_display(info.context, token=token, respondent=respondent, channel=channel)

    @strawberry.mutation(description="Public and idempotent by input.idempotencyKey.")
    async def submit_response(self, info: Info[Context, Any], input: SubmitResponseInput) -> SubmitResponsePayload:
        return await submit_response(info.context, input)


# The public mutations' work, shared by the resolvers and the prepared path for the widget's
# documents (api/surveys/prepared.py).

async def record_display(context: Context, *, token: str, respondent: RespondentInput | None = None,
                         channel: Channel | None = None) -> DisplayPayload:
    if refused := await _public(context, token):
        return DisplayPayload(errors=[refused])
    try:
        await service.record_display(
            token=token, respondent=respondent.to_domain() if respondent else None, caller=context.caller(),
            channel=channel or Channel.WIDGET,
        )
    except DomainError as exc:
        return DisplayPayload(errors=[UserError.of(exc)])
    return DisplayPayload(ok=True)


async def submit_response(context: Context, input: SubmitResponseInput) -> SubmitResponsePayload:
    if refused := await _public(context, input.token):
        return SubmitResponsePayload(errors=[refused])
    submission = service.Submission(
        token=input.token, idempotency_key=input.idempotency_key, score=input.score, comment=input.comment,
        answers=input.answers, completed=True if input.completed is None else input.completed,
        respondent=input.respondent.to_domain() if input.respondent else None, locale=input.locale,
        page_url=input.page_url, channel=input.channel or Channel.WIDGET, honeypot=input.honeypot,
    )
    try:
        response = await service.submit_response(submission=submission, caller=context.caller())
    except DomainError as exc:
        return SubmitResponsePayload(errors=[UserError.of(exc)])
    return SubmitResponsePayload(response=ResponseType.of(response))


async def _transition(context: Context, global_id: str, to: SurveyStatus) -> SurveyPayload:
    assert context.principal is not None
    try:
        survey = await service.transition_survey(
            organization=context.principal.organization, survey_id=decode_id(global_id, "Survey"), to=to
        )
    except DomainError as exc:
        return SurveyPayload(errors=[UserError.of(exc)])
    return SurveyPayload(survey=SurveyType.of(survey))

