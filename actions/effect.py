"""Measuring an improvement action: the linked topics' metrics before (the baseline, snapshotted when
the action is PLANNED) and after shipping, compared with significance tests and a suggested verdict.

Metrics of one window, over analysed comments (comment_analyses joined to responses, one set-based
query): the linked topics' share of the analysed comments, their weekly volume, the NPS of the
responses in them (promoters, passives, detractors) and their mean sentiment.

Which topics count ("scope"): the linked topics as they live now (followed to the topic they were
merged into, and from a topic a refit retired to its successors; a topic a refit found again is the
same topic), plus every topic merged into those (merging moves analyses to the target).
Denominator: analysed comments of the organisation, or of the surveys the linked topics' models
belong to when every one of those models is scoped to a survey.

Statistics use the normal approximation (standard library only): a two-proportion z-test on the
share, an analytical 95 % interval on the NPS difference (the variance of NPS as the mean of
+1/0/-1 per respondent, as surveys.metrics computes its margin of error) and on the difference of
mean sentiment (Welch). Fewer than MIN_COMMENTS analysed comments in either window, or fewer than
MIN_COMMENTS comments in the linked topics before, gives INSUFFICIENT_DATA (a fix that empties a
topic afterwards is measurable, one with no problem to measure before is not).

Stored as JSON on the action (`baseline`, `effect`) with snake_case keys and lower-case verdicts;
the API presents them (camelCase keys, enum values, global ids; api/actions/types/effects.py).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from actions.models import Action
from analysis import topic_versions
from analysis.models import Topic, TopicModelVersion
from core.formats import utc_iso
from core.sql import fetch
from surveys.filters import ResponseFilter, response_where
from surveys.metrics import Z95, nps_of, nps_variance

BASELINE_WEEKS = 4
MIN_COMMENTS = 20
ALPHA = 0.05
WEEK = timedelta(days=7)


class Verdict(StrEnum):
    """The verdict the measurement suggests (values as stored in `effect.verdict`)."""

    EFFECTIVE = "effective"
    INEFFECTIVE = "ineffective"
    INSUFFICIENT_DATA = "insufficient_data"


class EffectReason(StrEnum):
    """Why a verdict, as a code a console translates (the numbers are in the effect's windows)."""

    FEW_ANALYSED_COMMENTS = "few_analysed_comments"  # a window has fewer than MIN_COMMENTS analysed comments
    FEW_TOPIC_COMMENTS = "few_topic_comments"  # the linked topics had fewer than MIN_COMMENTS comments before
    SHARE_DROPPED = "share_dropped"  # the topics' share of comments dropped significantly
    NPS_ROSE = "nps_rose"  # the NPS of the topics' responses rose (95 % interval above 0)
    NO_CHANGE = "no_change"  # neither of the two


REASON_TEXT = {
    EffectReason.FEW_ANALYSED_COMMENTS: "fewer than {min} analysed comments in a window (before {before_analysed}, "
                                        "after {after_analysed})",
    EffectReason.FEW_TOPIC_COMMENTS: "fewer than {min} comments in the linked topics before ({before_comments})",
    EffectReason.SHARE_DROPPED: "the topics' share of comments dropped significantly",
    EffectReason.NPS_ROSE: "the NPS of the topics' responses rose (95 % interval above 0)",
    EffectReason.NO_CHANGE: "neither a significant drop in share nor a rise in NPS",
}


def reason_codes(effect: dict[str, Any]) -> list[EffectReason]:
    """The reasons of a measured effect (`compare`'s dict, as stored), from its numbers: effects stored
    before the codes existed read the same."""
    least = int(effect.get("min_comments") or MIN_COMMENTS)
    before, after = effect.get("before") or {}, effect.get("after") or {}
    if int(before.get("analysed") or 0) < least or int(after.get("analysed") or 0) < least:
        return [EffectReason.FEW_ANALYSED_COMMENTS]
    if int(before.get("comments") or 0) < least:
        return [EffectReason.FEW_TOPIC_COMMENTS]
    share, nps = effect.get("share") or {}, effect.get("nps") or {}
    found = []
    if share.get("significant") and (share.get("difference") or 0) < 0:
        found.append(EffectReason.SHARE_DROPPED)
    if isinstance(nps.get("ci95"), list) and nps["ci95"] and nps["ci95"][0] > 0:
        found.append(EffectReason.NPS_ROSE)
    return found or [EffectReason.NO_CHANGE]


@dataclass(frozen=True)
class Scope:
    topic_ids: list[int]
    survey_ids: list[int] | None  # None: the whole organisation


@dataclass
class Measure:
    """Raw counts of one window; every reported number derives from them."""

    since: datetime
    until: datetime
    scope: Scope
    analysed: int = 0
    comments: int = 0
    promoters: int = 0
    passives: int = 0
    detractors: int = 0
    scored: int = 0
    sentiment_sum: float = 0.0
    sentiment_sq: float = 0.0
    weekly: list[int] = field(default_factory=list)

    @property
    def share(self) -> float | None:
        return self.comments / self.analysed if self.analysed else None

    @property
    def nps_responses(self) -> int:
        return self.promoters + self.passives + self.detractors

    @property
    def sentiment_mean(self) -> float | None:
        return self.sentiment_sum / self.scored if self.scored else None

    @property
    def sentiment_variance(self) -> float | None:
        if self.scored < 2:
            return None
        mean = self.sentiment_sum / self.scored
        return max(0.0, (self.sentiment_sq - self.scored * mean * mean) / (self.scored - 1))

    def to_json(self) -> dict[str, Any]:
        days = (self.until - self.since) / timedelta(days=1)
        nps = nps_of({"promoters": self.promoters, "passives": self.passives, "detractors": self.detractors})
        variance = self.sentiment_variance
        return {
            "window": {"since": utc_iso(self.since), "until": utc_iso(self.until), "days": round(days, 4)},
            "topic_ids": self.scope.topic_ids,
            "survey_ids": self.scope.survey_ids,
            "analysed": self.analysed,
            "comments": self.comments,
            "share": _round(self.share),
            "weekly": {
                "mean": round(self.comments * 7 / days, 4) if days > 0 else None,
                "series": [{"week_start": utc_iso(start), "days": round(length, 4), "count": count}
                           for (start, length), count in zip(week_spans(self.since, self.until), self.weekly,
                                                             strict=True)],
            },
            "nps": None if nps is None else {
                "score": nps.score, "promoters": nps.promoters, "passives": nps.passives,
                "detractors": nps.detractors, "responses": self.nps_responses, "margin_of_error": nps.margin_of_error,
            },
            "sentiment": None if not self.scored else {
                "mean": _round(self.sentiment_mean),
                "sd": _round(math.sqrt(variance) if variance is not None else None),
                "scored": self.scored,
            },
            # Exact sums, so that a stored snapshot can be compared again without re-reading the data.
            "sums": {"sentiment": self.sentiment_sum, "sentiment_sq": self.sentiment_sq},
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Measure:
        nps = data.get("nps") or {}
        sentiment = data.get("sentiment") or {}
        sums = data.get("sums") or {}
        return cls(
            since=datetime.fromisoformat(data["window"]["since"]),
            until=datetime.fromisoformat(data["window"]["until"]),
            scope=Scope(topic_ids=list(data.get("topic_ids") or []), survey_ids=data.get("survey_ids")),
            analysed=int(data["analysed"]), comments=int(data["comments"]),
            promoters=int(nps.get("promoters", 0)), passives=int(nps.get("passives", 0)),
            detractors=int(nps.get("detractors", 0)), scored=int(sentiment.get("scored", 0)),
            sentiment_sum=float(sums.get("sentiment", 0.0)), sentiment_sq=float(sums.get("sentiment_sq", 0.0)),
            weekly=[int(w["count"]) for w in data["weekly"]["series"]],
        )


def _round(value: float | None, digits: int = 6) -> float | None:
    return None if value is None else round(value, digits)


def week_spans(since: datetime, until: datetime) -> list[tuple[datetime, float]]:
    """Seven-day buckets from the window's start (the last one may be shorter): start and length in days."""
    spans: list[tuple[datetime, float]] = []
    start = since
    while start < until:
        end = min(start + WEEK, until)
        spans.append((start, (end - start) / timedelta(days=1)))
        start = end
    return spans


async def topic_scope(*, organization_id: int, topic_ids: list[int]) -> Scope:
    live = await topic_versions.live_topic_ids(organization_id=organization_id, topic_ids=topic_ids)
    if not live:
        return Scope(topic_ids=[], survey_ids=None)
    linked = await Topic.filter(id__in=live, organization_id=organization_id)
    model_ids = sorted({t.model_id for t in linked})
    rows = await Topic.filter(organization_id=organization_id, model_id__in=model_ids).values_list(
        "id", "merged_into_id")
    parent = {int(i): (int(p) if p is not None else None) for i, p in rows}

    def root(topic_id: int) -> int:
        seen = {topic_id}
        while (up := parent.get(topic_id)) is not None and up not in seen:
            seen.add(up)
            topic_id = up
        return topic_id

    roots = {root(t.id) for t in linked}
    surveys: list[int | None] = await TopicModelVersion.filter(  # type: ignore[assignment]
        id__in=model_ids).values_list("survey_id", flat=True)
    return Scope(
        topic_ids=sorted(i for i in parent if root(i) in roots),
        survey_ids=None if not surveys or None in surveys else sorted({int(s) for s in surveys if s is not None}),
    )


async def measure(*, organization_id: int, scope: Scope, since: datetime, until: datetime) -> Measure:
    """The scope's metrics over [since, until), per seven-day bucket, in one grouped query."""
    spans = week_spans(since, until)
    where = response_where(organization_id, ResponseFilter(since=since, until=until))
    where.add("a.organization_id = %s", organization_id)
    if scope.survey_ids:
        where.add(f"r.survey_id IN ({_marks(scope.survey_ids)})", *scope.survey_ids)
    boundaries = [start for start, _ in spans[1:]]
    week_sql = ("CASE " + " ".join(f"WHEN r.submitted_at < %s THEN {k}" for k in range(len(boundaries)))
                + f" ELSE {len(boundaries)} END") if boundaries else "0"
    hit_sql = f"CASE WHEN a.topic_id IN ({_marks(scope.topic_ids)}) THEN 1 ELSE 0 END" if scope.topic_ids else "0"
    sql = f"""
        SELECT t.week AS week, COUNT(*) AS analysed, SUM(t.hit) AS comments,
            SUM(CASE WHEN t.hit = 1 AND t.cat = 'promoter' THEN 1 ELSE 0 END) AS promoters,
            SUM(CASE WHEN t.hit = 1 AND t.cat = 'passive' THEN 1 ELSE 0 END) AS passives,
            SUM(CASE WHEN t.hit = 1 AND t.cat = 'detractor' THEN 1 ELSE 0 END) AS detractors,
            SUM(CASE WHEN t.hit = 1 AND t.s IS NOT NULL THEN 1 ELSE 0 END) AS scored,
            SUM(CASE WHEN t.hit = 1 AND t.s IS NOT NULL THEN t.s ELSE 0 END) AS s_sum,
            SUM(CASE WHEN t.hit = 1 AND t.s IS NOT NULL THEN t.s * t.s ELSE 0 END) AS s_sq
        FROM (SELECT {week_sql} AS week, {hit_sql} AS hit, r.nps_category AS cat, a.sentiment AS s
              FROM comment_analyses a JOIN responses r ON r.id = a.response_id WHERE {where.sql()}) t
        GROUP BY t.week"""
    rows = await fetch(sql, [*boundaries, *scope.topic_ids, *where.params])
    out = Measure(since=since, until=until, scope=scope, weekly=[0] * len(spans))
    for row in rows:
        out.analysed += int(row["analysed"] or 0)
        out.comments += int(row["comments"] or 0)
        out.promoters += int(row["promoters"] or 0)
        out.passives += int(row["passives"] or 0)
        out.detractors += int(row["detractors"] or 0)
        out.scored += int(row["scored"] or 0)
        out.sentiment_sum += float(row["s_sum"] or 0.0)
        out.sentiment_sq += float(row["s_sq"] or 0.0)
        out.weekly[int(row["week"])] += int(row["comments"] or 0)
    return out


def _marks(values: list[int]) -> str:
    return ", ".join(["%s"] * len(values))


async def snapshot_baseline(
    *, organization_id: int, topic_ids: list[int], planned_at: datetime, weeks: int = BASELINE_WEEKS
) -> dict[str, Any]:
    """The baseline stored on the action: the previous `weeks` weeks before it was planned."""
    scope = await topic_scope(organization_id=organization_id, topic_ids=topic_ids)
    found = await measure(organization_id=organization_id, scope=scope, since=planned_at - weeks * WEEK,
                          until=planned_at)
    return {**found.to_json(), "weeks": weeks, "computed_at": utc_iso(planned_at)}


def baseline_window(action: Action) -> tuple[datetime, datetime]:
    if action.baseline:
        window = action.baseline["window"]
        return datetime.fromisoformat(window["since"]), datetime.fromisoformat(window["until"])
    end = action.planned_at or action.shipped_at or action.created_at
    return end - BASELINE_WEEKS * WEEK, end


async def evaluate(*, action: Action, topic_ids: list[int], now: datetime) -> dict[str, Any]:
    """The effect of a shipped action: its verification window (cut at `now`) against its baseline.

    The stored baseline is used as it is while the topic scope is unchanged; when topics were
    linked or merged since, the baseline window is measured again with the current scope.
    """
    assert action.shipped_at is not None
    scope = await topic_scope(organization_id=action.organization_id, topic_ids=topic_ids)
    end = action.shipped_at + timedelta(days=action.verification_days)
    until = min(end, now)
    stored = action.baseline
    if stored and stored.get("topic_ids") == scope.topic_ids and stored.get("survey_ids") == scope.survey_ids:
        before, recomputed = Measure.from_json(stored), False
    else:
        since, before_until = baseline_window(action)
        before = await measure(organization_id=action.organization_id, scope=scope, since=since, until=before_until)
        recomputed = True
    after = await measure(organization_id=action.organization_id, scope=scope, since=action.shipped_at,
                          until=max(until, action.shipped_at))
    return {
        **compare(before, after),
        "baseline_recomputed": recomputed,
        "window_complete": end <= now,
        "computed_at": utc_iso(now),
    }


def compare(before: Measure, after: Measure) -> dict[str, Any]:
    share = two_proportion(before.comments, before.analysed, after.comments, after.analysed)
    nps = nps_difference(before, after)
    sentiment = mean_difference(before, after)
    effect: dict[str, Any] = {"min_comments": MIN_COMMENTS, "before": before.to_json(), "after": after.to_json(),
                              "share": share, "nps": nps, "sentiment": sentiment}
    codes = reason_codes(effect)
    verdict = (Verdict.INSUFFICIENT_DATA if codes[0] in (EffectReason.FEW_ANALYSED_COMMENTS,
                                                         EffectReason.FEW_TOPIC_COMMENTS)
               else Verdict.INEFFECTIVE if codes == [EffectReason.NO_CHANGE] else Verdict.EFFECTIVE)
    numbers = {"min": MIN_COMMENTS, "before_analysed": before.analysed, "after_analysed": after.analysed,
               "before_comments": before.comments}
    return {"verdict": verdict.value, "reasons": [REASON_TEXT[code].format(**numbers) for code in codes], **effect}


def normal_p_value(z: float) -> float:
    """Two-sided tail probability of a standard normal."""
    return math.erfc(abs(z) / math.sqrt(2))


def two_proportion(k0: int, n0: int, k1: int, n1: int) -> dict[str, Any] | None:
    """Two-proportion z-test (pooled) of k1/n1 against k0/n0."""
    if n0 == 0 or n1 == 0:
        return None
    p0, p1 = k0 / n0, k1 / n1
    pooled = (k0 + k1) / (n0 + n1)
    spread = math.sqrt(pooled * (1 - pooled) * (1 / n0 + 1 / n1))
    z = (p1 - p0) / spread if spread > 0 else 0.0
    p_value = normal_p_value(z) if spread > 0 else 1.0
    return {"before": round(p0, 6), "after": round(p1, 6), "difference": round(p1 - p0, 6), "z": round(z, 4),
            "p_value": round(p_value, 6), "significant": p_value < ALPHA}


def _nps_variance(m: Measure) -> float:
    return nps_variance(m.promoters, m.nps_responses - m.promoters - m.detractors, m.detractors)


def nps_difference(before: Measure, after: Measure) -> dict[str, Any] | None:
    """NPS after minus before (points), with the analytical 95 % interval of the difference."""
    if before.nps_responses == 0 or after.nps_responses == 0:
        return None
    score0 = (before.promoters - before.detractors) / before.nps_responses
    score1 = (after.promoters - after.detractors) / after.nps_responses
    spread = math.sqrt(_nps_variance(before) / before.nps_responses + _nps_variance(after) / after.nps_responses)
    difference = 100 * (score1 - score0)
    half = 100 * Z95 * spread
    return {"before": round(100 * score0, 4), "after": round(100 * score1, 4), "difference": round(difference, 4),
            "ci95": [round(difference - half, 4), round(difference + half, 4)],
            "significant": spread > 0 and abs(difference) > half}


def mean_difference(before: Measure, after: Measure) -> dict[str, Any] | None:
    """Mean sentiment after minus before, with a normal-approximation (Welch) 95 % interval."""
    m0, m1 = before.sentiment_mean, after.sentiment_mean
    if m0 is None or m1 is None:
        return None
    v0, v1 = before.sentiment_variance, after.sentiment_variance
    out: dict[str, Any] = {"before": round(m0, 6), "after": round(m1, 6), "difference": round(m1 - m0, 6),
                           "ci95": None}
    if v0 is not None and v1 is not None:
        half = Z95 * math.sqrt(v0 / before.scored + v1 / after.scored)
        out["ci95"] = [round(m1 - m0 - half, 6), round(m1 - m0 + half, 6)]
    return out


async def shipped_respondents(*, action: Action, topic_ids: list[int], until: datetime,
                              limit: int) -> list[str]:
    """External ids of the respondents to tell: of the linked responses, of the linked cases'
    responses, and of the responses in the linked topics' scope from the baseline window's start
    until shipping. Distinct, non-null, sorted; at most `limit`."""
    scope = await topic_scope(organization_id=action.organization_id, topic_ids=topic_ids)
    since, _ = baseline_window(action)
    params: list[Any] = [action.organization_id, action.id, action.id]
    parts = [
        "SELECT r.respondent_id AS rid FROM action_responses ar JOIN responses r ON r.id = ar.response_id "
        "WHERE ar.action_id = %s",
        "SELECT COALESCE(c.respondent_id, r.respondent_id) AS rid FROM action_cases ac "
        "JOIN cases c ON c.id = ac.case_id JOIN responses r ON r.id = c.response_id WHERE ac.action_id = %s",
    ]
    if scope.topic_ids:
        parts.append(
            "SELECT r.respondent_id AS rid FROM comment_analyses a JOIN responses r ON r.id = a.response_id "
            f"WHERE a.organization_id = %s AND a.topic_id IN ({_marks(scope.topic_ids)}) "
            "AND r.submitted_at >= %s AND r.submitted_at < %s")
        params += [action.organization_id, *scope.topic_ids, since, until]
    sql = (f"SELECT DISTINCT p.external_id AS external_id FROM respondents p WHERE p.organization_id = %s "
           f"AND p.id IN ({' UNION '.join(parts)}) AND p.external_id IS NOT NULL ORDER BY p.external_id LIMIT %s")
    rows = await fetch(sql, [*params, limit])
    return [str(row["external_id"]) for row in rows]
