"""Survey, response, respondent and metrics types. Resolvers call one service function each."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import TYPE_CHECKING, Annotated, Any, ClassVar

import strawberry
from strawberry.scalars import JSON
from strawberry.types import Info

import api.scalars  # noqa: F401  (registers the enums with Strawberry)
from accounts import segments as account_segments
from accounts.segments import AccountDimension
from api.context import Context
from api.errors import UserError, api_errors
from api.ids import decode_cursor, encode_cursor, encode_id
from api.permissions import CanRead
from api.relay import Connection, Node, connection, node_by_id, page_size
from api.surveys.inputs import ResponseFilterInput, response_filter
from core.errors import ValidationFailed
from surveys import listing, models, segments, touchpoints
from surveys import metrics as domain_metrics
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


@strawberry.type(description="Net Promoter Score of the answers with an NPS category (0-10 scale).")
class Nps:
    score: float = strawberry.field(description="Percentage of promoters minus percentage of detractors: -100..100.")
    promoters: int = strawberry.field(description="Answers scoring 9 or 10.")
    passives: int = strawberry.field(description="Answers scoring 7 or 8.")
    detractors: int = strawberry.field(description="Answers scoring 0 to 6.")
    margin_of_error: float = strawberry.field(
        description=("Half-width of the 95 % confidence interval of score, in NPS points (same -100..100 scale). "
                     "Small samples get a small-sample correction (one pseudo-answer per category in the variance), "
                     "so few answers give a wide margin, never 0; it can exceed the scale (one answer: about 163)."))


@strawberry.type(description="Customer satisfaction of the CSAT surveys' scored answers (1-5 scale).")
class Csat:
    score: float = strawberry.field(
        description="Percentage of satisfied answers (4 or 5 on the 1-5 scale) among scored ones: 0..100.")
    satisfied: int = strawberry.field(description="Answers scoring 4 or 5.")
    responses: int = strawberry.field(description="Scored answers to CSAT surveys.")


@strawberry.type(description="Customer effort of the CES surveys' scored answers (1-7 scale).")
class Ces:
    average: float = strawberry.field(description="Mean answer: 1..7 (higher is more effort).")
    responses: int = strawberry.field(description="Scored answers to CES surveys.")


@strawberry.type(description="One bucket of a metrics series, in the organisation's time zone.")
class MetricsPoint:
    bucket_start: datetime = strawberry.field(description="Local midnight starting the day, week (Monday) or month.")
    responses: int = strawberry.field(description="Answers submitted in the bucket (every channel).")
    nps: float | None = strawberry.field(description="NPS of the bucket's answers, -100..100; null without any.")
    csat: float | None = strawberry.field(
        description="Percentage of satisfied CSAT answers in the bucket, 0..100; null without any.")
    ces: float | None = strawberry.field(description="Mean CES answer in the bucket, 1..7; null without any.")
    nps_margin_of_error: float | None = strawberry.field(description=(
        "Half-width of the 95 % confidence interval of the bucket's NPS, in NPS points, as Nps.marginOfError "
        "(small samples corrected, never 0); null without NPS answers."))
    promoters: int = strawberry.field(description="The bucket's answers scoring 9 or 10.")
    passives: int = strawberry.field(description="The bucket's answers scoring 7 or 8.")
    detractors: int = strawberry.field(description="The bucket's answers scoring 0 to 6.")
    partial: bool = strawberry.field(description=(
        "True when the bucket covers less than its whole interval: it ends after now or after the window's "
        "`to` (the last bucket, still filling or cut off), or starts before the window's `from` (the first). "
        "Its counts are not comparable with a whole bucket's."))


@strawberry.type(description=(
    "Figures over the answers that match the survey, window and filter; without a survey, over the "
    "organisation's own surveys (system surveys such as the case re-survey are left out: ask for one by id). "
    "Units across the API: rates and shares are fractions 0..1; NPS is -100..100, CSAT the percentage "
    "satisfied 0..100, CES the mean 1..7."))
class Metrics:
    responses: int = strawberry.field(description="Answers (complete and partial) from every channel, imports "
                                                  "and API included.")
    displays: int = strawberry.field(description=(
        "Times a survey was shown (recordDisplay) in the survey, channel and window asked for; other filters "
        "do not apply to displays."))
    response_rate: float | None = strawberry.field(description=(
        "Fraction 0..1: answers through the channels that record displays (WIDGET, LINK, EMAIL) divided by "
        "displays through those channels, same surveys and window. Imported and API answers count in "
        "responses, not here. null without such displays, or when the filter selects answers by what a "
        "display does not have (npsCategory, minScore, maxScore, hasComment, completed, attributes, topicId, "
        "search, sentiment)."))
    nps: Nps | None = strawberry.field(description="null without NPS answers.")
    csat: Csat | None = strawberry.field(description="null without scored CSAT answers.")
    ces: Ces | None = strawberry.field(description="null without scored CES answers.")
    series: list[MetricsPoint] = strawberry.field(
        description="One point per bucket of `interval`, from the window's start (or the first answer) to its end "
                    "(or the last answer); empty without an interval.")
    _organization_id: strawberry.Private[int]
    _filter: strawberry.Private[ResponseFilter]

    @strawberry.field(description=(
        "The segment attributes the matching answers carry (the respondent's attributes when they answered: "
        "plan, city ...), most answers first."))
    @api_errors
    async def attributes(self, first: Annotated[int, strawberry.argument(
            description=f"At most {segments.MAX_ATTRIBUTES}.")] = 20) -> list[AttributeCount]:
        found = await segments.attribute_names(organization_id=self._organization_id, flt=self._filter, limit=first)
        return [AttributeCount(name=a.name, responses=a.responses) for a in found]

    @strawberry.field(description=(
        "NPS per value of one segment attribute among the matching answers, most answers first; answers "
        "without the attribute are in none. A segment's answers are those of the filter "
        "`attributes: {<attribute>: <value>}`."))
    @api_errors
    async def segments(self, attribute: str, first: Annotated[int, strawberry.argument(
            description=f"At most {segments.MAX_SEGMENTS}.")] = 10) -> list[Segment]:
        found = await segments.segments(organization_id=self._organization_id, flt=self._filter,
                                        attribute=attribute, limit=first)
        return [Segment(value=g.value, responses=g.responses, nps=Nps(**vars(g.nps)) if g.nps else None)
                for g in found]

    @strawberry.field(description=(
        "NPS, CSAT and CES per touchpoint (Survey.touchpoint: the customer-journey moment) of the matching "
        "answers' surveys, side by side with their margins, most answers first."))
    @api_errors
    async def touchpoints(self, first: Annotated[int, strawberry.argument(
            description=f"At most {touchpoints.MAX_TOUCHPOINTS}.")] = 10) -> list[TouchpointFigures]:
        found = await touchpoints.touchpoint_figures(organization_id=self._organization_id, flt=self._filter,
                                                     limit=first)
        return [TouchpointFigures(touchpoint=f.touchpoint, responses=f.responses,
                                  nps=Nps(**vars(f.nps)) if f.nps else None,
                                  csat=Csat(**vars(f.csat)) if f.csat else None,
                                  ces=Ces(**vars(f.ces)) if f.ces else None) for f in found]

    @strawberry.field(description=(
        "NPS, CSAT and CES per account plan, industry or health band (the account as it is now) of the matching "
        "answers of respondents with an account, side by side with their margins, most answers first (by BAND: in "
        "band order, HEALTHY to CRITICAL, accounts not scored yet last); answers without an account are in none."))
    @api_errors
    async def account_segments(self, by: AccountDimension, first: Annotated[int, strawberry.argument(
            description=f"At most {account_segments.MAX_ACCOUNT_SEGMENTS}.")] = 10) -> list[AccountSegmentFigures]:
        found = await account_segments.account_segment_figures(organization_id=self._organization_id,
                                                               flt=self._filter, by=by, limit=first)
        return [AccountSegmentFigures(value=f.value, responses=f.responses,
                                      nps=Nps(**vars(f.nps)) if f.nps else None,
                                      csat=Csat(**vars(f.csat)) if f.csat else None,
                                      ces=Ces(**vars(f.ces)) if f.ces else None) for f in found]

    @classmethod
    def of(cls, m: domain_metrics.Metrics, *, organization_id: int, flt: ResponseFilter) -> Metrics:
        return cls(
            responses=m.responses,
            displays=m.displays,
            response_rate=m.response_rate,
            nps=Nps(**vars(m.nps)) if m.nps else None,
            csat=Csat(**vars(m.csat)) if m.csat else None,
            ces=Ces(**vars(m.ces)) if m.ces else None,
            series=[MetricsPoint(**vars(p)) for p in m.series],
            _organization_id=organization_id,
            _filter=flt,
        )


@strawberry.type(description="A segment attribute and how many of the matching answers carry it.")
class AttributeCount:
    name: str
    responses: int


@strawberry.type(description="The matching answers whose segment attribute has one value.")
class Segment:
    value: str = strawberry.field(description="As the attributes filter compares it: text, `true`/`false`, `3`.")
    responses: int
    nps: Nps | None = strawberry.field(description="null without NPS answers.")


@strawberry.type(description="The figures of the matching answers of the surveys at one touchpoint.")
class TouchpointFigures:
    touchpoint: str | None = strawberry.field(description="As set on the surveys; null: surveys without one.")
    responses: int
    nps: Nps | None = strawberry.field(description="null without NPS answers.")
    csat: Csat | None = strawberry.field(description="null without scored CSAT answers.")
    ces: Ces | None = strawberry.field(description="null without scored CES answers.")


@strawberry.type(description="The figures of the matching answers of accounts with one plan, industry or band.")
class AccountSegmentFigures:
    value: str | None = strawberry.field(description=(
        "The attribute as text (as filters compare it) or the band's name; null: accounts without the attribute "
        "(or not scored yet)."))
    responses: int
    nps: Nps | None = strawberry.field(description="null without NPS answers.")
    csat: Csat | None = strawberry.field(description="null without scored CSAT answers.")
    ces: Ces | None = strawberry.field(description="null without scored CES answers.")


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
