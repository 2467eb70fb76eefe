"""Who follows up a new case: routing rules pick the team, round-robin picks the agent.

1. The first routing rule (by position) whose attribute matches the response's segment attributes
   names the team; else the organisation's default team; else nobody (the case stays NEW).
2. Among the team's available members with the agent role and fewer active cases than their cap,
   the one assigned longest ago (never first, then by member id) takes the case. Claims for one
   team take turns (a row lock on the team), so concurrent cases never share a turn or overrun a cap.
3. Else the team's fallback owner; else the case stays NEW, unassigned, in that team.

Active cases (counted against the cap): NEW, ASSIGNED, IN_PROGRESS, WAITING_CUSTOMER. A person
assigning by hand (assignCase) is not held to the cap unless they ask to be (`within_cap`).

A member's `last_assigned_at` is when a case last went to them, however it went: a round-robin turn,
as the team's fallback owner, as an account's CS manager, or by hand (`note_assigned`), so that the
next turn goes to whoever has waited longest and Settings → Teams shows when each last got one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from tortoise.expressions import Q, Subquery
from tortoise.functions import Count

from actions.models import OPEN_CASE_STATUSES, Case, RoutingRule, Team, TeamMember
from actions.wording import ref
from core.batching import Batch
from core.db import db, dialect
from core.models import Role

TICK = timedelta(microseconds=1)
NEVER = datetime.min.replace(tzinfo=UTC)


@dataclass(frozen=True)
class Routing:
    team_id: int | None
    assignee_id: int | None
    how: str  # round_robin | fallback_owner | unassigned
    routing_rule_id: int | None = None

    def note(self) -> str:
        via = f"routing rule {ref('RoutingRule', self.routing_rule_id)}" if self.routing_rule_id else "default team"
        return f"{self.how.replace('_', ' ')} ({via})" if self.team_id else "no team to route to"


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


@dataclass(frozen=True)
class RoutingConfig:
    """An organisation's routing rules (in order) and its teams: what picks a case's team."""

    rules: list[RoutingRule]
    teams: dict[int, Team]

    @property
    def default(self) -> Team | None:
        return min((t for t in self.teams.values() if t.is_default), key=lambda t: t.id, default=None)


async def routing_configs(organization_ids: Sequence[int]) -> dict[int, RoutingConfig]:
    """The routing of many organisations in two queries (the cases of one queue message share them)."""
    ids = list(organization_ids)
    rules = await RoutingRule.filter(organization_id__in=ids).order_by("position", "id")
    teams = await Team.filter(organization_id__in=ids)
    return {org: RoutingConfig(rules=[r for r in rules if r.organization_id == org],
                               teams={t.id: t for t in teams if t.organization_id == org}) for org in ids}


# Read afresh for each batch of cases (nothing is kept between batches: a changed rule applies to the next case).
ROUTING: Batch[int, RoutingConfig] = Batch(routing_configs, max_size=200, linger_seconds=0.002)


def pick_team(config: RoutingConfig, attributes: dict[str, Any] | None) -> tuple[Team | None, int | None]:
    """The team for a response's segment attributes, and the routing rule that chose it."""
    attributes = attributes or {}
    for rule in config.rules:
        if _text(attributes.get(rule.attribute)) == rule.value:
            team = config.teams.get(rule.team_id)
            if team is not None:
                return team, rule.id
    return config.default, None


async def route(*, organization_id: int, attributes: dict[str, Any] | None, now: datetime,
                config: RoutingConfig | None = None) -> Routing:
    """Decide team and assignee; call inside the transaction that creates the case. `config`: the
    organisation's routing when the caller has read it already."""
    if config is None:
        config = (await routing_configs([organization_id]))[organization_id]
    team, rule_id = pick_team(config, attributes)
    if team is None:
        return Routing(None, None, "unassigned")
    agent = await claim_agent(team=team, now=now)
    if agent is not None:
        return Routing(team.id, agent, "round_robin", rule_id)
    if team.fallback_owner_id is not None:
        await note_assigned(organization_id=organization_id, user_id=team.fallback_owner_id, now=now)
        return Routing(team.id, team.fallback_owner_id, "fallback_owner", rule_id)
    return Routing(team.id, None, "unassigned", rule_id)


async def team_of_person(*, organization_id: int, user_id: int, attributes: dict[str, Any] | None) -> int | None:
    """The team of a case that goes straight to a person (an account's CS manager), so that it counts
    in that team's queue and figures: the team the routing rules pick when the person is one of its
    members, else the first team they joined; None when they are in no team."""
    joined: list[int] = await TeamMember.filter(  # type: ignore[assignment]
        user_id=user_id, team__organization_id=organization_id).order_by("id").values_list("team_id", flat=True)
    if not joined:
        return None
    team, _ = pick_team((await routing_configs([organization_id]))[organization_id], attributes)
    return team.id if team is not None and team.id in joined else joined[0]


async def claim_agent(*, team: Team, now: datetime) -> int | None:
    """The next agent of the team under their cap, claimed for this case; None when all are full."""
    await _lock_turns(team.id)
    members = await TeamMember.filter(
        team_id=team.id, available=True, user__role=Role.AGENT, user__organization_id=team.organization_id,
    )
    if not members:
        return None
    rows = await (Case.filter(assignee_id__in=[m.user_id for m in members], status__in=OPEN_CASE_STATUSES)
                  .annotate(n=Count("id")).group_by("assignee_id").values("assignee_id", "n"))
    open_cases = {row["assignee_id"]: row["n"] for row in rows}
    for member in sorted(members, key=_turn):
        if open_cases.get(member.user_id, 0) < member.max_open_cases:
            # Strictly later than every earlier turn, even when clocks tie (or time is frozen in tests).
            latest = max((m.last_assigned_at for m in members if m.last_assigned_at is not None), default=None)
            stamp = max(now, latest + TICK) if latest is not None else now
            await TeamMember.filter(id=member.id).update(last_assigned_at=stamp)
            return member.user_id
    return None


async def _lock_turns(team_id: int) -> None:
    """Claims of one team take turns until their transactions end, so that two cases never read the same
    turn or the same count under the cap. NO KEY UPDATE leaves the foreign-key checks of new cases
    (KEY SHARE) unblocked. SQLite transactions are serial already."""
    if dialect() == "postgres":
        await db().execute_query('SELECT "id" FROM "teams" WHERE "id" = $1 FOR NO KEY UPDATE', [team_id])


async def note_assigned(*, organization_id: int, user_id: int, now: datetime) -> None:
    """A case went to this user other than by their round-robin turn: their memberships' last
    assignment moves on to `now` (never back: a replay of older times keeps the later one)."""
    teams = Team.filter(organization_id=organization_id).values("id")
    await (TeamMember.filter(user_id=user_id, team_id__in=Subquery(teams))
           .filter(Q(last_assigned_at__isnull=True) | Q(last_assigned_at__lt=now)).update(last_assigned_at=now))


async def over_cap(*, organization_id: int, user_id: int) -> tuple[int, int] | None:
    """(open cases, cap) when the user has as many active cases as their largest cap in any team or more;
    None when under it, or in no team (no cap holds them)."""
    teams = Team.filter(organization_id=organization_id).values("id")
    caps = await TeamMember.filter(user_id=user_id, team_id__in=Subquery(teams)).values_list(
        "max_open_cases", flat=True)
    if not caps:
        return None
    cap = max(int(c) for c in caps)  # type: ignore[call-overload]
    held = await Case.filter(organization_id=organization_id, assignee_id=user_id,
                             status__in=OPEN_CASE_STATUSES).count()
    return (held, cap) if held >= cap else None


def _turn(member: TeamMember) -> tuple[datetime, int]:
    # Never assigned first; then the oldest turn; then the member id.
    return (member.last_assigned_at or NEVER, member.id)
