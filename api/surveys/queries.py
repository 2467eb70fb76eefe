"""Survey-domain queries: thin resolvers over the survey services."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

import strawberry
from strawberry.scalars import JSON
from strawberry.types import Info

import api.scalars  # noqa: F401  (registers the enums with Strawberry)
from api.context import Context
from api.errors import api_error
from api.ids import decode_cursor, encode_cursor
from api.permissions import CanRead
from api.relay import Connection, after_id, connection, newest_first_connection, page_size
from api.surveys.inputs import RespondentInput, ResponseFilterInput, response_filter
from api.surveys.types import Metrics, PublicSurvey, ResponseType, SurveyType
from core.errors import DomainError, ValidationFailed
from surveys import listing, service
from surveys.definitions import check_locale, in_locale
from surveys.filters import ResponseFilter
from surveys.metrics import Interval, compute_metrics
from surveys.models import SurveyStatus


async def resolve_metrics(
    info: Info[Context, Any], *, survey_pk: int | None, from_: datetime | None, to: datetime | None,
    interval: Interval | None, flt: ResponseFilterInput | None, survey_id: str | None = None,
) -> Metrics:
    context = info.context
    assert context.principal is not None
    try:
        _check_window(from_, to)
        domain_filter = await response_filter(flt, organization_id=context.organization_id, survey_id=survey_id,
                                              survey_pk=survey_pk, since=from_, until=to)
        result = await compute_metrics(
            organization_id=context.organization_id, timezone=context.principal.organization.timezone,
            flt=domain_filter, interval=interval,
        )
    except DomainError as exc:
        raise api_error(exc) from exc
    return Metrics.of(result)


async def resolve_responses(
    info: Info[Context, Any], *, survey_pk: int | None, flt: ResponseFilterInput | None, first: int | None,
    after: str | None, survey_id: str | None = None,
) -> Connection[ResponseType]:
    context = info.context
    try:
        size = page_size(first, context.settings)
        domain_filter: ResponseFilter = await response_filter(
            flt, organization_id=context.organization_id, survey_id=survey_id, survey_pk=survey_pk
        )
        page = await listing.list_responses(
            organization_id=context.organization_id, flt=domain_filter, first=size, after=_response_cursor(after)
        )
    except DomainError as exc:
        raise api_error(exc) from exc
    return connection(
        [(encode_cursor(r.submitted_at.isoformat(), r.id), ResponseType.of(r)) for r in page.items],
        has_next=page.has_next, has_previous=after is not None, total=page.total,
    )


def _response_cursor(after: str | None) -> tuple[datetime, int] | None:
    if after is None:
        return None
    try:
        stamp, pk = decode_cursor(after, 2)
        return datetime.fromisoformat(stamp), int(pk)
    except ValueError as exc:
        raise ValidationFailed("after is not a cursor of this list", field="after") from exc


def _check_window(from_: datetime | None, to: datetime | None) -> None:
    for name, value in (("from", from_), ("to", to)):
        if value is not None and value.tzinfo is None:
            raise ValidationFailed(f"{name} needs a time zone offset (ISO-8601)", field=name)
    if from_ and to and from_ >= to:
        raise ValidationFailed("from must be before to", field="from")


@strawberry.type
class SurveyQueries:
    @strawberry.field(description="Public: needs only the survey token. null when the survey is not active.")
    async def survey_for_respondent(
        self, info: Info[Context, Any], token: str, respondent: RespondentInput | None = None,
        locale: Annotated[str | None, strawberry.argument(
            description="The respondent's language (zh-CN or en): the survey's default texts come in it; "
                        "texts its authors wrote stay as written. Default: the survey's own.")] = None,
    ) -> PublicSurvey | None:
        context = info.context
        from api.surveys.mutations import check_public_rate

        if refused := await check_public_rate(context, token):
            raise api_error(refused)
        try:
            if locale is not None:
                check_locale(locale)
            found = await service.survey_for_respondent(
                token=token, respondent=respondent.to_domain() if respondent else None, caller=context.caller()
            )
        except DomainError as exc:
            raise api_error(exc) from exc
        if found is None:
            return None
        survey, show = found
        definition = in_locale(survey.definition, kind=survey.kind, locale=locale) if locale else survey.definition
        return PublicSurvey(token=survey.token, kind=survey.kind, locale=survey.locale,
                            questions=JSON(definition), should_display=show)

    @strawberry.field(permission_classes=[CanRead], description=(
        "The organisation's surveys, newest first. System surveys (purpose other than ORDINARY, e.g. the "
        "re-surveys of resolved cases) are left out unless includeSystem is true."))
    async def surveys(
        self, info: Info[Context, Any], status: SurveyStatus | None = None, include_system: bool | None = False,
        first: int | None = None, after: str | None = None,
    ) -> Connection[SurveyType]:
        context = info.context
        try:
            size, after_pk = page_size(first, context.settings), after_id(after)
        except DomainError as exc:
            raise api_error(exc) from exc
        page = await listing.list_surveys(
            organization_id=context.organization_id, status=status, first=size, after_id=after_pk,
            include_system=bool(include_system),
        )
        return newest_first_connection(page, SurveyType.of, after=after)

    @strawberry.field(permission_classes=[CanRead])
    async def responses(
        self, info: Info[Context, Any], survey_id: strawberry.ID | None = None,
        filter: ResponseFilterInput | None = None, first: int | None = None, after: str | None = None,
    ) -> Connection[ResponseType]:
        return await resolve_responses(info, survey_pk=None, survey_id=survey_id, flt=filter, first=first,
                                       after=after)

    @strawberry.field(permission_classes=[CanRead])
    async def metrics(
        self, info: Info[Context, Any], survey_id: strawberry.ID | None = None,
        from_: Annotated[datetime | None, strawberry.argument(name="from")] = None, to: datetime | None = None,
        interval: Interval | None = None, filter: ResponseFilterInput | None = None,
    ) -> Metrics:
        return await resolve_metrics(info, survey_pk=None, survey_id=survey_id, from_=from_, to=to,
                                     interval=interval, flt=filter)


