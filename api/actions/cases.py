"""Follow-up cases over GraphQL: cases, case rules, teams and routing rules (thin resolvers)."""

from __future__ import annotations

import dataclasses
from datetime import datetime
from typing import Any

import strawberry
from strawberry.types import Info

import api.scalars  # noqa: F401  (registers the enums with Strawberry)
from actions import cases, rules
from actions.models import Case, CaseRule, CaseStatus, RoutingRule, Team, TeamMember
from api.actions.types import CasePayload, CaseType, actor_of
from api.context import Context
from api.core.types import UserType
from api.errors import UserError, api_error
from api.ids import decode_id, encode_id
from api.permissions import CanRead, CanWorkCases, IsAdmin
from api.relay import Connection, Node, after_id, newest_first_connection, page_size, register_node
from core.errors import DomainError, PermissionDenied
from core.models import Role

# --- types --------------------------------------------------------------------------------------


async def _user(info: Info[Context, Any], user_id: int | None) -> UserType | None:
    found = await info.context.loader("user").load(user_id) if user_id is not None else None
    return UserType.of(found) if found else None


@strawberry.type(name="TeamMember")
class TeamMemberType:
    available: bool
    max_open_cases: int
    last_assigned_at: datetime | None = strawberry.field(description="Round-robin: the oldest turn goes next.")
    _model: strawberry.Private[TeamMember]

    @classmethod
    def of(cls, m: TeamMember) -> TeamMemberType:
        return cls(available=m.available, max_open_cases=m.max_open_cases, last_assigned_at=m.last_assigned_at,
                   _model=m)

    @strawberry.field
    async def user(self, info: Info[Context, Any]) -> UserType | None:
        return await _user(info, self._model.user_id)


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
        return await _user(info, self._model.lead_id)

    @strawberry.field(description="Takes the team's cases when every agent is unavailable or at their cap.")
    async def fallback_owner(self, info: Info[Context, Any]) -> UserType | None:
        return await _user(info, self._model.fallback_owner_id)

    @strawberry.field
    async def members(self, info: Info[Context, Any]) -> list[TeamMemberType]:
        return [TeamMemberType.of(m) for m in await info.context.loader("team_members").load(self._model.id)]


async def resolve_team(info: Info[Context, Any], team_id: int | None) -> TeamType | None:
    found = await info.context.loader("team").load(team_id) if team_id is not None else None
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
        return await resolve_team(info, self._model.team_id)


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


@register_node("Team")
async def _team_node(organization_id: int, pk: int) -> TeamType | None:
    found = await Team.get_or_none(id=pk, organization_id=organization_id)
    return TeamType.of(found) if found else None


@register_node("RoutingRule")
async def _routing_rule_node(organization_id: int, pk: int) -> RoutingRuleType | None:
    found = await RoutingRule.get_or_none(id=pk, organization_id=organization_id)
    return RoutingRuleType.of(found) if found else None


# --- inputs -------------------------------------------------------------------------------------


@strawberry.input(name="CaseFilter")
class CaseFilterInput:
    status: CaseStatus | None = None
    assignee_id: strawberry.ID | None = None
    breached: bool | None = None
    overdue: bool | None = strawberry.field(
        default=None, description="Open, not paused, and past a due time it has not met.")
    topic_id: strawberry.ID | None = strawberry.field(
        default=None, description="The response's topic, or the case's root-cause topic.")
    survey_id: strawberry.ID | None = None
    team_id: strawberry.ID | None = None

    def to_domain(self) -> cases.CaseFilter:
        return cases.CaseFilter(
            status=self.status, breached=self.breached, overdue=self.overdue,
            assignee_id=decode_id(self.assignee_id, "User", field="assigneeId") if self.assignee_id else None,
            topic_id=decode_id(self.topic_id, "Topic", field="topicId") if self.topic_id else None,
            survey_id=decode_id(self.survey_id, "Survey", field="surveyId") if self.survey_id else None,
            team_id=decode_id(self.team_id, "Team", field="teamId") if self.team_id else None,
        )


@strawberry.input
class CaseRuleInput:
    """Omitted fields stay as they are (new rules start from the defaults); null switches a condition off."""

    enabled: bool | None = strawberry.UNSET
    nps_max: int | None = strawberry.field(default=strawberry.UNSET, description="0..10, default 6.")
    csat_max: int | None = strawberry.field(default=strawberry.UNSET, description="1..5, default 2.")
    ces_min: int | None = strawberry.field(default=strawberry.UNSET, description="1..7, default 5.")
    sentiment_max: float | None = strawberry.field(default=strawberry.UNSET, description="-1..1, default -0.6.")
    first_contact_hours: int | None = strawberry.field(default=strawberry.UNSET, description="> 0, default 24.")
    resolve_hours: int | None = strawberry.field(default=strawberry.UNSET, description="> 0, default 168.")
    reopen_days: int | None = strawberry.field(default=strawberry.UNSET, description="0..365, default 4.")

    def changes(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in dataclasses.fields(self)
                if getattr(self, f.name) is not strawberry.UNSET}


# --- queries ------------------------------------------------------------------------------------


@strawberry.type
class CaseQueries:
    @strawberry.field(permission_classes=[CanRead], description="Follow-up cases, newest first.")
    async def cases(
        self, info: Info[Context, Any], filter: CaseFilterInput | None = None, first: int | None = None,
        after: str | None = None,
    ) -> Connection[CaseType]:
        context = info.context
        try:
            size, after_pk = page_size(first, context.settings), after_id(after)
            flt = filter.to_domain() if filter else cases.CaseFilter()
        except DomainError as exc:
            raise api_error(exc) from exc
        page = await cases.list_cases(organization_id=context.organization_id, flt=flt, first=size,
                                      after_id=after_pk)
        return newest_first_connection(page, CaseType.of, after=after)

    @strawberry.field(permission_classes=[CanRead],
                      description="Organisation-wide rule first (the built-in default when none is stored).")
    async def case_rules(self, info: Info[Context, Any]) -> list[CaseRuleType]:
        return [CaseRuleType.of(r) for r in await rules.list_case_rules(organization_id=info.context.organization_id)]

    @strawberry.field(permission_classes=[CanRead])
    async def teams(self, info: Info[Context, Any]) -> list[TeamType]:
        return [TeamType.of(t) for t in await rules.list_teams(organization_id=info.context.organization_id)]

    @strawberry.field(permission_classes=[CanRead], description="In the order they are tried.")
    async def routing_rules(self, info: Info[Context, Any]) -> list[RoutingRuleType]:
        found = await rules.list_routing_rules(organization_id=info.context.organization_id)
        return [RoutingRuleType.of(r) for r in found]


# --- mutations ----------------------------------------------------------------------------------


def _case_payload(case: Case) -> CasePayload:
    return CasePayload(case=CaseType.of(case))


def _optional_id(value: strawberry.ID | None, type_name: str, field: str) -> int | None:
    return decode_id(value, type_name, field=field) if value is not None else None


@strawberry.type
class CaseMutations:
    @strawberry.mutation(permission_classes=[CanWorkCases], description="Open a case by hand from a response.")
    async def open_case(self, info: Info[Context, Any], response_id: strawberry.ID) -> CasePayload:
        context = info.context
        try:
            case = await cases.open_case(organization_id=context.organization_id, actor=actor_of(context.principal),
                                         response_id=decode_id(response_id, "Response", field="responseId"))
        except DomainError as exc:
            return CasePayload(errors=[UserError.of(exc)])
        return _case_payload(case)

    @strawberry.mutation(permission_classes=[CanWorkCases], description="Assign or reassign to an agent.")
    async def assign_case(self, info: Info[Context, Any], id: strawberry.ID, assignee_id: strawberry.ID) -> CasePayload:
        context = info.context
        try:
            case = await cases.assign(organization_id=context.organization_id, actor=actor_of(context.principal),
                                      case_id=decode_id(id, "Case"),
                                      assignee_id=decode_id(assignee_id, "User", field="assigneeId"))
        except DomainError as exc:
            return CasePayload(errors=[UserError.of(exc)])
        return _case_payload(case)

    @strawberry.mutation(permission_classes=[CanWorkCases],
                         description="Move a case along its transition table. The note of RESOLVED or CLOSED is the "
                                     "resolution reason (closing needs one).")
    async def transition_case(
        self, info: Info[Context, Any], id: strawberry.ID, to: CaseStatus, note: str | None = None,
        root_cause_topic_id: strawberry.ID | None = None,
    ) -> CasePayload:
        context = info.context
        try:
            case = await cases.transition(
                organization_id=context.organization_id, actor=actor_of(context.principal), to=to, note=note,
                case_id=decode_id(id, "Case"),
                root_cause_topic_id=_optional_id(root_cause_topic_id, "Topic", "rootCauseTopicId"),
            )
        except DomainError as exc:
            return CasePayload(errors=[UserError.of(exc)])
        return _case_payload(case)

    @strawberry.mutation(permission_classes=[CanWorkCases], description="Add a note to the case's audit trail.")
    async def add_case_note(self, info: Info[Context, Any], id: strawberry.ID, note: str) -> CasePayload:
        context = info.context
        try:
            case = await cases.add_note(organization_id=context.organization_id, actor=actor_of(context.principal),
                                        case_id=decode_id(id, "Case"), note=note)
        except DomainError as exc:
            return CasePayload(errors=[UserError.of(exc)])
        return _case_payload(case)

    @strawberry.mutation(permission_classes=[IsAdmin],
                         description="Create or change the case rule of a survey (or, without surveyId, of the "
                                     "organisation).")
    async def set_case_rule(
        self, info: Info[Context, Any], input: CaseRuleInput, survey_id: strawberry.ID | None = None,
    ) -> CaseRulePayload:
        context = info.context
        assert context.principal is not None
        try:
            rule = await rules.set_case_rule(organization=context.principal.organization, changes=input.changes(),
                                             survey_id=_optional_id(survey_id, "Survey", "surveyId"))
        except DomainError as exc:
            return CaseRulePayload(errors=[UserError.of(exc)])
        return CaseRulePayload(rule=CaseRuleType.of(rule))

    @strawberry.mutation(permission_classes=[IsAdmin])
    async def create_team(
        self, info: Info[Context, Any], name: str, lead_id: strawberry.ID | None = None,
        fallback_owner_id: strawberry.ID | None = None, is_default: bool = False,
    ) -> TeamPayload:
        context = info.context
        assert context.principal is not None
        try:
            team = await rules.create_team(
                organization=context.principal.organization, name=name, is_default=is_default,
                lead_id=_optional_id(lead_id, "User", "leadId"),
                fallback_owner_id=_optional_id(fallback_owner_id, "User", "fallbackOwnerId"),
            )
        except DomainError as exc:
            return TeamPayload(errors=[UserError.of(exc)])
        return TeamPayload(team=TeamType.of(team))

    @strawberry.mutation(permission_classes=[IsAdmin], description="Add an agent to a team (cap default 20).")
    async def add_team_member(
        self, info: Info[Context, Any], team_id: strawberry.ID, user_id: strawberry.ID,
        max_open_cases: int | None = None, available: bool | None = None,
    ) -> TeamPayload:
        context = info.context
        assert context.principal is not None
        try:
            member = await rules.add_team_member(
                organization=context.principal.organization, team_id=decode_id(team_id, "Team", field="teamId"),
                user_id=decode_id(user_id, "User", field="userId"), max_open_cases=max_open_cases,
                available=available,
            )
        except DomainError as exc:
            return TeamPayload(errors=[UserError.of(exc)])
        return TeamPayload(team=TeamType.of(await member.team))

    @strawberry.mutation(permission_classes=[CanWorkCases],
                         description="Admins set anyone's availability; agents their own.")
    async def set_member_availability(
        self, info: Info[Context, Any], team_id: strawberry.ID, user_id: strawberry.ID, available: bool,
    ) -> TeamPayload:
        context = info.context
        principal = context.principal
        assert principal is not None
        try:
            user_pk = decode_id(user_id, "User", field="userId")
            if principal.role != Role.ADMIN and principal.user_id != user_pk:
                raise PermissionDenied("only admins set the availability of others", field="userId")
            member = await rules.set_member_availability(
                organization=principal.organization, team_id=decode_id(team_id, "Team", field="teamId"),
                user_id=user_pk, available=available,
            )
        except DomainError as exc:
            return TeamPayload(errors=[UserError.of(exc)])
        return TeamPayload(team=TeamType.of(await member.team))

    @strawberry.mutation(permission_classes=[IsAdmin],
                         description="Cases of respondents whose attribute equals value go to the team.")
    async def add_routing_rule(
        self, info: Info[Context, Any], attribute: str, value: str, team_id: strawberry.ID,
    ) -> RoutingRulePayload:
        context = info.context
        assert context.principal is not None
        try:
            rule = await rules.add_routing_rule(organization=context.principal.organization, attribute=attribute,
                                                value=value, team_id=decode_id(team_id, "Team", field="teamId"))
        except DomainError as exc:
            return RoutingRulePayload(errors=[UserError.of(exc)])
        return RoutingRulePayload(rule=RoutingRuleType.of(rule))
