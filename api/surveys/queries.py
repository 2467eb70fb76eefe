"""Survey-domain queries: thin resolvers over the survey services."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

import strawberry
from strawberry.scalars import JSON
from strawberry.types import Info

import api.scalars  # noqa: F401  (registers the enums with Strawberry)
from api.context import Context
from api.errors import api_errors
from api.permissions import CanRead
from api.relay import Connection, after_id, newest_first_connection, page_size
from api.surveys.inputs import RespondentInput, ResponseFilterInput
from api.surveys.metrics_types import Metrics
from api.surveys.public import check_public_rate
from api.surveys.types import PublicSurvey, ResponseType, SurveyType, metrics_of, response_connection
from surveys import listing, service
from surveys.definitions import check_locale, default_definition, in_locale
from surveys.metrics import Interval
from surveys.models import SurveyKind, SurveyStatus


@strawberry.type
class SurveyQueries:
    @strawberry.field(description="Public: needs only the survey token. null when the survey is not active.")
    @api_errors
    async def survey_for_respondent(
        self, info: Info[Context, Any], token: str, respondent: RespondentInput | None = None,
        locale: Annotated[str | None, strawberry.argument(
            description="The respondent's language (zh-CN or en): the survey's default texts come in it; "
                        "texts its authors wrote stay as written. Default: the survey's own.")] = None,
    ) -> PublicSurvey | None:
        context = info.context
        await check_public_rate(context, token)
        if locale is not None:
            check_locale(locale)
        found = await service.survey_for_respondent(
            token=token, respondent=respondent.to_domain() if respondent else None, caller=context.caller()
        )
        if found is None:
            return None
        survey, show = found
        definition = in_locale(survey.definition, kind=survey.kind, locale=locale) if locale else survey.definition
        return PublicSurvey(token=survey.token, kind=survey.kind, locale=survey.locale,
                            questions=JSON(definition), should_display=show)

    @strawberry.field(permission_classes=[CanRead], description=(
        "The organisation's surveys, newest first. System surveys (purpose other than ORDINARY, e.g. the "
        "re-surveys of resolved cases) are left out unless includeSystem is true."))
    @api_errors
    async def surveys(
        self, info: Info[Context, Any], status: SurveyStatus | None = None, include_system: bool | None = False,
        first: int | None = None, after: str | None = None,
    ) -> Connection[SurveyType]:
        context = info.context
        page = await listing.list_surveys(
            organization_id=context.organization_id, status=status, first=page_size(first, context.settings),
            after_id=after_id(after), include_system=bool(include_system),
        )
        return newest_first_connection(page, SurveyType.of, after=after)

    @strawberry.field(permission_classes=[CanRead], description=(
        "The definition a new survey of this kind and language starts with (what createSurvey stores when "
        "given no question and no questions): main, followUps, questions, thankYou."))
    @api_errors
    async def default_survey_definition(self, kind: SurveyKind, locale: str) -> JSON:
        return JSON(default_definition(kind=kind, locale=check_locale(locale)))

    @strawberry.field(permission_classes=[CanRead])
    @api_errors
    async def responses(
        self, info: Info[Context, Any], survey_id: strawberry.ID | None = None,
        filter: ResponseFilterInput | None = None, first: int | None = None, after: str | None = None,
        from_: Annotated[datetime | None, strawberry.argument(
            name="from", description="Submitted at or after this time (ISO 8601 with an offset).")] = None,
        to: Annotated[datetime | None, strawberry.argument(
            description="Submitted before this time (ISO 8601 with an offset).")] = None,
    ) -> Connection[ResponseType]:
        return await response_connection(info.context, survey_id=survey_id, flt=filter, first=first, after=after,
                                         from_=from_, to=to)

    @strawberry.field(permission_classes=[CanRead])
    @api_errors
    async def metrics(
        self, info: Info[Context, Any], survey_id: strawberry.ID | None = None,
        from_: Annotated[datetime | None, strawberry.argument(name="from")] = None, to: datetime | None = None,
        interval: Interval | None = None, filter: ResponseFilterInput | None = None,
    ) -> Metrics:
        return await metrics_of(info.context, survey_pk=None, survey_id=survey_id, from_=from_, to=to,
                                interval=interval, flt=filter)
