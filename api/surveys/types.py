"""Survey, response and respondent types (the figures' types: metrics_types.py). Resolvers call one service
function each."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import TYPE_CHECKING, Annotated, Any, ClassVar

import strawberry
from strawberry.scalars import JSON
from strawberry.types import Info

import api.scalars  # noqa: F401  (registers the enums with Strawberry)
from api.context import Context
from api.errors import UserError, api_errors
from api.ids import decode_cursor, encode_cursor, encode_id
from api.permissions import CanRead
from api.relay import Connection, Node, connection, node_by_id, page_size
from api.surveys.inputs import ResponseFilterInput, response_filter
from api.surveys.metrics_types import Metrics
from core.errors import ValidationFailed
from surveys import listing, models
from surveys.filters import ResponseFilter
from surveys.metrics import Interval, compute_metrics
from surveys.models import Channel, NpsCategory, SurveyKind, SurveyPurpose, SurveyStatus

if TYPE_CHECKING:
    from accounts.models import Account
    from actions.models import Case
    from analysis.models import CommentAnalysis
    from api.accounts.types import AccountType
    from api.actions.types.cases import CaseType
    from api.analysis.types import CommentAnalysisType


@strawberry.type(name="Survey")
class SurveyType(Node):
    name: str
    kind: SurveyKind
    purpose: SurveyPurpose = strawberry.field(
        description="ORDINARY for the organisation's own surveys; any other value is a system survey, listed by "
                    "`surveys` only with includeSystem.")
    status: SurveyStatus
    token: str = strawberry.field(description="Public token used by the widget and the hosted page.")
    locale: str
    questions: JSON = strawberry.field(description="The whole definition: main, followUps, questions, thankYou.")
    # Distribution settings are the organisation's business, not a respondent's (a public
    # submitResponse returns the survey too).
    allowed_origins: list[str] = strawberry.field(permission_classes=[CanRead])
    sample_rate: float = strawberry.field(permission_classes=[CanRead])
    recontact_days: int = strawberry.field(permission_classes=[CanRead])
    display_limit: int | None = strawberry.field(permission_classes=[CanRead])
    touchpoint: str | None = strawberry.field(permission_classes=[CanRead], description=(
        "The moment of the customer journey it asks about (onboarding, usage, support, renewal, or the "
        "organisation's own word); null when not set."))
    created_at: datetime
    published_at: datetime | None
    _model: strawberry.Private[models.Survey]

    @classmethod
    def of(cls, s: models.Survey) -> SurveyType:
        return cls(
            id=strawberry.ID(encode_id("Survey", s.id)), name=s.name, kind=s.kind, purpose=s.purpose, status=s.status,
            token=s.token, locale=s.locale, questions=JSON(s.definition), allowed_origins=list(s.allowed_origins),
            sample_rate=s.sample_rate, recontact_days=s.recontact_days, display_limit=s.display_limit,
            touchpoint=s.touchpoint, created_at=s.created_at, published_at=s.published_at, _model=s,
        )

    @strawberry.field(permission_classes=[CanRead])
    @api_errors
    async def metrics(
        self, info: Info[Context, Any], from_: Annotated[datetime | None, strawberry.argument(name="from")] = None,
        to: datetime | None = None, interval: Interval | None = None,
    ) -> Metrics:
        if from_ is None and to is None and interval is None:
            # A list of surveys asks this of every row: the page's surveys are read together.
            found = await info.context.loaders.survey_figures.load((self._model.organization_id, self._model.id))
            return Metrics.of(found, organization_id=self._model.organization_id,
                              flt=ResponseFilter(survey_id=self._model.id))
        return await metrics_of(info.context, survey_pk=self._model.id, from_=from_, to=to, interval=interval,
                                flt=None)

    @strawberry.field(permission_classes=[CanRead])
    @api_errors
    async def responses(
        self, info: Info[Context, Any], first: int | None = None, after: str | None = None
    ) -> Connection[ResponseType]:
        return await response_connection(info.context, survey_pk=self._model.id, first=first, after=after)


@strawberry.type(name="Respondent")
class RespondentType(Node):
    external_id: str | None
    verified: bool
    attributes: JSON | None

    _model: strawberry.Private[models.Respondent]
    # Respondent.account is the accounts room's type, and that room is above this one: it sets its
    # constructor here when imported (as ResponseType.analysis_type).
    account_type: ClassVar[Callable[[Account], AccountType]]

    @classmethod
    def of(cls, r: models.Respondent) -> RespondentType:
        return cls(id=strawberry.ID(encode_id("Respondent", r.id)), external_id=r.external_id,
                   verified=r.verified, attributes=JSON(r.attributes), _model=r)

    @strawberry.field(permission_classes=[CanRead],
                      description="The respondent's answers, newest first (first: 1..50, default 10).")
    @api_errors
    async def responses(self, info: Info[Context, Any], first: int = 10) -> list[ResponseType]:
        if not 1 <= first <= 50:
            raise ValidationFailed("first must be 1..50", field="first")
        found = await listing.responses_of_respondent(
            organization_id=self._model.organization_id, respondent_id=self._model.id, first=first)
        return [ResponseType.of(r) for r in found]

    @strawberry.field(permission_classes=[CanRead], description=(
        "The account (company) the respondent belongs to; null when none is named, or when the named external id "
        "has no account (yet: it appears once the account is upserted)."))
    async def account(
        self, info: Info[Context, Any]
    ) -> Annotated[AccountType, strawberry.lazy("api.accounts.types")] | None:
        named = self._model.account_external_id
        if named is None:
            return None
        found = await info.context.loaders.account_by_external_id.load((self._model.organization_id, named))
        return RespondentType.account_type(found) if found else None


@strawberry.type(name="Response")
class ResponseType(Node):
    score: int | None
    nps_category: NpsCategory | None
    comment: str | None
    answers: JSON | None
    completed: bool
    channel: Channel
    locale: str | None
    page_url: str | None
    # The respondent's stored, merged attributes: the organisation's data, not the submitter's echo.
    attributes: JSON | None = strawberry.field(description="Respondent attributes when they answered.",
                                               permission_classes=[CanRead])
    submitted_at: datetime
    _model: strawberry.Private[models.Response]
    # Response.analysis is the analysis room's type, and that room reads responses (Topic.responses): it
    # sets its constructor here when imported (api/schema.py imports every room), so that the rooms
    # import each other one way, surveys before analysis, as the domains do.
    analysis_type: ClassVar[Callable[[CommentAnalysis], CommentAnalysisType]]
    # Response.case likewise: the loop's room (api/actions/types/cases.py) sets it.
    case_type: ClassVar[Callable[[Case], CaseType]]

    @classmethod
    def of(cls, r: models.Response) -> ResponseType:
        return cls(
            id=strawberry.ID(encode_id("Response", r.id)), score=r.score, nps_category=r.nps_category,
            comment=r.comment, answers=JSON(r.answers) if r.answers else None, completed=r.completed,
            channel=r.channel, locale=r.locale, page_url=r.page_url,
            attributes=JSON(r.attributes) if r.attributes else None, submitted_at=r.submitted_at, _model=r,
        )

    @strawberry.field
    async def survey(self, info: Info[Context, Any]) -> SurveyType:
        found = await info.context.loaders.survey_by_id.find(self._model.organization_id, self._model.survey_id)
        assert found is not None, "a response's survey is of its organisation"
        return SurveyType.of(found)

    @strawberry.field(permission_classes=[CanRead], description="null until the comment is analysed.")
    async def analysis(
        self, info: Info[Context, Any]
    ) -> Annotated[CommentAnalysisType, strawberry.lazy("api.analysis.types")] | None:
        if not self._model.comment:
            return None
        row = await info.context.loaders.analysis_by_response.load((self._model.organization_id, self._model.id))
        return ResponseType.analysis_type(row) if row else None

    @strawberry.field(permission_classes=[CanRead])
    async def respondent(self, info: Info[Context, Any]) -> RespondentType | None:
        found = await info.context.loaders.respondent_by_id.find(self._model.organization_id, self._model.respondent_id)
        return RespondentType.of(found) if found else None

    @strawberry.field(permission_classes=[CanRead], description=(
        "The follow-up case opened from this response (the newest, should there be several); null when none was."))
    async def case(
        self, info: Info[Context, Any]
    ) -> Annotated[CaseType, strawberry.lazy("api.actions.types.cases")] | None:
        found = await info.context.loaders.case_by_response.load((self._model.organization_id, self._model.id))
        return ResponseType.case_type(found) if found else None


@strawberry.type
class PublicSurvey:
    token: str
    kind: SurveyKind
    locale: str
    questions: JSON
    should_display: bool


@strawberry.type
class SurveyPayload:
    survey: SurveyType | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class SubmitResponsePayload:
    response: ResponseType | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class DisplayPayload:
    ok: bool = False
    errors: list[UserError] = strawberry.field(default_factory=list)


# --- reads shared by the Query fields and the types' own fields -----------------------------------


async def metrics_of(
    context: Context, *, survey_pk: int | None, from_: datetime | None, to: datetime | None,
    interval: Interval | None, flt: ResponseFilterInput | None, survey_id: str | None = None,
) -> Metrics:
    """The figures of the answers that match (Query.metrics, Survey.metrics)."""
    _check_window(from_, to)
    domain_filter = await response_filter(flt, organization_id=context.organization_id, survey_id=survey_id,
                                          survey_pk=survey_pk, since=from_, until=to)
    result = await compute_metrics(organization_id=context.organization_id, timezone=context.organization.timezone,
                                   flt=domain_filter, interval=interval)
    return Metrics.of(result, organization_id=context.organization_id, flt=domain_filter)


async def response_connection(
    context: Context, *, first: int | None, after: str | None, flt: ResponseFilterInput | None = None,
    survey_pk: int | None = None, survey_id: str | None = None, matching: ResponseFilter | None = None,
    from_: datetime | None = None, to: datetime | None = None,
    page_within: Callable[[int, tuple[datetime, int] | None], Awaitable[list[tuple[datetime, datetime]] | None]]
    | None = None,
) -> Connection[ResponseType]:
    """The responses that match `flt` (or the domain filter `matching`) and were submitted in the window,
    newest first: Query.responses and the responses of a survey, a topic, an action. The cursor is
    (submitted time, id). `page_within(size, cursor)`: listing.list_responses' page_within."""
    size = page_size(first, context.settings)
    if matching is None:
        _check_window(from_, to)
        matching = await response_filter(flt, organization_id=context.organization_id, survey_id=survey_id,
                                         survey_pk=survey_pk, since=from_, until=to)
    organization_id = context.organization_id
    cursor = _response_cursor(after)
    page = await listing.list_responses(organization_id=organization_id, flt=matching, first=size, after=cursor,
                                        page_within=await page_within(size, cursor) if page_within else None)
    return connection(
        [(encode_cursor(r.submitted_at.isoformat(), r.id), ResponseType.of(r)) for r in page.items],
        has_next=page.has_next, has_previous=after is not None,
        total=lambda: listing.count_responses(organization_id=organization_id, flt=matching),
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


node_by_id("Survey", lambda loaders: loaders.survey_by_id, SurveyType.of)
node_by_id("Response", lambda loaders: loaders.response_by_id, ResponseType.of)
node_by_id("Respondent", lambda loaders: loaders.respondent_by_id, RespondentType.of)
