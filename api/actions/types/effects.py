"""An action's baseline and effect over GraphQL: typed objects whose every field says what it counts
and in what unit, and the contract's JSON fields (`Action.baseline`, `Action.effect`) as the same
objects with camelCase keys. Units: shares and rates are fractions 0..1, NPS is in points −100..100,
sentiment is −1 (negative) .. 1 (positive). The stored form is actions/effect.py's."""

from __future__ import annotations

import dataclasses
import math
from datetime import datetime
from enum import Enum
from typing import Any

import strawberry
from strawberry.utils.str_converters import to_camel_case

from actions.effect import EffectReason, Verdict, reason_codes
from api.ids import encode_id

strawberry.enum(Verdict, name="EffectVerdict", description="The verdict a measured effect suggests.")
strawberry.enum(EffectReason, name="EffectReason", description=(
    "Why a measured effect suggests its verdict. FEW_ANALYSED_COMMENTS: a window has fewer than minComments "
    "analysed comments; FEW_TOPIC_COMMENTS: the linked topics had fewer than minComments comments before; "
    "SHARE_DROPPED: their share of comments dropped significantly; NPS_ROSE: the NPS of their responses rose "
    "(95 % interval above 0); NO_CHANGE: neither."))


def _f(value: Any) -> float | None:
    """A stored number, or None where it is missing or not finite (no NaN ever reaches a client)."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return None
    return float(value)


def _ids(type_name: str, values: list[int] | None) -> list[strawberry.ID] | None:
    return None if values is None else [strawberry.ID(encode_id(type_name, int(v))) for v in values]


@strawberry.type(description="Comments in the counted topics over one seven-day bucket of a window.")
class WeekCount:
    week_start: datetime = strawberry.field(description="Start of the bucket.")
    days: float = strawberry.field(description="Length of the bucket in days (the last one may be shorter than 7).")
    count: int = strawberry.field(description="Comments in the counted topics in the bucket.")


@strawberry.type(description="Weekly volume of the counted topics' comments over a window.")
class WeeklyVolume:
    mean: float | None = strawberry.field(
        description="Comments in the counted topics per 7 days (comments × 7 / days); null for an empty window.")
    series: list[WeekCount] = strawberry.field(description="Per seven-day bucket, from the window's start.")


@strawberry.type(description="NPS of the responses whose comments are in the counted topics.")
class WindowNps:
    score: float = strawberry.field(description="NPS in points, −100..100.")
    promoters: int = strawberry.field(description="Responses scoring 9-10.")
    passives: int = strawberry.field(description="Responses scoring 7-8.")
    detractors: int = strawberry.field(description="Responses scoring 0-6.")
    responses: int = strawberry.field(description="Responses with an NPS score (promoters + passives + detractors).")
    margin_of_error: float | None = strawberry.field(
        description="Half-width of the score's 95 % interval, in points; null with too few responses.")


@strawberry.type(description="Sentiment of the comments in the counted topics.")
class WindowSentiment:
    mean: float | None = strawberry.field(description="Mean sentiment, −1 (negative) .. 1 (positive).")
    sd: float | None = strawberry.field(
        description="Standard deviation of the sentiment (same unit, 0..2); null with fewer than 2 scored comments.")
    scored: int = strawberry.field(description="Comments in the counted topics with a sentiment score.")


@strawberry.type(description="The linked topics' metrics over one window of analysed comments.")
class MeasuredWindow:
    since: datetime = strawberry.field(description="Start of the window (inclusive).")
    until: datetime = strawberry.field(description="End of the window (exclusive).")
    days: float = strawberry.field(description="Length of the window in days.")
    topic_ids: list[strawberry.ID] = strawberry.field(
        description="The topics counted (global ids): the linked topics, followed to the topic they were merged "
                    "into, and the topics merged into those.")
    survey_ids: list[strawberry.ID] | None = strawberry.field(
        description="The surveys whose analysed comments are counted (global ids); null: every survey of the "
                    "organisation.")
    analysed: int = strawberry.field(description="Analysed comments in the window: the denominator of `share`.")
    comments: int = strawberry.field(description="Of those, comments in the counted topics.")
    share: float | None = strawberry.field(
        description="comments / analysed, a fraction 0..1; null when nothing was analysed.")
    weekly: WeeklyVolume = strawberry.field(description="The counted topics' comments per week.")
    nps: WindowNps | None = strawberry.field(
        description="NPS of the counted topics' responses; null when none has an NPS score.")
    sentiment: WindowSentiment | None = strawberry.field(
        description="Sentiment of the counted topics' comments; null when none is scored.")


@strawberry.type(description="The linked topics' metrics over the weeks before the action was planned.")
class ActionBaseline(MeasuredWindow):
    weeks: int = strawberry.field(description="Length of the baseline window in weeks.")
    computed_at: datetime = strawberry.field(description="When it was measured (when the action was planned).")


@strawberry.type(description="The counted topics' share of analysed comments before vs after (two-proportion "
                             "z-test).")
class ShareChange:
    before: float = strawberry.field(description="Share before, a fraction 0..1.")
    after: float = strawberry.field(description="Share after, a fraction 0..1.")
    difference: float = strawberry.field(description="after − before, a fraction −1..1.")
    z: float = strawberry.field(description="The z statistic of the difference (pooled two-proportion test).")
    p_value: float = strawberry.field(description="Two-sided p-value, 0..1.")
    significant: bool = strawberry.field(description="p-value below 0.05.")


@strawberry.type(description="NPS of the counted topics' responses before vs after.")
class NpsChange:
    before: float = strawberry.field(description="NPS before, points −100..100.")
    after: float = strawberry.field(description="NPS after, points −100..100.")
    difference: float = strawberry.field(description="after − before, in points (−200..200).")
    ci95: list[float] = strawberry.field(description="95 % interval of the difference, [low, high] in points.")
    significant: bool = strawberry.field(description="The 95 % interval excludes 0.")


@strawberry.type(description="Mean sentiment of the counted topics' comments before vs after.")
class SentimentChange:
    before: float = strawberry.field(description="Mean before, −1..1.")
    after: float = strawberry.field(description="Mean after, −1..1.")
    difference: float = strawberry.field(description="after − before (−2..2).")
    ci95: list[float] | None = strawberry.field(
        description="95 % interval of the difference, [low, high] (Welch); null with fewer than 2 scored comments "
                    "in a window.")


@strawberry.type(description="What shipping the action changed: its verification window against its baseline.")
class ActionEffect:
    verdict: Verdict = strawberry.field(
        description="The suggested verdict. INSUFFICIENT_DATA: fewer than minComments analysed comments in a "
                    "window, or fewer than minComments comments in the topics before.")
    reasons: list[str] = strawberry.field(description="Why the verdict, in English words (reasonCodes to translate).")
    reason_codes: list[EffectReason] = strawberry.field(
        description="Why the verdict, as codes (the numbers they speak of are in before, after and minComments).")
    min_comments: int = strawberry.field(description="The fewest comments each window needs for a verdict.")
    before: MeasuredWindow = strawberry.field(description="The baseline window (before planning).")
    after: MeasuredWindow = strawberry.field(description="The verification window (from shipping).")
    share: ShareChange | None = strawberry.field(description="null when a window has no analysed comment.")
    nps: NpsChange | None = strawberry.field(description="null when a window has no NPS response in the topics.")
    sentiment: SentimentChange | None = strawberry.field(description="null when a window has no scored comment.")
    baseline_recomputed: bool = strawberry.field(
        description="The baseline window was measured again, because the linked topics changed since planning.")
    window_complete: bool = strawberry.field(
        description="The verification window (verificationDays from shipping) had passed when it was measured; "
                    "false: it covers the data so far.")
    computed_at: datetime = strawberry.field(description="When it was measured.")


def _window(data: dict[str, Any]) -> dict[str, Any]:
    nps, sentiment, weekly = data.get("nps"), data.get("sentiment"), data.get("weekly") or {}
    return dict(
        since=datetime.fromisoformat(data["window"]["since"]), until=datetime.fromisoformat(data["window"]["until"]),
        days=float(data["window"]["days"]), topic_ids=_ids("Topic", data.get("topic_ids") or []) or [],
        survey_ids=_ids("Survey", data.get("survey_ids")), analysed=int(data.get("analysed", 0)),
        comments=int(data.get("comments", 0)), share=_f(data.get("share")),
        weekly=WeeklyVolume(mean=_f(weekly.get("mean")), series=[
            WeekCount(week_start=datetime.fromisoformat(w["week_start"]), days=float(w["days"]),
                      count=int(w.get("count", 0))) for w in weekly.get("series") or []]),
        nps=None if nps is None or (score := _f(nps.get("score"))) is None else WindowNps(
            score=score, promoters=int(nps.get("promoters", 0)), passives=int(nps.get("passives", 0)),
            detractors=int(nps.get("detractors", 0)), responses=int(nps.get("responses", 0)),
            margin_of_error=_f(nps.get("margin_of_error"))),
        sentiment=None if sentiment is None else WindowSentiment(
            mean=_f(sentiment.get("mean")), sd=_f(sentiment.get("sd")), scored=int(sentiment.get("scored", 0))),
    )


def _interval(values: Any) -> list[float] | None:
    found = [_f(v) for v in values] if isinstance(values, list) else []
    return [v for v in found if v is not None] if found and None not in found else None


def baseline_of(data: dict[str, Any] | None) -> ActionBaseline | None:
    if data is None:
        return None
    return ActionBaseline(**_window(data), weeks=int(data.get("weeks", 0)),
                          computed_at=datetime.fromisoformat(data.get("computed_at") or data["window"]["until"]))


def _numbers(data: dict[str, Any] | None, *keys: str) -> dict[str, float] | None:
    """The block's numbers by field name, or None when the block or any of them is missing (then the
    block reads as not measured)."""
    found = {k: _f(data.get(k)) for k in keys} if data else {}
    return {k: v for k, v in found.items() if v is not None} if found and None not in found.values() else None


def effect_of(data: dict[str, Any] | None) -> ActionEffect | None:
    if data is None:
        return None
    share, nps, sentiment = data.get("share"), data.get("nps"), data.get("sentiment")
    share_numbers = _numbers(share, "before", "after", "difference", "z", "p_value")
    nps_numbers, nps_interval = _numbers(nps, "before", "after", "difference"), _interval((nps or {}).get("ci95"))
    sentiment_numbers = _numbers(sentiment, "before", "after", "difference")
    return ActionEffect(
        verdict=Verdict(data["verdict"]), reasons=[str(r) for r in data.get("reasons") or []],
        reason_codes=reason_codes(data),
        min_comments=int(data.get("min_comments", 0)),
        before=MeasuredWindow(**_window(data["before"])), after=MeasuredWindow(**_window(data["after"])),
        share=ShareChange(**share_numbers, significant=bool((share or {}).get("significant")))
        if share_numbers else None,
        nps=NpsChange(**nps_numbers, ci95=nps_interval, significant=bool((nps or {}).get("significant")))
        if nps_numbers and nps_interval else None,
        sentiment=SentimentChange(**sentiment_numbers, ci95=_interval((sentiment or {}).get("ci95")))
        if sentiment_numbers else None,
        baseline_recomputed=bool(data.get("baseline_recomputed")), window_complete=bool(data.get("window_complete")),
        computed_at=datetime.fromisoformat(data["computed_at"]),
    )


def as_json(value: Any) -> Any:
    """A typed object as the JSON a client reads: the same field names (camelCase), enum values by name."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {to_camel_case(f.name): as_json(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list):
        return [as_json(v) for v in value]
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.name
    return value
