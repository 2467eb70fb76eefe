"""The health model: which components make an account's health, their weights, how each measured
value becomes points, and the bands. Pure arithmetic and checks; accounts.health stores and runs it.

The JSON an admin edits (setHealthModel), every field required unless said otherwise:

    {"components": [
        {"key": "usage", "weight": 25, "scale": {"type": "linear", "from": 0.2, "to": 0.9}},
        {"key": "activity", "weight": 15, "scale": {"type": "thresholds", "otherwise": 0,
            "steps": [{"upTo": 3, "points": 100}, {"upTo": 7, "points": 80}, {"upTo": 14, "points": 50}]}}],
     "bands": [{"band": "HEALTHY", "min": 80, "max": 100, "color": "#2ba471"}, ...]}

- weights are numbers > 0 that sum to 100; each key at most once, from COMPONENTS (a component left
  out of the model does not count);
- linear: `from` scores 0 points and `to` 100, straight between, clamped outside (`from` > `to`
  for a value where less is better);
- thresholds: the first step whose `upTo` is at least the value gives its points, `otherwise`
  above the last; `upTo` strictly increasing, points 0-100;
- bands: each of HEALTHY, WATCH, AT_RISK, CRITICAL once, from the top down, touching without gap
  or overlap from 0 to 100; a score is in a band when min <= score < max (100 is in the top band);
  color is #rrggbb.

A component without data for an account is missing: its weight is spread over the others in
proportion to theirs, never scored as zero. Without any data there is no score.

A voice component (nps, csat, sentiment) counts in proportion to the answers or comments it rests
on: its weight is multiplied by n / (n + EVIDENCE_PRIOR) before the weights are shared out. A B2B
account gives one or two answers a quarter, and one answer moves its NPS from +100 to -100: scored
at full weight, a single detractor dropped a healthy account into 风险 (in the health replay, most of
the band drops of accounts that did not churn). With the prior of 4, one answer counts a fifth of
its weight, four half, twenty five sixths; usage and activity, measured every day, carry the rest.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from itertools import pairwise
from typing import Any, TypeGuard

from core.errors import DomainError, Refusals, ValidationFailed


class HealthBand(StrEnum):
    HEALTHY = "HEALTHY"  # 健康
    WATCH = "WATCH"  # 关注
    AT_RISK = "AT_RISK"  # 风险
    CRITICAL = "CRITICAL"  # 危险


BAND_ORDER = (HealthBand.HEALTHY, HealthBand.WATCH, HealthBand.AT_RISK, HealthBand.CRITICAL)
BAND_LABELS = {"zh-CN": {HealthBand.HEALTHY: "健康", HealthBand.WATCH: "关注", HealthBand.AT_RISK: "风险",
                         HealthBand.CRITICAL: "危险"},
               "en": {HealthBand.HEALTHY: "Healthy", HealthBand.WATCH: "Watch", HealthBand.AT_RISK: "At risk",
                      HealthBand.CRITICAL: "Critical"}}

# key -> (zh-CN, en) label and what its value measures (accounts.health_inputs measures them).
COMPONENTS: dict[str, tuple[str, str]] = {
    "usage": ("使用率", "Usage (active users / seats)"),
    "usage_trend": ("使用趋势", "Usage trend (active users, last 7 days vs a month before)"),
    "activity": ("活跃度", "Activity (days since last login)"),
    "nps": ("NPS", "NPS (90 days, recent answers weigh double)"),
    "csat": ("满意度", "CSAT % satisfied (90 days, recent answers weigh double)"),
    "sentiment": ("评论情感", "Comment sentiment (90 days)"),
    "complaints": ("投诉", "Complaints (cases in 30 days, breached SLAs count twice)"),
    "responsiveness": ("调研响应", "Survey responsiveness (answers per display, 90 days)"),
}
LOCALES = ("zh-CN", "en")
COLOR = re.compile(r"#[0-9a-fA-F]{6}")
MAX_STEPS = 20
LIMIT = 1e9  # values and thresholds beyond this are typing mistakes, not measurements
# voice component -> the measured value (accounts.health_inputs) counting the answers or comments it rests on
EVIDENCE = {"nps": "nps_answers", "csat": "csat_answers", "sentiment": "sentiment_comments"}
EVIDENCE_PRIOR = 4.0


def component_label(key: str, locale: str) -> str:
    zh, en = COMPONENTS[key]
    return en if locale == "en" else zh


def band_label(band: HealthBand, locale: str) -> str:
    return BAND_LABELS["en" if locale == "en" else "zh-CN"][band]


DEFAULT_MODEL: dict[str, Any] = {
    "components": [
        # Daily active users over seats: 60 % is a well-used B2B product (weekends included), not 90 %.
        {"key": "usage", "weight": 20, "scale": {"type": "linear", "from": 0.2, "to": 0.6}},
        # A week against a week a month before moves ±20 % by chance in a small team: only a fall
        # well beyond that costs most of the points.
        {"key": "usage_trend", "weight": 10, "scale": {"type": "linear", "from": -0.6, "to": 0.1}},
        {"key": "activity", "weight": 15, "scale": {"type": "thresholds", "otherwise": 0, "steps": [
            {"upTo": 3, "points": 100}, {"upTo": 7, "points": 80}, {"upTo": 14, "points": 50},
            {"upTo": 30, "points": 20}]}},
        {"key": "nps", "weight": 15, "scale": {"type": "linear", "from": -50, "to": 50}},
        {"key": "csat", "weight": 5, "scale": {"type": "linear", "from": 40, "to": 90}},
        {"key": "sentiment", "weight": 10, "scale": {"type": "linear", "from": -0.5, "to": 0.5}},
        {"key": "complaints", "weight": 15, "scale": {"type": "thresholds", "otherwise": 0, "steps": [
            {"upTo": 0, "points": 100}, {"upTo": 1, "points": 70}, {"upTo": 2, "points": 50},
            {"upTo": 4, "points": 25}]}},
        {"key": "responsiveness", "weight": 10, "scale": {"type": "linear", "from": 0.05, "to": 0.5}},
    ],
    "bands": [
        {"band": "HEALTHY", "min": 80, "max": 100, "color": "#2ba471"},
        {"band": "WATCH", "min": 60, "max": 80, "color": "#e37318"},
        {"band": "AT_RISK", "min": 40, "max": 60, "color": "#d54941"},
        {"band": "CRITICAL", "min": 0, "max": 40, "color": "#8b1a1a"},
    ],
}


class BadHealthModel(Refusals):
    """A health model that cannot be used: every problem is named (field and code), nothing stored."""


@dataclass(frozen=True)
class Step:
    up_to: float
    points: float


@dataclass(frozen=True)
class Scale:
    kind: str  # linear | thresholds
    low: float = 0.0  # linear: the value that scores 0
    high: float = 0.0  # linear: the value that scores 100
    steps: tuple[Step, ...] = ()
    otherwise: float = 0.0

    def points(self, value: float) -> float:
        if self.kind == "linear":
            share = (value - self.low) / (self.high - self.low)
            return 100.0 * min(1.0, max(0.0, share))
        for step in self.steps:
            if value <= step.up_to:
                return step.points
        return self.otherwise


@dataclass(frozen=True)
class Component:
    key: str
    weight: float
    scale: Scale


@dataclass(frozen=True)
class Band:
    band: HealthBand
    low: float
    high: float
    color: str


@dataclass(frozen=True)
class HealthModel:
    components: tuple[Component, ...]
    bands: tuple[Band, ...]

    def band_of(self, score: float) -> HealthBand:
        for band in self.bands:
            if band.low <= score < band.high:
                return band.band
        return self.bands[0].band  # 100 itself: the top band (checked to end at 100)


@dataclass(frozen=True)
class ComponentScore:
    """One component of one account's score: `value` measured (None: missing), the `points` it gave
    (0-100), `weight` the model's and `effective` the share it counted with after missing components'
    weights were spread and voice components' weights scaled by their evidence (0 when missing);
    `evidence` the answers or comments a voice component rests on (None for the others)."""

    key: str
    weight: float
    effective: float
    value: float | None
    points: float | None
    evidence: int | None = None

    @property
    def missing(self) -> bool:
        return self.value is None

    def as_json(self) -> dict[str, Any]:
        return {"key": self.key, "weight": self.weight, "effective": self.effective, "value": self.value,
                "points": self.points, "missing": self.missing, "evidence": self.evidence}


def credibility(key: str, values: Mapping[str, float | None]) -> tuple[float, int | None]:
    """The share of its weight a component counts with for its evidence, and that evidence (None: not
    a voice component, or a caller that measured no counts: full weight)."""
    counted = values.get(EVIDENCE[key]) if key in EVIDENCE else None
    if counted is None:
        return 1.0, None
    n = max(0, int(counted))
    return n / (n + EVIDENCE_PRIOR), n


def score(model: HealthModel, values: Mapping[str, float | None]) -> tuple[float | None, list[ComponentScore]]:
    """The score (0-100, one decimal; None when every component is missing) and its explanation."""
    counted: dict[str, tuple[float, int | None]] = {}
    for c in model.components:
        if values.get(c.key) is not None:
            share, n = credibility(c.key, values)
            if share > 0:
                counted[c.key] = (c.weight * share, n)
    total = sum(weight for weight, _ in counted.values())
    parts: list[ComponentScore] = []
    result = 0.0
    for c in model.components:
        value = values.get(c.key)
        if c.key not in counted or value is None:  # no data (or, for a voice component, no answer counted)
            parts.append(ComponentScore(c.key, c.weight, 0.0, None, None))
            continue
        weight, n = counted[c.key]
        points = round(c.scale.points(value), 2)
        effective = 100.0 * weight / total
        result += points * effective / 100.0
        parts.append(ComponentScore(c.key, c.weight, round(effective, 4), value, points, n))
    return (round(result, 1) if counted else None), parts


def parse(raw: Any) -> HealthModel:
    """The model in `raw` (the JSON format above), or BadHealthModel naming every problem."""
    errors: list[DomainError] = []
    if not isinstance(raw, dict):
        raise BadHealthModel("the health model must be an object", [ValidationFailed(
            "the health model must be an object with components and bands", field="model")])
    unknown = sorted(set(raw) - {"components", "bands"})
    if unknown:
        errors.append(ValidationFailed(f"unknown field(s): {', '.join(unknown)}", field="model"))
    components = _components(raw.get("components"), errors)
    bands = _bands(raw.get("bands"), errors)
    if errors:
        raise BadHealthModel(f"{len(errors)} problem(s) in the health model; nothing was changed", errors)
    return HealthModel(components=tuple(components), bands=tuple(bands))


def _number(value: Any) -> TypeGuard[int | float]:
    # abs() first: math.isfinite overflows on a JSON integer of 400 digits.
    return isinstance(value, int | float) and not isinstance(value, bool) and abs(value) <= LIMIT \
        and math.isfinite(value)


def _components(raw: Any, errors: list[DomainError]) -> list[Component]:
    if not isinstance(raw, list) or not raw:
        errors.append(ValidationFailed("components must be a non-empty list", field="model.components"))
        return []
    out: list[Component] = []
    seen: set[str] = set()
    for index, item in enumerate(raw):
        at = f"model.components.{index}"
        if not isinstance(item, dict):
            errors.append(ValidationFailed("a component must be an object with key, weight and scale", field=at))
            continue
        key = item.get("key")
        if not isinstance(key, str) or key not in COMPONENTS:
            errors.append(ValidationFailed(f"unknown component {key!r}: one of {', '.join(COMPONENTS)}",
                                           field=f"{at}.key", code="UNKNOWN_COMPONENT"))
            continue
        if key in seen:
            errors.append(ValidationFailed(f"component {key!r} is named twice", field=f"{at}.key",
                                           code="UNKNOWN_COMPONENT"))
            continue
        seen.add(key)
        weight = item.get("weight")
        if not _number(weight) or weight <= 0:
            errors.append(ValidationFailed("weight must be a number above 0", field=f"{at}.weight", code="BAD_WEIGHTS"))
            continue
        scale = _scale(item.get("scale"), f"{at}.scale", errors)
        if scale is not None:
            out.append(Component(key=key, weight=float(weight), scale=scale))
    total = sum(c.weight for c in out)
    if out and len(out) == len(raw) and not math.isclose(total, 100.0, abs_tol=1e-6):
        errors.append(ValidationFailed(f"weights must sum to 100 (they sum to {total:g})", field="model.components",
                                       code="BAD_WEIGHTS"))
    return out


def _scale(raw: Any, at: str, errors: list[DomainError]) -> Scale | None:
    if not isinstance(raw, dict) or raw.get("type") not in ("linear", "thresholds"):
        errors.append(ValidationFailed("scale must be an object whose type is linear or thresholds", field=at,
                                       code="BAD_THRESHOLDS"))
        return None
    if raw["type"] == "linear":
        low, high = raw.get("from"), raw.get("to")
        if not _number(low) or not _number(high) or low == high:
            errors.append(ValidationFailed("a linear scale needs two different numbers, from (0 points) and to "
                                           "(100 points)", field=at, code="BAD_THRESHOLDS"))
            return None
        return Scale(kind="linear", low=float(low), high=float(high))
    steps, otherwise = raw.get("steps"), raw.get("otherwise")
    if not isinstance(steps, list) or not 0 < len(steps) <= MAX_STEPS:
        errors.append(ValidationFailed(f"thresholds need 1-{MAX_STEPS} steps", field=f"{at}.steps",
                                       code="BAD_THRESHOLDS"))
        return None
    parsed: list[Step] = []
    for index, step in enumerate(steps):
        up_to = step.get("upTo") if isinstance(step, dict) else None
        points = step.get("points") if isinstance(step, dict) else None
        if not _number(up_to) or not _number(points) or not 0 <= points <= 100:
            errors.append(ValidationFailed("a step needs upTo (a number) and points (0-100)",
                                           field=f"{at}.steps.{index}", code="BAD_THRESHOLDS"))
            return None
        if parsed and up_to <= parsed[-1].up_to:
            errors.append(ValidationFailed("upTo must increase from step to step", field=f"{at}.steps.{index}.upTo",
                                           code="BAD_THRESHOLDS"))
            return None
        parsed.append(Step(up_to=float(up_to), points=float(points)))
    if not _number(otherwise) or not 0 <= otherwise <= 100:
        errors.append(ValidationFailed("otherwise (the points above the last step) must be 0-100",
                                       field=f"{at}.otherwise", code="BAD_THRESHOLDS"))
        return None
    return Scale(kind="thresholds", steps=tuple(parsed), otherwise=float(otherwise))


def _bands(raw: Any, errors: list[DomainError]) -> list[Band]:
    names = ", ".join(BAND_ORDER)
    if not isinstance(raw, list) or len(raw) != len(BAND_ORDER):
        errors.append(ValidationFailed(f"bands must list {names}, once each", field="model.bands", code="BAD_BANDS"))
        return []
    out: list[Band] = []
    for index, (item, expected) in enumerate(zip(raw, BAND_ORDER, strict=True)):
        at = f"model.bands.{index}"
        if not isinstance(item, dict) or item.get("band") != expected:
            errors.append(ValidationFailed(f"band {index + 1} must be {expected} (bands go {names}, from the top)",
                                           field=f"{at}.band", code="BAD_BANDS"))
            return []
        low, high, color = item.get("min"), item.get("max"), item.get("color")
        if not _number(low) or not _number(high) or not 0 <= low < high <= 100:
            errors.append(ValidationFailed("a band needs min < max, both 0-100", field=at, code="BAD_BANDS"))
            return []
        if not isinstance(color, str) or not COLOR.fullmatch(color):
            errors.append(ValidationFailed("color must be #rrggbb", field=f"{at}.color", code="BAD_BANDS"))
            return []
        out.append(Band(band=expected, low=float(low), high=float(high), color=color.lower()))
    if out[0].high != 100 or out[-1].low != 0:
        errors.append(ValidationFailed("bands must cover 0 to 100", field="model.bands", code="BAD_BANDS"))
    for index, (upper, lower) in enumerate(pairwise(out), start=1):
        if lower.high != upper.low:
            word = "overlaps" if lower.high > upper.low else "leaves a gap below"
            errors.append(ValidationFailed(f"{lower.band} {word} {upper.band}: its max must equal {upper.band}'s min "
                                           f"({upper.low:g})", field=f"model.bands.{index}.max", code="BAD_BANDS"))
    return out


DEFAULT = parse(DEFAULT_MODEL)
