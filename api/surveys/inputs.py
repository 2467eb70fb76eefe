"""Input types of the survey domain and their translation to domain values."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import strawberry
from strawberry.scalars import JSON

import api.scalars  # noqa: F401  (registers the enums with Strawberry)
from accounts.health_listing import band_clause
from accounts.health_model import HealthBand
from accounts.segments import AccountDimension, attribute_clause
from analysis import filters as analysis_filters
from analysis.filters import Sentiment
from api.ids import decode_id
from surveys.filters import ResponseFilter, check_attribute_filter, check_search
from surveys.models import Channel, NpsCategory, SurveyKind
from surveys.respondents import RespondentData
from surveys.service import SurveyChanges


@strawberry.input
class RespondentInput:
    external_id: str | None = None
    attributes: JSON | None = strawberry.field(default=None, description='e.g. {"plan": "pro", "region": "华东"}')
    token: str | None = strawberry.field(
        default=None, description="Identity JWT (HS256, signed with the organisation's identity secret); its "
        "optional `account` claim names the respondent's account (`account`, when also given, must agree)."
    )
    account: str | None = strawberry.field(default=None, description=(
        "The external id of the respondent's account (company), 1-256 characters. Stored even when no account "
        "has it yet (accounts may be imported later); left out, a stored one stays."))

    def to_domain(self) -> RespondentData:
        attributes: Any = self.attributes  # checked by the domain: must be an object
        return RespondentData(external_id=self.external_id, attributes=attributes or {}, token=self.token,
                              account=self.account)


@strawberry.input
class SubmitResponseInput:
    token: str
    idempotency_key: str = strawberry.field(description="Same key and payload: the same response, never a second row.")
    score: int | None = None
    comment: str | None = None
    answers: JSON | None = None
    completed: bool | None = strawberry.field(default=None, description="false for a partial (score first).")
    respondent: RespondentInput | None = None
    locale: str | None = None
    page_url: str | None = None
    channel: Channel | None = None
    honeypot: str | None = strawberry.field(
        default=None, description="Leave empty: the widget's hidden form field, which only bots fill in. With a "
        "value the call is checked and answered as usual, but nothing is stored.")
    hidden_fields: JSON | None = strawberry.field(default=None, description=(
        'The survey\'s hidden fields, e.g. {"orderId": "A-1001"}: filled in by the hosted link\'s query or '
        "VocWidget.init({hidden}); only keys the definition declares (hiddenFields), text values. Stored with "
        "the response's attributes, and read by the logic's conditions."))


@strawberry.input
class CreateSurveyInput:
    name: str
    kind: SurveyKind
    locale: str | None = strawberry.field(default=None, description="zh-CN (default) or en.")
    question: str | None = strawberry.field(default=None, description="The main question; a default per kind.")
    questions: JSON | None = strawberry.field(
        default=None, description="Further questions (a list), or {questions, followUps, thankYou, hiddenFields}; "
        "a question may carry logic (README: survey logic)."
    )
    allowed_origins: list[str] | None = strawberry.field(default=None, description="Empty: any origin.")
    sample_rate: float | None = None
    recontact_days: int | None = None
    display_limit: int | None = None
    touchpoint: str | None = strawberry.field(default=None, description=(
        "The moment of the customer journey it asks about: onboarding, usage, support, renewal, or the "
        "organisation's own word (1-64 characters)."))

    def changes(self) -> SurveyChanges:
        return SurveyChanges(question=self.question, questions=self.questions, allowed_origins=self.allowed_origins,
                             sample_rate=self.sample_rate, recontact_days=self.recontact_days,
                             display_limit=self.display_limit, touchpoint=self.touchpoint)


@strawberry.input
class UpdateSurveyInput:
    name: str | None = None
    question: str | None = None
    questions: JSON | None = None
    allowed_origins: list[str] | None = None
    sample_rate: float | None = None
    recontact_days: int | None = None
    display_limit: int | None = None
    touchpoint: str | None = strawberry.field(default=None, description=(
        "The moment of the customer journey it asks about: onboarding, usage, support, renewal, or the "
        "organisation's own word (1-64 characters); an empty string clears it."))

    def changes(self) -> SurveyChanges:
        return SurveyChanges(name=self.name, question=self.question, questions=self.questions,
                             allowed_origins=self.allowed_origins, sample_rate=self.sample_rate,
                             recontact_days=self.recontact_days, display_limit=self.display_limit,
                             touchpoint=self.touchpoint)


@strawberry.input(name="ResponseFilter")
class ResponseFilterInput:
    nps_category: NpsCategory | None = None
    channel: Channel | None = None
    min_score: int | None = None
    max_score: int | None = None
    has_comment: bool | None = None
    completed: bool | None = None
    topic_id: strawberry.ID | None = None
    attributes: JSON | None = strawberry.field(default=None, description='Segment, e.g. {"plan": "pro"}.')
    search: str | None = None
    sentiment: Sentiment | None = strawberry.field(
        default=None, description="The comment's analysed sentiment; answers not analysed (yet) match none.")
    churn_intent: bool | None = strawberry.field(default=None, description=(
        "流失意向 / churn intent: true, answers whose comment states that the customer leaves (cancels, does not "
        "renew, switches, asks for a refund); false, analysed comments that do not. Answers not analysed (yet) "
        "match neither."))
    account_band: HealthBand | None = strawberry.field(default=None, description=(
        "Answers of respondents whose account's latest health is in this band (the band now, not when they "
        "answered); respondents without an account match none."))
    account_plan: str | None = strawberry.field(default=None, description=(
        "Answers of respondents whose account's `plan` attribute is this now (compared as text); respondents "
        "without an account match none."))
    account_industry: str | None = strawberry.field(default=None, description=(
        "Answers of respondents whose account's `industry` attribute is this now (compared as text); respondents "
        "without an account match none."))


async def response_filter(
    flt: ResponseFilterInput | None, *, organization_id: int, survey_id: str | None = None,
    survey_pk: int | None = None, since: datetime | None = None, until: datetime | None = None,
) -> ResponseFilter:
    if survey_id is not None:
        survey_pk = decode_id(survey_id, "Survey", field="surveyId")
    flt = flt or ResponseFilterInput()
    extra = []
    if flt.topic_id is not None:
        topic_pk = decode_id(flt.topic_id, "Topic", field="filter.topicId")
        extra.append(await analysis_filters.topic_clause(organization_id=organization_id, topic_id=topic_pk))
    if flt.sentiment is not None:
        extra.append(analysis_filters.sentiment_clause(flt.sentiment))
    if flt.churn_intent is not None:
        extra.append(analysis_filters.churn_clause(flt.churn_intent))
    search = check_search(flt.search)
    if search is not None:
        extra.append(analysis_filters.search_clause(search))
    if flt.account_band is not None:
        extra.append(band_clause(organization_id=organization_id, band=flt.account_band.value))
    if flt.account_plan is not None:
        extra.append(attribute_clause(organization_id=organization_id, by=AccountDimension.PLAN,
                                      value=flt.account_plan, field="filter.accountPlan"))
    if flt.account_industry is not None:
        extra.append(attribute_clause(organization_id=organization_id, by=AccountDimension.INDUSTRY,
                                      value=flt.account_industry, field="filter.accountIndustry"))
    return ResponseFilter(
        survey_id=survey_pk, since=since, until=until, nps_category=flt.nps_category, channel=flt.channel,
        min_score=flt.min_score, max_score=flt.max_score, has_comment=flt.has_comment, completed=flt.completed,
        attributes=check_attribute_filter(flt.attributes), extra=tuple(extra),
    )
