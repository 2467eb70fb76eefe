"""NPS, CSAT, CES, displays and response rate, aggregated in SQL, bucketed in the organisation's
time zone.

Units, the same across the API: rates and shares are fractions 0..1 (the response rate); scores
stay on their industry scales (NPS -100..100, CSAT the percentage of satisfied answers 0..100, CES
the mean answer 1..7).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from core.db import dialect
from core.sql import Where, fetch
from surveys import windows
from surveys.filters import ResponseFilter, response_where
from surveys.models import DISPLAY_CHANNELS, SurveyPurpose

Z95 = 1.959964
NPS_PSEUDO_COUNT = 1  # pseudo-answers per category in the NPS margin's variance (nps_margin)
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
    nps_margin_of_error: float | None
    promoters: int
    passives: int
    detractors: int
    csat: float | None
    ces: float | None
    partial: bool  # the bucket's time is not all inside the window and the past: not comparable in size


@dataclass(frozen=True)
class Metrics:
    responses: int
    displays: int
    # Answers through DISPLAY_CHANNELS / displays through them; None without displays, or when the
    # filter selects answers by what a display does not have (selects_by_row): no like denominator.
    response_rate: float | None
    # The rate's numerator and denominator: answers and displays through DISPLAY_CHANNELS; None when
    # the rate is None for the filter (selects_by_row). Without displays rate_displays is 0 (and the
    # rate None) while rate_responses may not be: link answers need no recorded display.
    rate_responses: int | None
    rate_displays: int | None
    nps: Nps | None
    csat: Csat | None
    ces: Ces | None
    series: list[Point]


# The channels of the response rate, as SQL (constants, not input).
RATE_CHANNELS = ", ".join(f"'{channel.value}'" for channel in DISPLAY_CHANNELS)

# One row of counts; summing rows (series buckets, SQLite slots) stays exact.
AGGREGATES = f"""
    COUNT(*) AS responses,
    SUM(CASE WHEN r.channel IN ({RATE_CHANNELS}) THEN 1 ELSE 0 END) AS rate_responses,
    SUM(CASE WHEN r.nps_category = 'promoter' THEN 1 ELSE 0 END) AS promoters,
    SUM(CASE WHEN r.nps_category = 'passive' THEN 1 ELSE 0 END) AS passives,
    SUM(CASE WHEN r.nps_category = 'detractor' THEN 1 ELSE 0 END) AS detractors,
    SUM(CASE WHEN s.kind = 'csat' AND r.score IS NOT NULL THEN 1 ELSE 0 END) AS csat_n,
    SUM(CASE WHEN s.kind = 'csat' AND r.score >= 4 THEN 1 ELSE 0 END) AS csat_ok,
    SUM(CASE WHEN s.kind = 'ces' AND r.score IS NOT NULL THEN 1 ELSE 0 END) AS ces_n,
    SUM(CASE WHEN s.kind = 'ces' THEN r.score ELSE 0 END) AS ces_sum
"""
COUNT_KEYS = ("responses", "rate_responses", "promoters", "passives", "detractors", "csat_n", "csat_ok", "ces_n",
              "ces_sum")


# The same counts from survey_activity (a), per survey kind from its slot totals.
ACTIVITY_AGGREGATES = f"""
    SUM(a.responses) AS responses,
    SUM(CASE WHEN a.channel IN ({RATE_CHANNELS}) THEN a.responses ELSE 0 END) AS rate_responses,
    SUM(a.promoters) AS promoters,
    SUM(a.passives) AS passives,
    SUM(a.detractors) AS detractors,
    SUM(CASE WHEN s.kind = 'csat' THEN a.scored ELSE 0 END) AS csat_n,
    SUM(CASE WHEN s.kind = 'csat' THEN a.satisfied ELSE 0 END) AS csat_ok,
    SUM(CASE WHEN s.kind = 'ces' THEN a.scored ELSE 0 END) AS ces_n,
    SUM(CASE WHEN s.kind = 'ces' THEN a.score_sum ELSE 0 END) AS ces_sum,
    SUM(a.displays) AS displays,
    SUM(CASE WHEN a.channel IN ({RATE_CHANNELS}) THEN a.displays ELSE 0 END) AS rate_displays
"""
SLOT = timedelta(seconds=SLOT_SECONDS)
Buckets = dict[date, dict[str, int]]


@dataclass
class Counts:
    totals: dict[str, int]
    displays: int
    rate_displays: int  # displays through DISPLAY_CHANNELS
    buckets: Buckets

    def add(self, other: Counts) -> None:
        self.totals = _sum(self.totals, other.totals)
        self.displays += other.displays
        self.rate_displays += other.rate_displays
        for day, counts in other.buckets.items():
            self.buckets[day] = _sum(self.buckets.get(day, dict.fromkeys(COUNT_KEYS, 0)), counts)


async def compute_metrics(
    *, organization_id: int, timezone: str, flt: ResponseFilter, interval: Interval | None
) -> Metrics:
    zone = ZoneInfo(timezone)
    counts = await _from_activity(organization_id, flt, zone, interval)
    if counts is None:
        counts = await _from_rows(organization_id, flt, zone, interval)
    series = _points(counts.buckets, zone, interval, flt, datetime.now(UTC)) if interval else []
    return figures_of(counts, by_row=selects_by_row(flt), series=series)


def figures_of(counts: Counts, *, by_row: bool, series: list[Point]) -> Metrics:
    """The figures of counts (compute_metrics; surveys.page_figures for a page of surveys at once)."""
    totals = counts.totals
    return Metrics(
        responses=totals["responses"],
        displays=counts.displays,
        response_rate=round(totals["rate_responses"] / counts.rate_displays, 4)
        if counts.rate_displays and not by_row else None,
        rate_responses=None if by_row else totals["rate_responses"],
        rate_displays=None if by_row else counts.rate_displays,
        nps=nps_of(totals),
        csat=csat_of(totals),
        ces=ces_of(totals),
        series=series,
    )


def selects_by_row(flt: ResponseFilter) -> bool:
    """Whether the filter needs the responses' own values (category, score, comment, completion,
    attributes, topic, search), which neither the slots nor the displays have."""
    return ((flt.nps_category, flt.min_score, flt.max_score, flt.has_comment, flt.completed) != (None,) * 5
            or bool(flt.attributes) or bool(flt.extra))


async def _from_rows(organization_id: int, flt: ResponseFilter, zone: ZoneInfo, interval: Interval | None) -> Counts:
    """Every response and display in the window: any filter, cost in proportion to the rows."""
    source, params = rows_source(organization_id, flt)
    totals, buckets = await _tally(select=AGGREGATES, source=source, params=params, zone=zone, interval=interval,
                                   keys=COUNT_KEYS)
    displays, rate_displays = await _displays(organization_id, flt)
    return Counts(totals, displays, rate_displays, buckets)


async def _from_activity(
    organization_id: int, flt: ResponseFilter, zone: ZoneInfo, interval: Interval | None
) -> Counts | None:
    """The counts per slot (survey_activity) for the whole slots of the window, and the rows of the
    partial slots at its edges: cost in proportion to the slots. None where the filter needs the
    rows themselves (category, score, comment, attributes, topic, search) or the window is shorter
    than a slot."""
    if selects_by_row(flt):
        return None
    window = windows.split(flt, SLOT)
    if window is None:
        return None
    where = window.where(organization_id, flt, "a", "slot")
    own_surveys(where, flt, "s")
    if flt.channel is not None:
        where.add("a.channel = %s", flt.channel.value)
    totals, buckets = await _tally(
        select=ACTIVITY_AGGREGATES, source=f"FROM survey_activity a JOIN surveys s ON s.id = a.survey_id "
        f"WHERE {where.sql()}", params=where.params, zone=zone, interval=interval,
        keys=(*COUNT_KEYS, "displays", "rate_displays"), at=f"to_timestamp(a.slot * {SLOT_SECONDS})", slot="a.slot")
    counts = Counts(totals, totals.pop("displays"), totals.pop("rate_displays"), buckets)
    # The partial slots at the edges, from their rows (at most 15 minutes each).
    for edge in window.edges:
        counts.add(await _from_rows(organization_id, edge, zone, interval))
    return counts


async def _tally(
    *, select: str, source: str, params: list[Any], zone: ZoneInfo, interval: Interval | None, keys: tuple[str, ...],
    **time: str,
) -> tuple[dict[str, int], Buckets]:
    """The totals of `keys` over `source`, and with an interval its buckets (COUNT_KEYS): one query
    either way, the totals being the buckets' sums. `time`: grouped_buckets' `at` and `slot`."""
    if interval is None:
        row = (await fetch(f"SELECT {select} {source}", params))[0]
        return {key: int(row[key] or 0) for key in keys}, {}
    grouped = await grouped_buckets(select=select, source=source, params=params, zone=zone, interval=interval,
                                    keys=keys, **time)
    totals = dict.fromkeys(keys, 0)
    for counts in grouped.values():
        for key in keys:
            totals[key] += counts[key]
    # A slot with displays only has no answers: like the rows, it makes no bucket (nor widens the series).
    return totals, {day: {key: counts[key] for key in COUNT_KEYS} for (_, day), counts in grouped.items()
                    if counts["responses"]}


def rows_source(organization_id: int, flt: ResponseFilter, join: str = "") -> tuple[str, list[Any]]:
    """"FROM ... WHERE ..." over the matching responses (r) and their surveys (s), with `join` (SQL
    without parameters) after them, and its parameters."""
    where = response_where(organization_id, flt)
    own_surveys(where, flt, "s")
    return f"FROM responses r JOIN surveys s ON s.id = r.survey_id {join} WHERE {where.sql()}", where.params


def own_surveys(where: Where, flt: ResponseFilter, alias: str) -> None:
    """Organisation-wide figures are of the organisation's own surveys: a system survey's answers
    (the re-survey's CSAT) would otherwise blend into its CSAT. Asked for by id, any survey counts."""
    if flt.survey_id is None:
        where.add(f"{alias}.purpose = %s", SurveyPurpose.ORDINARY.value)


async def system_responses(*, organization_id: int, flt: ResponseFilter) -> int:
    """The answers `flt` matches that own_surveys leaves out of organisation-wide figures: those of
    system surveys (the re-survey). A list of responses counts them, so a reader needs the number
    to reconcile the two. 0 when `flt` names a survey (then its figures are of that survey). One query."""
    if flt.survey_id is not None:
        return 0
    where = response_where(organization_id, flt)
    where.add("s.purpose <> %s", SurveyPurpose.ORDINARY.value)
    rows = await fetch("SELECT COUNT(*) AS n FROM responses r JOIN surveys s ON s.id = r.survey_id "
                       f"WHERE {where.sql()}", where.params)
    return int(rows[0]["n"])


def _sum(a: dict[str, int], b: dict[str, int]) -> dict[str, int]:
    return {key: a[key] + b[key] for key in COUNT_KEYS}


def nps_of(counts: dict[str, int]) -> Nps | None:
    promoters, passives, detractors = counts["promoters"], counts["passives"], counts["detractors"]
    n = promoters + passives + detractors
    if n == 0:
        return None
    return Nps(
        score=round(100 * (promoters / n - detractors / n), 4),
        promoters=promoters,
        passives=passives,
        detractors=detractors,
        margin_of_error=nps_margin(promoters, passives, detractors),
    )


def nps_variance(promoters: int, passives: int, detractors: int) -> float:
    """The variance of one answer's +1/0/-1 with the small-sample correction nps_margin describes
    (0 without answers)."""
    n = promoters + passives + detractors
    if n == 0:
        return 0.0
    shrunk = n + 3 * NPS_PSEUDO_COUNT
    p, d = (promoters + NPS_PSEUDO_COUNT) / shrunk, (detractors + NPS_PSEUDO_COUNT) / shrunk
    return p + d - (p - d) ** 2


def nps_margin(promoters: int, passives: int, detractors: int) -> float:
    """Half-width of the 95 % interval of the NPS, in points, with a small-sample correction.

    NPS is the mean of +1/0/-1 per respondent, so the normal approximation's variance is
    p + d - (p - d)^2. On its own that is 0 whenever every answer falls in one category (1-3 answers,
    all promoters: "100 ± 0"), telling a reader the figure is exact when it is the least certain. So the
    shares in the variance are taken with NPS_PSEUDO_COUNT pseudo-answers added to each category
    (Agresti-Caffo style "add a success and a failure"), which keeps them off 0 and 1: one answer gives
    about ±163 (wider than the scale: nothing is known yet), four of one kind about ±71, ten about ±36;
    the console clamps the interval to -100..100 where it draws one. The standard error still
    divides by the real number of answers, not n + 3: the score is not re-centred on the
    pseudo-answers, and counting them as answers would narrow the interval around the observed score
    (5 promoters, 3 passives, 2 detractors: 43 instead of 50). The pseudo-answers' weight fades with
    n: from a few hundred answers spread over the categories the margin moves by well under a point
    (200 promoters alone: ±2.2 instead of ±0).
    Every NPS margin in the API (totals, buckets, segments, touchpoints, account segments, an action's
    windows) comes from here, and an action's before/after difference (actions.effect) uses the same
    variance (nps_variance).
    """
    n = promoters + passives + detractors
    if n == 0:
        return 0.0
    return round(100 * Z95 * math.sqrt(nps_variance(promoters, passives, detractors) / n), 4)


def csat_of(counts: dict[str, int]) -> Csat | None:
    """CSAT from COUNT_KEYS counts; None without scored CSAT answers."""
    if not counts["csat_n"]:
        return None
    return Csat(score=_pct(counts["csat_ok"], counts["csat_n"]), satisfied=counts["csat_ok"],
                responses=counts["csat_n"])


def ces_of(counts: dict[str, int]) -> Ces | None:
    """CES from COUNT_KEYS counts; None without scored CES answers."""
    return Ces(average=round(counts["ces_sum"] / counts["ces_n"], 4), responses=counts["ces_n"]) if counts["ces_n"] \
        else None


def _pct(part: int, whole: int) -> float:
    return round(100 * part / whole, 4) if whole else 0.0


async def _displays(organization_id: int, flt: ResponseFilter) -> tuple[int, int]:
    """Displays in the survey, channel and window of `flt`: all of them, and those through DISPLAY_CHANNELS."""
    where = Where()
    where.add("d.organization_id = %s", organization_id)
    if flt.survey_id is not None:
        where.add("d.survey_id = %s", flt.survey_id)
    own_surveys(where, flt, "s")
    if flt.since is not None:
        where.add("d.created_at >= %s", flt.since)
    if flt.until is not None:
        where.add("d.created_at < %s", flt.until)
    if flt.channel is not None:
        where.add("d.channel = %s", flt.channel.value)
    rows = await fetch(f"SELECT COUNT(*) AS n, SUM(CASE WHEN d.channel IN ({RATE_CHANNELS}) THEN 1 ELSE 0 END) "
                       f"AS rated FROM displays d JOIN surveys s ON s.id = d.survey_id WHERE {where.sql()}",
                       where.params)
    return int(rows[0]["n"]), int(rows[0]["rated"] or 0)


async def grouped_buckets(
    *, select: str, source: str, params: list[Any], zone: ZoneInfo, interval: Interval, keys: tuple[str, ...],
    group: str | None = None, at: str = "r.submitted_at", slot: str = f"unixepoch(r.submitted_at) / {SLOT_SECONDS}",
) -> dict[tuple[Any, date], dict[str, int]]:
    """Counts per (group value, local bucket start) over `source` ("FROM ... WHERE ...", responses as r).

    `select` lists integer aggregates named by `keys`; `group` is an optional extra column; `at` is the
    time bucketed (PostgreSQL) and `slot` its 15-minute UTC slot number (SQLite).
    """
    out: dict[tuple[Any, date], dict[str, int]] = {}
    group_sql = f"{group} AS grp, " if group else "NULL AS grp, "
    if dialect() == "postgres":
        sql = (f"SELECT {group_sql}date_trunc('{interval.value}', {at} AT TIME ZONE %s) AS bucket, "
               f"{select} {source} GROUP BY grp, bucket")
        for row in await fetch(sql, [zone.key, *params]):
            out[(row["grp"], row["bucket"].date())] = {k: int(row[k] or 0) for k in keys}
        return out
    # SQLite has no time zones: aggregate per 15-minute UTC slot in SQL, fold slots into local
    # buckets here (exact for every real offset and across DST changes).
    sql = f"SELECT {group_sql}{slot} AS slot_n, {select} {source} GROUP BY grp, slot_n"
    for row in await fetch(sql, params):
        local = datetime.fromtimestamp(int(row["slot_n"]) * SLOT_SECONDS, UTC).astimezone(zone)
        counts = out.setdefault((row["grp"], truncate(local.date(), interval)), dict.fromkeys(keys, 0))
        for k in keys:
            counts[k] += int(row[k] or 0)
    return out


def bucket_days(
    present: list[date], *, zone: ZoneInfo, interval: Interval, since: datetime | None, until: datetime | None
) -> list[date]:
    """Every bucket from the window's start (or the first data) to its end (or the last data)."""
    if not present and (since is None or until is None):
        return []
    start = truncate(since.astimezone(zone).date(), interval) if since else min(present)
    end = truncate((until - timedelta(microseconds=1)).astimezone(zone).date(), interval) if until else max(present)
    days: list[date] = []
    day = start
    while day <= end and len(days) < MAX_BUCKETS:
        days.append(day)
        day = next_bucket(day, interval)
    return days


def bucket_start(day: date, zone: ZoneInfo) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=zone)


def bucket_is_partial(
    start: datetime, *, interval: Interval, since: datetime | None, until: datetime | None, now: datetime
) -> bool:
    """Whether the bucket starting at `start` (a local midnight from bucket_start) covers less than its
    whole interval: it ends after now or after the window's end (the last bucket, still filling or cut
    off), or starts before the window's start (the first bucket, cut off)."""
    end = datetime.combine(next_bucket(start.date(), interval), start.timetz())
    covered_until = min(windows.aware(until), now) if until is not None else now
    return end > covered_until or (since is not None and start < windows.aware(since))


def _points(buckets: Buckets, zone: ZoneInfo, interval: Interval, flt: ResponseFilter, now: datetime) -> list[Point]:
    points: list[Point] = []
    for day in bucket_days(list(buckets), zone=zone, interval=interval, since=flt.since, until=flt.until):
        counts = buckets.get(day, dict.fromkeys(COUNT_KEYS, 0))
        nps = nps_of(counts)
        start = bucket_start(day, zone)
        points.append(Point(
            bucket_start=start,
            responses=counts["responses"],
            nps=nps.score if nps else None,
            nps_margin_of_error=nps.margin_of_error if nps else None,
            promoters=counts["promoters"],
            passives=counts["passives"],
            detractors=counts["detractors"],
            csat=_pct(counts["csat_ok"], counts["csat_n"]) if counts["csat_n"] else None,
            ces=round(counts["ces_sum"] / counts["ces_n"], 4) if counts["ces_n"] else None,
            partial=bucket_is_partial(start, interval=interval, since=flt.since, until=flt.until, now=now),
        ))
    return points


def truncate(day: date, interval: Interval) -> date:
    if interval == Interval.WEEK:
        return day - timedelta(days=day.weekday())
    if interval == Interval.MONTH:
        return day.replace(day=1)
    return day


def next_bucket(day: date, interval: Interval) -> date:
    if interval == Interval.DAY:
        return day + timedelta(days=1)
    if interval == Interval.WEEK:
        return day + timedelta(days=7)
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1)
