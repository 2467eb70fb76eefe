"""Follow-up cases over GraphQL: cases, case rules, teams and routing rules."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Annotated, Any, ClassVar

import strawberry
from strawberry.scalars import JSON
from strawberry.types import Info

import api.scalars  # noqa: F401  (registers the enums with Strawberry)
from actions import cases
from actions.models import Case, CaseRule, CaseStatus, RoutingRule, Team, TeamMember
from api.actions.types.trail import AuditEventType, trail
from api.analysis.types import TopicType, topic_type
from api.context import Context
from api.core.types import UserType, user_type
from api.errors import UserError
from api.ids import encode_id
from api.relay import Node, node_by_id
from api.surveys.types import ResponseType

if TYPE_CHECKING:  # the accounts room imports this module (an account's cases): see CaseType.account_type
    from accounts.models import Account
    from api.accounts.types import AccountType


@strawberry.type(name="Case")
class CaseType(Node):
    status: CaseStatus
    source: str = strawberry.field(description=(
        '"rule" (opened by an automation rule), "manual", or "warning" (an account\'s early warning).'))
    reason: str | None = strawberry.field(description=(
        "Why a rule opened the case. An account's early warning: the rule's code (band_drop, score_fall, no_login, "
        "usage_drop, renewal_risk, complaints, churn_intent, or another rule's). A response's case: score (the "
        "case rule's score condition) or sentiment (its sentiment condition). Null for a case opened by hand, and "
        "for responses' cases opened before VoC Loop recorded it."))
    reason_detail: JSON | None = strawberry.field(description=(
        "The figures the rule compared when it fired, as stored (snake_case keys). An early warning: its rule's "
        "(e.g. the score before and after). score: survey_kind (NPS, CSAT, CES), score and the threshold it met: "
        "nps_max or csat_max (at most) or ces_min (at least). sentiment: sentiment and sentiment_max (at most), "
        "with rescored: true and the answer's submitted_at when a sentiment rescoring, not the answer's arrival, "
        "put the comment to the rule."))
    first_contact_due_at: datetime | None
    first_contacted_at: datetime | None
    resolve_due_at: datetime | None
    paused: bool = strawberry.field(description="The SLA clocks stand still while waiting on the customer.")
    breached: bool
    escalation_level: int = strawberry.field(description="0 none, 1 team lead notified, 2 admin notified.")
    resolved_at: datetime | None
    closed_at: datetime | None
    resolution_reason: str | None
    created_at: datetime
    updated_at: datetime
    _model: strawberry.Private[Case]
    # Case.account is the accounts room's type, and that room imports this one (an account's cases):
    # it sets its constructor here when imported (as RespondentType.account_type).
    account_type: ClassVar[Callable[[Account], AccountType]]

    @classmethod
    def of(cls, c: Case) -> CaseType:
        return cls(
            id=strawberry.ID(encode_id("Case", c.id)), status=c.status, source=c.source,
            first_contact_due_at=c.first_contact_due_at, first_contacted_at=c.first_contacted_at,
            resolve_due_at=c.resolve_due_at, paused=c.paused_at is not None, breached=c.breached,
            escalation_level=c.escalation_level, resolved_at=c.resolved_at, closed_at=c.closed_at,
            resolution_reason=c.resolution_reason, created_at=c.created_at, updated_at=c.updated_at,
            reason=c.reason, reason_detail=JSON(c.reason_detail) if c.reason_detail is not None else None, _model=c,
        )

    @strawberry.field(description=(
        "The response the case follows up; null for a case an account's early warning opened (it has an account "
        "and a reason instead)."))
    async def response(self, info: Info[Context, Any]) -> ResponseType | None:
        found = await info.context.loaders.response_by_id.find(self._model.organization_id, self._model.response_id)
        return ResponseType.of(found) if found else None

    @strawberry.field(description=(
        "The account whose early warning opened the case; null for a response's case, or when the account is "
        "gone."))
    async def account(
        self, info: Info[Context, Any]
    ) -> Annotated[AccountType, strawberry.lazy("api.accounts.types")] | None:
        named = self._model.account_external_id
        if named is None:
            return None
        found = await info.context.loaders.account_by_external_id.load((self._model.organization_id, named))
        return CaseType.account_type(found) if found else None

    @strawberry.field
    async def assignee(self, info: Info[Context, Any]) -> UserType | None:
        return await user_type(info.context, self._model.organization_id, self._model.assignee_id)

    @strawberry.field(description="The case's audit trail, oldest first.")
    async def events(self, info: Info[Context, Any]) -> list[AuditEventType]:
        return await trail(info.context.loaders.case_trail, self._model.organization_id, self._model.id)

    @strawberry.field(description="The team the case was routed to.")
    async def team(self, info: Info[Context, Any]) -> TeamType | None:
        return await team_type(info.context, self._model.organization_id, self._model.team_id)

    @strawberry.field(description="The root-cause topic recorded when the case was resolved or closed.")
    async def root_cause_topic(self, info: Info[Context, Any]) -> TopicType | None:
        context = info.context
        found = await context.loaders.topic_by_id.find(self._model.organization_id, self._model.root_cause_topic_id)
        return await topic_type(found, cache=context.cache) if found else None

    @strawberry.field(description="The statuses transitionCase accepts from here now (ASSIGNED only with an assignee: "
                                  "a NEW case is assigned with assignCase).")
    def allowed_transitions(self) -> list[CaseStatus]:
        allowed = cases.allowed_targets(self._model, datetime.now(UTC))
        return [s for s in allowed if s != CaseStatus.ASSIGNED or self._model.assignee_id is not None]

    @strawberry.field(description="The one-question re-survey link (a path on this server), issued on RESOLVED.")
    async def resurvey_url(self, info: Info[Context, Any]) -> str | None:
        m = self._model
        if m.resurvey_key is None or m.survey_id is None:
            return None
        return await info.context.loaders.resurvey_url.load((m.organization_id, (m.survey_id, m.resurvey_key)))

    @strawberry.field(description="The respondent's answer to the re-survey, once given.")
    async def resurvey_response(self, info: Info[Context, Any]) -> ResponseType | None:
        m = self._model
        found = await info.context.loaders.response_by_id.find(m.organization_id, m.resurvey_response_id)
        return ResponseType.of(found) if found else None


ResponseType.case_type = CaseType.of  # see ResponseType.case_type


@strawberry.type(name="TeamMember")
class TeamMemberType:
    available: bool
    max_open_cases: int
    open_cases: int = strawberry.field(
        description="The agent's active cases (NEW, ASSIGNED, IN_PROGRESS, WAITING_CUSTOMER), counted against the cap.")
    last_assigned_at: datetime | None = strawberry.field(description=(
        "When a case last went to this agent: by the round robin, as the team's fallback owner, as an account's "
        "CS manager or by hand. The round robin gives the next case to the member whose last is oldest."))
    _model: strawberry.Private[TeamMember]
    _organization_id: strawberry.Private[int]

    @classmethod
    def of(cls, m: TeamMember, organization_id: int, open_cases: int = 0) -> TeamMemberType:
        return cls(available=m.available, max_open_cases=m.max_open_cases, open_cases=open_cases,
                   last_assigned_at=m.last_assigned_at, _model=m, _organization_id=organization_id)

    @strawberry.field
    async def user(self, info: Info[Context, Any]) -> UserType | None:
        return await user_type(info.context, self._organization_id, self._model.user_id)


@strawberry.type(name="Team")
class TeamType(Node):
    name: str
    is_default: bool = strawberry.field(description="Takes the cases no routing rule sends elsewhere.")
    created_at: datetime
    _model: strawberry.Private[Team]

    @classmethod
    def of(cls, t: Team) -> TeamType:
        return cls(id=strawberry.ID(encode_id("Team", t.id)), name=t.name, is_default=t.is_default,
                   created_at=t.created_at, _model=t)

    @strawberry.field(description="Notified at escalation level 1.")
    async def lead(self, info: Info[Context, Any]) -> UserType | None:
        return await user_type(info.context, self._model.organization_id, self._model.lead_id)

    @strawberry.field(description="Takes the team's cases when every agent is unavailable or at their cap.")
    async def fallback_owner(self, info: Info[Context, Any]) -> UserType | None:
        return await user_type(info.context, self._model.organization_id, self._model.fallback_owner_id)

    @strawberry.field
    async def members(self, info: Info[Context, Any]) -> list[TeamMemberType]:
        organization_id = self._model.organization_id
        found = await info.context.loaders.team_members.load((organization_id, self._model.id))
        counts = await info.context.loaders.open_cases_of.load_many([(organization_id, m.user_id) for m in found])
        return [TeamMemberType.of(m, organization_id, n) for m, n in zip(found, counts, strict=True)]


async def team_type(context: Context, organization_id: int, team_id: int | None) -> TeamType | None:
    found = await context.loaders.team_by_id.find(organization_id, team_id)
    return TeamType.of(found) if found else None


@strawberry.type(name="RoutingRule")
class RoutingRuleType(Node):
    attribute: str = strawberry.field(description="A respondent segment attribute, e.g. plan or region.")
    value: str
    position: int
    _model: strawberry.Private[RoutingRule]

    @classmethod
    def of(cls, r: RoutingRule) -> RoutingRuleType:
        return cls(id=strawberry.ID(encode_id("RoutingRule", r.id)), attribute=r.attribute, value=r.value,
                   position=r.position, _model=r)

    @strawberry.field
    async def team(self, info: Info[Context, Any]) -> TeamType | None:
        return await team_type(info.context, self._model.organization_id, self._model.team_id)


@strawberry.type(name="CaseRule", description="When a response opens a case, and the SLA of its cases.")
class CaseRuleType:
    id: strawberry.ID | None = strawberry.field(description="null for the built-in default.")
    survey_id: strawberry.ID | None = strawberry.field(description="null: organisation-wide.")
    built_in: bool
    enabled: bool
    nps_max: int | None
    csat_max: int | None
    ces_min: int | None
    sentiment_max: float | None
    first_contact_hours: int
    resolve_hours: int
    reopen_days: int

    @classmethod
    def of(cls, r: CaseRule) -> CaseRuleType:
        return cls(
            id=strawberry.ID(encode_id("CaseRule", r.id)) if r.id else None,
            survey_id=strawberry.ID(encode_id("Survey", r.survey_id)) if r.survey_id else None, built_in=r.id is None,
            enabled=r.enabled, nps_max=r.nps_max, csat_max=r.csat_max, ces_min=r.ces_min,
            sentiment_max=r.sentiment_max, first_contact_hours=r.first_contact_hours, resolve_hours=r.resolve_hours,
            reopen_days=r.reopen_days,
        )


@strawberry.type
class CasePayload:
    case: CaseType | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class CaseRulePayload:
    rule: CaseRuleType | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class TeamPayload:
    team: TeamType | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class RoutingRulePayload:
    rule: RoutingRuleType | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


node_by_id("Case", lambda loaders: loaders.case_by_id, CaseType.of)
node_by_id("Team", lambda loaders: loaders.team_by_id, TeamType.of)
node_by_id("RoutingRule", lambda loaders: loaders.routing_rule_by_id, RoutingRuleType.of)
