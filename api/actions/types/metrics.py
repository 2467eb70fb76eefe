"""LoopMetrics: how well the organisation closes the loop, with its case load per team and assignee,
and the weekly first-contact trend (actions.loop_metrics)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import strawberry
from strawberry.scalars import JSON
from strawberry.types import Info

from actions import loop_metrics
from api.actions.types.cases import TeamType, team_type
from api.context import Context
from api.core.types import UserType, user_type
from api.errors import api_errors
from api.permissions import CanRead

CONTACT_SHARE = ("Fraction 0..1 of the detractor cases first contacted within 24 h of opening; a case not yet "
                 "contacted counts as a miss once its 24 h are over, and is left out before. null when there is none.")
MEDIAN_HOURS = ("Median hours from a case's opening to its first contact, over the contacted cases; null when none "
                "was contacted.")


@strawberry.type
class CaseCounts:
    """The counts of a TeamCaseLoad and an AssigneeCaseLoad (a base, not a type of the schema)."""

    open_cases: int = strawberry.field(description="Cases still to be worked on (NEW, ASSIGNED, IN_PROGRESS, "
                                                   "WAITING_CUSTOMER), account warnings included.")
    breached_cases: int = strawberry.field(description="Cases that breached an SLA clock, whatever their status.")
    open_account_warnings: int = strawberry.field(
        description="The open cases that accounts' early warnings opened (no response behind them).")


def _counts(c: loop_metrics.CaseCounts) -> dict[str, int]:
    return {"open_cases": c.open_cases, "breached_cases": c.breached_cases,
            "open_account_warnings": c.open_account_warnings}


@strawberry.type(description="A team's cases; the row without a team counts the cases in none.")
class TeamCaseLoad(CaseCounts):
    _organization_id: strawberry.Private[int]
    _team_id: strawberry.Private[int | None]

    @strawberry.field(description="null: the cases in no team.")
    async def team(self, info: Info[Context, Any]) -> TeamType | None:
        return await team_type(info.context, self._organization_id, self._team_id)


@strawberry.type(description="An assignee's cases; the row without an assignee counts the cases nobody is assigned.")
class AssigneeCaseLoad(CaseCounts):
    _organization_id: strawberry.Private[int]
    _user_id: strawberry.Private[int | None]

    @strawberry.field(description="null: the cases nobody is assigned.")
    async def assignee(self, info: Info[Context, Any]) -> UserType | None:
        return await user_type(info.context, self._organization_id, self._user_id)


@strawberry.type(description=(
    "The window's cases per team and per assignee, counted as the cases list's filters count them (open: true; "
    "breached: true; open: true with accountWarning: true), only the rows with open or breached cases: each list "
    "adds up to LoopMetrics.openCases and breachedCases."))
class CaseLoad:
    by_team: list[TeamCaseLoad] = strawberry.field(description=(
        "One row per team with at least one open or breached case in the window, and one (team: null) for "
        "such cases in no team. A team with zero open and zero breached cases has no row: read it as zeros "
        "(the console lists every team and fills them in)."))
    by_assignee: list[AssigneeCaseLoad] = strawberry.field(description=(
        "One row per assignee with at least one open or breached case in the window, and one (assignee: null) "
        "for such cases nobody is assigned. An assignee with zero open and zero breached cases (an idle agent, "
        "say) has no row: read it as zeros (the console lists every team member and fills them in)."))

    @classmethod
    def of(cls, load: loop_metrics.CaseLoad, organization_id: int) -> CaseLoad:
        return cls(
            by_team=[TeamCaseLoad(**_counts(c), _organization_id=organization_id, _team_id=team_id)
                     for team_id, c in load.by_team.items()],
            by_assignee=[AssigneeCaseLoad(**_counts(c), _organization_id=organization_id,
                                          _user_id=user_id) for user_id, c in load.by_assignee.items()],
        )


@strawberry.type(name="LoopMetrics", description=(
    "How well the loop is closed, over the cases and actions created in the window (all time without one), "
    "each in its current state. Shares are fractions 0..1, durations hours."))
class LoopMetricsType:
    open_cases: int = strawberry.field(description="Cases still to be worked on: NEW, ASSIGNED, IN_PROGRESS, "
                                                   "WAITING_CUSTOMER.")
    breached_cases: int = strawberry.field(description="Cases that breached an SLA clock, whatever their status.")
    detractors_contacted_within_24h: float | None = strawberry.field(
        name="detractorsContactedWithin24h", description=CONTACT_SHARE)
    median_hours_to_first_contact: float | None = strawberry.field(description=MEDIAN_HOURS)
    actions_by_status: JSON = strawberry.field(
        description='Every action status (enum name) to its number of actions, e.g. {"PROPOSED": 2, '
                    '"IN_PROGRESS": 1, ...}.')
    effective_actions: int = strawberry.field(
        description="Actions closed as effective (CLOSED_EFFECTIVE): effectiveActionsMeasured + "
                    "effectiveActionsOverridden.")
    effective_actions_measured: int = strawberry.field(
        description="Actions closed as effective because their measured effect says so (enough data in both "
                    "windows, verdict EFFECTIVE).")
    effective_actions_overridden: int = strawberry.field(
        description="Actions closed as effective by an admin or analyst against or without the measured effect, "
                    "with a written reason (Action.verdictOverrideReason).")
    _organization_id: strawberry.Private[int]
    _since: strawberry.Private[datetime | None]
    _until: strawberry.Private[datetime | None]

    @classmethod
    def of(cls, m: loop_metrics.LoopMetrics, *, organization_id: int, since: datetime | None,
           until: datetime | None) -> LoopMetricsType:
        return cls(
            open_cases=m.open_cases, breached_cases=m.breached_cases,
            detractors_contacted_within_24h=m.detractors_contacted_within_24h,
            median_hours_to_first_contact=m.median_hours_to_first_contact,
            actions_by_status=JSON({status.name: n for status, n in m.actions_by_status.items()}),
            effective_actions=m.effective_actions, effective_actions_measured=m.effective_actions_measured,
            effective_actions_overridden=m.effective_actions_overridden,
            _organization_id=organization_id, _since=since, _until=until,
        )

    @strawberry.field(permission_classes=[CanRead], description=(
        "Open, breached and open account-warning cases per team and per assignee (one grouped read each); "
        "teams and assignees with zero open and zero breached cases are left out, not listed with zeros."))
    @api_errors
    async def case_load(self) -> CaseLoad:
        found = await loop_metrics.case_load(organization_id=self._organization_id, since=self._since,
                                             until=self._until)
        return CaseLoad.of(found, self._organization_id)


@strawberry.type(description="One week of the first-contact trend: LoopMetrics' figures for the cases opened in it.")
class LoopWeek:
    start: datetime = strawberry.field(description="Local midnight (the organisation's time zone) starting the week.")
    end: datetime = strawberry.field(description="Local midnight seven days later, excluded.")
    detractors_contacted_within_24h: float | None = strawberry.field(
        name="detractorsContactedWithin24h", description=CONTACT_SHARE)
    median_hours_to_first_contact: float | None = strawberry.field(description=MEDIAN_HOURS)

    @classmethod
    def of(cls, w: loop_metrics.ContactWeek) -> LoopWeek:
        return cls(start=w.start, end=w.end, detractors_contacted_within_24h=w.detractors_contacted_within_24h,
                   median_hours_to_first_contact=w.median_hours_to_first_contact)
