"""The Loop page's grouped figures: LoopMetrics.caseLoad counts per team and per assignee exactly what the
cases list's filters counted row by row (the page's former requests, one per team and agent), and
loopTrend gives each week what loopMetrics gives for that week's window; each in a few queries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from actions import loop_metrics
from actions.models import CaseStatus, Team
from core.errors import ValidationFailed
from core.ids import encode_id
from core.models import Organization, Role, User
from core.service import create_api_key, get_or_create_organization
from surveys.models import NpsCategory
from tests.support.cases import make_case, survey_of, team_of, user_of
from tests.support.client import GraphQL
from tests.support.sql import sql_statements

H = timedelta(hours=1)
COUNTS = "openCases breachedCases openAccountWarnings"
LOAD = f"""query($from: DateTime, $to: DateTime) {{ loopMetrics(from: $from, to: $to) {{ openCases breachedCases
  caseLoad {{ byTeam {{ team {{ id }} {COUNTS} }} byAssignee {{ assignee {{ id }} {COUNTS} }} }} }} }}"""
# What the Loop page asked for each team, each agent and everyone before caseLoad (its LoopCaseCounts),
# with the unassigned cases as the cases list tells them.
PER_ROW = """query($teamId: ID, $assigneeId: ID, $unassigned: Boolean) {
  open: cases(filter: { open: true, teamId: $teamId, assigneeId: $assigneeId, unassigned: $unassigned }, first: 1) {
    totalCount }
  openWarnings: cases(filter: { open: true, accountWarning: true, teamId: $teamId, assigneeId: $assigneeId,
    unassigned: $unassigned }, first: 1) { totalCount }
  breached: cases(filter: { breached: true, teamId: $teamId, assigneeId: $assigneeId, unassigned: $unassigned },
    first: 1) { totalCount } }"""
TREND = """query($weeks: Int!) { loopTrend(weeks: $weeks) { start end detractorsContactedWithin24h
  medianHoursToFirstContact } }"""
WINDOW = """query($from: DateTime!, $to: DateTime!) { loopMetrics(from: $from, to: $to) {
  detractorsContactedWithin24h medianHoursToFirstContact } }"""
STATUSES = list(CaseStatus)
# Responses' cases of every kind, and every fifth an account's warning (no response).
CATEGORIES = [NpsCategory.DETRACTOR, NpsCategory.DETRACTOR, NpsCategory.PASSIVE, NpsCategory.DETRACTOR, None]
CONTACTED = [None, 2 * H, 20 * H, 24 * H, 30 * H, 50 * H, 24 * H + timedelta(seconds=1)]


@dataclass
class Loop:
    org: Organization
    teams: list[Team]  # the last one has no cases
    agents: list[User]  # the last one has no cases
    weeks: list[tuple[datetime, datetime]]  # loopTrend's 8 weeks as the cases were made


@pytest.fixture
async def loop(org: Organization) -> Loop:
    """Three teams (one without cases) and four agents (one without cases); 60 cases over ten weeks in two
    teams and none, three assignees and none, every status, breached or not, detractors', passives' and
    warnings', contacted in time, late or not yet, two of them at the very edges of a week."""
    now = datetime.now(UTC)
    survey = await survey_of(org)
    agents = [await user_of(org, name) for name in ("agent-a", "agent-b", "agent-c", "agent-idle")]
    teams = [await team_of(org, "一线", agents[:2]), await team_of(org, "二线", agents[1:3], default=False),
             await team_of(org, "空闲组", agents[3:], default=False)]
    for i in range(60):
        await make_case(
            org, survey, created=now - timedelta(days=2 + i * 1.1, hours=i % 5), category=CATEGORIES[i % 5],
            status=STATUSES[i % len(STATUSES)], contacted_after=CONTACTED[i % len(CONTACTED)], breached=i % 5 in (1, 3),
            team=[teams[0], teams[1], None][i % 3], assignee=[agents[0], agents[1], agents[2], None][i % 4])
    weeks = loop_metrics.trend_weeks(8, ZoneInfo(org.timezone), now)
    for at in (weeks[3][0], weeks[3][0] - timedelta(microseconds=1)):
        await make_case(org, survey, created=at, category=NpsCategory.DETRACTOR, status=CaseStatus.IN_PROGRESS,
                        contacted_after=(3 if at == weeks[3][0] else 40) * H, team=teams[1], assignee=agents[2])
    # Another organisation's cases count for nothing here.
    other = await get_or_create_organization(name="Other 公司")
    other_team = await team_of(other, "别家", [await user_of(other, "other-agent")])
    await make_case(other, await survey_of(other), created=now - 3 * 24 * H, category=NpsCategory.DETRACTOR,
                    status=CaseStatus.NEW, breached=True, team=other_team)
    return Loop(org, teams, agents, weeks)


def _by(rows: list[dict[str, Any]], key: str) -> dict[str | None, dict[str, int]]:
    return {row[key]["id"] if row[key] else None: {k: row[k] for k in COUNTS.split()} for row in rows}


async def _per_row(gql: GraphQL, **filters: Any) -> dict[str, int]:
    found = await gql(PER_ROW, **filters)
    return {"openCases": found["open"]["totalCount"], "breachedCases": found["breached"]["totalCount"],
            "openAccountWarnings": found["openWarnings"]["totalCount"]}


def _nonzero(counts: dict[str, int]) -> dict[str, int] | None:
    return counts if counts["openCases"] or counts["breachedCases"] else None


async def test_case_load_counts_what_the_cases_list_counts_row_by_row(loop: Loop, gql: GraphQL) -> None:
    with sql_statements() as statements:
        found = (await gql(LOAD))["loopMetrics"]
    by_team, by_assignee = _by(found["caseLoad"]["byTeam"], "team"), _by(found["caseLoad"]["byAssignee"], "assignee")

    team_ids = [encode_id("Team", t.id) for t in loop.teams]
    per_team = [await _per_row(gql, teamId=team_id) for team_id in team_ids]
    for team_id, counts in zip(team_ids, per_team, strict=True):
        assert by_team.get(team_id) == _nonzero(counts), team_id
    # The cases in no team: everyone's counts less the teams' (how the page made that row).
    everyone = await _per_row(gql)
    no_team = {k: everyone[k] - sum(counts[k] for counts in per_team) for k in everyone}
    assert by_team.get(None) == _nonzero(no_team)
    for agent in loop.agents:
        agent_id = encode_id("User", agent.id)
        assert by_assignee.get(agent_id) == _nonzero(await _per_row(gql, assigneeId=agent_id)), agent.name
    assert by_assignee.get(None) == _nonzero(await _per_row(gql, unassigned=True))

    # The fixture tells the rows apart: every kind of row, with warnings and breaches, and no empty rows.
    assert set(by_team) == {*team_ids[:2], None} and len(by_assignee) == 4
    for rows in (by_team, by_assignee):
        assert all(c["breachedCases"] for c in rows.values())
        assert sum(bool(c["openAccountWarnings"]) for c in rows.values()) >= 2
    for rows in (by_team, by_assignee):
        assert sum(c["openCases"] for c in rows.values()) == found["openCases"] == everyone["openCases"]
        assert sum(c["breachedCases"] for c in rows.values()) == found["breachedCases"]
    # One grouped query per breakdown (and one read each for the rows' teams and users), however many rows.
    reads = [s for s in statements if '"api_keys"' not in s]
    assert len([s for s in reads if "GROUP BY c.team_id" in s or "GROUP BY c.assignee_id" in s]) == 2
    assert len([s for s in reads if 'FROM "teams"' in s]) == len([s for s in reads if 'FROM "users"' in s]) == 1


async def test_every_teams_members_open_cases_are_counted_in_one_query(loop: Loop, gql: GraphQL) -> None:
    teams_query = "{ teams { id members { openCases user { id } } } }"
    with sql_statements() as statements:
        teams = (await gql(teams_query))["teams"]
    open_of = {m["user"]["id"]: m["openCases"] for t in teams for m in t["members"]}
    for agent in loop.agents:
        agent_id = encode_id("User", agent.id)
        assert open_of[agent_id] == (await _per_row(gql, assigneeId=agent_id))["openCases"]
    assert len([s for s in statements if "cases" in s and "GROUP BY" in s]) == 1


async def test_case_load_in_a_window_adds_up_to_its_totals(loop: Loop, gql: GraphQL) -> None:
    start, end = loop.weeks[2][0], loop.weeks[5][1]
    found = (await gql(LOAD, **{"from": start.isoformat(), "to": end.isoformat()}))["loopMetrics"]
    everything = (await gql(LOAD))["loopMetrics"]
    assert 0 < found["openCases"] < everything["openCases"]
    for rows in (found["caseLoad"]["byTeam"], found["caseLoad"]["byAssignee"]):
        assert sum(row["openCases"] for row in rows) == found["openCases"]
        assert sum(row["breachedCases"] for row in rows) == found["breachedCases"]


async def test_the_trend_gives_each_week_what_loop_metrics_gives_for_it(loop: Loop, gql: GraphQL) -> None:
    with sql_statements() as statements:
        weeks = (await gql(TREND, weeks=8))["loopTrend"]
    assert [(datetime.fromisoformat(w["start"]), datetime.fromisoformat(w["end"])) for w in weeks] == loop.weeks
    for week in weeks:
        alone = (await gql(WINDOW, **{"from": week["start"], "to": week["end"]}))["loopMetrics"]
        assert {k: week[k] for k in alone} == alone, week["start"]
    assert sum(w["detractorsContactedWithin24h"] is not None for w in weeks) >= 6
    assert sum(w["medianHoursToFirstContact"] is not None for w in weeks) >= 6
    # The counts grouped by week in one query, the medians in another.
    assert len([s for s in statements if "FROM cases c" in s]) == 2


async def test_the_trend_across_a_change_of_offset(org: Organization) -> None:
    # New York moved its clocks forward on 9 March 2025: that week is 167 hours long.
    zone, now = ZoneInfo("America/New_York"), datetime(2025, 3, 20, 15, tzinfo=UTC)
    survey = await survey_of(org)
    for i in range(40):
        await make_case(org, survey, created=now - timedelta(hours=12 * i + 30), category=CATEGORIES[i % 5],
                        status=STATUSES[i % len(STATUSES)], contacted_after=CONTACTED[i % len(CONTACTED)])
    weeks = await loop_metrics.contact_trend(organization_id=org.id, timezone=zone.key, weeks=4, now=now)
    assert [w.start.astimezone(zone).isoformat() for w in weeks] == [
        "2025-02-21T00:00:00-05:00", "2025-02-28T00:00:00-05:00", "2025-03-07T00:00:00-05:00",
        "2025-03-14T00:00:00-04:00"]
    assert weeks[2].end.astimezone(UTC) - weeks[2].start.astimezone(UTC) == 167 * H
    assert weeks[-1].end.astimezone(zone).isoformat() == "2025-03-21T00:00:00-04:00"
    for week in weeks:
        alone = await loop_metrics.loop_metrics(organization_id=org.id, since=week.start, until=week.end, now=now)
        assert (week.detractors_contacted_within_24h, week.median_hours_to_first_contact) == (
            alone.detractors_contacted_within_24h, alone.median_hours_to_first_contact)
    assert weeks[0].detractors_contacted_within_24h is None  # before the first case
    assert all(w.median_hours_to_first_contact is not None for w in weeks[1:])
    for bad in (0, loop_metrics.MAX_TREND_WEEKS + 1):
        with pytest.raises(ValidationFailed):
            await loop_metrics.contact_trend(organization_id=org.id, timezone=zone.key, weeks=bad)


async def test_any_role_reads_the_grouped_figures_and_anonymous_callers_do_not(loop: Loop, gql: GraphQL) -> None:
    _, viewer = await create_api_key(organization=loop.org, role=Role.VIEWER)
    as_viewer = GraphQL(gql.client, viewer)
    assert (await as_viewer(LOAD))["loopMetrics"]["caseLoad"] == (await gql(LOAD))["loopMetrics"]["caseLoad"]
    assert len((await as_viewer(TREND, weeks=4))["loopTrend"]) == 4
    for query, variables in ((LOAD, {}), (TREND, {"weeks": 4})):
        refused = (await GraphQL(gql.client).raw(query, **variables)).json()
        assert refused["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    too_many = (await gql.raw(TREND, weeks=53)).json()
    assert too_many["errors"][0]["extensions"]["code"] == "VALIDATION"
