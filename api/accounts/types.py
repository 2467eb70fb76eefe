"""Account types and payloads. Resolvers call one service function each."""

from __future__ import annotations

from datetime import datetime, time
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import strawberry
from strawberry.scalars import JSON
from strawberry.types import Info

import api.scalars  # noqa: F401  (registers the enums with Strawberry)
from accounts import activity
from accounts.health_model import COMPONENTS, HealthBand, component_label
from accounts.models import Account, AccountHealth, AccountStage
from accounts.warning_rules import RULES
from actions.account_cases import REASONS
from actions.models import Case
from api.actions.types.cases import CaseType
from api.context import Context
from api.core.types import UserType, user_type
from api.errors import UserError, api_errors
from api.ids import encode_id
from api.locales import viewer_locale
from api.relay import Connection, Node, after_id, newest_first_connection, node_by_id, page_size
from api.surveys.types import RespondentType, ResponseType

if TYPE_CHECKING:
    from api.actions.types.cases import CaseType


@strawberry.type(name="HealthComponent", description=(
    "One component of an account's health score: the value measured, the points (0-100) it gave and the weight it "
    "counted with. A component without data is missing: no value, no points, weight 0 (its weight in the model "
    "was spread over the others in proportion to theirs), never scored as zero."))
class HealthComponentType:
    key: str = strawberry.field(description=f"One of {', '.join(COMPONENTS)}.")
    label: str = strawberry.field(description="In the viewer's language (Accept-Language or ?lang=: zh-CN or en).")
    weight: float = strawberry.field(description=(
        "Percent of the score this component counted for (0 when missing), after missing components' weights were "
        "spread and a voice component's weight scaled by its evidence."))
    value: float | None
    points: float | None
    missing: bool
    evidence: int | None = strawberry.field(default=None, description=(
        "For a voice component (nps, csat, sentiment): the answers or comments of the last 90 days it rests on; "
        "its weight counts in proportion n / (n + 4), so that one answer cannot swing the score. Null for the others."))


@strawberry.type(name="HealthPoint", description="An account's health on one day (midnight, the organisation's zone).")
class HealthPointType:
    day: datetime
    score: float
    band: HealthBand


@strawberry.type(name="Health", description=(
    "An account's latest health score (0-100) and band under its organisation's health model, how it was made "
    "and its daily trend (the last 90 days)."))
class HealthType:
    score: float
    band: HealthBand
    components: list[HealthComponentType]
    computed_at: datetime
    change_30d: float | None = strawberry.field(description=(
        "The score minus the score 30 days before it (what orderBy SCORE_CHANGE_* orders by), one decimal; null "
        "when the account was not scored then."))
    trend: list[HealthPointType]


def _health(rows: list[AccountHealth], timezone: str, locale: str) -> HealthType:
    zone = ZoneInfo(timezone)
    latest = rows[-1]
    return HealthType(
        score=latest.score, band=HealthBand(latest.band), computed_at=latest.computed_at,
        change_30d=None if latest.score_30d_ago is None else round(latest.score - latest.score_30d_ago, 1),
        components=[HealthComponentType(key=c["key"], label=component_label(c["key"], locale),
                                        weight=c["effective"], value=c["value"], points=c["points"],
                                        missing=c["missing"], evidence=c.get("evidence"))
                    for c in latest.components if c["key"] in COMPONENTS],
        trend=[HealthPointType(day=datetime.combine(r.day, time(), tzinfo=zone), score=r.score,
                               band=HealthBand(r.band)) for r in rows])


@strawberry.type(name="AccountWarning", description=(
    "An early warning that fired for the account and the case it opened (once per account, rule and window)."))
class AccountWarningType:
    reason: str = strawberry.field(description=f"The rule's code: {', '.join(RULES)}.")
    label: str = strawberry.field(description="The rule in the viewer's language (zh-CN or en).")
    window: str = strawberry.field(description=(
        "What makes it the same warning: the day and band of a drop, the last login of a streak, the renewal date, "
        "the ISO week of complaints, the comment's response."))
    detail: JSON = strawberry.field(description=(
        'The figures that made it fire, e.g. {"from": "WATCH", "to": "AT_RISK", "score": 52.1}.'))
    opened_at: datetime
    _case: strawberry.Private[Case]

    @strawberry.field(description="The case the warning opened (its status, owner and SLA as any case's).")
    def case(self) -> CaseType:
        return CaseType.of(self._case)


def _warning(case: Case, locale: str) -> AccountWarningType:
    reason = case.reason or ""
    words = REASONS.get(reason)
    window = (case.dedupe_key or "").rpartition(f":{reason}:")[2]
    return AccountWarningType(reason=reason, label=(words[1] if locale == "en" else words[0]) if words else reason,
                              window=window, detail=JSON(case.reason_detail or {}), opened_at=case.created_at,
                              _case=case)


@strawberry.type(name="Account", description=(
    "A customer account: a company whose people answer surveys. Upserted by its external id (the host's own)."))
class AccountType(Node):
    external_id: str
    name: str
    attributes: JSON | None = strawberry.field(description="plan, industry, size, region, mrr ...: the host's words.")
    renewal_at: datetime | None
    stage: AccountStage
    updated_at: datetime
    _model: strawberry.Private[Account]

    @classmethod
    def of(cls, a: Account) -> AccountType:
        return cls(id=strawberry.ID(encode_id("Account", a.id)), external_id=a.external_id, name=a.name,
                   attributes=JSON(a.attributes), renewal_at=a.renewal_at, stage=a.stage, updated_at=a.updated_at,
                   _model=a)

    @strawberry.field(description=(
        "The latest health score and its explanation; null when the account has no data at all (or was never "
        "scored). Scored daily and soon after its signals, answers or cases change."))
    async def health(self, info: Info[Context, Any]) -> HealthType | None:
        a = self._model
        if a.health_score is None:
            return None
        rows = await info.context.loaders.health_days.load((a.organization_id, a.id))
        if not rows:
            return None
        return _health(rows, info.context.organization.timezone, viewer_locale(info.context.request))

    @strawberry.field(description=(
        "The early warnings that fired for the account (the cases they opened), newest first, at most 50. "
        "README, section Early warnings, has the rules."))
    async def warnings(self, info: Info[Context, Any]) -> list[AccountWarningType]:
        a = self._model
        cases = await info.context.loaders.account_warnings.load((a.organization_id, a.external_id))
        locale = viewer_locale(info.context.request)
        return [_warning(c, locale) for c in cases]

    @strawberry.field(description="The CS manager who owns the account; null when none does.")
    async def owner(self, info: Info[Context, Any]) -> UserType | None:
        return await user_type(info.context, self._model.organization_id, self._model.owner_id)

    @strawberry.field(description="The account's people (respondents with its external id), newest first.")
    @api_errors
    async def respondents(self, info: Info[Context, Any], first: int | None = None,
                          after: str | None = None) -> Connection[RespondentType]:
        page = await activity.account_respondents(
            organization_id=self._model.organization_id, external_id=self._model.external_id,
            first=page_size(first, info.context.settings), after_id=after_id(after))
        return newest_first_connection(page, RespondentType.of, after=after)

    @strawberry.field(description="Its people's answers, newest first.")
    @api_errors
    async def responses(self, info: Info[Context, Any], first: int | None = None,
                        after: str | None = None) -> Connection[ResponseType]:
        page = await activity.account_responses(
            organization_id=self._model.organization_id, external_id=self._model.external_id,
            first=page_size(first, info.context.settings), after_id=after_id(after))
        return newest_first_connection(page, ResponseType.of, after=after)

    @strawberry.field(description="The follow-up cases of its people, newest first.")
    @api_errors
    async def cases(self, info: Info[Context, Any], first: int | None = None,
                    after: str | None = None) -> Connection[CaseType]:
        page = await activity.account_cases(
            organization_id=self._model.organization_id, external_id=self._model.external_id,
            first=page_size(first, info.context.settings), after_id=after_id(after))
        return newest_first_connection(page, CaseType.of, after=after)


@strawberry.type
class AccountsPayload:
    accounts: list[AccountType] = strawberry.field(default_factory=list)
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class SignalsPayload:
    accepted: int = strawberry.field(default=0, description="Rows stored (a row that replaced a day's value counts).")
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class HealthModelPayload:
    model: JSON | None = strawberry.field(default=None, description="The model now in force, as stored.")
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class WarningRulesPayload:
    rules: JSON | None = strawberry.field(default=None, description="The whole rule set now in force, as stored.")
    errors: list[UserError] = strawberry.field(default_factory=list)


node_by_id("Account", lambda loaders: loaders.account_by_id, AccountType.of)
RespondentType.account_type = AccountType.of  # see RespondentType.account_type
CaseType.account_type = AccountType.of  # see CaseType.account_type
