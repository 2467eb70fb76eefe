"""The figures' types: Metrics (NPS, CSAT, CES, displays, response rate, the series) and its
breakdowns by segment attribute, touchpoint and account. Resolvers call one service function each."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import strawberry

import api.scalars  # noqa: F401  (registers the enums with Strawberry)
from accounts import segments as account_segments
from accounts.segments import AccountDimension
from api.errors import api_errors
from surveys import metrics as domain_metrics
from surveys import segments, touchpoints
from surveys.filters import ResponseFilter


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
    rate_responses: int | None = strawberry.field(description=(
        "responseRate's numerator: answers through WIDGET, LINK and EMAIL; null where the filter selects answers "
        "by what a display does not have."))
    rate_displays: int | None = strawberry.field(description="responseRate's denominator; null as rateResponses.")
    nps: Nps | None = strawberry.field(description="null without NPS answers.")
    csat: Csat | None = strawberry.field(description="null without scored CSAT answers.")
    ces: Ces | None = strawberry.field(description="null without scored CES answers.")
    series: list[MetricsPoint] = strawberry.field(
        description="One point per bucket of `interval`, from the window's start (or the first answer) to its end "
                    "(or the last answer); empty without an interval.")
    _organization_id: strawberry.Private[int]
    _filter: strawberry.Private[ResponseFilter]

    @strawberry.field(description=(
        "Matching answers to system surveys (the case re-survey), which figures asked for without a survey leave "
        "out: responses plus this is what Query.responses counts for the same window and filter. 0 with a survey."))
    @api_errors
    async def system_responses(self) -> int:
        return await domain_metrics.system_responses(organization_id=self._organization_id, flt=self._filter)

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
            rate_responses=m.rate_responses,
            rate_displays=m.rate_displays,
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
