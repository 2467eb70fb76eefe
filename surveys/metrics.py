"""NPS, CSAT, CES, displays and response rate, aggregated in SQL, bucketed in the organisation's
time zone."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from core.db import dialect
from core.sql import Where, fetch
from surveys.filters import ResponseFilter, response_where

Z95 = 1.959964
MAX_BUCKETS = 2000
SLOT_SECONDS = 900  # every real UTC offset is a multiple of 15 minutes


class Interval(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"


@dataclass(frozen=True)
class Nps:
    score: float
    promoters: int
    passives: int
    detractors: int
    margin_of_error: float


@dataclass(frozen=True)
class Csat:
    score: float
    satisfied: int
    responses: int


@dataclass(frozen=True)
class Ces:
    average: float
    responses: int


@dataclass(frozen=True)
class Point:
    bucket_start: datetime
    responses: int
    nps: float | None
    csat: float | None
    ces: float | None


@dataclass(frozen=True)
class Metrics:
    responses: int
    displays: int
    response_rate: float | None
    nps: Nps | None
    csat: Csat | None
    ces: Ces | None
    series: list[Point]


# One row of counts; summing rows (series buckets, SQLite slots) stays exact.
AGGREGATES = """
    COUNT(*) AS responses,
    SUM(CASE WHEN r.nps_category = 'promoter' THEN 1 ELSE 0 END) AS promoters,
    SUM(CASE WHEN r.nps_category = 'passive' THEN 1 ELSE 0 END) AS passives,
    SUM(CASE WHEN r.nps_category = 'detractor' THEN 1 ELSE 0 END) AS detractors,
    SUM(CASE WHEN s.kind = 'csat' AND r.score IS NOT NULL THEN 1 ELSE 0 END) AS csat_n,
    SUM(CASE WHEN s.kind = 'csat' AND r.score >= 4 THEN 1 ELSE 0 END) AS csat_ok,
    SUM(CASE WHEN s.kind = 'ces' AND r.score IS NOT NULL THEN 1 ELSE 0 END) AS ces_n,
    SUM(CASE WHEN s.kind = 'ces' THEN r.score ELSE 0 END) AS ces_sum
"""
COUNT_KEYS = ("responses", "promoters", "passives", "detractors", "csat_n", "csat_ok", "ces_n", "ces_sum")


async def compute_metrics(
    *, organization_id: int, timezone: str, flt: ResponseFilter, interval: Interval | None
) -> Metrics:
    where = response_where(organization_id, flt)
    totals = _counts((await fetch(
        f"SELECT {AGGREGATES} FROM responses r JOIN surveys s ON s.id = r.survey_id WHERE {where.sql()}",
        where.params,
    ))[0])
    displays = await _displays(organization_id, flt)
    series = await _series(where, ZoneInfo(timezone), interval, flt) if interval else []
    responses = totals["responses"]
    return Metrics(
        responses=responses,
        displays=displays,
        response_rate=round(responses / displays, 4) if displays else None,
        nps=nps_of(totals),
        csat=Csat(score=_pct(totals["csat_ok"], totals["csat_n"]), satisfied=totals["csat_ok"],
                  responses=totals["csat_n"]) if totals["csat_n"] else None,
        ces=Ces(average=round(totals["ces_sum"] / totals["ces_n"], 4), responses=totals["ces_n"])
        if totals["ces_n"] else None,
        series=series,
    )


def nps_of(counts: dict[str, int]) -> Nps | None:
    promoters, passives, detractors = counts["promoters"], counts["passives"], counts["detractors"]
    n = promoters + passives + detractors
    if n == 0:
        return None
    p, d = promoters / n, detractors / n
    # NPS is the mean of +1/0/-1 per respondent; its variance gives the normal-approximation interval.
    variance = p + d - (p - d) ** 2
    return Nps(
        score=round(100 * (p - d), 4),
        promoters=promoters,
        passives=passives,
        detractors=detractors,
        margin_of_error=round(100 * Z95 * math.sqrt(variance / n), 4),
    )


def _pct(part: int, whole: int) -> float:
    return round(100 * part / whole, 4) if whole else 0.0


def _counts(row: dict[str, Any]) -> dict[str, int]:
    return {key: int(row.get(key) or 0) for key in COUNT_KEYS}


async def _displays(organization_id: int, flt: ResponseFilter) -> int:
    where = Where()
    where.add("d.organization_id = %s", organization_id)
    if flt.survey_id is not None:
        where.add("d.survey_id = %s", flt.survey_id)
    if flt.since is not None:
        where.add("d.created_at >= %s", flt.since)
    if flt.until is not None:
        where.add("d.created_at < %s", flt.until)
    if flt.channel is not None:
        where.add("d.channel = %s", flt.channel.value)
    rows = await fetch(f"SELECT COUNT(*) AS n FROM displays d WHERE {where.sql()}", where.params)
    return int(rows[0]["n"])


async def _series(where: Where, zone: ZoneInfo, interval: Interval, flt: ResponseFilter) -> list[Point]:
    buckets: dict[date, dict[str, int]] = {}
    if dialect() == "postgres":
        sql = (
            f"SELECT date_trunc('{interval.value}', r.submitted_at AT TIME ZONE %s) AS bucket, {AGGREGATES} "
            f"FROM responses r JOIN surveys s ON s.id = r.survey_id WHERE {where.sql()} GROUP BY bucket"
        )
        for row in await fetch(sql, [zone.key, *where.params]):
            buckets[row["bucket"].date()] = _counts(row)
    else:
        # SQLite has no time zones: aggregate per 15-minute UTC slot in SQL, fold slots into local
        # buckets here (exact for every real offset and across DST changes).
        sql = (
            f"SELECT unixepoch(r.submitted_at) / {SLOT_SECONDS} AS slot, {AGGREGATES} "
            f"FROM responses r JOIN surveys s ON s.id = r.survey_id WHERE {where.sql()} GROUP BY slot"
        )
        for row in await fetch(sql, where.params):
            local = datetime.fromtimestamp(int(row["slot"]) * SLOT_SECONDS, UTC).astimezone(zone)
            key = _truncate(local.date(), interval)
            counts = buckets.setdefault(key, dict.fromkeys(COUNT_KEYS, 0))
            for name, value in _counts(row).items():
                counts[name] += value
    if not buckets and (flt.since is None or flt.until is None):
        return []
    start = _truncate(flt.since.astimezone(zone).date(), interval) if flt.since else min(buckets)
    end = _truncate((flt.until - timedelta(microseconds=1)).astimezone(zone).date(), interval) if flt.until \
        else max(buckets)
    points: list[Point] = []
    day = start
    while day <= end and len(points) < MAX_BUCKETS:
        counts = buckets.get(day, dict.fromkeys(COUNT_KEYS, 0))
        nps = nps_of(counts)
        points.append(Point(
            bucket_start=datetime(day.year, day.month, day.day, tzinfo=zone),
            responses=counts["responses"],
            nps=nps.score if nps else None,
            csat=_pct(counts["csat_ok"], counts["csat_n"]) if counts["csat_n"] else None,
            ces=round(counts["ces_sum"] / counts["ces_n"], 4) if counts["ces_n"] else None,
        ))
        day = _next(day, interval)
    return points


def _truncate(day: date, interval: Interval) -> date:
    if interval == Interval.WEEK:
        return day - timedelta(days=day.weekday())
    if interval == Interval.MONTH:
        return day.replace(day=1)
    return day


def _next(day: date, interval: Interval) -> date:
    if interval == Interval.DAY:
        return day + timedelta(days=1)
    if interval == Interval.WEEK:
        return day + timedelta(days=7)
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1)
