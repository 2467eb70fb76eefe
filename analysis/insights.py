"""Topic insights for product managers, aggregated in SQL over any window: size, share, NPS of
the topic's responses, NPS impact, sentiment mix, trend, representative comments, emerging."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from analysis.models import Topic, TopicModelVersion
from core.sql import Where, fetch
from surveys import windows
from surveys.filters import ResponseFilter, response_where
from surveys.metrics import SLOT_SECONDS, Interval, bucket_days, bucket_start, grouped_buckets, next_bucket
from surveys.windows import HOUR

POSITIVE, NEGATIVE = 0.2, -0.2
EMERGING_Z = 1.96
EMERGING_MIN_SIZE = 5
EMERGING_MIN_GROWTH = 1.5

TOPIC_COUNTS = """
    COUNT(*) AS n,
    SUM(CASE WHEN r.nps_category = 'promoter' THEN 1 ELSE 0 END) AS promoters,
    SUM(CASE WHEN r.nps_category = 'detractor' THEN 1 ELSE 0 END) AS detractors,
    SUM(CASE WHEN r.nps_category IS NOT NULL THEN 1 ELSE 0 END) AS nps_n,
    SUM(CASE WHEN a.sentiment > 0.2 THEN 1 ELSE 0 END) AS positive,
    SUM(CASE WHEN a.sentiment < -0.2 THEN 1 ELSE 0 END) AS negative,
    SUM(CASE WHEN a.sentiment IS NOT NULL THEN 1 ELSE 0 END) AS scored
"""
# At most this many hours are listed for a topic's page (newest_comment_hours).
MAX_PAGE_HOURS = 200
KEYS = ("n", "promoters", "detractors", "nps_n", "positive", "negative", "scored")


@dataclass(frozen=True)
class TopicInsight:
    topic: Topic
    size: int
    share: float
    nps: float | None
    nps_impact: float | None
    positive: float
    neutral: float
    negative: float
    emerging: bool


def _nps(promoters: int, detractors: int, n: int) -> float | None:
    return round(100 * (promoters - detractors) / n, 4) if n else None


def _source(organization_id: int, flt: ResponseFilter) -> tuple[str, list[Any]]:
    where = response_where(organization_id, flt)
    where.add("a.organization_id = %s", organization_id)
    return f"FROM comment_analyses a JOIN responses r ON r.id = a.response_id WHERE {where.sql()}", where.params


async def _counts(organization_id: int, flt: ResponseFilter) -> dict[int | None, dict[str, int]]:
    """The counts per topic (None: without one) of the analyses whose responses match `flt`."""
    counts = await _from_activity(organization_id, flt)
    return counts if counts is not None else await _from_rows(organization_id, flt)


async def _from_rows(organization_id: int, flt: ResponseFilter) -> dict[int | None, dict[str, int]]:
    source, params = _source(organization_id, flt)
    rows = await fetch(f"SELECT a.topic_id AS topic_id, {TOPIC_COUNTS} {source} GROUP BY a.topic_id", params)
    return {row["topic_id"]: {k: int(row[k] or 0) for k in KEYS} for row in rows}


async def _from_activity(organization_id: int, flt: ResponseFilter) -> dict[int | None, dict[str, int]] | None:
    """The counts per hour (topic_activity, kept by triggers) for the whole hours of the window, and
    the rows of the partial hours at its edges: cost in proportion to the hours, not the answers.
    None where the filter needs the rows themselves (anything but survey and window) or the window
    is shorter than an hour."""
    hours = _whole_hours(organization_id, flt)
    if hours is None:
        return None
    where, edges = hours
    sums = ", ".join(f"SUM(t.{key}) AS {key}" for key in KEYS)
    rows = await fetch(f"SELECT t.topic_id AS topic_id, {sums} FROM topic_activity t WHERE {where.sql()} "
                       "GROUP BY t.topic_id", where.params)
    counts = {(int(row["topic_id"]) or None): {k: int(row[k] or 0) for k in KEYS} for row in rows}
    for edge in edges:
        for topic, more in (await _from_rows(organization_id, edge)).items():
            mine = counts.setdefault(topic, dict.fromkeys(KEYS, 0))
            for key in KEYS:
                mine[key] += more[key]
    # An hour whose comments all moved away keeps a row of zeros: no topic of its own.
    return {topic: c for topic, c in counts.items() if c["n"]}


def _whole_hours(organization_id: int, flt: ResponseFilter) -> tuple[Where, list[ResponseFilter]] | None:
    """The topic_activity rows (t) of the window's whole hours, and the filters of the partial hours
    at its edges; None where the filter needs the rows themselves (anything but survey and window)
    or the window is shorter than an hour."""
    window = windows.split(flt, HOUR) if windows.by_survey_and_window(flt) else None
    if window is None:
        return None
    return window.where(organization_id, flt, "t", "hour"), window.edges


async def topic_insights(
    *, organization_id: int, model: TopicModelVersion, flt: ResponseFilter
) -> tuple[list[TopicInsight], float]:
    """Insights for the model's live topics, largest first, and the share left without a topic."""
    counts = await _counts(organization_id, flt)
    total = sum(c["n"] for c in counts.values())
    totals = {k: sum(c[k] for c in counts.values()) for k in KEYS}
    previous = await _counts(organization_id, _previous_window(flt)) if flt.since and flt.until else {}
    previous_total = sum(c["n"] for c in previous.values())
    topics = await Topic.filter(model_id=model.id, merged_into_id=None).order_by("index")
    insights = []
    for topic in topics:
        c = counts.get(topic.id, dict.fromkeys(KEYS, 0))
        without = {k: totals[k] - c[k] for k in KEYS}
        overall = _nps(totals["promoters"], totals["detractors"], totals["nps_n"])
        rest = _nps(without["promoters"], without["detractors"], without["nps_n"])
        scored = c["scored"]
        insights.append(TopicInsight(
            topic=topic,
            size=c["n"],
            share=round(c["n"] / total, 4) if total else 0.0,
            nps=_nps(c["promoters"], c["detractors"], c["nps_n"]),
            nps_impact=round(overall - rest, 4) if overall is not None and rest is not None and c["nps_n"] else None,
            positive=round(c["positive"] / scored, 4) if scored else 0.0,
            negative=round(c["negative"] / scored, 4) if scored else 0.0,
            neutral=round((scored - c["positive"] - c["negative"]) / scored, 4) if scored else 0.0,
            emerging=_emerging(c["n"], total, previous.get(topic.id, {}).get("n", 0), previous_total),
        ))
    insights.sort(key=lambda i: (-i.size, i.topic.index))
    unassigned = counts.get(None, {}).get("n", 0)
    return insights, round(unassigned / total, 4) if total else 0.0


def _previous_window(flt: ResponseFilter) -> ResponseFilter:
    assert flt.since and flt.until
    length = flt.until - flt.since
    return ResponseFilter(**{**vars(flt), "since": flt.since - length, "until": flt.since})


def _emerging(size: int, total: int, before: int, before_total: int) -> bool:
    """Significant growth of the topic's share against the previous window (two-proportion z-test)."""
    if size < EMERGING_MIN_SIZE or total == 0 or before_total == 0:
        return False
    p1, p0 = size / total, before / before_total
    if p1 < EMERGING_MIN_GROWTH * p0:
        return False
    pooled = (size + before) / (total + before_total)
    spread = math.sqrt(pooled * (1 - pooled) * (1 / total + 1 / before_total))
    return spread > 0 and (p1 - p0) / spread > EMERGING_Z


async def topic_trends(
    *, organization_id: int, flt: ResponseFilter, timezone: str, interval: Interval
) -> dict[int, list[tuple[datetime, int]]]:
    """Comment counts per topic and bucket, every topic at once: from the hourly counts
    (topic_activity) where they fold into the zone's buckets exactly, else from the rows."""
    zone = ZoneInfo(timezone)
    grouped = await _trend_from_activity(organization_id, flt, zone, interval)
    days = _days(grouped, flt, zone, interval) if grouped is not None else []
    if grouped is None or not _hours_fold_exactly(days, zone, interval):
        grouped = await _trend_from_rows(organization_id, flt, zone, interval)
        days = _days(grouped, flt, zone, interval)
    topics = {grp for (grp, _), counts in grouped.items() if grp and counts["count"]}
    return {
        int(topic): [(bucket_start(day, zone), grouped.get((topic, day), {"count": 0})["count"]) for day in days]
        for topic in topics
    }


Grouped = dict[tuple[Any, date], dict[str, int]]


async def _trend_from_rows(organization_id: int, flt: ResponseFilter, zone: ZoneInfo, interval: Interval) -> Grouped:
    source, params = _source(organization_id, flt)
    return await grouped_buckets(select="COUNT(*) AS count", source=source, params=params, zone=zone,
                                 interval=interval, keys=("count",), group="a.topic_id")


async def _trend_from_activity(
    organization_id: int, flt: ResponseFilter, zone: ZoneInfo, interval: Interval
) -> Grouped | None:
    """The hours' counts bucketed by their start (the whole hours), plus the edges' rows."""
    hours = _whole_hours(organization_id, flt)
    if hours is None:
        return None
    where, edges = hours
    grouped = await grouped_buckets(
        select="SUM(t.n) AS count", source=f"FROM topic_activity t WHERE {where.sql()}", params=where.params,
        zone=zone, interval=interval, keys=("count",), group="t.topic_id", at="to_timestamp(t.hour * 3600)",
        slot=f"t.hour * {int(HOUR.total_seconds()) // SLOT_SECONDS}")
    for edge in edges:
        for key, more in (await _trend_from_rows(organization_id, edge, zone, interval)).items():
            grouped.setdefault(key, {"count": 0})["count"] += more["count"]
    return grouped


def _days(grouped: Grouped, flt: ResponseFilter, zone: ZoneInfo, interval: Interval) -> list[date]:
    present = sorted({day for (_, day), counts in grouped.items() if counts["count"]})
    return bucket_days(present, zone=zone, interval=interval, since=flt.since, until=flt.until)


def _hours_fold_exactly(days: list[date], zone: ZoneInfo, interval: Interval) -> bool:
    """Whole hours fall into one bucket each when every bucket starts on a whole UTC hour: true in
    every zone a whole number of hours from UTC, not in those half an hour off (India, ...)."""
    starts = [*days, next_bucket(days[-1], interval)] if days else []
    return all(offset is not None and offset % HOUR == timedelta(0)
               for offset in (bucket_start(day, zone).utcoffset() for day in starts))


async def representative_comments_of(*, organization_id: int, topic_ids: list[int], limit: int) -> dict[int, list[str]]:
    """The most typical comments of many topics of the organisation in one query (a topic list shows
    them all), as the respondents wrote them: the normalised text (Simplified, half-width) is for
    matching only. Each topic's first `limit` by probability (then newest) come from the end of
    ix_analyses_org_topic_rank, in a branch of their own: a window ranking every analysis of the
    topics read them all."""
    if not topic_ids:
        return {}
    branch = ("SELECT * FROM (SELECT a.topic_id AS topic_id, a.response_id AS response_id, a.normalized AS normalized, "
              "a.topic_probability AS probability, a.id AS id FROM comment_analyses a "
              "WHERE a.organization_id = %s AND a.topic_id = %s "
              "ORDER BY a.topic_probability DESC, a.id DESC LIMIT %s) b")
    rows = await fetch(
        "SELECT t.topic_id AS topic_id, COALESCE(r.comment, t.normalized) AS comment FROM ("
        + " UNION ALL ".join([branch] * len(topic_ids))
        + ") t JOIN responses r ON r.id = t.response_id ORDER BY t.topic_id, t.probability DESC, t.id DESC",
        [value for topic_id in topic_ids for value in (organization_id, topic_id, limit)],
    )
    found: dict[int, list[str]] = {t: [] for t in topic_ids}
    for row in rows:
        found[int(row["topic_id"])].append(row["comment"])
    return found


async def newest_comment_hours(
    *, organization_id: int, topic_id: int, survey_id: int | None, before: datetime | None, needed: int
) -> list[tuple[datetime, datetime]] | None:
    """The hours, as ranges [start, end) newest first, that hold the newest `needed` comments of the topic
    (or of topics merged into it) submitted before `before`, from topic_activity's hourly counts: the
    latest hours with comments of the topic until they add up to `needed`, and the hour holding
    `before` (some of its comments may come after it, so it is not counted). None where the topic has
    fewer (read them all) or they are spread over too many hours to list.

    A topic's newest answers are read from these hours only, instead of scanning back through every
    answer until enough are in the topic: 52k answers read for 6 of a topic quiet of late, at 1M."""
    ids = [topic_id, *await Topic.filter(organization_id=organization_id, merged_into_id=topic_id)
           .values_list("id", flat=True)]
    where = Where()
    where.add("t.organization_id = %s", organization_id)
    where.add(f"t.topic_id IN ({', '.join(['%s'] * len(ids))})", *ids)
    if survey_id is not None:
        where.add("t.survey_id = %s", survey_id)
    last = windows.period_at(before, HOUR, up=False) if before is not None else None
    if last is not None:
        where.add("t.hour < %s", last)
    rows = await fetch(f"SELECT hour, running FROM (SELECT t.hour AS hour, SUM(SUM(t.n)) OVER (ORDER BY t.hour DESC) "
                       f"AS running FROM topic_activity t WHERE {where.sql()} GROUP BY t.hour HAVING SUM(t.n) > 0) h "
                       "ORDER BY hour DESC LIMIT %s", [*where.params, MAX_PAGE_HOURS])
    taken = []
    for row in rows:
        taken.append(int(row["hour"]))
        if int(row["running"]) >= needed:
            break
    else:
        return None
    hours = sorted({*taken, *([last] if last is not None else [])}, reverse=True)
    ranges: list[tuple[datetime, datetime]] = []
    for hour in hours:  # adjacent hours make one range
        start = windows.EPOCH + hour * HOUR
        if ranges and ranges[-1][0] == start + HOUR:
            ranges[-1] = (start, ranges[-1][1])
        else:
            ranges.append((start, start + HOUR))
    return ranges
