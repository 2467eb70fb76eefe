"""How well the loop is closed: open and breached cases, first-contact speed, actions by status.

Everything counts the cases and actions *created* in the window [since, until) (all time when
unset), each in its current state. Set-based SQL: a few aggregate queries whatever the volume.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from actions.models import OPEN_CASE_STATUSES, ActionStatus
from core.db import dialect
from core.errors import ValidationFailed
from core.sql import Where, fetch

CONTACT_HOURS = 24


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


def _seconds_to_first_contact() -> str:
    if dialect() == "postgres":
        return "CAST(EXTRACT(EPOCH FROM (c.first_contacted_at - c.created_at)) AS DOUBLE PRECISION)"
    return "((julianday(c.first_contacted_at) - julianday(c.created_at)) * 86400.0)"


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


async def loop_metrics(
    *, organization_id: int, since: datetime | None = None, until: datetime | None = None,
    now: datetime | None = None,
) -> LoopMetrics:
    for name, value in (("from", since), ("to", until)):
        if value is not None and value.tzinfo is None:
            raise ValidationFailed(f"{name} needs a time zone offset (ISO-8601)", field=name)
    if since is not None and until is not None and since >= until:
        raise ValidationFailed("from must be before to", field="from")
    now = now or datetime.now(UTC)
    cases = _window(organization_id, "c", since, until)
    open_list = ", ".join(f"'{s.value}'" for s in OPEN_CASE_STATUSES)
    detractor = "r.nps_category = 'detractor'"
    row = (await fetch(
        f"""SELECT
          SUM(CASE WHEN c.status IN ({open_list}) THEN 1 ELSE 0 END) AS open_cases,
          SUM(CASE WHEN c.breached THEN 1 ELSE 0 END) AS breached_cases,
          SUM(CASE WHEN {detractor} AND (c.first_contacted_at IS NOT NULL OR c.created_at <= %s)
                   THEN 1 ELSE 0 END) AS detractor_cases,
          SUM(CASE WHEN {detractor} AND c.first_contacted_at IS NOT NULL AND {_contacted_in_time()}
                   THEN 1 ELSE 0 END) AS detractors_in_time,
          SUM(CASE WHEN c.first_contacted_at IS NOT NULL THEN 1 ELSE 0 END) AS contacted
        FROM cases c LEFT JOIN responses r ON r.id = c.response_id  -- an account warning's case has none
        WHERE {cases.sql()}""",
        [now - timedelta(hours=CONTACT_HOURS), *cases.params],
    ))[0]
    detractor_cases = int(row["detractor_cases"] or 0)
    contacted = int(row["contacted"] or 0)
    median = await _median_seconds(cases, contacted) if contacted else None

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
        detractors_contacted_within_24h=(
            round(int(row["detractors_in_time"] or 0) / detractor_cases, 4) if detractor_cases else None),
        median_hours_to_first_contact=round(median / 3600, 4) if median is not None else None,
        actions_by_status=by_status,
        effective_actions=by_status[ActionStatus.CLOSED_EFFECTIVE],
        effective_actions_measured=by_status[ActionStatus.CLOSED_EFFECTIVE] - overridden[ActionStatus.CLOSED_EFFECTIVE],
        effective_actions_overridden=overridden[ActionStatus.CLOSED_EFFECTIVE],
    )


async def _median_seconds(cases: Where, contacted: int) -> float | None:
    seconds = _seconds_to_first_contact()
    where = f"{cases.sql()} AND c.first_contacted_at IS NOT NULL"
    if dialect() == "postgres":
        sql = f"SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY {seconds}) AS median FROM cases c WHERE {where}"
        rows = await fetch(sql, cases.params)
    else:
        # SQLite has no percentile: read only the middle one or two values of the sorted durations.
        sql = (f"SELECT AVG(d) AS median FROM (SELECT {seconds} AS d FROM cases c WHERE {where} "
               "ORDER BY d LIMIT %s OFFSET %s)")
        rows = await fetch(sql, [*cases.params, 2 - contacted % 2, (contacted - 1) // 2])
    value = rows[0]["median"] if rows else None
    return float(value) if value is not None else None
