"""How well the loop is closed: open and breached cases (in all and per team and assignee),
first-contact speed (in all and week by week), actions by status.

Everything counts the cases and actions *created* in the window [since, until) (all time when
unset), each in its current state. Set-based SQL: a few aggregate queries whatever the volume, the
per-team, per-assignee and per-week figures each grouped in one query.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from actions.models import OPEN_CASE_STATUSES, ActionStatus
from core.db import dialect
from core.errors import ValidationFailed
from core.sql import Where, fetch

CONTACT_HOURS = 24
MAX_TREND_WEEKS = 52
OPEN_LIST = ", ".join(f"'{s.value}'" for s in OPEN_CASE_STATUSES)
DETRACTOR = "r.nps_category = 'detractor'"
# An account warning's case has no response.
CASES_AND_RESPONSES = "FROM cases c LEFT JOIN responses r ON r.id = c.response_id"


@dataclass(frozen=True)
class LoopMetrics:
    open_cases: int
    breached_cases: int
    # Share (0..1) of detractor cases first contacted within 24 h of opening. A case not yet
    # contacted counts once its 24 h are over (a miss); before that it is undecided and left out.
    detractors_contacted_within_24h: float | None
    median_hours_to_first_contact: float | None
    actions_by_status: dict[ActionStatus, int]
    # CLOSED_EFFECTIVE = measured (the effect supports it) + overridden (closed with a reason instead).
    effective_actions: int
    effective_actions_measured: int
    effective_actions_overridden: int


@dataclass(frozen=True)
class CaseCounts:
    """A team's or an assignee's cases as the inbox's filters count them (actions.case_reads.CaseFilter):
    open, breached, and open account warnings (open with account_warning)."""

    open_cases: int
    breached_cases: int
    open_account_warnings: int


@dataclass(frozen=True)
class CaseLoad:
    # By team id and by assignee id, the groups with open or breached cases; None: in no team, and
    # assigned to nobody.
    by_team: dict[int | None, CaseCounts]
    by_assignee: dict[int | None, CaseCounts]


@dataclass(frozen=True)
class ContactWeek:
    """One week of the trend: loop_metrics' first-contact figures for the cases opened in [start, end)."""

    start: datetime
    end: datetime
    detractors_contacted_within_24h: float | None
    median_hours_to_first_contact: float | None


def _seconds_to_first_contact() -> str:
    if dialect() == "postgres":
        return "CAST(EXTRACT(EPOCH FROM (c.first_contacted_at - c.created_at)) AS DOUBLE PRECISION)"
    return "((julianday(c.first_contacted_at) - julianday(c.created_at)) * 86400.0)"


def _contact_counts() -> str:
    """The first-contact counts of cases (c) with their responses (r). Its parameter: the instant 24 h
    before now, when a case not yet contacted stops being undecided."""
    return f"""
      SUM(CASE WHEN {DETRACTOR} AND (c.first_contacted_at IS NOT NULL OR c.created_at <= %s)
               THEN 1 ELSE 0 END) AS detractor_cases,
      SUM(CASE WHEN {DETRACTOR} AND c.first_contacted_at IS NOT NULL AND {_contacted_in_time()}
               THEN 1 ELSE 0 END) AS detractors_in_time,
      SUM(CASE WHEN c.first_contacted_at IS NOT NULL THEN 1 ELSE 0 END) AS contacted"""


def _contacted_in_time() -> str:
    # Compared as instants, not as a float of seconds: exactly 24 h is in time on both databases
    # (SQLite's julianday keeps whole milliseconds, and adds the modifier to them exactly).
    if dialect() == "postgres":
        return f"c.first_contacted_at <= c.created_at + INTERVAL '{CONTACT_HOURS} hours'"
    return f"julianday(c.first_contacted_at) <= julianday(c.created_at, '+{CONTACT_HOURS} hours')"


def _window(organization_id: int, alias: str, since: datetime | None, until: datetime | None) -> Where:
    where = Where()
    where.add(f"{alias}.organization_id = %s", organization_id)
    if since is not None:
        where.add(f"{alias}.created_at >= %s", since)
    if until is not None:
        where.add(f"{alias}.created_at < %s", until)
    return where


def check_window(since: datetime | None, until: datetime | None) -> None:
    for name, value in (("from", since), ("to", until)):
        if value is not None and value.tzinfo is None:
            raise ValidationFailed(f"{name} needs a time zone offset (ISO-8601)", field=name)
    if since is not None and until is not None and since >= until:
        raise ValidationFailed("from must be before to", field="from")


async def loop_metrics(
    *, organization_id: int, since: datetime | None = None, until: datetime | None = None,
    now: datetime | None = None,
) -> LoopMetrics:
    check_window(since, until)
    now = now or datetime.now(UTC)
    cases = _window(organization_id, "c", since, until)
    row = (await fetch(
        f"""SELECT
          SUM(CASE WHEN c.status IN ({OPEN_LIST}) THEN 1 ELSE 0 END) AS open_cases,
          SUM(CASE WHEN c.breached THEN 1 ELSE 0 END) AS breached_cases,
          {_contact_counts()}
        {CASES_AND_RESPONSES} WHERE {cases.sql()}""",
        [now - timedelta(hours=CONTACT_HOURS), *cases.params],
    ))[0]
    medians = await _median_seconds(cases) if row["contacted"] else {}

    actions = _window(organization_id, "a", since, until)
    by_status = {status: 0 for status in ActionStatus}
    overridden = {status: 0 for status in ActionStatus}
    for counted in await fetch(
        "SELECT a.status AS status, COUNT(*) AS n, "
        "SUM(CASE WHEN a.verdict_override_reason IS NOT NULL THEN 1 ELSE 0 END) AS overridden "
        f"FROM actions a WHERE {actions.sql()} GROUP BY a.status",
        actions.params,
    ):
        by_status[ActionStatus(counted["status"])] = int(counted["n"])
        overridden[ActionStatus(counted["status"])] = int(counted["overridden"] or 0)
    return LoopMetrics(
        open_cases=int(row["open_cases"] or 0),
        breached_cases=int(row["breached_cases"] or 0),
        detractors_contacted_within_24h=_share_in_time(row),
        median_hours_to_first_contact=_hours(medians.get(0)),
        actions_by_status=by_status,
        effective_actions=by_status[ActionStatus.CLOSED_EFFECTIVE],
        effective_actions_measured=by_status[ActionStatus.CLOSED_EFFECTIVE] - overridden[ActionStatus.CLOSED_EFFECTIVE],
        effective_actions_overridden=overridden[ActionStatus.CLOSED_EFFECTIVE],
    )


async def case_load(
    *, organization_id: int, since: datetime | None = None, until: datetime | None = None,
) -> CaseLoad:
    """Open, breached and open account-warning cases per team and per assignee: one grouped query each."""
    check_window(since, until)
    cases = _window(organization_id, "c", since, until)
    counts = f"""SUM(CASE WHEN c.status IN ({OPEN_LIST}) THEN 1 ELSE 0 END) AS open_cases,
        SUM(CASE WHEN c.breached THEN 1 ELSE 0 END) AS breached_cases,
        SUM(CASE WHEN c.status IN ({OPEN_LIST}) AND c.response_id IS NULL THEN 1 ELSE 0 END) AS open_warnings"""

    async def grouped(column: str) -> dict[int | None, CaseCounts]:
        rows = await fetch(f"SELECT c.{column} AS grp, {counts} FROM cases c WHERE {cases.sql()} GROUP BY c.{column}",
                           cases.params)
        found = {row["grp"]: CaseCounts(open_cases=int(row["open_cases"] or 0),
                                        breached_cases=int(row["breached_cases"] or 0),
                                        open_account_warnings=int(row["open_warnings"] or 0)) for row in rows}
        return {group: c for group, c in found.items() if c.open_cases or c.breached_cases}

    return CaseLoad(by_team=await grouped("team_id"), by_assignee=await grouped("assignee_id"))


def trend_weeks(weeks: int, zone: ZoneInfo, now: datetime) -> list[tuple[datetime, datetime]]:
    """`weeks` weeks [start, end) of local days ending at the start of the next local day (today is in
    the last week), oldest first."""
    end = now.astimezone(zone).date() + timedelta(days=1)
    starts = [end - timedelta(days=7 * (weeks - i)) for i in range(weeks)]
    return [(_midnight(day, zone), _midnight(day + timedelta(days=7), zone)) for day in starts]


def _midnight(day: date, zone: ZoneInfo) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=zone)


async def contact_trend(
    *, organization_id: int, timezone: str, weeks: int, now: datetime | None = None,
) -> list[ContactWeek]:
    """loop_metrics' first-contact figures for each of the last `weeks` weeks (trend_weeks in the
    organisation's zone): the cases opened in each, grouped by week in one query (and one for the medians)."""
    if not 1 <= weeks <= MAX_TREND_WEEKS:
        raise ValidationFailed(f"weeks must be between 1 and {MAX_TREND_WEEKS}", field="weeks")
    now = now or datetime.now(UTC)
    spans = trend_weeks(weeks, ZoneInfo(timezone), now)
    cases = _window(organization_id, "c", spans[0][0], spans[-1][1])
    # The week's index, from the ends of every week but the last (the window bounds that one).
    week = ("CASE " + " ".join(f"WHEN c.created_at < %s THEN {i}" for i in range(weeks - 1)) + f" ELSE {weeks - 1} END"
            if weeks > 1 else "0")
    ends = [end for _, end in spans[:-1]]
    rows = await fetch(
        f"SELECT {week} AS grp, {_contact_counts()} "
        f"{CASES_AND_RESPONSES} WHERE {cases.sql()} GROUP BY 1",
        [*ends, now - timedelta(hours=CONTACT_HOURS), *cases.params])
    counted = {int(row["grp"]): row for row in rows}
    contacted = any(row["contacted"] for row in rows)
    medians = await _median_seconds(cases, group=week, group_params=ends) if contacted else {}
    return [ContactWeek(start=start, end=end,
                        detractors_contacted_within_24h=_share_in_time(counted[i]) if i in counted else None,
                        median_hours_to_first_contact=_hours(medians.get(i)))
            for i, (start, end) in enumerate(spans)]


def _share_in_time(row: dict[str, Any]) -> float | None:
    detractor_cases = int(row["detractor_cases"] or 0)
    return round(int(row["detractors_in_time"] or 0) / detractor_cases, 4) if detractor_cases else None


def _hours(seconds: float | None) -> float | None:
    return round(seconds / 3600, 4) if seconds is not None else None


async def _median_seconds(cases: Where, *, group: str = "0", group_params: list[Any] | None = None) -> dict[int, float]:
    """The median seconds to first contact of the contacted cases, per value of the integer SQL
    expression `group` (with its parameters): groups without a contacted case are absent."""
    seconds = _seconds_to_first_contact()
    where = f"{cases.sql()} AND c.first_contacted_at IS NOT NULL"
    params = [*(group_params or []), *cases.params]
    if dialect() == "postgres":
        sql = (f"SELECT {group} AS grp, percentile_cont(0.5) WITHIN GROUP (ORDER BY {seconds}) AS median "
               f"FROM cases c WHERE {where} GROUP BY 1")
    else:
        # SQLite has no percentile: the mean of the middle one or two of each group's sorted durations.
        sql = ("SELECT grp, AVG(d) AS median FROM (SELECT grp, d, ROW_NUMBER() OVER (PARTITION BY grp ORDER BY d) "
               f"AS k, COUNT(*) OVER (PARTITION BY grp) AS n FROM (SELECT {group} AS grp, {seconds} AS d FROM cases c "
               f"WHERE {where})) WHERE 2 * k IN (n, n + 1, n + 2) GROUP BY grp")
    return {int(row["grp"]): float(row["median"]) for row in await fetch(sql, params) if row["median"] is not None}
